using System.Text.Json;
using NewsQuality.Model;
using NewsQuality.Rules;
using NewsQuality.Rules.Duplicate;
using NewsQuality.Similarity;

namespace NewsQuality.Shard;

/// <summary>
/// Stage 4, one task: gathers every partition's verified pairs (far fewer than articles) and runs the rules' own reporting
/// on them — NQ1001's star clustering and representatives, NQ1002's per-pair decision — with only the paired articles'
/// digests loaded; merges the shards' word frequencies; and files the findings by shard for the report stage.
/// </summary>
public static class ClusterStage
{
    public static bool Run(string work)
    {
        var plan = ShardPlan.Load(work);
        var index = ShardIndex.Load(work, plan);
        var verified = Enumerable.Range(0, plan.Partitions)
            .Select(p => StageOutput.Finished(ShardLayout.Verified(work, p), $"newsquality shard verify --partition {p}"))
            .ToList();
        return StageOutput.Produce(ShardLayout.Cluster(work), folder =>
        {
            var rules = new CorpusRules(plan.Options(1));
            var similarities = verified.SelectMany(v => ParquetTable<SimilarityRow>.Read(Path.Combine(v, "nq1001.parquet")))
                .DistinctBy(row => (row.A, row.B)).OrderBy(row => (row.A, row.B)).ToList();
            var matches = verified.SelectMany(v => ParquetTable<MatchRow>.Read(Path.Combine(v, "nq1002.parquet")))
                .DistinctBy(row => (row.Low, row.High, row.LowItem, row.HighItem)).ToList();
            var articles = ShardTables.Articles(index, similarities.SelectMany(s => new[] { s.A, s.B }).Concat(matches.SelectMany(m => new[] { m.Low, m.High })));
            var references = articles.ToDictionary(pair => pair.Key, pair => new ArticleReference(pair.Value.Id, new ArticleOrigin(pair.Value.Path, pair.Value.RecordLine)));

            using var run = new CollectingCorpusRun(references);
            ReportNearDuplicates(run, rules, similarities, articles);
            ReportPartialCopies(run, rules, index, matches);
            WriteFindings(folder, index, run.Findings);
            WriteStatistics(folder, index);
        });
    }

    private static void ReportNearDuplicates(CollectingCorpusRun run, CorpusRules rules, List<SimilarityRow> similarities, Dictionary<int, ArticleRow> articles)
    {
        if (similarities.Count == 0) return;
        // The paired articles alone, in input order: numbered by position here as NQ1001 numbers all digests, the same order decides ties.
        var paired = similarities.SelectMany(s => new[] { s.A, s.B }).Distinct().Order().ToList();
        var local = paired.Select((article, position) => (article, position)).ToDictionary(p => p.article, p => p.position);
        var digests = paired.Select(article => new Digested<NQ1001NearDuplicate.Fingerprint>(article, FingerprintOf(articles[article]))).ToList();
        var verified = similarities.ToDictionary(s => (local[s.A], local[s.B]),
            s => new StorySimilarity(s.Wording, s.DifferingShingles, s.SharedParticulars, s.AllParticulars, s.DifferingNames, s.DifferingPlacedFigures, s.ShorterShingles));
        NQ1001NearDuplicate.ReportClusters(new CorpusContext<NQ1001NearDuplicate.Fingerprint>(rules.NearDuplicate.Descriptor, rules.NearDuplicateSettings, digests, run), verified);
    }

    /// <summary>What clustering reads of a fingerprint: date, length and anchor (the sets stayed in verification).</summary>
    private static NQ1001NearDuplicate.Fingerprint FingerprintOf(ArticleRow row) => new(default, default, default,
        row.PublishedTicks is { } ticks ? new DateTimeOffset(ticks, TimeSpan.FromMinutes(row.PublishedOffsetMinutes)) : null,
        row.Length, new CitedSpan(new TextSpan(row.AnchorStart, row.AnchorLength), row.AnchorLine, row.AnchorColumn));

    private static void ReportPartialCopies(CollectingCorpusRun run, CorpusRules rules, ShardIndex index, List<MatchRow> matches)
    {
        if (matches.Count == 0) return;
        var paragraphs = ShardTables.ParagraphsOfArticles(index, matches.SelectMany(m => new[] { m.Low, m.High }));
        var digests = paragraphs.ToDictionary(pair => pair.Key, pair =>
        {
            var items = pair.Value.OrderBy(row => row.Item)
                .Select(row => new NQ1002PartialCopy.Paragraph(run.Spill.Write<ulong>(row.Shingles), new CitedSpan(new TextSpan(row.Start, row.Length), row.Line, row.Column)))
                .ToArray();
            return new NQ1002PartialCopy.Paragraphs(run.Spill.Write<NQ1002PartialCopy.Paragraph>(items), default, pair.Value[0].ArticleShingles);
        });
        var sorted = matches.Select(m => new NQ1002PartialCopy.ParagraphMatch(m.Low, m.High, m.LowItem, m.HighItem, digests[m.Low], digests[m.High])).Order().ToList();
        NQ1002PartialCopy.ReportMatches(new CorpusContext<NQ1002PartialCopy.Paragraphs>(rules.PartialCopy.Descriptor, rules.PartialCopySettings, [], run), sorted);
    }

    private static void WriteFindings(string folder, ShardIndex index, IReadOnlyList<PendingFinding> findings)
    {
        var byShard = findings.ToLookup(f => index.ShardOfArticle(f.ArticleIndex));
        for (var shard = 0; shard < index.Shards; shard++)
            ParquetTable<FindingRow>.Write(FindingsPath(folder, shard), byShard[shard].Select(f => new FindingRow
            {
                Article = f.ArticleIndex - index.FirstArticle(shard), Rule = f.Descriptor.Id, Start = f.Span.Start, Length = f.Span.Length,
                Score = f.Score, Message = f.Message, Suggestion = f.Suggestion, Related = JsonSerializer.Serialize(f.Related),
            }));
    }

    public static string FindingsPath(string cluster, int shard) => Path.Combine(cluster, "findings", $"{shard:D5}.parquet");

    public static string StatisticsPath(string cluster) => Path.Combine(cluster, "statistics.parquet");

    /// <summary>The run's word document frequencies: the sum of the shards'.</summary>
    private static void WriteStatistics(string folder, ShardIndex index)
    {
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var shard = 0; shard < index.Shards; shard++)
            foreach (var row in ParquetTable<FrequencyRow>.Read(Path.Combine(ShardLayout.Digest(index.Work, shard), "statistics.parquet")))
                frequencies[row.Word] = frequencies.GetValueOrDefault(row.Word) + row.Count;
        ParquetTable<FrequencyRow>.Write(StatisticsPath(folder), frequencies.Select(pair => new FrequencyRow { Word = pair.Key, Count = pair.Value }));
    }
}
