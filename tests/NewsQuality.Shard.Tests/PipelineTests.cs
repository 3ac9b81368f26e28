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
        var actual = SameAnswers.PipelineArticles(work);
        // Not vacuous: the corpus makes clusters (with representatives chosen by date and by links), pasted paragraphs and template lines.
        foreach (var rule in new[] { "NQ1001", "NQ1002", "NQ4003" })
            Assert.True(SameAnswers.CountOf(expected, rule) > 5, $"{rule}: {SameAnswers.CountOf(expected, rule)} findings in check's report");
        AssertSame(expected, actual);
        Assert.Equal(expected.Count, ShardPipeline.Summary(work).Articles);
    }

    [Fact]
    public void Pipeline_findings_equal_one_check_on_BBC_articles()
    {
        // A subset of the BBC corpus written by `eval shard-bbc --write-fixture` (fixtures/README.md), already three shards;
        // that evaluation holds the same on the whole corpus.
        var fixtures = Path.Combine(AppContext.BaseDirectory, "fixtures", "shard-bbc");
        var shards = Directory.GetFiles(fixtures, "*.jsonl").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var work = Path.Combine(_root, "work");
        new ShardPlan(shards!, fixtures, Partitions: 2).Save(work);
        ShardPipeline.Run(work, ["json"], "test", parallelism: 2);

        var expected = CheckReport(shards!, fixtures);
        foreach (var rule in new[] { "NQ1001", "NQ1002" })
            Assert.True(SameAnswers.CountOf(expected, rule) > 3, $"{rule}: {SameAnswers.CountOf(expected, rule)} findings in check's report");
        AssertSame(expected, SameAnswers.PipelineArticles(work));
    }

    [Fact]
    public void A_rerun_skips_finished_stages_and_ignores_what_a_killed_task_left()
    {
        var (shards, work) = PlannedAndRun(articles: 300, shards: 3, partitions: 2, seed: 11);
        var first = SameAnswers.PipelineArticles(work).ToJsonString();
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
        Assert.Equal(first, SameAnswers.PipelineArticles(work).ToJsonString());
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

    /// <summary>The articles of one `check` over every shard, every rule on unless <paramref name="options"/> say otherwise.</summary>
    internal static JsonArray CheckReport(IReadOnlyList<string> shards, string baseDirectory, AnalysisOptions? options = null) =>
        SameAnswers.CheckArticles(shards, baseDirectory, options ?? new AnalysisOptions { Parallelism = 2 });

    /// <summary>Fails naming the first article whose report differs.</summary>
    internal static void AssertSame(JsonArray check, JsonArray pipeline)
    {
        if (SameAnswers.FirstDifference(check, pipeline) is { } difference) Assert.Fail(difference);
    }
}
