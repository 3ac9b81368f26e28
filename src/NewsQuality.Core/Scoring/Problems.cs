using NewsQuality.Model;

namespace NewsQuality.Scoring;

/// <summary>
/// One problem per stretch of text: findings of several rules on (nearly) the same span — a "See also" line that is
/// link bait, site navigation and in the other quote style — are one problem to the reader. The strongest finding
/// (highest severity, then score) leads and carries the others in <see cref="Finding.AlsoFlagged"/>; the score
/// counts the problem once.
/// </summary>
public static class Problems
{
    /// <summary>Two spans are the same stretch when they share at least this much of their union.</summary>
    public const double SameSpanOverlap = 0.5;

    /// <summary>The leading findings, in the order given, each with the findings grouped under it.</summary>
    public static IReadOnlyList<Finding> Group(IReadOnlyList<Finding> findings)
    {
        if (findings.Count < 2) return findings;
        var byStrength = findings.Select((finding, order) => (Finding: finding, Order: order))
            .OrderByDescending(f => f.Finding.Severity).ThenByDescending(f => f.Finding.Score)
            .ThenBy(f => f.Finding.RuleId, StringComparer.Ordinal).ThenBy(f => f.Order);
        var groups = new List<(Finding Lead, int Order, List<Finding> Others)>();
        foreach (var (finding, order) in byStrength)
        {
            var group = groups.FindIndex(g => SameSpan(g.Lead.Span, finding.Span));
            if (group >= 0) groups[group].Others.Add(finding);
            else groups.Add((finding, order, []));
        }
        return groups.OrderBy(g => g.Order)
            .Select(g => g.Others.Count == 0 ? g.Lead : g.Lead with { AlsoFlagged = g.Others })
            .ToList();
    }

    /// <summary>Overlap over union of the two spans, so a word inside a long flagged line stays its own problem.</summary>
    public static bool SameSpan(TextSpan a, TextSpan b)
    {
        var union = Math.Max(a.End, b.End) - Math.Min(a.Start, b.Start);
        if (union == 0) return a.Start == b.Start;
        var shared = Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start);
        return shared > 0 && (double)shared / union >= SameSpanOverlap;
    }
}
