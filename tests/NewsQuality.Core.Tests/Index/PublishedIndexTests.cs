using NewsQuality.Analysis;
using NewsQuality.Index;
using NewsQuality.Model;
using NewsQuality.Rules;
using NewsQuality.Rules.Duplicate;

namespace NewsQuality.Core.Tests.Index;

public sealed class PublishedIndexTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nq-index-").FullName;
    private readonly NQ1001NearDuplicate _rule = new();
    private readonly RuleSettings _settings = RuleSettings.Defaults(new NQ1001NearDuplicate().Descriptor);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string IndexPath => Path.Combine(_dir, "published.nqindex");

    private static Article Seed(string name) => RuleAssert.ArticleOf(Fixtures.Read("seeds/" + name), name);

    private IndexEntry Entry(Article article) => _rule.IndexEntry(article, _settings);

    [Fact]
    public void Round_trip_finds_a_copy_of_an_indexed_article_and_nothing_for_an_unrelated_one()
    {
        Assert.Equal(2, PublishedIndex.Build(IndexPath, NQ1001NearDuplicate.IndexSettings(_settings), [Entry(Seed("000_90e9dc78b7355bf2.txt")), Entry(Seed("004_d45996393cbbdd09.txt"))]));
        using var index = PublishedIndex.OpenRead(IndexPath);
        Assert.Equal(2, index.Count);
        var copy = Entry(RuleAssert.ArticleOf(Fixtures.Read("seeds/004_d45996393cbbdd09.txt").Replace("warned", "cautioned"), "copy"));
        var match = Assert.Single(index.Candidates(copy.Signature, copy.Shingles), c => c.Jaccard > 0.9);
        Assert.Equal("004_d45996393cbbdd09.txt", match.Article.Id);
        var unrelated = Entry(RuleAssert.ArticleOf(Fixtures.Read("clean/bbc-tech-040.txt")));
        Assert.DoesNotContain(index.Candidates(unrelated.Signature, unrelated.Shingles), c => c.Jaccard > 0.3);
    }

    [Fact]
    public void Check_against_the_index_reports_copies_of_published_articles()
    {
        PublishedIndex.Build(IndexPath, NQ1001NearDuplicate.IndexSettings(_settings), [Entry(Seed("004_d45996393cbbdd09.txt"))]);
        using var index = PublishedIndex.OpenRead(IndexPath);
        var copy = RuleAssert.ArticleOf(Fixtures.Read("seeds/004_d45996393cbbdd09.txt").Replace("Geneva", "Genf"), "copy");
        var report = new AnalysisEngine(new RuleCatalog([_rule]), new AnalysisOptions { Published = index }).Analyze([copy])[0];
        var finding = Assert.Single(report.Findings);
        Assert.Equal("004_d45996393cbbdd09.txt", finding.Related[0].ArticleId);
        Assert.Contains("already published", finding.Message);
    }

    [Fact]
    public void An_add_interrupted_mid_write_leaves_the_old_index_intact_and_readable()
    {
        PublishedIndex.Build(IndexPath, NQ1001NearDuplicate.IndexSettings(_settings), [Entry(Seed("000_90e9dc78b7355bf2.txt"))]);
        var before = File.ReadAllBytes(IndexPath);
        Assert.Throws<IOException>(() => PublishedIndex.Add(IndexPath, [Entry(Seed("004_d45996393cbbdd09.txt"))], beforeCommit: () => throw new IOException("disk full")));
        Assert.Equal(before, File.ReadAllBytes(IndexPath));
        using (var index = PublishedIndex.OpenRead(IndexPath)) Assert.Equal(1, index.Count);
        Assert.Single(Directory.GetFiles(_dir)); // no scratch files left behind

        Assert.Equal(1, PublishedIndex.Add(IndexPath, [Entry(Seed("004_d45996393cbbdd09.txt"))]));
        using (var index = PublishedIndex.OpenRead(IndexPath)) Assert.Equal(2, index.Count);
    }

    [Fact]
    public void An_index_built_with_other_settings_is_refused_with_advice()
    {
        var other = _settings with { Options = new Dictionary<string, double> { ["shingleSize"] = 5 } };
        PublishedIndex.Build(IndexPath, NQ1001NearDuplicate.IndexSettings(other), [_rule.IndexEntry(Seed("000_90e9dc78b7355bf2.txt"), other)]);
        using var index = PublishedIndex.OpenRead(IndexPath);
        var error = Assert.Throws<InvalidOperationException>(() =>
            new AnalysisEngine(new RuleCatalog([_rule]), new AnalysisOptions { Published = index }).Analyze([Seed("004_d45996393cbbdd09.txt")]));
        Assert.Contains("rebuild the index", error.Message);
    }

    [Fact]
    public void An_index_of_an_earlier_format_is_refused_with_advice_to_rebuild()
    {
        // Format 1 held signatures of the 64-bit MinHash mixes, which share no values with today's.
        BuildFromSeeds("000_90e9dc78b7355bf2.txt");
        Assert.Equal(1, ExecuteOnIndex("UPDATE meta SET value = '1' WHERE key = 'format_version'"));
        var error = Assert.Throws<InvalidDataException>(() => PublishedIndex.OpenRead(IndexPath).Dispose());
        Assert.Contains($"has index format 1; this newsquality reads format {PublishedIndex.FormatVersion}", error.Message);
        Assert.Contains("rebuild the index", error.Message);
    }

    [Fact]
    public void A_file_that_is_not_an_index_is_refused()
    {
        File.WriteAllText(IndexPath, "not a database");
        Assert.ThrowsAny<Exception>(() => PublishedIndex.OpenRead(IndexPath).Dispose());
        Assert.Throws<FileNotFoundException>(() => PublishedIndex.OpenRead(Path.Combine(_dir, "missing.nqindex")));
    }

    /// <summary>Tampers with the index file behind the library's back; returns the rows changed.</summary>
    private int ExecuteOnIndex(string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={IndexPath};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    private void BuildFromSeeds(params string[] names) =>
        PublishedIndex.Build(IndexPath, NQ1001NearDuplicate.IndexSettings(_settings), names.Select(n => Entry(Seed(n))).ToList());

    [Fact]
    public void An_index_with_overwritten_pages_is_refused_when_it_opens_in_one_line()
    {
        BuildFromSeeds("000_90e9dc78b7355bf2.txt", "004_d45996393cbbdd09.txt");
        var bytes = File.ReadAllBytes(IndexPath);
        Assert.True(bytes.Length >= 4 * 4096);
        Array.Fill(bytes, (byte)0xA5, 4096, bytes.Length - 2 * 4096); // every page but the first and last
        File.WriteAllBytes(IndexPath, bytes);

        var error = Assert.Throws<InvalidDataException>(() => PublishedIndex.OpenRead(IndexPath).Dispose());
        Assert.DoesNotContain('\n', error.Message);
        Assert.Contains(IndexPath, error.Message);
    }

    [Fact]
    public void A_database_without_the_index_tables_is_refused_when_it_opens()
    {
        BuildFromSeeds("000_90e9dc78b7355bf2.txt");
        ExecuteOnIndex("DROP TABLE bands");
        var error = Assert.Throws<InvalidDataException>(() => PublishedIndex.OpenRead(IndexPath).Dispose());
        Assert.Contains("no table 'bands'", error.Message);
        Assert.Throws<InvalidDataException>(() => PublishedIndex.Add(IndexPath, [Entry(Seed("004_d45996393cbbdd09.txt"))]));
    }

    [Fact]
    public async Task Two_adds_at_once_keep_both_batches()
    {
        BuildFromSeeds("000_90e9dc78b7355bf2.txt");
        Task<int>? second = null;
        PublishedIndex.Add(IndexPath, [Entry(Seed("004_d45996393cbbdd09.txt"))], beforeCommit: () =>
        {
            // The second add starts while the first still holds its transaction open.
            second = Task.Run(() => PublishedIndex.Add(IndexPath, [Entry(RuleAssert.ArticleOf(Fixtures.Read("clean/bbc-tech-040.txt"), "third"))]));
            Thread.Sleep(500);
            Assert.False(second.IsCompleted);
        });
        Assert.Equal(1, await second!);
        using var index = PublishedIndex.OpenRead(IndexPath);
        Assert.Equal(3, index.Count);
    }

    [Fact]
    public void Files_a_killed_writer_left_are_removed_on_the_next_open_and_live_ones_kept()
    {
        BuildFromSeeds("000_90e9dc78b7355bf2.txt");
        string[] stale = [".published.nqindex.0123456789abcdef.db", ".published.nqindex.0123456789abcdef.db-journal", ".published.nqindex.42.0123456789abcdef.tmp", ".nq-0123456789ab.db", ".nq-0123456789ab.tmp"];
        foreach (var name in stale)
        {
            File.WriteAllText(Path.Combine(_dir, name), "left by a killed index add");
            File.SetLastWriteTimeUtc(Path.Combine(_dir, name), DateTime.UtcNow.AddHours(-1));
        }
        var fresh = Path.Combine(_dir, ".nq-aaaaaaaaaaaa.tmp"); // a writer's, about to be renamed
        File.WriteAllText(fresh, "x");
        var held = Path.Combine(_dir, ".nq-bbbbbbbbbbbb.db"); // a live build's scratch file
        File.WriteAllText(held, "x");
        File.SetLastWriteTimeUtc(held, DateTime.UtcNow.AddHours(-1));
        using (new FileStream(held, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        using (var index = PublishedIndex.OpenRead(IndexPath)) Assert.Equal(1, index.Count);

        Assert.Equal(["published.nqindex", ".nq-aaaaaaaaaaaa.tmp", ".nq-bbbbbbbbbbbb.db"], Directory.GetFiles(_dir).Select(f => Path.GetFileName(f)).OrderBy(n => n.StartsWith('.')).ThenBy(n => n, StringComparer.Ordinal));
    }
}
