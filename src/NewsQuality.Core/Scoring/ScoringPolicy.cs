using NewsQuality.Model;
using NewsQuality.Rules;

namespace NewsQuality.Scoring;

public enum Verdict
{
    Pass,
    Review,
    Fail,
}

/// <summary>
/// How findings become a 0–100 quality score: each problem (findings on the same span grouped, see <see cref="Problems"/>)
/// takes away its leading finding's severity penalty times its score (an error with score 1 costs 45 points, a warning
/// 15, an info 4); the verdict is <c>fail</c> below
/// <see cref="FailBelow"/>, <c>review</c> below <see cref="ReviewBelow"/>, else <c>pass</c>.
/// So one certain error fails an article, one warning sends it to review, and a couple of infos do not.
/// Each family's sub-score (<see cref="Families"/>) is the same sum over the problems a rule of that family leads, so
/// the overall score's lost points are the families' lost points added up (up to rounding, until a score reaches 0).
/// Scores are reported as whole numbers; the unrounded scores (<see cref="FamilyScores.Unrounded"/>) are kept beside them
/// for means over many articles, where rounding each article first would tie versions a fraction of a point apart.
/// </summary>
public sealed record ScoringPolicy(double ErrorPenalty, double WarningPenalty, double InfoPenalty, int ReviewBelow, int FailBelow)
{
    public static ScoringPolicy Default { get; } = new(45, 15, 4, 90, 60);

    /// <summary>Score floors that make <c>check</c> exit 1 (<c>--min-score</c>, config <c>scoring.minScore</c>).</summary>
    public IReadOnlyList<ScoreFloor> MinScores { get; init; } = [];

    public (int Score, Verdict Verdict) Evaluate(IReadOnlyList<Finding> findings)
    {
        var score = Score(Problems.Group(findings));
        var verdict = score < FailBelow ? Verdict.Fail : score < ReviewBelow ? Verdict.Review : Verdict.Pass;
        return (score, verdict);
    }

    /// <summary>The score of each family, from the problems led by that family's rules (a grouped finding of another family costs nothing twice).</summary>
    public FamilyScores Families(IReadOnlyList<Finding> findings)
    {
        var problems = Problems.Group(findings);
        // Each family's penalties added up in the problems' order, as Unrounded adds them; a family that leads none scores 100.
        var lost = new double[RuleCategories.All.Count];
        var leads = new bool[lost.Length];
        foreach (var problem in problems)
        {
            if (RuleCategories.Of(problem.RuleId) is not { } family) continue;
            var slot = RuleCategories.Slot(family);
            lost[slot] += Penalty(problem.Severity) * problem.Score;
            leads[slot] = true;
        }
        for (var slot = 0; slot < lost.Length; slot++) lost[slot] = leads[slot] ? Clamped(lost[slot]) : 100;
        return new FamilyScores(lost, Unrounded(problems));
    }

    private int Score(IEnumerable<Finding> problems) => Whole(Unrounded(problems));

    /// <summary>100 minus the problems' penalties, clamped to 0–100, not rounded.</summary>
    private double Unrounded(IEnumerable<Finding> problems) => Clamped(problems.Sum(finding => Penalty(finding.Severity) * finding.Score));

    /// <summary>100 less <paramref name="penalties"/>, clamped to 0–100.</summary>
    private static double Clamped(double penalties) => Math.Clamp(100 - penalties, 0, 100);

    /// <summary>A score as reports give it: the unrounded score to the nearest whole number (halves to even).</summary>
    public static int Whole(double unrounded) => (int)Math.Round(unrounded);

    private double Penalty(Severity severity) => severity switch
    {
        Severity.Error => ErrorPenalty,
        Severity.Warning => WarningPenalty,
        _ => InfoPenalty,
    };
}
