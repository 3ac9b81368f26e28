using System.Net.Http.Json;
using static NewsQuality.Review.Tests.ReviewTestSupport;

namespace NewsQuality.Review.Tests;

/// <summary>Article text, titles, URLs and ids, and reviewers' names and notes, are untrusted: they reach pages as text only.</summary>
public sealed class EscapingTests : IDisposable
{
    public const string Script = "<script>alert('title')</script>";
    public const string Image = "\"><img src=x onerror=alert('text')>";
    public const string JavascriptUrl = "javascript:alert('url')";

    private readonly string _dir = Directory.CreateTempSubdirectory("nq-review-escape-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    /// <summary>A hostile article with a real finding (a doubled word) in the middle of the attack.</summary>
    public static IReadOnlyList<ReviewArticle> HostileArticles() =>
        Check([Article($"id{Image}", $"Breaking {Script}", $"It was the the best of times {Image} and the worst.\n\nSee {Script} here.", JavascriptUrl, $"wire{Image}")]);

    [Fact]
    public async Task Hostile_titles_text_urls_ids_names_and_notes_render_as_text()
    {
        var articles = HostileArticles();
        var finding = Assert.Single(articles).Findings[0];
        using var factory = new ReviewFactory(Session(Path.Combine(_dir, "review.db"), articles, reviewer: Script));
        var client = await factory.BrowserLikeClient();
        await client.PostAsJsonAsync("/api/decisions", Decide(finding.Fingerprint, "note", reviewer: Image, note: Script));
        foreach (var page in new[] { await client.GetStringAsync("/"), await client.GetStringAsync("/article?id=" + Uri.EscapeDataString(articles[0].Id)) })
        {
            Assert.DoesNotContain("<script>alert", page);
            Assert.DoesNotContain("<img", page);
            Assert.DoesNotContain("href=\"javascript:", page);
            // The only scripts are the app's own, which carry the nonce the Content-Security-Policy allows.
            Assert.Equal(System.Text.RegularExpressions.Regex.Count(page, "<script nonce=\""), System.Text.RegularExpressions.Regex.Count(page, "<script", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        }
        var article = await client.GetStringAsync("/article?id=" + Uri.EscapeDataString(articles[0].Id));
        Assert.Contains("Breaking &lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;", article);
        Assert.Contains("&quot;&gt;&lt;img src=x onerror=alert(&#39;text&#39;)&gt;", article);
        Assert.Contains("<code>javascript:alert(&#39;url&#39;)</code>", article);
        Assert.Contains("note by &quot;&gt;&lt;img", article);
    }

    [Fact]
    public async Task Only_http_and_https_urls_become_links()
    {
        var safe = Check([Article("a", "Title", "It was the the best of times.", "https://example.org/a?b=1&c=\"2\"")]);
        using var factory = new ReviewFactory(Session(Path.Combine(_dir, "review.db"), safe));
        var page = await factory.CreateClient().GetStringAsync("/article?id=a");
        Assert.Contains("<a href=\"https://example.org/a?b=1&amp;c=%222%22\" rel=\"noreferrer noopener\"", page);
    }
}
