using NewsQuality.Reporting;
using NewsQuality.Rules;

namespace NewsQuality.Review;

/// <summary>The queue's filters and order, as the query string gives them (the same on the page and in the API).</summary>
public sealed record QueueFilter(string? Rule, string? Family, string? Verdict, string? Source, string? Status, string? Sort)
{
    public static QueueFilter From(Microsoft.AspNetCore.Http.IQueryCollection query) =>
        new(Value(query, "rule"), Value(query, "family"), Value(query, "verdict"), Value(query, "source"), Value(query, "status"), Value(query, "sort"));

    private static string? Value(Microsoft.AspNetCore.Http.IQueryCollection query, string name) =>
        query.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value.ToString()) ? value.ToString() : null;

    public const string Unreviewed = "unreviewed", Reviewed = "reviewed", Disputed = "disputed";

    /// <summary>The filters as a query string, to carry from the queue to an article and on to the next.</summary>
    public string QueryString() => string.Join('&', new[] { ("rule", Rule), ("family", Family), ("verdict", Verdict), ("source", Source), ("status", Status), ("sort", Sort) }
        .Where(p => p.Item2 is not null).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));

    /// <summary>A filter value the queue cannot apply, named; null when all are fine.</summary>
    public string? Problem()
    {
        var families = RuleCategories.All.Select(c => c.ToName()).ToList();
        if (Family is not null && !families.Contains(Family)) return $"unknown family '{Family}' (one of {string.Join(", ", families)})";
        if (Verdict is not null and not ("pass" or "review" or "fail")) return $"unknown verdict '{Verdict}' (pass, review or fail)";
        if (Status is not null and not (Unreviewed or Reviewed or Disputed)) return $"unknown status '{Status}' (unreviewed, reviewed or disputed)";
        if (Sort is not null and not "score" && !families.Contains(Sort)) return $"unknown sort '{Sort}' (score or a family: {string.Join(", ", families)})";
        return null;
    }
}

/// <summary>The flagged articles a filter selects, lowest (worst) score first: the article's score, or one family's sub-score.</summary>
public static class ReviewQueue
{
    public static IReadOnlyList<ReviewArticle> Select(ReviewSession session, QueueFilter filter, DecisionLog log)
    {
        IEnumerable<ReviewArticle> selected = session.Articles;
        if (filter.Rule is { } rule) selected = selected.Where(a => a.Findings.Any(f => f.RuleId == rule));
        if (filter.Family is { } family) selected = selected.Where(a => a.Findings.Any(f => HtmlMarks.CategoryOf(f.RuleId, session.Catalog).ToName() == family));
        if (filter.Verdict is { } verdict) selected = selected.Where(a => a.Verdict.ToString().Equals(verdict, StringComparison.OrdinalIgnoreCase));
        if (filter.Source is { } source) selected = selected.Where(a => a.Source == source);
        selected = filter.Status switch
        {
            QueueFilter.Unreviewed => selected.Where(a => a.Findings.Any(f => log.Status(f.Fingerprint) == ReviewStatus.Unreviewed)),
            QueueFilter.Reviewed => selected.Where(a => a.Findings.All(f => log.Status(f.Fingerprint) != ReviewStatus.Unreviewed)),
            QueueFilter.Disputed => selected.Where(a => a.Findings.Any(f => log.Status(f.Fingerprint) == ReviewStatus.Disputed)),
            _ => selected,
        };
        var sortFamily = RuleCategories.All.FirstOrDefault(c => c.ToName() == filter.Sort);
        return filter.Sort is null or "score"
            ? selected.OrderBy(a => a.Score).ThenBy(a => a.Id, StringComparer.Ordinal).ToList()
            : selected.OrderBy(a => a.FamilyScore(sortFamily, session.Scoring)).ThenBy(a => a.Score).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
    }
}
