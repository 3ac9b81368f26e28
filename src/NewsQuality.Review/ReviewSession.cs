using System.Security.Cryptography;
using System.Text;
using NewsQuality.Rules;
using NewsQuality.Scoring;

namespace NewsQuality.Review;

/// <summary>What the review server serves: the articles under review, the database, and the secret behind its request tokens.</summary>
public sealed class ReviewSession
{
    private readonly byte[] _tokenKey = RandomNumberGenerator.GetBytes(32);
    private readonly Dictionary<string, ReviewArticle> _byId;
    private readonly Dictionary<string, (ReviewArticle Article, ReviewFinding Finding)> _byFingerprint = new(StringComparer.Ordinal);

    public ReviewSession(ReviewStore store, IReadOnlyList<ReviewArticle> articles, string defaultReviewer, IReadOnlyCollection<string> hostNames,
        RuleCatalog? catalog = null, ScoringPolicy? scoring = null)
    {
        Store = store;
        Articles = articles;
        DefaultReviewer = defaultReviewer;
        HostNames = hostNames;
        Catalog = catalog ?? RuleCatalog.Default;
        Scoring = scoring ?? ScoringPolicy.Default;
        _byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        foreach (var article in articles)
            foreach (var finding in article.Findings) _byFingerprint.TryAdd(finding.Fingerprint, (article, finding));
        store.Import(articles);
    }

    public ReviewStore Store { get; }
    public IReadOnlyList<ReviewArticle> Articles { get; }
    public string DefaultReviewer { get; }
    public RuleCatalog Catalog { get; }
    public ScoringPolicy Scoring { get; }

    /// <summary>Names the Host header may carry (DNS rebinding: another site's name pointed at 127.0.0.1 is refused).</summary>
    public IReadOnlyCollection<string> HostNames { get; }

    public ReviewArticle? Article(string id) => _byId.GetValueOrDefault(id);

    public (ReviewArticle Article, ReviewFinding Finding)? Finding(string fingerprint) =>
        _byFingerprint.TryGetValue(fingerprint, out var found) ? found : null;

    public DecisionLog Log() => new(Store.Decisions());

    public static string NewSessionId() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The token state-changing requests of a browser session must carry: a MAC of its session id, so nothing is kept per session.</summary>
    public string TokenFor(string sessionId) =>
        Convert.ToBase64String(HMACSHA256.HashData(_tokenKey, Encoding.UTF8.GetBytes(sessionId))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public bool IsValidToken(string? sessionId, string? token) =>
        sessionId is not null && token is not null &&
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(TokenFor(sessionId)), Encoding.UTF8.GetBytes(token));
}
