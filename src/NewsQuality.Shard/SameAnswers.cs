using System.Text.Json.Nodes;
using NewsQuality.Analysis;
using NewsQuality.Input;
using NewsQuality.Reporting;
using NewsQuality.Rules;

namespace NewsQuality.Shard;

/// <summary>
/// Whether a pipeline run answered as one <c>check</c> of the same shards: both JSON reports' articles, in order, compared
/// as text (findings, scores, verdicts, related locations, everything the report carries). Used by the tests and by the
/// evaluation on the whole BBC corpus.
/// </summary>
public static class SameAnswers
{
    /// <summary>The articles of one <c>check</c> over every shard, as its JSON report lists them.</summary>
    public static JsonArray CheckArticles(IReadOnlyList<string> shards, string baseDirectory, AnalysisOptions options)
    {
        // The pipeline leaves some corpus rules out (CorpusRules.NotRun, said when it is planned): check is run without them too.
        options = CorpusRules.WithoutRulesNotRun(options);
        var source = new ArticleSource(shards, new ArticleSourceOptions { BaseDirectory = baseDirectory });
        using var stream = new MemoryStream();
        using (var writer = new JsonReportWriter(stream))
        {
            writer.Begin(new RunInfo("test", shards, options, RuleCatalog.Default));
            foreach (var item in new AnalysisEngine(RuleCatalog.Default, options).Run(source)) writer.Write(item.Report!);
            writer.End(new RunSummary());
        }
        return (JsonArray)JsonNode.Parse(stream.ToArray())!["articles"]!;
    }

    /// <summary>Every shard's JSON report's articles, shard after shard.</summary>
    public static JsonArray PipelineArticles(string work)
    {
        var articles = new JsonArray();
        for (var shard = 0; shard < ShardPlan.Load(work).Shards.Count; shard++)
            foreach (var article in (JsonArray)JsonNode.Parse(File.ReadAllText(ReportStage.ReportPath(work, shard, "json")))!["articles"]!)
                articles.Add(article!.DeepClone());
        return articles;
    }

    /// <returns>Null when both list the same articles with the same report, else where they first differ.</returns>
    public static string? FirstDifference(JsonArray check, JsonArray pipeline)
    {
        for (var i = 0; i < Math.Min(check.Count, pipeline.Count); i++)
        {
            var (expected, actual) = (check[i]!.ToJsonString(), pipeline[i]!.ToJsonString());
            if (expected != actual) return $"article {i} ({check[i]!["id"]}) differs:\n  check:    {expected}\n  pipeline: {actual}";
        }
        return check.Count == pipeline.Count ? null : $"check reported {check.Count} articles, the pipeline {pipeline.Count}";
    }

    /// <summary>Findings of one rule in a report's articles, those grouped under another finding's problem included.</summary>
    public static int CountOf(JsonArray articles, string rule) =>
        articles.Sum(a => a!["findings"]!.AsArray().Sum(f => (f!["ruleId"]!.GetValue<string>() == rule ? 1 : 0) + (f["alsoFlagged"]?.AsArray().Count(x => x!["ruleId"]!.GetValue<string>() == rule) ?? 0)));
}
