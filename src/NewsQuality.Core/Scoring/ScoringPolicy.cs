using NewsQuality.Model;

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
/// </summary>
public sealed record ScoringPolicy(double ErrorPenalty, double WarningPenalty, double InfoPenalty, int ReviewBelow, int FailBelow)
{
    public static ScoringPolicy Default { get; } = new(45, 15, 4, 90, 60);

    public (int Score, Verdict Verdict) Evaluate(IReadOnlyList<Finding> findings)
    {
        var penalty = Problems.Group(findings).Sum(finding => Penalty(finding.Severity) * finding.Score);
        var score = (int)Math.Round(Math.Clamp(100 - penalty, 0, 100));
        var verdict = score < FailBelow ? Verdict.Fail : score < ReviewBelow ? Verdict.Review : Verdict.Pass;
        return (score, verdict);
    }

    private double Penalty(Severity severity) => severity switch
    {
        Severity.Error => ErrorPenalty,
        Severity.Warning => WarningPenalty,
        _ => InfoPenalty,
    };
}
