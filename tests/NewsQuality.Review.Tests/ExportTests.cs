using System.Text.Json;
using Microsoft.Data.Sqlite;
using NewsQuality.Cli;
using NewsQuality.Input;
using NewsQuality.Rules;
using static NewsQuality.Review.Tests.ReviewTestSupport;

namespace NewsQuality.Review.Tests;

/// <summary>Decisions back into the tool: labels for tune, a baseline for check, thresholds from tune --decisions.</summary>
public sealed class ExportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nq-review-export-").FullName;
    private readonly IReadOnlyList<ReviewArticle> _articles = SeedArticles();
    private readonly ReviewStore _store;

    public ExportTests()
    {
        _store = ReviewStore.Open(Path.Combine(_dir, "review.db"));
        _store.Import(_articles);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private (int Exit, string Out, string Err) Run(params string[] args) => RunCli(_dir, args);

    private void Decide(ReviewFinding finding, string article, string kind, string reviewer = "alice", double? score = null) =>
        _store.Record(Guid.NewGuid().ToString("N"), finding.Fingerprint, article, finding.RuleId, reviewer, kind, null, score ?? finding.Finding.Score);

    [Fact]
    public void Labels_hold_the_fully_reviewed_articles_with_their_confirmed_rules_in_the_format_tune_reads()
    {
        var done = _articles[0];
        for (var i = 0; i < done.Findings.Count; i++) Decide(done.Findings[i], done.Id, i % 2 == 0 ? "confirm" : "dismiss");
        Decide(_articles[1].Findings[0], _articles[1].Id, "confirm"); // the second article is not finished
        var (exit, output, error) = Run("review", "export", "--db", "review.db", "--labels", "labels.jsonl");
        Assert.True(exit == 0, error);
        Assert.Contains("1 labelled articles; left out 1 not fully reviewed, 0 with disputed decisions", output);
        var read = Assert.Single(new ArticleSource([Path.Combine(_dir, "labels.jsonl")]).Read()).Article!;
        Assert.Equal(done.Id, read.Id);
        var confirmedRules = done.Findings.Where((_, i) => i % 2 == 0).Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(confirmedRules, read.Labels!);
        // The text round-trips: the title in front, the body unchanged, so every finding's evidence is still there.
        Assert.Equal(done.Title, read.Title);
        Assert.All(done.Findings, f => Assert.Contains(f.Finding.Evidence, read.Text));
    }

    [Fact]
    public void A_disputed_finding_keeps_its_article_out_of_the_labels_and_a_clean_verdict_labels_nothing()
    {
        foreach (var f in _articles[0].Findings) Decide(f, _articles[0].Id, "confirm");
        Decide(_articles[0].Findings[0], _articles[0].Id, "dismiss", reviewer: "bob");
        _store.Record("v", Decision.ArticleSubject(_articles[1].Id), _articles[1].Id, null, "alice", "clean", null, null);
        var (exit, output, _) = Run("review", "export", "--db", "review.db", "--labels", "labels.jsonl");
        Assert.Equal(0, exit);
        Assert.Contains("1 with disputed decisions", output);
        var line = JsonDocument.Parse(Assert.Single(File.ReadAllLines(Path.Combine(_dir, "labels.jsonl")))).RootElement;
        Assert.Equal(_articles[1].Id, line.GetProperty("id").GetString());
        Assert.Equal(0, line.GetProperty("labels").GetArrayLength());
    }

    [Fact]
    public void The_baseline_from_dismissed_findings_stops_check_reporting_exactly_those()
    {
        var dismissed = _articles[0].Findings.Take(2).ToList();
        foreach (var f in dismissed) Decide(f, _articles[0].Id, "dismiss");
        Decide(_articles[0].Findings[2], _articles[0].Id, "confirm");
        var (exit, output, _) = Run("review", "export", "--db", "review.db", "--write-baseline", "baseline.json");
        Assert.Equal(0, exit);
        Assert.Contains("2 dismissed findings", output);
        var before = Findings(Run("check", Seeds, "--format", "json").Out);
        var after = Findings(Run("check", Seeds, "--format", "json", "--baseline", "baseline.json").Out);
        var gone = before.Except(after).ToList();
        Assert.Equal(dismissed.Select(f => (f.RuleId, f.Finding.Evidence)).Order(), gone.Order());
    }

    /// <summary>Every finding of a JSON report, grouped ones included, as rule and evidence.</summary>
    private static List<(string, string)> Findings(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("articles").EnumerateArray().SelectMany(a => a.GetProperty("findings").EnumerateArray())
            .SelectMany(f => f.TryGetProperty("alsoFlagged", out var also) ? [f, .. also.EnumerateArray()] : new[] { f })
            .Select(f => (f.GetProperty("ruleId").GetString()!, f.GetProperty("evidence").GetString()!)).ToList();

    [Fact]
    public void Tune_with_decisions_reports_precision_now_and_suggests_the_threshold_that_drops_the_dismissed_finding()
    {
        var (rule, findings) = _articles.SelectMany(a => a.Findings.Select(f => (Article: a.Id, Finding: f))).GroupBy(x => x.Finding.RuleId).Select(g => (g.Key, g.ToList())).First(g => g.Item2.Count >= 2);
        var current = RuleCatalog.Default.Find(rule)!.Descriptor.DefaultThreshold;
        var low = current + (1 - current) / 4;
        // The reviewer confirmed the stronger finding and dismissed the weaker one, both above today's threshold.
        Decide(findings[0].Finding, findings[0].Article, "confirm", score: 1.0);
        Decide(findings[1].Finding, findings[1].Article, "dismiss", score: low);
        var (exit, output, error) = Run("tune", "--decisions", "review.db");
        Assert.True(exit == 0, error);
        Assert.Contains($"| {rule} | 1/1 | {current:0.###} | 0.50 | 1 | 1.00 / 1.00 / 1.00 |", output);
        Assert.Contains($"{{ \"rules\": {{ \"{rule}\": {{ \"threshold\": 1 }} }} }}", output);
    }

    [Fact]
    public void Tune_with_a_precision_target_keeps_the_lowest_threshold_that_meets_it()
    {
        var (rule, findings) = _articles.SelectMany(a => a.Findings.Select(f => (Article: a.Id, Finding: f))).GroupBy(x => x.Finding.RuleId).Select(g => (g.Key, g.ToList())).First(g => g.Item2.Count >= 2);
        var current = RuleCatalog.Default.Find(rule)!.Descriptor.DefaultThreshold;
        var step = (1 - current) / 4;
        Decide(findings[0].Finding, findings[0].Article, "confirm", score: current + 3 * step);
        Decide(findings[1].Finding, findings[1].Article, "dismiss", score: current + step);
        var (exit, output, _) = Run("tune", "--decisions", "review.db", "--precision", "0.9");
        Assert.Equal(0, exit);
        Assert.Contains($"\"{rule}\": {{ \"threshold\": {current + 3 * step:0.###} }}", output);
    }

    [Fact]
    public void Tune_refuses_both_inputs_and_a_missing_database()
    {
        Assert.Equal(ExitCodes.UsageOrInputError, Run("tune", "--decisions", "review.db", Seeds).Exit);
        var (exit, _, error) = Run("tune", "--decisions", "nowhere.db");
        Assert.Equal(ExitCodes.UsageOrInputError, exit);
        Assert.Contains("nowhere.db: no such review database", error);
    }
}
