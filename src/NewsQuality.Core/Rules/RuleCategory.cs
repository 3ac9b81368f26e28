namespace NewsQuality.Rules;

/// <summary>Rule families; the id's first digit names the family (NQ1xxx duplicate … NQ4xxx boilerplate).</summary>
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

    /// <summary>The family a rule id belongs to, read from its first digit; null for an id outside NQ1xxx–NQ4xxx.</summary>
    public static RuleCategory? Of(string ruleId) =>
        ruleId.Length > 2 && ruleId[2] - '0' is var digit && Enum.IsDefined(typeof(RuleCategory), digit) ? (RuleCategory)digit : null;

    /// <summary>The family's name in reports, options and configuration: duplicate, translation, offtopic, boilerplate.</summary>
    public static string ToName(this RuleCategory category) => category.ToString().ToLowerInvariant();

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
