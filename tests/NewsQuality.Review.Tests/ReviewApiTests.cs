using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using static NewsQuality.Review.Tests.ReviewTestSupport;

namespace NewsQuality.Review.Tests;

public sealed class ReviewApiTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nq-review-api-").FullName;
    private readonly IReadOnlyList<ReviewArticle> _articles = SeedArticles();
    private readonly ReviewSession _session;
    private readonly ReviewFactory _factory;

    public ReviewApiTests()
    {
        _session = Session(Path.Combine(_dir, "review.db"), _articles);
        _factory = new ReviewFactory(_session);
    }

    public void Dispose()
    {
        _factory.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private ReviewFinding FirstFinding => _articles[0].Findings[0];

    [Fact]
    public async Task A_decision_is_stored_with_reviewer_time_and_score_and_a_retry_is_stored_once()
    {
        var client = await _factory.BrowserLikeClient();
        var body = new { requestId = "r1", fingerprint = FirstFinding.Fingerprint, decision = "confirm" };
        var first = await client.PostAsJsonAsync("/api/decisions", body);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var retry = await client.PostAsJsonAsync("/api/decisions", body);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var stored = Assert.Single(_session.Store.Decisions());
        Assert.Equal(("alice", "confirm", FirstFinding.Finding.Score, FirstFinding.RuleId), (stored.Reviewer, stored.Kind, stored.Score!.Value, stored.RuleId!));
        Assert.True(DateTimeOffset.UtcNow - stored.DecidedAt < TimeSpan.FromMinutes(1));
        var reused = await client.PostAsJsonAsync("/api/decisions", body with { decision = "dismiss" });
        Assert.Equal(HttpStatusCode.Conflict, reused.StatusCode);
        Assert.Single(_session.Store.Decisions());
    }

    [Fact]
    public async Task Two_reviewers_disagreeing_are_both_kept_shown_as_disputed_and_counted_in_kappa()
    {
        var client = await _factory.BrowserLikeClient();
        var findings = _articles.SelectMany(a => a.Findings).Where(f => f.RuleId == FirstFinding.RuleId).ToList();
        Assert.True(findings.Count >= 2, "the seeds give the first rule at least two findings");
        // Alice and Bob agree on one finding and disagree on the other.
        await client.PostAsJsonAsync("/api/decisions", Decide(findings[0].Fingerprint, "confirm", "alice"));
        await client.PostAsJsonAsync("/api/decisions", Decide(findings[0].Fingerprint, "confirm", "bob"));
        await client.PostAsJsonAsync("/api/decisions", Decide(findings[1].Fingerprint, "dismiss", "alice"));
        var answer = await (await client.PostAsJsonAsync("/api/decisions", Decide(findings[1].Fingerprint, "confirm", "bob"))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("disputed", answer.GetProperty("status").GetString());
        Assert.Equal(4, _session.Store.Decisions().Count);
        var progress = (await client.GetFromJsonAsync<JsonElement>("/api/progress")).EnumerateArray().Single(p => p.GetProperty("ruleId").GetString() == FirstFinding.RuleId);
        Assert.Equal(1, progress.GetProperty("disputed").GetInt32());
        // 1 agreement in 2; alice says yes to 1 in 2, bob to 2 in 2: p_e = 0.5, κ = (0.5 − 0.5) / 0.5 = 0.
        Assert.Equal(0, progress.GetProperty("kappa").GetDouble(), 9);
        var page = await client.GetStringAsync("/article?id=" + Uri.EscapeDataString(_articles[0].Id));
        Assert.Contains("<span class=\"status disputed\">disputed</span>", page);
        Assert.Contains("<br>bob: confirm", page);
    }

    [Fact]
    public async Task A_later_decision_by_the_same_reviewer_supersedes_without_erasing_the_first()
    {
        var client = await _factory.BrowserLikeClient();
        await client.PostAsJsonAsync("/api/decisions", Decide(FirstFinding.Fingerprint, "confirm"));
        var answer = await (await client.PostAsJsonAsync("/api/decisions", Decide(FirstFinding.Fingerprint, "dismiss"))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("dismissed", answer.GetProperty("status").GetString());
        Assert.Equal(["confirm", "dismiss"], _session.Store.Decisions().Select(d => d.Kind));
    }

    [Fact]
    public async Task Article_verdicts_and_notes_are_stored()
    {
        var client = await _factory.BrowserLikeClient();
        var clean = await client.PostAsJsonAsync("/api/decisions", new { requestId = "v1", articleId = _articles[0].Id, decision = "clean" });
        Assert.Equal(HttpStatusCode.Created, clean.StatusCode);
        var note = await client.PostAsJsonAsync("/api/decisions", Decide(FirstFinding.Fingerprint, "note", note: "quoted from the agency copy"));
        Assert.Equal(HttpStatusCode.Created, note.StatusCode);
        var article = await client.GetFromJsonAsync<JsonElement>("/api/article?id=" + Uri.EscapeDataString(_articles[0].Id));
        Assert.Equal("dismissed", article.GetProperty("status").GetString());
        // A note is no verdict: the finding stays unreviewed.
        Assert.Equal("unreviewed", article.GetProperty("findings")[0].GetProperty("status").GetString());
    }

    public static TheoryData<string, string, string, HttpStatusCode, string> BadRequests => new()
    {
        { "application/json", "{not json", "ok", HttpStatusCode.BadRequest, "not a JSON decision" },
        { "application/json", "[]", "ok", HttpStatusCode.BadRequest, "not a JSON decision" },
        { "text/plain", "{}", "ok", HttpStatusCode.UnsupportedMediaType, "application/json" },
        { "application/json", """{"requestId":"x1","fingerprint":"FP","decision":"approve"}""", "ok", HttpStatusCode.BadRequest, "one of confirm, dismiss, note" },
        { "application/json", """{"requestId":"x1","fingerprint":"0000000000000000","decision":"confirm"}""", "ok", HttpStatusCode.NotFound, "no finding with fingerprint" },
        { "application/json", """{"requestId":"x1","articleId":"nowhere","decision":"clean"}""", "ok", HttpStatusCode.NotFound, "no flagged article" },
        { "application/json", """{"requestId":"x1","fingerprint":"FP","articleId":"a","decision":"confirm"}""", "ok", HttpStatusCode.BadRequest, "either a finding" },
        { "application/json", """{"requestId":"x 1","fingerprint":"FP","decision":"confirm"}""", "ok", HttpStatusCode.BadRequest, "requestId must be" },
        { "application/json", """{"requestId":"x1","fingerprint":"FP","decision":"note"}""", "ok", HttpStatusCode.BadRequest, "a note needs its text" },
        { "application/json", """{"requestId":"x1","fingerprint":"FP","decision":"confirm","reviewer":"a\u0007b"}""", "ok", HttpStatusCode.BadRequest, "reviewer must be" },
        { "application/json", """{"requestId":"x1","fingerprint":"FP","decision":"confirm"}""", "no-token", HttpStatusCode.Forbidden, "X-NQ-Token" },
        { "application/json", """{"requestId":"x1","fingerprint":"FP","decision":"confirm"}""", "wrong-token", HttpStatusCode.Forbidden, "X-NQ-Token" },
        { "application/json", """{"requestId":"x1","fingerprint":"FP","decision":"confirm"}""", "cross-origin", HttpStatusCode.Forbidden, "cross-origin request from http://evil.example refused" },
        { "application/json", """{"requestId":"x1","fingerprint":"FP","decision":"confirm"}""", "no-origin", HttpStatusCode.Forbidden, "need an Origin header" },
        { "application/json", """{"requestId":"x1","fingerprint":"FP","decision":"confirm"}""", "other-host", HttpStatusCode.BadRequest, "not 'rebound.example'" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task A_bad_request_gets_a_4xx_with_a_clear_message_and_leaves_the_database_unchanged(string contentType, string body, string tampering, HttpStatusCode expected, string message)
    {
        var client = await _factory.BrowserLikeClient();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/decisions") { Content = new StringContent(body.Replace("FP", FirstFinding.Fingerprint), Encoding.UTF8, contentType) };
        request.Content.Headers.ContentType!.CharSet = null;
        switch (tampering)
        {
            case "no-token": client.DefaultRequestHeaders.Remove(ReviewServer.TokenHeader); break;
            case "wrong-token": client.DefaultRequestHeaders.Remove(ReviewServer.TokenHeader); client.DefaultRequestHeaders.Add(ReviewServer.TokenHeader, "forged"); break;
            case "cross-origin": client.DefaultRequestHeaders.Remove("Origin"); client.DefaultRequestHeaders.Add("Origin", "http://evil.example"); break;
            case "no-origin": client.DefaultRequestHeaders.Remove("Origin"); break;
            case "other-host": request.Headers.Host = "rebound.example"; break;
        }
        var response = await client.SendAsync(request);
        Assert.Equal(expected, response.StatusCode);
        Assert.Contains(message, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        Assert.Empty(_session.Store.Decisions());
    }

    [Fact]
    public async Task A_token_from_another_session_is_refused()
    {
        var alice = await _factory.BrowserLikeClient();
        var mallory = await _factory.BrowserLikeClient();
        var stolen = mallory.DefaultRequestHeaders.GetValues(ReviewServer.TokenHeader).Single();
        alice.DefaultRequestHeaders.Remove(ReviewServer.TokenHeader);
        alice.DefaultRequestHeaders.Add(ReviewServer.TokenHeader, stolen);
        var response = await alice.PostAsJsonAsync("/api/decisions", Decide(FirstFinding.Fingerprint, "confirm"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(_session.Store.Decisions());
    }

    [Fact]
    public async Task The_queue_filters_by_rule_and_status_sorts_by_score_and_refuses_unknown_filters()
    {
        var client = await _factory.BrowserLikeClient();
        var all = await client.GetFromJsonAsync<JsonElement[]>("/api/queue");
        Assert.Equal(_articles.Count, all!.Length);
        Assert.Equal(all.Select(a => a.GetProperty("score").GetInt32()).Order(), all.Select(a => a.GetProperty("score").GetInt32()));
        var rare = _articles.SelectMany(a => a.Findings.Select(f => (a.Id, f.RuleId))).GroupBy(x => x.RuleId).First(g => g.Select(x => x.Id).Distinct().Count() < _articles.Count);
        var byRule = await client.GetFromJsonAsync<JsonElement[]>("/api/queue?rule=" + rare.Key);
        Assert.Equal(rare.Select(x => x.Id).Distinct().Order(), byRule!.Select(a => a.GetProperty("id").GetString()).Order());
        foreach (var finding in _articles[0].Findings) await client.PostAsJsonAsync("/api/decisions", Decide(finding.Fingerprint, "confirm"));
        var left = await client.GetFromJsonAsync<JsonElement[]>("/api/queue?status=unreviewed");
        Assert.DoesNotContain(left!, a => a.GetProperty("id").GetString() == _articles[0].Id);
        var bySubScore = await client.GetAsync("/api/queue?sort=translation");
        Assert.Equal(HttpStatusCode.OK, bySubScore.StatusCode);
        var bad = await client.GetAsync("/api/queue?family=astrology");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.StartsWith("unknown family 'astrology'", (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Pages_carry_the_session_token_a_nonce_only_content_security_policy_and_the_report_look()
    {
        var client = _factory.CreateClient();
        var response = await client.GetAsync("/");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'nonce-", csp);
        Assert.DoesNotContain("unsafe-inline' ; script", csp);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("<meta name=\"nq-token\" content=\"", page);
        Assert.Contains(NewsQuality.Reporting.HtmlMarks.Stylesheet, page);
        Assert.Contains("Cohen's κ", page);
        var article = await client.GetStringAsync("/article?id=" + Uri.EscapeDataString(_articles[0].Id));
        Assert.Contains("<mark class=\"", article);
        Assert.Contains("data-marks=\"0\"", article);
        Assert.Equal(_articles[0].Findings.Count, System.Text.RegularExpressions.Regex.Count(article, "<tr class=\"finding\""));
    }
}
