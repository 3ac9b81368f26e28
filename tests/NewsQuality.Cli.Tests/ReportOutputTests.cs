using System.Text.Json;
using System.Xml.Linq;

namespace NewsQuality.Cli.Tests;

public sealed class ReportOutputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nq-reports-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string CopySeeds()
    {
        var seeds = Path.Combine(_dir, "seeds");
        Directory.CreateDirectory(seeds);
        foreach (var seed in Directory.GetFiles(CliRunner.Fixture("seeds"), "*.txt")) File.Copy(seed, Path.Combine(seeds, Path.GetFileName(seed)));
        return "seeds";
    }

    [Fact]
    public void Several_formats_are_written_at_once_and_each_is_well_formed()
    {
        var seeds = CopySeeds();
        Directory.CreateDirectory(Path.Combine(_dir, "out"));
        var result = CliRunner.Run(["check", seeds, "--output", "sarif=out/nq.sarif", "--output", "junit=out/nq.xml", "--output", "markdown=out/summary.md", "--format", "json"], "", _dir);
        Assert.Equal(1, result.ExitCode); // the seeds carry errors (NQ2002, NQ2003)
        using var json = JsonDocument.Parse(result.StdOut);
        var findings = json.RootElement.GetProperty("summary").GetProperty("findings").GetInt32();

        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "out", "nq.sarif")));
        var run = sarif.RootElement.GetProperty("runs")[0];
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(findings, results.Count);
        var role = results.Single(r => r.GetProperty("ruleId").GetString() == "NQ2002");
        Assert.Equal("error", role.GetProperty("level").GetString());
        Assert.Equal(rules.IndexOf("NQ2002"), role.GetProperty("ruleIndex").GetInt32());
        var region = role.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("seeds/004_d45996393cbbdd09.txt", region.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(15, region.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal("Russian Chancellor Ushakov", region.GetProperty("region").GetProperty("snippet").GetProperty("text").GetString());
        Assert.Matches("^[0-9a-f]{16}$", role.GetProperty("partialFingerprints").GetProperty("newsquality/v1").GetString());

        var junit = XDocument.Load(Path.Combine(_dir, "out", "nq.xml"));
        Assert.Equal(2, junit.Descendants("testcase").Count());
        Assert.Equal(2, junit.Descendants("failure").Count());

        var markdown = File.ReadAllText(Path.Combine(_dir, "out", "summary.md"));
        Assert.StartsWith("## NewsQuality report", markdown);
        Assert.Contains("| [NQ2002](docs/rules/NQ2002.md) | role-contradiction | 1 |", markdown);
        Assert.Contains("(seeds/004_d45996393cbbdd09.txt#L1)", markdown);
    }

    [Fact]
    public void A_bad_output_value_is_a_usage_error()
    {
        var result = CliRunner.Run(["check", CopySeeds(), "--output", "pdf=x.pdf"], "", _dir);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("FORMAT=PATH", result.StdErr);
    }

    [Fact]
    public void Baseline_hides_known_findings_survives_unrelated_edits_and_shows_new_ones()
    {
        var article = Path.Combine(_dir, "a.txt");
        var original = File.ReadAllText(CliRunner.Fixture("seeds/004_d45996393cbbdd09.txt"));
        File.WriteAllText(article, original);
        Assert.Equal(1, CliRunner.Run(["check", "a.txt", "--write-baseline", "nq-baseline.json"], "", _dir).ExitCode);

        // An unrelated paragraph changes and lines shift: nothing new.
        File.WriteAllText(article, original.Replace("Biden and Putin agreed to personally intervene in the negotiations.", "Biden and Putin agreed,\nafter a long call, to intervene in the negotiations themselves."));
        var unchanged = CliRunner.Run(["check", "a.txt", "--baseline", "nq-baseline.json", "--format", "json"], "", _dir);
        Assert.Equal(0, unchanged.ExitCode);
        using (var json = JsonDocument.Parse(unchanged.StdOut))
            Assert.Equal(0, json.RootElement.GetProperty("summary").GetProperty("findings").GetInt32());

        // A new doubled word: exactly one new finding.
        File.WriteAllText(article, File.ReadAllText(article).Replace("consultations between Russia", "consultations between between Russia"));
        var added = CliRunner.Run(["check", "a.txt", "--baseline", "nq-baseline.json", "--format", "json", "--fail-on", "warning"], "", _dir);
        Assert.Equal(1, added.ExitCode);
        using (var json = JsonDocument.Parse(added.StdOut))
        {
            var finding = json.RootElement.GetProperty("articles")[0].GetProperty("findings").EnumerateArray().Single();
            Assert.Equal("NQ2001", finding.GetProperty("ruleId").GetString());
            Assert.Equal("between between", finding.GetProperty("evidence").GetString());
        }
    }

    [Fact]
    public void A_broken_baseline_is_a_usage_error_naming_the_file()
    {
        File.WriteAllText(Path.Combine(_dir, "b.json"), "{ not json");
        var result = CliRunner.Run(["check", CopySeeds(), "--baseline", "b.json"], "", _dir);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("b.json: cannot read baseline", result.StdErr);
    }
}
