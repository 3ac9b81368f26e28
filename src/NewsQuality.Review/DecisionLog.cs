namespace NewsQuality.Review;

/// <summary>Where a finding (or an article's verdict) stands once every reviewer's latest word is counted.</summary>
public enum ReviewStatus
{
    Unreviewed,
    Confirmed,
    Dismissed,

    /// <summary>Reviewers' latest decisions differ: kept as they are and shown, never settled silently.</summary>
    Disputed,
}

/// <summary>Progress on one rule: findings reviewed and left, how they came out, and how far reviewers agree.</summary>
public sealed record RuleProgress(string RuleId, int Findings, int Reviewed, int Confirmed, int Dismissed, int Disputed, double? Kappa, int KappaPairs)
{
    public int Left => Findings - Reviewed;
}

/// <summary>
/// The decisions read as verdicts: for each subject, each reviewer's latest confirm/dismiss (or clean/not-clean) counts,
/// earlier ones are history; notes are kept apart.
/// </summary>
public sealed class DecisionLog
{
    private readonly Dictionary<string, Dictionary<string, Decision>> _latest = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Decision>> _all = new(StringComparer.Ordinal);

    public DecisionLog(IEnumerable<Decision> decisions)
    {
        foreach (var d in decisions.OrderBy(d => d.Sequence))
        {
            if (!_all.TryGetValue(d.Subject, out var list)) _all[d.Subject] = list = [];
            list.Add(d);
            if (d.Kind == DecisionKinds.Note) continue;
            if (!_latest.TryGetValue(d.Subject, out var byReviewer)) _latest[d.Subject] = byReviewer = new(StringComparer.Ordinal);
            byReviewer[d.Reviewer] = d;
        }
    }

    /// <summary>Every decision on the subject, notes included, oldest first.</summary>
    public IReadOnlyList<Decision> History(string subject) => _all.GetValueOrDefault(subject) ?? [];

    /// <summary>Each reviewer's standing decision on the subject.</summary>
    public IReadOnlyDictionary<string, Decision> Latest(string subject) =>
        _latest.GetValueOrDefault(subject) ?? (IReadOnlyDictionary<string, Decision>)new Dictionary<string, Decision>();

    public ReviewStatus Status(string subject)
    {
        var kinds = Latest(subject).Values.Select(d => d.Kind).Distinct().ToList();
        return kinds switch
        {
            [] => ReviewStatus.Unreviewed,
            [DecisionKinds.Confirm or DecisionKinds.NotClean] => ReviewStatus.Confirmed,
            [DecisionKinds.Dismiss or DecisionKinds.Clean] => ReviewStatus.Dismissed,
            _ => ReviewStatus.Disputed,
        };
    }

    /// <summary>Per rule, over the findings under review.</summary>
    public IReadOnlyList<RuleProgress> Progress(IEnumerable<ReviewArticle> articles) =>
        articles.SelectMany(a => a.Findings).GroupBy(f => f.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal).Select(rule =>
        {
            var statuses = rule.Select(f => Status(f.Fingerprint)).ToList();
            var (kappa, pairs) = Agreement.MeanPairwiseKappa(rule.Select(f => Latest(f.Fingerprint)).ToList());
            return new RuleProgress(rule.Key, statuses.Count, statuses.Count(s => s != ReviewStatus.Unreviewed), statuses.Count(s => s == ReviewStatus.Confirmed),
                statuses.Count(s => s == ReviewStatus.Dismissed), statuses.Count(s => s == ReviewStatus.Disputed), kappa, pairs);
        }).ToList();
}

/// <summary>Inter-reviewer agreement on confirm/dismiss: Cohen's κ for a pair of reviewers, averaged over pairs for more.</summary>
public static class Agreement
{
    /// <summary>
    /// Cohen's κ = (p_o − p_e) / (1 − p_e) over the items both reviewers judged; null when they share no item or when
    /// chance agreement is already total (both gave one and the same answer throughout), where κ is undefined.
    /// </summary>
    public static double? CohensKappa(IReadOnlyList<(bool First, bool Second)> pairs)
    {
        if (pairs.Count == 0) return null;
        double n = pairs.Count;
        var observed = pairs.Count(p => p.First == p.Second) / n;
        var firstYes = pairs.Count(p => p.First) / n;
        var secondYes = pairs.Count(p => p.Second) / n;
        var chance = firstYes * secondYes + (1 - firstYes) * (1 - secondYes);
        return chance >= 1 ? null : (observed - chance) / (1 - chance);
    }

    /// <summary>κ averaged over every pair of reviewers with a defined κ (Light's κ), and how many pairs that was.</summary>
    public static (double? Kappa, int Pairs) MeanPairwiseKappa(IReadOnlyList<IReadOnlyDictionary<string, Decision>> items)
    {
        var reviewers = items.SelectMany(i => i.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        var kappas = new List<double>();
        for (var a = 0; a < reviewers.Count; a++)
        for (var b = a + 1; b < reviewers.Count; b++)
        {
            var both = items.Where(i => i.ContainsKey(reviewers[a]) && i.ContainsKey(reviewers[b]))
                .Select(i => (IsYes(i[reviewers[a]]), IsYes(i[reviewers[b]]))).ToList();
            if (CohensKappa(both) is { } kappa) kappas.Add(kappa);
        }
        return kappas.Count == 0 ? (null, 0) : (kappas.Average(), kappas.Count);
    }

    private static bool IsYes(Decision d) => d.Kind is DecisionKinds.Confirm or DecisionKinds.NotClean;
}
