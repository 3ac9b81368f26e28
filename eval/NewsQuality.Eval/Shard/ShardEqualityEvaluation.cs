using System.Text.Json.Nodes;
using NewsQuality.Analysis;
using NewsQuality.Shard;

namespace NewsQuality.Eval.Shard;

/// <summary>
/// Same answers on real text: the whole BBC News 2004–2005 corpus cut into shards (consecutive lines), run through the
/// sharded pipeline's stages in this process with every rule, against one <c>check</c> of the same shards; prints the
/// findings of the corpus rules and how many articles' reports differ (the pipeline must differ on none). With
/// <c>--write-fixture DIR</c> it also writes the test subset (fixtures/shard-bbc): the articles of check's first NQ1002 and
/// NQ1001 findings with the articles they cite, and a sample of the rest, lines copied unchanged, cut into three shards.
/// </summary>
public sealed class ShardEqualityEvaluation : IEvaluation
{
    private const int FixtureShards = 3;
    private const int FixtureCopies = 90;
    private const int FixtureOthers = 40;

    public string Name => "shard-bbc";
    public string Description => "the sharded pipeline vs one check on the whole BBC corpus, every rule: [--shards 4] [--partitions 3] [--write-fixture DIR]";

    public int Run(string[] args)
    {
        var shardCount = Option(args, "--shards", 4);
        var partitions = Option(args, "--partitions", 3);
        var fixture = Array.IndexOf(args, "--write-fixture") is var at and >= 0 ? args[at + 1] : null;
        var lines = File.ReadAllLines(SharedData.Path("corpora/bbc-news-2005.jsonl")).Where(line => line.Length > 0).ToList();
        var folder = Directory.CreateTempSubdirectory("nq-eval-shard-").FullName;
        try
        {
            var shards = WriteShards(folder, "bbc-news-2005", lines, shardCount);
            var work = Path.Combine(folder, "work");
            new ShardPlan(shards, folder, partitions).Save(work);
            ShardPipeline.Run(work, ["json"], "eval", Environment.ProcessorCount);
            var check = SameAnswers.CheckArticles(shards, folder, new AnalysisOptions { Parallelism = Environment.ProcessorCount });
            var pipeline = SameAnswers.PipelineArticles(work);
            var differing = Enumerable.Range(0, Math.Min(check.Count, pipeline.Count)).Count(i => check[i]!.ToJsonString() != pipeline[i]!.ToJsonString())
                            + Math.Abs(check.Count - pipeline.Count);

            Console.WriteLine($"BBC News 2004–2005 (../shared/corpora/bbc-news-2005.jsonl), every article, every rule; {shardCount} shards of consecutive lines, {partitions} partitions\n");
            Console.WriteLine("| run | articles | NQ1001 | NQ1002 | NQ4003 | findings | articles whose report differs from check's |");
            Console.WriteLine("|---|---|---|---|---|---|---|");
            Console.WriteLine(Row("one `check`", check, "—"));
            Console.WriteLine(Row("`shard` stages", pipeline, differing.ToString("N0")));
            if (SameAnswers.FirstDifference(check, pipeline) is { } difference) Console.WriteLine($"\nfirst difference: {difference}");
            if (fixture is not null) WriteFixture(fixture, lines, check);
            return differing == 0 ? 0 : 1;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static int Option(string[] args, string name, int fallback) =>
        Array.IndexOf(args, name) is var at and >= 0 ? int.Parse(args[at + 1]) : fallback;

    private static string Row(string run, JsonArray articles, string differing) =>
        $"| {run} | {articles.Count:N0} | {SameAnswers.CountOf(articles, "NQ1001")} | {SameAnswers.CountOf(articles, "NQ1002")} | {SameAnswers.CountOf(articles, "NQ4003")} | " +
        $"{articles.Sum(a => a!["findings"]!.AsArray().Count):N0} | {differing} |";

    /// <summary>The lines cut into <paramref name="count"/> consecutive files of equal line counts, named relative to the folder.</summary>
    private static List<string> WriteShards(string folder, string name, IReadOnlyList<string> lines, int count)
    {
        var shards = new List<string>();
        for (var shard = 0; shard < count; shard++)
        {
            shards.Add($"{name}-part-{shard}.jsonl");
            var (from, to) = (lines.Count * shard / count, lines.Count * (shard + 1) / count);
            File.WriteAllLines(Path.Combine(folder, shards[^1]), lines.Skip(from).Take(to - from));
        }
        return shards;
    }

    /// <summary>
    /// A subset small enough for fixtures/ that still has copies, representatives and pasted paragraphs: the articles of
    /// check's NQ1002 findings, then of its NQ1001 findings, in report order, with every article each cites, until <see cref="FixtureCopies"/> are taken,
    /// then every Nth other article up to <see cref="FixtureOthers"/>; in corpus order.
    /// </summary>
    private static void WriteFixture(string folder, IReadOnlyList<string> lines, JsonArray check)
    {
        if (lines.Count != check.Count) throw new InvalidDataException($"{lines.Count} lines but {check.Count} articles: the subset would not line up");
        var taken = new HashSet<string>();
        // NQ1002's findings first: they are fewer, and would be crowded out by NQ1001's.
        foreach (var rule in new[] { "NQ1002", "NQ1001" })
            foreach (var article in check)
                foreach (var finding in article!["findings"]!.AsArray().Where(f => f!["ruleId"]!.GetValue<string>() == rule))
                {
                    if (taken.Count >= FixtureCopies) break;
                    taken.Add(article["id"]!.GetValue<string>());
                    foreach (var related in finding!["related"]?.AsArray() ?? []) taken.Add(related!["articleId"]!.GetValue<string>());
                }
        var others = check.Select(a => a!["id"]!.GetValue<string>()).Where(id => !taken.Contains(id)).ToList();
        var step = others.Count / FixtureOthers;
        taken.UnionWith(others.Where((_, i) => i % step == 0).Take(FixtureOthers));
        var subset = lines.Where((_, i) => taken.Contains(check[i]!["id"]!.GetValue<string>())).ToList();
        Directory.CreateDirectory(folder);
        WriteShards(folder, "bbc-news-2005", subset, FixtureShards);
        Console.WriteLine($"\n{folder}: {subset.Count} articles of the BBC corpus in {FixtureShards} shards");
    }
}
