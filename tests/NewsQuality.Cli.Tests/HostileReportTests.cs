using System.Text.Json;
using System.Xml.Linq;
using NewsQuality.Analysis;
using NewsQuality.Input;
using NewsQuality.Reporting;

namespace NewsQuality.Cli.Tests;

/// <summary>What a hostile page puts in a title, an id or a body must neither break a report nor reach what reads it.</summary>
public sealed class HostileReportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nq-hostile-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Record(string id, string title, string text) =>
        JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = id, ["title"] = title, ["text"] = text }) + "\n";

    [Fact]
    public void Characters_xml_cannot_carry_do_not_stop_any_report_file_from_being_written()
    {
        File.WriteAllText(Path.Combine(_dir, "a.jsonl"),
            Record("bell\u0001id", "A title with \u0001 and \u000B in it", "It was the the best of times \u0001 for \uD800 everyone.") +
            Record("b", "Plain", "Nothing wrong here at all."));
        var result = CliRunner.Run(["check", "a.jsonl", "--output", "json=r.json", "--output", "sarif=r.sarif", "--output", "junit=r.xml"], "", _dir);

        Assert.Equal("", result.StdErr);
        Assert.InRange(result.ExitCode, 0, 1); // a verdict on the articles, not a crash
        var junit = XDocument.Load(Path.Combine(_dir, "r.xml"));
        Assert.Contains(junit.Descendants("testcase"), c => c.Attribute("name")!.Value == "bell\u2401id");
        Assert.Contains("\u2401", junit.ToString());
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "r.json")));
        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "r.sarif")));
        Assert.Equal(2, json.RootElement.GetProperty("summary").GetProperty("articles").GetInt32());
    }

    [Fact]
    public void A_writer_that_throws_is_set_aside_and_the_others_still_finish()
    {
        var good = new StringWriter();
        var writers = new IReportWriter[] { new ThrowingWriter(), new TextReportWriter(good) };
        using var composite = new CompositeReportWriter(writers);
        composite.Begin(new RunInfo("0", [], new AnalysisOptions(), Rules.RuleCatalog.Default));
        composite.Write(new InputError("x.txt", null, "broken"));
        composite.End(new RunSummary());

        Assert.IsType<InvalidOperationException>(Assert.Single(composite.Failures).Value);
        Assert.Contains("x.txt: error: broken", good.ToString());
        Assert.Contains("0 articles checked", good.ToString());
    }

    [Fact]
    public void An_unexpected_exception_exits_3_never_1()
    {
        // Standard input that fails in a way no reader expects stands for any bug: the exit code must not say "findings".
        var stdout = new MemoryStream();
        var stderr = new StringWriter();
        var io = new CliIO(stdout, stderr, () => throw new NotSupportedException("stdin broke"), _dir);
        Assert.Equal(ExitCodes.InternalError, NewsQualityCli.Run(["check", "-", "--format", "json"], io));
        Assert.Contains("newsquality: internal error: NotSupportedException: stdin broke", stderr.ToString());
    }

    [Fact]
    public void An_id_cannot_escape_its_markdown_cell_or_inject_html()
    {
        File.WriteAllText(Path.Combine(_dir, "a.jsonl"), Record("x` <script>alert(1)</script> | [link](javascript:x)\n| fake | row |", "T", "It was the the best of times."));
        Assert.InRange(CliRunner.Run(["check", "a.jsonl", "--output", "markdown=r.md"], "", _dir).ExitCode, 0, 1);
        var markdown = File.ReadAllText(Path.Combine(_dir, "r.md"));

        Assert.DoesNotContain("<script>", markdown);
        var row = Assert.Single(markdown.Split('\n'), line => line.Contains("alert"));
        Assert.StartsWith("| x\\` \\<script\\>alert(1)\\</script\\> \\| \\[link\\](javascript:x)\u240A\\| fake \\| row \\| | ", row);
    }

    [Fact]
    public void Terminal_control_sequences_in_an_article_are_shown_not_sent()
    {
        File.WriteAllText(Path.Combine(_dir, "a.jsonl"), Record("id\u001b]0;pwned\u0007", "T\u001b[2J", "It was the the best of times \u001b]0;pwned\u0007 indeed."));
        var result = CliRunner.Run(["check", "a.jsonl"], "", _dir);
        Assert.DoesNotContain('\u001b', result.StdOut);
        Assert.DoesNotContain('\u0007', result.StdOut);
        Assert.Contains("[id\u241b]0;pwned\u2407]", result.StdOut);

        File.WriteAllText(Path.Combine(_dir, "bad\u001b[31m.jsonl"), "{ broken\n");
        var error = CliRunner.Run(["check", "bad\u001b[31m.jsonl"], "", _dir);
        Assert.DoesNotContain('\u001b', error.StdErr + error.StdOut);
        Assert.Contains("bad\u241b[31m.jsonl:1: error: malformed JSON", error.StdErr);
    }

    private sealed class ThrowingWriter : IReportWriter
    {
        public void Begin(RunInfo run) { }
        public void Write(ArticleReport report) { }
        public void Write(InputError error) => throw new InvalidOperationException("writer bug");
        public void End(RunSummary summary) => throw new InvalidOperationException("never reached");
        public void Dispose() { }
    }
}
