using NewsQuality.Rules;

namespace NewsQuality.Scoring;

/// <summary>
/// An article's 0–100 score in each rule family (duplicate, translation, off-topic, boilerplate), computed as the
/// overall score is but from the problems the family's rules lead (see <see cref="ScoringPolicy.Families"/>): a reader
/// can tell a copy from a bad translation, which the overall score alone mixes.
/// Reported scores are whole numbers; <see cref="Unrounded(RuleCategory)"/> and <see cref="UnroundedOverall"/> keep the
/// same scores before rounding, for averaging over many articles (a source's or a system's mean): a graded info costs
/// a fraction of a point, and the whole number alone would tie versions that lose 1.3 and 1.6 points.
/// </summary>
public sealed class FamilyScores
{
    private readonly double[] _unrounded;
    private readonly (RuleCategory Family, int Score)[] _scores;

    /// <summary>From each family's unrounded score (clamped to 0–100; a family not given scores 100) and the overall one.</summary>
    public FamilyScores(IReadOnlyDictionary<RuleCategory, double> unrounded, double unroundedOverall)
        : this(RuleCategories.All.Select(family => unrounded.GetValueOrDefault(family, 100)).ToArray(), unroundedOverall)
    {
    }

    /// <param name="unrounded">Each family's unrounded score in family order (<see cref="RuleCategories.All"/>), kept as given.</param>
    internal FamilyScores(double[] unrounded, double unroundedOverall)
    {
        _unrounded = unrounded;
        _scores = new (RuleCategory, int)[unrounded.Length];
        for (var i = 0; i < unrounded.Length; i++) _scores[i] = (RuleCategories.All[i], ScoringPolicy.Whole(unrounded[i]));
        UnroundedOverall = unroundedOverall;
    }

    /// <summary>Every family at 100: an article without findings.</summary>
    public static FamilyScores Perfect { get; } = new(new Dictionary<RuleCategory, double>(), 100);

    /// <summary>The family's score as reported: a whole number from 0 to 100.</summary>
    public int this[RuleCategory family] => _scores[RuleCategories.Slot(family)].Score;

    /// <summary>The family's score before rounding (100 minus the penalties, clamped to 0–100): what a mean over articles should average.</summary>
    public double Unrounded(RuleCategory family) => _unrounded[RuleCategories.Slot(family)];

    /// <summary>The overall score before rounding (the article's reported score is this, rounded).</summary>
    public double UnroundedOverall { get; }

    /// <summary>Each family with its score, in family order (duplicate first): made once, as every report reads it.</summary>
    public IReadOnlyList<(RuleCategory Family, int Score)> All => _scores;

    /// <summary>"duplicate 100, translation 85, offtopic 100, boilerplate 92", as the text formats print it.</summary>
    public override string ToString() => string.Join(", ", All.Select(p => $"{p.Family.ToName()} {p.Score}"));
}
