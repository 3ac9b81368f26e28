using NewsQuality.Analysis;
using NewsQuality.Model;
using NewsQuality.Reporting;
using NewsQuality.Rules;
using NewsQuality.Scoring;

namespace NewsQuality.Review;

/// <summary>A finding under review, with the fingerprint baselines use, so a decision follows it across runs.</summary>
public sealed record ReviewFinding(string Fingerprint, Finding Finding)
{
    public string RuleId => Finding.RuleId;
}

/// <summary>
/// A flagged article as the review app shows it. <see cref="Text"/> is null when a report's article can no longer be
/// read (the findings' evidence is still shown); <see cref="Findings"/> are all findings, ungrouped, in report order.
/// </summary>
public sealed record ReviewArticle(string Id, string Title, string? Text, string Path, string? Url, string? Source, int Score, Verdict Verdict, IReadOnlyList<ReviewFinding> Findings)
{
    public static ReviewArticle From(ArticleReport report)
    {
        var fingerprints = FindingFingerprint.Of(report);
        var a = report.Article;
        return new ReviewArticle(a.Id, a.Title, a.Text, a.Origin.Display, a.Url, a.Source, report.Score, report.Verdict,
            report.Findings.Select((f, i) => new ReviewFinding(fingerprints[i], f)).ToList());
    }

    /// <summary>The article's sub-score for one family, as the reports give it: the queue can sort by it.</summary>
    public int FamilyScore(RuleCategory family, ScoringPolicy scoring) => scoring.Families(Findings.Select(f => f.Finding).ToList())[family];
}
