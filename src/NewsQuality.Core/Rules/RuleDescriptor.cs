using NewsQuality.Model;

namespace NewsQuality.Rules;

/// <summary>
/// Everything a user, a report or the docs need to know about one rule, Roslyn-style: immutable and static.
/// <see cref="FlaggedExample"/> must produce at least one finding and <see cref="CleanExample"/> none (a catalogue test checks it).
/// </summary>
public sealed record RuleDescriptor(
    string Id,
    string Name,
    RuleCategory Category,
    Severity DefaultSeverity,
    double DefaultThreshold,
    string Summary,
    string Rationale,
    string FlaggedExample,
    string CleanExample)
{
    /// <summary>Imperative advice shown with each finding when the rule gives no specific suggestion.</summary>
    public string? FixTitle { get; init; }

    /// <summary>The options a configuration may set for this rule; any other key under <c>options</c> is an error.</summary>
    public IReadOnlyList<RuleOption> Options { get; init; } = [];

    /// <summary>Path of the rule's page in the repository's docs.</summary>
    public string HelpPath => $"docs/rules/{Id}.md";
}
