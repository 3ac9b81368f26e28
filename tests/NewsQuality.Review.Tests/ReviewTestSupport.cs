using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using NewsQuality.Analysis;
using NewsQuality.Input;
using NewsQuality.Model;
using NewsQuality.Rules;

namespace NewsQuality.Review.Tests;

/// <summary>
/// The review server in-process, on ASP.NET Core's test server. WebApplicationFactory wants a type from an assembly
/// with an entry point: the CLI's, which serves the app; the host itself comes from <see cref="ReviewServer"/>.
/// </summary>
public sealed class ReviewFactory(ReviewSession session) : WebApplicationFactory<NewsQuality.Cli.CliIO>
{
    protected override IHostBuilder CreateHostBuilder() => ReviewServer.CreateHostBuilder(session);

    /// <summary>A client that keeps the session cookie and sends this origin and the session's token on every request.</summary>
    public async Task<HttpClient> BrowserLikeClient()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost"), HandleCookies = true });
        var token = (await client.GetFromJsonAsync<JsonElement>("/api/session")).GetProperty("token").GetString()!;
        client.DefaultRequestHeaders.Add("Origin", "http://localhost");
        client.DefaultRequestHeaders.Add(ReviewServer.TokenHeader, token);
        return client;
    }
}

public static class ReviewTestSupport
{
    public static readonly string[] LoopbackNames = ["localhost", "127.0.0.1", "[::1]"];

    public static string Seeds => Path.Combine(AppContext.BaseDirectory, "fixtures", "seeds");

    /// <summary>The seed articles checked now: real findings of many rules.</summary>
    public static IReadOnlyList<ReviewArticle> SeedArticles() =>
        Check(new ArticleSource([Seeds]).Read().Select(r => r.Article!).ToList());

    public static IReadOnlyList<ReviewArticle> Check(IReadOnlyList<Article> articles) =>
        new AnalysisEngine(RuleCatalog.Default, new AnalysisOptions()).Analyze(articles)
            .Where(r => r.Findings.Count > 0).Select(ReviewArticle.From).ToList();

    /// <summary>An article as a JSON Lines record would give it: title, blank line, text.</summary>
    public static Article Article(string id, string title, string body, string? url = null, string? source = null) =>
        new(id, new ArticleOrigin(id + ".jsonl", 1), title + "\n\n" + body, new TextSpan(0, title.Length)) { Url = url, Source = source };

    public static ReviewSession Session(string database, IReadOnlyList<ReviewArticle> articles, string reviewer = "alice") =>
        new(ReviewStore.Open(database), articles, reviewer, LoopbackNames);

    /// <summary>The CLI in-process, in this folder, with captured output.</summary>
    public static (int Exit, string Out, string Err) RunCli(string directory, params string[] args)
    {
        var stdout = new MemoryStream();
        var stderr = new StringWriter();
        var exit = NewsQuality.Cli.NewsQualityCli.Run(args, new NewsQuality.Cli.CliIO(stdout, stderr, () => new MemoryStream(), directory));
        return (exit, System.Text.Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    public static object Decide(string fingerprint, string decision, string? reviewer = null, string? note = null) =>
        new { requestId = Guid.NewGuid().ToString("N"), fingerprint, decision, reviewer, note };
}
