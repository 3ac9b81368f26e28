using NewsQuality.Rules;

namespace NewsQuality.Scoring;

/// <summary>
/// An article's 0–100 score in each rule family (duplicate, translation, off-topic, boilerplate), computed as the
/// overall score is but from the problems the family's rules lead (see <see cref="ScoringPolicy.Families"/>): a reader
/// can tell a copy from a bad translation, which the overall score alone mixes.
/// </summary>
public sealed class FamilyScores
{
    private readonly int[] _scores;

    public FamilyScores(IReadOnlyDictionary<RuleCategory, int> scores) =>
        _scores = RuleCategories.All.Select(family => scores.GetValueOrDefault(family, 100)).ToArray();

    /// <summary>Every family at 100: an article without findings.</summary>
    public static FamilyScores Perfect { get; } = new(new Dictionary<RuleCategory, int>());

    public int this[RuleCategory family] => _scores[Slot(family)];

    /// <summary>Each family with its score, in family order (duplicate first).</summary>
    public IEnumerable<(RuleCategory Family, int Score)> All => RuleCategories.All.Select(family => (family, this[family]));

    /// <summary>"duplicate 100, translation 85, offtopic 100, boilerplate 92", as the text formats print it.</summary>
    public override string ToString() => string.Join(", ", All.Select(p => $"{p.Family.ToName()} {p.Score}"));

    private static int Slot(RuleCategory family) => (int)family - (int)RuleCategory.Duplicate;
}
