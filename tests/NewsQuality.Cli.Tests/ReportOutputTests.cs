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
        var linkBait = json.RootElement.GetProperty("articles")[0].GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "NQ3001");
        Assert.True(linkBait.GetProperty("measures").GetProperty("topicSimilarity").GetDouble() < 0.1); // the figure the message says in words
        Assert.Equal(["NQ2011", "NQ4004"], linkBait.GetProperty("alsoFlagged").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()).Order());

        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "out", "nq.sarif")));
        var run = sarif.RootElement.GetProperty("runs")[0];
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(findings, results.Count);
        // NQ2003 (no such office) and NQ2002 (two roles) flag the same title: one result, led by NQ2003.
        Assert.DoesNotContain(results, r => r.GetProperty("ruleId").GetString() == "NQ2002");
        var office = results.Single(r => r.GetProperty("ruleId").GetString() == "NQ2003");
        Assert.Equal("error", office.GetProperty("level").GetString());
        Assert.Equal(rules.IndexOf("NQ2003"), office.GetProperty("ruleIndex").GetInt32());
        Assert.Equal("NQ2002", office.GetProperty("properties").GetProperty("alsoFlagged")[0].GetString());
        Assert.Contains("Also flagged: NQ2002: Yuri Ushakov is called", office.GetProperty("message").GetProperty("text").GetString());
        var region = office.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("seeds/004_d45996393cbbdd09.txt", region.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(15, region.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal("Russian Chancellor", region.GetProperty("region").GetProperty("snippet").GetProperty("text").GetString());
        Assert.Matches("^[0-9a-f]{16}$", office.GetProperty("partialFingerprints").GetProperty("newsquality/v1").GetString());

        var junit = XDocument.Load(Path.Combine(_dir, "out", "nq.xml"));
        Assert.Equal(2, junit.Descendants("testcase").Count());
        Assert.Equal(2, junit.Descendants("failure").Count());

        var markdown = File.ReadAllText(Path.Combine(_dir, "out", "summary.md"));
        Assert.StartsWith("## NewsQuality report", markdown);
        // No link into this repository's docs/rules (broken in anyone else's pull request): the rule's text, folded.
        Assert.DoesNotContain("docs/rules", markdown);
        Assert.Contains("| NQ2002 | role-contradiction | 1 |", markdown);
        Assert.Contains("<details><summary>NQ2002 role-contradiction: ", markdown);
        Assert.Contains("(seeds/004_d45996393cbbdd09.txt#L1)", markdown);
    }

    [Fact]
    public void Markdown_rule_links_go_to_the_configured_url()
    {
        var seeds = CopySeeds();
        var result = CliRunner.Run(["check", seeds, "--format", "markdown", "--rule-docs-url", "https://example.org/newsquality/rules/{rule}.html"], "", _dir);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("| [NQ2002](https://example.org/newsquality/rules/NQ2002.html) | role-contradiction | 1 |", result.StdOut);
        Assert.DoesNotContain("<details>", result.StdOut);
        var missingPlaceholder = CliRunner.Run(["check", seeds, "--format", "markdown", "--rule-docs-url", "https://example.org/rules/"], "", _dir);
        Assert.Equal(2, missingPlaceholder.ExitCode);
        Assert.Contains("{rule}", missingPlaceholder.StdErr);
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
            // The scores are those of what is left: one warning, in the translation family.
            var scores = json.RootElement.GetProperty("articles")[0].GetProperty("scores");
            Assert.Equal(85, scores.GetProperty("translation").GetInt32());
            Assert.Equal(100, scores.GetProperty("offtopic").GetInt32());
            Assert.Equal(100, scores.GetProperty("boilerplate").GetInt32());
        }
        Assert.Equal(0, CliRunner.Run(["check", "a.txt", "--baseline", "nq-baseline.json", "--min-score", "translation=85"], "", _dir).ExitCode);
        Assert.Equal(1, CliRunner.Run(["check", "a.txt", "--baseline", "nq-baseline.json", "--min-score", "translation=86"], "", _dir).ExitCode);
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
