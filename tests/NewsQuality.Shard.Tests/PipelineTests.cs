using System.Text.Json;
using System.Text.Json.Nodes;
using NewsQuality.Analysis;
using NewsQuality.Input;
using NewsQuality.Reporting;
using NewsQuality.Rules;

namespace NewsQuality.Shard.Tests;

public sealed class PipelineTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("nq-shard-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Pipeline_findings_equal_one_check_of_the_same_shards()
    {
        var (shards, work) = PlannedAndRun(articles: 1200, shards: 4, partitions: 3, seed: 7);

        var expected = CheckReport(shards, _root);
        var actual = PipelineReport(work, shards.Count);
        // Not vacuous: the corpus makes clusters (with representatives chosen by date and by links), pasted paragraphs and template lines.
        foreach (var rule in new[] { "NQ1001", "NQ1002", "NQ4003" })
            Assert.True(CountOf(expected, rule) > 5, $"{rule}: {CountOf(expected, rule)} findings in check's report");
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++) Assert.Equal(expected[i]!.ToJsonString(), actual[i]!.ToJsonString());
        Assert.Equal(expected.Count, ShardPipeline.Summary(work).Articles);
    }

    [Fact]
    public void A_rerun_skips_finished_stages_and_ignores_what_a_killed_task_left()
    {
        var (shards, work) = PlannedAndRun(articles: 300, shards: 3, partitions: 2, seed: 11);
        var first = PipelineReport(work, shards.Count).ToJsonString();
        var digest = ShardLayout.Digest(work, 0);
        var digestedAt = Directory.GetLastWriteTimeUtc(digest);

        // A task killed half-way leaves a partial folder; the driver killed after the cluster stage leaves no reports.
        Directory.CreateDirectory(ShardLayout.Cluster(work) + ".partial-dead");
        File.WriteAllText(Path.Combine(ShardLayout.Cluster(work) + ".partial-dead", "junk.parquet"), "half a file");
        for (var shard = 0; shard < shards.Count; shard++) Directory.Delete(ShardLayout.Report(work, shard), recursive: true);

        Assert.False(DigestStage.Run(work, 0, 1));
        Assert.False(ClusterStage.Run(work));
        ShardPipeline.Run(work, ["json"], "test", parallelism: 1);
        Assert.Equal(digestedAt, Directory.GetLastWriteTimeUtc(digest));
        Assert.Equal(first, PipelineReport(work, shards.Count).ToJsonString());
    }

    [Fact]
    public void A_stage_refuses_to_run_before_the_stages_it_reads()
    {
        var shards = GeneratedCorpus.Write(_root, articles: 40, shards: 2, seed: 3);
        var work = Path.Combine(_root, "work");
        new ShardPlan(shards, _root, Partitions: 2).Save(work);
        DigestStage.Run(work, 0, 1);
        var error = Assert.Throws<InvalidOperationException>(() => PairsStage.Run(work, 0));
        Assert.Contains("digest --shard 1", error.Message);
        Assert.False(Directory.Exists(ShardLayout.Pairs(work, 0)));
        Assert.Throws<InvalidOperationException>(() => new ShardPlan([shards[0]], _root, Partitions: 2).Save(work));
    }

    private (IReadOnlyList<string> Shards, string Work) PlannedAndRun(int articles, int shards, int partitions, int seed)
    {
        var files = GeneratedCorpus.Write(_root, articles, shards, seed);
        var work = Path.Combine(_root, "work");
        new ShardPlan(files, _root, partitions).Save(work);
        ShardPipeline.Run(work, ["json"], "test", parallelism: 2);
        return (files, work);
    }

    /// <summary>The articles of one `check` over every shard, as its JSON report lists them.</summary>
    internal static JsonArray CheckReport(IReadOnlyList<string> shards, string baseDirectory, AnalysisOptions? options = null)
    {
        options ??= new AnalysisOptions { Parallelism = 2 };
        var source = new ArticleSource(shards, new ArticleSourceOptions { BaseDirectory = baseDirectory });
        using var stream = new MemoryStream();
        using (var writer = new JsonReportWriter(stream))
        {
            var summary = new RunSummary();
            writer.Begin(new RunInfo("test", shards, options, RuleCatalog.Default));
            foreach (var item in new AnalysisEngine(RuleCatalog.Default, options).Run(source)) writer.Write(item.Report!);
            writer.End(summary);
        }
        return (JsonArray)JsonNode.Parse(stream.ToArray())!["articles"]!;
    }

    internal static JsonArray PipelineReport(string work, int shards)
    {
        var articles = new JsonArray();
        for (var shard = 0; shard < shards; shard++)
            foreach (var article in (JsonArray)JsonNode.Parse(File.ReadAllText(ReportStage.ReportPath(work, shard, "json")))!["articles"]!)
                articles.Add(article!.DeepClone());
        return articles;
    }

    internal static int CountOf(JsonArray articles, string rule) =>
        articles.Sum(a => a!["findings"]!.AsArray().Sum(f => (f!["ruleId"]!.GetValue<string>() == rule ? 1 : 0) + (f["alsoFlagged"]?.AsArray().Count(x => x!["ruleId"]!.GetValue<string>() == rule) ?? 0)));
}
