using System.Diagnostics;
using NewsQuality.Reporting;
using NewsQuality.Rules;

namespace NewsQuality.Cli.Tests;

public sealed class HtmlReportBrowserTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nq-html-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Html_report_is_self_contained_with_highlights_filters_and_chart()
    {
        var result = CliRunner.Run(["check", CliRunner.Fixture("seeds"), CliRunner.Fixture("clean"), "--output", "html=report.html"], "", _dir);
        Assert.Equal(1, result.ExitCode);
        var html = File.ReadAllText(Path.Combine(_dir, "report.html"));
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", ""));
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain("src=", html);
        Assert.Contains("<mark class=\"translation\" title=\"NQ2004: &quot;Anthony Blinken&quot; looks like a misspelling", html);
        Assert.Contains("<select id=\"rule\">", html);
        Assert.Contains("<svg", html);
        Assert.Contains("data-verdict=\"fail\"", html);
    }

    [ChromiumFact]
    public void Screenshot_in_headless_chromium_shows_highlighted_spans()
    {
        CliRunner.Run(["check", CliRunner.Fixture("seeds"), "--output", "html=report.html"], "", _dir);
        var screenshot = Path.Combine(_dir, "shot.png");
        var start = new ProcessStartInfo(ChromiumFactAttribute.Browser,
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--hide-scrollbars", $"--user-data-dir={Path.Combine(_dir, "profile")}",
            "--window-size=1100,1400", $"--screenshot={screenshot}", "file://" + Path.Combine(_dir, "report.html"),
        ]) { RedirectStandardError = true, RedirectStandardOutput = true };
        using (var browser = Process.Start(start)!)
        {
            browser.StandardError.ReadToEndAsync();
            browser.StandardOutput.ReadToEndAsync();
            Assert.True(browser.WaitForExit(60_000), "chromium did not finish within 60 s");
        }
        var (_, _, rgb) = Png.Decode(screenshot);
        foreach (var category in new[] { RuleCategory.Translation, RuleCategory.OffTopic, RuleCategory.Boilerplate })
            Assert.True(Png.Count(rgb, HtmlReportWriter.Colours[category]) > 500, $"no {category} highlight visible in the screenshot");
    }
}
