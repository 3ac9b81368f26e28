using Microsoft.Data.Sqlite;
using NewsQuality.Cli;
using static NewsQuality.Review.Tests.ReviewTestSupport;

namespace NewsQuality.Review.Tests;

public sealed class ReportFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nq-review-report-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private (int Exit, string Out, string Err) Run(params string[] args) => RunCli(_dir, args);

    [Fact]
    public void A_json_report_gives_the_same_findings_fingerprints_and_text_as_a_fresh_check()
    {
        var (_, json, _) = Run("check", Seeds, "--format", "json");
        File.WriteAllText(Path.Combine(_dir, "report.json"), json);
        var fromReport = ReportFile.Load(Path.Combine(_dir, "report.json"), _dir);
        var fresh = SeedArticles();
        Assert.Equal(fresh.Select(a => a.Id), fromReport.Select(a => a.Id));
        for (var i = 0; i < fresh.Count; i++)
        {
            Assert.Equal(fresh[i].Findings.Select(f => (f.Fingerprint, f.RuleId, f.Finding.Span)), fromReport[i].Findings.Select(f => (f.Fingerprint, f.RuleId, f.Finding.Span)));
            Assert.Equal(fresh[i].Text, fromReport[i].Text);
            Assert.Equal((fresh[i].Score, fresh[i].Verdict, fresh[i].Title), (fromReport[i].Score, fromReport[i].Verdict, fromReport[i].Title));
        }
    }

    [Fact]
    public void Without_its_inputs_a_report_is_still_reviewable_from_the_evidence()
    {
        var articles = Path.Combine(_dir, "articles");
        Directory.CreateDirectory(articles);
        foreach (var seed in Directory.GetFiles(Seeds, "*.txt")) File.Copy(seed, Path.Combine(articles, Path.GetFileName(seed)));
        var (_, json, _) = Run("check", "articles", "--format", "json");
        File.WriteAllText(Path.Combine(_dir, "report.json"), json);
        Directory.Delete(articles, recursive: true);
        var loaded = ReportFile.Load(Path.Combine(_dir, "report.json"), _dir);
        Assert.NotEmpty(loaded);
        Assert.All(loaded, a => Assert.Null(a.Text));
        Assert.All(loaded, a => Assert.NotEmpty(a.Findings));
    }

    [Fact]
    public void Review_refuses_a_file_that_is_no_report_and_a_host_that_is_no_address()
    {
        File.WriteAllText(Path.Combine(_dir, "other.json"), """{ "hello": 1 }""");
        var (exit, _, error) = Run("review", "other.json", "--db", "review.db");
        Assert.Equal(ExitCodes.UsageOrInputError, exit);
        Assert.Contains("is not a NewsQuality JSON report", error);
        (exit, _, error) = Run("review", Seeds, "--host", "example.org");
        Assert.Equal(ExitCodes.UsageOrInputError, exit);
        Assert.Contains("--host must be an IP address or 'localhost'", error);
        Assert.False(File.Exists(Path.Combine(_dir, "review.db")));
    }

    [Fact]
    public void Export_needs_something_to_write_and_an_existing_database()
    {
        Assert.Contains("needs --labels FILE, --write-baseline FILE or both", Run("review", "export", "--db", "review.db").Err);
        Assert.Contains("review.db: no such review database", Run("review", "export", "--db", "review.db", "--labels", "l.jsonl").Err);
    }
}
