using System.IO.Hashing;
using System.Text;
using NewsQuality.Analysis;
using NewsQuality.Model;

namespace NewsQuality.Reporting;

/// <summary>
/// A finding's identity across runs: rule, article, the flagged text with spacing and case folded, and which
/// occurrence of that text it is. Line numbers are left out, so editing an unrelated paragraph keeps every other
/// fingerprint; changing the flagged text itself makes a new finding.
/// </summary>
public static class FindingFingerprint
{
    public static IReadOnlyList<string> Of(ArticleReport report) => Of(report.Article.Id, report.Findings);

    /// <summary>The fingerprints of one article's findings, given in report order (position, then rule id).</summary>
    public static IReadOnlyList<string> Of(string articleId, IReadOnlyList<Finding> findings)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        return findings.Select(finding =>
        {
            var key = $"{finding.RuleId}\u0001{articleId}\u0001{Normalise(finding.Evidence)}";
            var occurrence = seen[key] = seen.GetValueOrDefault(key) + 1;
            return XxHash3.HashToUInt64(Encoding.UTF8.GetBytes($"{key}\u0001{occurrence}")).ToString("x16");
        }).ToList();
    }

    private static string Normalise(string evidence) =>
        string.Join(' ', evidence.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
