using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using static NewsQuality.Review.Tests.ReviewTestSupport;

namespace NewsQuality.Review.Tests;

/// <summary>The real server (the CLI in its own process, on Kestrel): reviewers at once, and a kill in the middle.</summary>
public sealed class ConcurrencyTests : IDisposable
{
    private const int Reviewers = 4, DecisionsEach = 500;

    private readonly string _dir = Directory.CreateTempSubdirectory("nq-review-load-").FullName;
    private string Database => Path.Combine(_dir, "review.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private (Process Server, Uri Url) Start() => ReviewProcess.Start(_dir, "review", Seeds, "--db", Database, "--port", "0", "--reviewer", "server");

    private static async Task<HttpClient> Reviewer(Uri url)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = url, Timeout = TimeSpan.FromSeconds(60) };
        var token = (await client.GetFromJsonAsync<JsonElement>("/api/session")).GetProperty("token").GetString()!;
        client.DefaultRequestHeaders.Add("Origin", url.GetLeftPart(UriPartial.Authority));
        client.DefaultRequestHeaders.Add(ReviewServer.TokenHeader, token);
        return client;
    }

    private sealed record Planned(string RequestId, string Reviewer, string Fingerprint, string Kind);

    /// <summary>Posts each reviewer's decisions, the reviewers in parallel and a few requests in flight each; records what the server acknowledged.</summary>
    private static async Task Post(Uri url, IEnumerable<IGrouping<string, Planned>> byReviewer, ConcurrentDictionary<string, HttpStatusCode> acknowledged)
    {
        await Task.WhenAll(byReviewer.Select(async decisions =>
        {
            using var client = await Reviewer(url);
            try
            {
                await Parallel.ForEachAsync(decisions, new ParallelOptions { MaxDegreeOfParallelism = 3 }, async (d, cancel) =>
                {
                    var response = await client.PostAsJsonAsync("/api/decisions", new { requestId = d.RequestId, fingerprint = d.Fingerprint, decision = d.Kind, reviewer = d.Reviewer }, cancel);
                    if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK) acknowledged[d.RequestId] = response.StatusCode;
                    else throw new InvalidOperationException($"{response.StatusCode}: {await response.Content.ReadAsStringAsync(cancel)}");
                });
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                // The server was killed under this reviewer: what was not acknowledged is posted again later.
            }
        }));
    }

    private IReadOnlyList<string> StoredRequestIds()
    {
        SqliteConnection.ClearAllPools();
        return ReviewStore.Open(Database).Decisions().Select(d => d.RequestId).ToList();
    }

    [Fact]
    public async Task Four_reviewers_posting_500_decisions_each_lose_nothing_acknowledged_when_the_server_is_killed_and_store_each_once()
    {
        var findings = SeedArticles().SelectMany(a => a.Findings).Select(f => f.Fingerprint).ToList();
        var plan = Enumerable.Range(0, Reviewers).SelectMany(r => Enumerable.Range(0, DecisionsEach).Select(i =>
            new Planned($"r{r}-{i}", $"reviewer{r}", findings[(i * 7 + r) % findings.Count], (i + r) % 3 == 0 ? "dismiss" : "confirm"))).ToList();
        var acknowledged = new ConcurrentDictionary<string, HttpStatusCode>();

        var (server, url) = Start();
        using (server)
        {
            // Kill the server outright (no shutdown) once a third of the decisions are acknowledged.
            var killer = Task.Run(async () =>
            {
                while (acknowledged.Count < plan.Count / 3 && !server.HasExited) await Task.Delay(5);
                server.Kill(entireProcessTree: true);
            });
            await Post(url, plan.GroupBy(d => d.Reviewer), acknowledged);
            await killer;
            await server.WaitForExitAsync();
        }
        Assert.InRange(acknowledged.Count, plan.Count / 3, plan.Count - 1);
        var afterKill = StoredRequestIds();
        Assert.Empty(acknowledged.Keys.Except(afterKill));

        // A new server on the same database; every decision not acknowledged is posted again under its own request id.
        var (restarted, url2) = Start();
        using (restarted)
        {
            try
            {
                var unacknowledged = plan.Where(d => !acknowledged.ContainsKey(d.RequestId)).ToList();
                await Post(url2, unacknowledged.GroupBy(d => d.Reviewer), acknowledged);
            }
            finally
            {
                restarted.Kill(entireProcessTree: true);
                await restarted.WaitForExitAsync();
            }
        }
        Assert.Equal(plan.Count, acknowledged.Count);
        var stored = StoredRequestIds();
        Assert.Equal(plan.Count, stored.Count);
        Assert.Equal(plan.Select(d => d.RequestId).Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal));
        var byReviewer = ReviewStore.Open(Database).Decisions().GroupBy(d => d.Reviewer).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(Enumerable.Range(0, Reviewers), r => Assert.Equal(DecisionsEach, byReviewer[$"reviewer{r}"]));
    }
}
