namespace NewsQuality.Rules;

/// <summary>Rule families; the id's first digit names the family (NQ1xxx duplicate … NQ4xxx boilerplate), but for the rules that moved (<see cref="RuleCategories.Of"/>).</summary>
public enum RuleCategory
{
    Duplicate = 1,
    Translation = 2,
    OffTopic = 3,
    Boilerplate = 4,
}

public static class RuleCategories
{
    public static IReadOnlyList<RuleCategory> All { get; } = Enum.GetValues<RuleCategory>();

    /// <summary>
    /// Rules whose family is not their id's first digit: ids are stable names, so a rule found to judge another family
    /// keeps its id and moves here. NQ1003 divergent-version measures the content a version of a story drops or changes
    /// against what the other versions agree on: an omission or mistranslation (an MQM Accuracy error), a translation
    /// judgement; it finds the versions as NQ1001 does, hence its id.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, RuleCategory> Moved = new Dictionary<string, RuleCategory>(StringComparer.Ordinal)
    {
        ["NQ1003"] = RuleCategory.Translation,
    };

    /// <summary>
    /// The family a rule id belongs to (the one its findings are charged to in the family sub-scores): read from its first
    /// digit, except for the few rules that moved family (<see cref="Moved"/>); null for an id outside NQ1xxx–NQ4xxx.
    /// </summary>
    public static RuleCategory? Of(string ruleId) =>
        Moved.TryGetValue(ruleId, out var moved) ? moved :
        ruleId.Length > 2 && ruleId[2] - '0' is var digit && Enum.IsDefined(typeof(RuleCategory), digit) ? (RuleCategory)digit : null;

    /// <summary>The family's name in reports, options and configuration: duplicate, translation, offtopic, boilerplate.</summary>
    public static string ToName(this RuleCategory category) =>
        (uint)Slot(category) < (uint)Names.Length ? Names[Slot(category)] : category.ToString().ToLowerInvariant();

    /// <summary>The family's place in <see cref="All"/> (duplicate 0 … boilerplate 3).</summary>
    internal static int Slot(RuleCategory category) => category - RuleCategory.Duplicate;

    /// <summary>The families' names, made once: every article's report writes each twice.</summary>
    private static readonly string[] Names = Enum.GetValues<RuleCategory>().Select(category => category.ToString().ToLowerInvariant()).ToArray();

    /// <summary>A family by name, case-insensitive; "off-topic" is accepted for offtopic.</summary>
    public static bool TryParse(string? name, out RuleCategory category)
    {
        category = default;
        var normalised = name?.Replace("-", "", StringComparison.Ordinal);
        var found = All.Where(c => string.Equals(c.ToName(), normalised, StringComparison.OrdinalIgnoreCase)).ToList();
        if (found.Count != 1) return false;
        category = found[0];
        return true;
    }
}
