using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using NewsQuality.Cli.Tests;
using NewsQuality.Reporting;

namespace NewsQuality.Review.Tests;

/// <summary>The review app in headless Chromium, served by the CLI in its own process: the keyboard flow, persistence, escaping, and the loop into tune.</summary>
public sealed class ReviewBrowserTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nq-review-browser-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    /// <summary>The checkout's root, where CI collects artifacts/.</summary>
    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NewsQuality.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("NewsQuality.sln not found above the test assembly.");
    }

    private const string Doubled = "Doubled words in a wire story";

    private void WriteInputs()
    {
        // With NQ2001's threshold at 0.3 the title-case doubling (a real name, weak score) is flagged beside the slip "the the".
        File.WriteAllText(Path.Combine(_dir, "newsquality.json"), """{ "rules": { "NQ2001": { "threshold": 0.3 } } }""");
        File.WriteAllLines(Path.Combine(_dir, "articles.jsonl"),
        [
            JsonSerializer.Serialize(new { id = "doubled", title = Doubled, text = "The band Talk Talk played on Sunday in Cape Town.\n\nIt was the the best result of the season for the coach." }),
            JsonSerializer.Serialize(new
            {
                id = "hostile", title = "Breaking <script>window.pwned = 1</script>",
                text = "It was the the end \"><img src=x onerror=\"window.pwned = 2\"> of the story.", url = "javascript:window.pwned = 3",
            }),
        ]);
    }

    [ChromiumFact]
    public async Task Keyboard_review_survives_a_reload_hostile_text_stays_text_and_tune_learns_from_the_decisions()
    {
        WriteInputs();
        var (server, url) = ReviewProcess.Start(_dir, "review", "articles.jsonl", "--db", "review.db", "--port", "0", "--reviewer", "carol");
        try
        {
            await using var browser = await DevTools.Launch(Path.Combine(_dir, "profile"));
            await browser.Navigate(url.ToString());
            Assert.StartsWith("0 findings reviewed, ", (await browser.Evaluate("document.getElementById('progress').textContent")).GetString());
            var href = (await browser.Evaluate($"[...document.querySelectorAll('a.article')].find(a => a.textContent === {JsonSerializer.Serialize(Doubled)}).href")).GetString()!;
            await browser.Navigate(href);
            var doubled = (await browser.Evaluate("[...document.querySelectorAll('tr.finding')].filter(r => r.dataset.rule === 'NQ2001').map(r => Number(r.dataset.index))"))
                .EnumerateArray().Select(e => e.GetInt32()).ToList();
            Assert.Equal(2, doubled.Count);

            // j moves to the next finding, d dismisses the current one ("Talk Talk"), c confirms it ("the the").
            for (var i = 0; i < doubled[0]; i++) await browser.Press('j');
            await browser.WaitFor($"document.querySelector('mark.current').textContent === 'Talk Talk'");
            await browser.Press('d');
            await browser.WaitFor($"document.querySelectorAll('tr.finding')[{doubled[0]}].dataset.saved === '1'");
            for (var i = doubled[0]; i < doubled[1]; i++) await browser.Press('j');
            await browser.WaitFor($"document.querySelectorAll('tr.finding')[{doubled[1]}].classList.contains('current') && document.querySelector('mark.current').textContent === 'the the'");
            await browser.Press('c');
            await browser.WaitFor($"document.querySelectorAll('tr.finding')[{doubled[1]}].dataset.saved === '1'");

            await browser.Reload();
            var statuses = (await browser.Evaluate("[...document.querySelectorAll('tr.finding .status')].map(s => s.textContent)")).EnumerateArray().Select(e => e.GetString()).ToList();
            Assert.Equal(("dismissed", "confirmed"), (statuses[doubled[0]], statuses[doubled[1]]));
            Assert.Equal(statuses.Count - 2, statuses.Count(s => s == "unreviewed"));
            Assert.Contains("carol: dismiss", (await browser.Evaluate($"document.querySelectorAll('tr.finding .reviewers')[{doubled[0]}].textContent")).GetString());
            var artifacts = Directory.CreateDirectory(Path.Combine(RepositoryRoot(), "artifacts")).FullName;
            var screenshot = Path.Combine(artifacts, "review-article.png");
            await browser.Screenshot(screenshot);
            var (_, _, rgb) = Png.Decode(screenshot);
            Assert.True(Png.Count(rgb, HtmlMarks.Colours[Rules.RuleCategory.Translation]) > 200, "no highlighted finding visible in the screenshot");

            // The hostile article: its title, text and URL are on the page as text, and none of their scripts ran.
            await browser.Navigate(new Uri(url, "/article?id=hostile").ToString());
            Assert.Equal("Breaking <script>window.pwned = 1</script>", (await browser.Evaluate("document.querySelector('h2').textContent")).GetString());
            Assert.Contains("\"><img src=x onerror=\"window.pwned = 2\">", (await browser.Evaluate("document.querySelector('.text').textContent")).GetString());
            Assert.Equal("javascript:window.pwned = 3", (await browser.Evaluate("document.querySelector('header code:last-of-type').textContent")).GetString());
            Assert.Equal(JsonValueKind.Undefined, (await browser.Evaluate("window.pwned")).ValueKind);
            Assert.Equal(0, (await browser.Evaluate("document.images.length + document.querySelectorAll('a[href^=\"javascript:\"]').length")).GetInt32());
            Assert.Equal(1, (await browser.Evaluate("document.scripts.length")).GetInt32());
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
            server.Dispose();
        }

        // The decisions feed tune: "the the" confirmed at 1, "Talk Talk" dismissed below it, so raise the threshold.
        var (exit, output, error) = ReviewTestSupport.RunCli(_dir, "tune", "--decisions", "review.db");
        Assert.True(exit == 0, error);
        Assert.Contains("| NQ2001 | 1/1 | 0.3 | 0.50 | 1 | 1.00 / 1.00 / 1.00 |", output);
        Assert.Contains("{ \"rules\": { \"NQ2001\": { \"threshold\": 1 } } }", output);
    }
}
