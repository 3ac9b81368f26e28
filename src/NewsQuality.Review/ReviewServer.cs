using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace NewsQuality.Review;

/// <summary>
/// The review app on ASP.NET Core: pages for people (<see cref="ReviewPages"/>) and a small JSON API the pages and
/// scripts use. Every request must name this server in its Host header; every state-changing one must come from this
/// origin and carry the browser session's token.
/// </summary>
public static class ReviewServer
{
    public const string SessionCookie = "nq_session", TokenHeader = "X-NQ-Token";

    /// <summary>A decision request's body is small; anything bigger is refused before it is read.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    public const int MaxNoteLength = 4000, MaxReviewerLength = 64, MaxRequestIdLength = 100;

    /// <summary>The host without a server: Kestrel is added by <see cref="RunAsync"/>, the test server by WebApplicationFactory.</summary>
    public static IHostBuilder CreateHostBuilder(ReviewSession session) =>
        new HostBuilder()
            .ConfigureLogging(logging => logging.ClearProviders())
            .ConfigureWebHost(web => web
                .ConfigureServices(services => services.AddSingleton(session).AddRouting())
                .Configure(app => Configure(app, session)));

    /// <summary>Serves until cancelled; tells <paramref name="started"/> the URL (the real port when 0 was asked for).</summary>
    public static async Task RunAsync(ReviewSession session, IPAddress address, int port, Action<string> started, CancellationToken cancellation)
    {
        using var host = CreateHostBuilder(session)
            .ConfigureWebHost(web => web.UseKestrel(kestrel =>
            {
                kestrel.Listen(address, port);
                kestrel.Limits.MaxRequestBodySize = MaxBodyBytes;
            }))
            .Build();
        await host.StartAsync(cancellation);
        var url = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        started(url.Replace("://[::]", "://localhost").TrimEnd('/') + "/");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellation);
        }
        catch (OperationCanceledException)
        {
        }
        await host.StopAsync(CancellationToken.None);
    }

    private static void Configure(IApplicationBuilder app, ReviewSession session)
    {
        app.Use(async (context, next) =>
        {
            var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
            context.Items["nonce"] = nonce;
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = $"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            if (!session.HostNames.Contains(context.Request.Host.Host, StringComparer.OrdinalIgnoreCase))
            {
                await Problem(context, StatusCodes.Status400BadRequest, $"this server answers to {string.Join(", ", session.HostNames)}, not '{context.Request.Host.Host}'");
                return;
            }
            var sessionId = context.Request.Cookies[SessionCookie];
            if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            {
                if (sessionId is null || sessionId.Length > 64)
                {
                    sessionId = ReviewSession.NewSessionId();
                    context.Response.Cookies.Append(SessionCookie, sessionId, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/" });
                }
                context.Items["token"] = session.TokenFor(sessionId);
            }
            else
            {
                var origin = context.Request.Headers.Origin.ToString();
                var self = $"{context.Request.Scheme}://{context.Request.Host}";
                if (!string.Equals(origin, self, StringComparison.OrdinalIgnoreCase))
                {
                    await Problem(context, StatusCodes.Status403Forbidden, origin.Length == 0 ? "state-changing requests need an Origin header" : $"cross-origin request from {origin} refused");
                    return;
                }
                if (!session.IsValidToken(sessionId, context.Request.Headers[TokenHeader]))
                {
                    await Problem(context, StatusCodes.Status403Forbidden, $"missing or wrong {TokenHeader} for this session; reload the page");
                    return;
                }
            }
            await next(context);
        });
        app.UseRouting();
        app.UseEndpoints(endpoints =>
        {
            endpoints.MapGet("/", context => Html(context, ReviewPages.Queue(session, QueueFilter.From(context.Request.Query), Token(context), Nonce(context))));
            endpoints.MapGet("/article", context =>
            {
                var id = context.Request.Query["id"].ToString();
                var article = session.Article(id);
                return article is null
                    ? Problem(context, StatusCodes.Status404NotFound, $"no flagged article with id '{id}' under review")
                    : Html(context, ReviewPages.Article(session, article, QueueFilter.From(context.Request.Query), Token(context), Nonce(context)));
            });
            endpoints.MapGet("/api/session", context => Json(context, StatusCodes.Status200OK, new { token = Token(context), reviewer = session.DefaultReviewer }));
            endpoints.MapGet("/api/queue", context =>
            {
                var filter = QueueFilter.From(context.Request.Query);
                if (filter.Problem() is { } problem) return Problem(context, StatusCodes.Status400BadRequest, problem);
                var log = session.Log();
                return Json(context, StatusCodes.Status200OK, ReviewQueue.Select(session, filter, log).Select(a => new
                {
                    a.Id, a.Title, a.Score, verdict = a.Verdict.ToString().ToLowerInvariant(), a.Source, findings = a.Findings.Count,
                    reviewed = a.Findings.Count(f => log.Status(f.Fingerprint) != ReviewStatus.Unreviewed),
                }));
            });
            endpoints.MapGet("/api/progress", context => Json(context, StatusCodes.Status200OK, session.Log().Progress(session.Articles)));
            endpoints.MapGet("/api/article", context =>
            {
                var id = context.Request.Query["id"].ToString();
                if (session.Article(id) is not { } article) return Problem(context, StatusCodes.Status404NotFound, $"no flagged article with id '{id}' under review");
                var log = session.Log();
                return Json(context, StatusCodes.Status200OK, new
                {
                    article.Id, article.Title,
                    status = Name(log.Status(Decision.ArticleSubject(article.Id))),
                    findings = article.Findings.Select(f => new { f.Fingerprint, f.RuleId, f.Finding.Score, f.Finding.Evidence, status = Name(log.Status(f.Fingerprint)), decisions = log.History(f.Fingerprint) }),
                });
            });
            endpoints.MapPost("/api/decisions", context => Decide(context, session));
        });
    }

    private sealed record DecisionRequest(string? RequestId, string? Fingerprint, string? ArticleId, string? Decision, string? Note, string? Reviewer);

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>Checks everything before anything is written: a refused request leaves the database as it was.</summary>
    private static async Task Decide(HttpContext context, ReviewSession session)
    {
        if (context.Request.ContentType?.Split(';')[0].Trim().Equals("application/json", StringComparison.OrdinalIgnoreCase) != true)
        {
            await Problem(context, StatusCodes.Status415UnsupportedMediaType, "send the decision as application/json");
            return;
        }
        if (context.Request.ContentLength > MaxBodyBytes)
        {
            await Problem(context, StatusCodes.Status413PayloadTooLarge, $"a decision is at most {MaxBodyBytes} bytes");
            return;
        }
        DecisionRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync<DecisionRequest>(context.Request.Body, Web, context.RequestAborted);
        }
        catch (JsonException e)
        {
            await Problem(context, StatusCodes.Status400BadRequest, $"the body is not a JSON decision: {e.Message}");
            return;
        }
        catch (BadHttpRequestException e)
        {
            await Problem(context, e.StatusCode, e.Message);
            return;
        }
        var (error, status) = Validate(request, session);
        if (error is not null)
        {
            await Problem(context, status, error);
            return;
        }
        var reviewer = request!.Reviewer ?? session.DefaultReviewer;
        string subject, articleId;
        string? ruleId = null;
        double? score = null;
        if (request.Fingerprint is { } fingerprint)
        {
            var (article, finding) = session.Finding(fingerprint)!.Value;
            (subject, articleId, ruleId, score) = (fingerprint, article.Id, finding.RuleId, finding.Finding.Score);
        }
        else (subject, articleId) = (Decision.ArticleSubject(request.ArticleId!), request.ArticleId!);
        var (stored, created) = session.Store.Record(request.RequestId!, subject, articleId, ruleId, reviewer, request.Decision!, request.Note, score);
        if (!created && (stored.Subject != subject || stored.Kind != request.Decision || stored.Reviewer != reviewer || stored.Note != request.Note))
        {
            await Problem(context, StatusCodes.Status409Conflict, $"request id '{request.RequestId}' was already used for another decision");
            return;
        }
        var log = new DecisionLog(session.Store.Decisions(subject));
        var latest = log.Latest(subject);
        await Json(context, created ? StatusCodes.Status201Created : StatusCodes.Status200OK, new
        {
            decision = stored,
            status = Name(log.Status(subject)),
            reviewers = latest.Values.OrderBy(d => d.Reviewer, StringComparer.Ordinal).Select(d => new { d.Reviewer, d.Kind }),
        });
    }

    private static (string? Error, int Status) Validate(DecisionRequest? request, ReviewSession session)
    {
        const int bad = StatusCodes.Status400BadRequest;
        if (request is null) return ("the body is not a JSON decision object", bad);
        if (string.IsNullOrEmpty(request.RequestId) || request.RequestId.Length > MaxRequestIdLength || !request.RequestId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            return ($"requestId must be 1 to {MaxRequestIdLength} letters, digits, '-' or '_' (a fresh one per decision, the same on a retry)", bad);
        if ((request.Fingerprint is null) == (request.ArticleId is null)) return ("give either a finding's fingerprint or an articleId", bad);
        if (request.Reviewer is { } reviewer && (reviewer.Trim().Length == 0 || reviewer.Length > MaxReviewerLength || reviewer.Any(char.IsControl)))
            return ($"reviewer must be a name of 1 to {MaxReviewerLength} printable characters", bad);
        if (request.Note is { Length: > MaxNoteLength }) return ($"a note is at most {MaxNoteLength} characters", bad);
        if (request.Fingerprint is { } fingerprint)
        {
            if (!DecisionKinds.OnFindings.Contains(request.Decision)) return ($"a decision on a finding is one of {string.Join(", ", DecisionKinds.OnFindings)}", bad);
            if (session.Finding(fingerprint) is null) return ($"no finding with fingerprint '{fingerprint}' under review", StatusCodes.Status404NotFound);
        }
        else
        {
            if (!DecisionKinds.OnArticles.Contains(request.Decision)) return ($"a decision on an article is one of {string.Join(", ", DecisionKinds.OnArticles)}", bad);
            if (session.Article(request.ArticleId!) is null) return ($"no flagged article with id '{request.ArticleId}' under review", StatusCodes.Status404NotFound);
        }
        if (request.Decision == DecisionKinds.Note && string.IsNullOrWhiteSpace(request.Note)) return ("a note needs its text in \"note\"", bad);
        return (null, 0);
    }

    public static string Name(ReviewStatus status) => status.ToString().ToLowerInvariant();

    private static string Token(HttpContext context) => (string)context.Items["token"]!;

    private static string Nonce(HttpContext context) => (string)context.Items["nonce"]!;

    private static Task Html(HttpContext context, string html)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(html);
    }

    private static Task Json(HttpContext context, int status, object value)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(value, Web);
    }

    private static Task Problem(HttpContext context, int status, string message) => Json(context, status, new { error = message });
}
