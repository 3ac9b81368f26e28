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
    public void A_file_that_is_not_an_index_is_refused()
    {
        File.WriteAllText(IndexPath, "not a database");
        Assert.ThrowsAny<Exception>(() => PublishedIndex.OpenRead(IndexPath).Dispose());
        Assert.Throws<FileNotFoundException>(() => PublishedIndex.OpenRead(Path.Combine(_dir, "missing.nqindex")));
    }
}
