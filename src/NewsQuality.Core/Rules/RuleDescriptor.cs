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

    /// <summary>
    /// The rule checks an English convention or English words (doubled words, dialogue dashes, casing, untranslated
    /// fragments): the engine skips it for an article that is mostly in another language (NQ2013 reports those).
    /// </summary>
    public bool EnglishOnly { get; init; }

    /// <summary>The options a configuration may set for this rule; any other key under <c>options</c> is an error.</summary>
    public IReadOnlyList<RuleOption> Options { get; init; } = [];

    /// <summary>
    /// For a rule that grades findings below its threshold as info (an info band): the name of the option (one of
    /// <see cref="Options"/>) from which a measure below the threshold is still reported, as an info finding; at or above
    /// the threshold the band is off. Null for the usual rule, which reports nothing below its threshold.
    /// </summary>
    public string? InfoFromOption { get; init; }

    /// <summary>The option that starts the info band, when the rule has one (<see cref="InfoFromOption"/>).</summary>
    public RuleOption? InfoBand => InfoFromOption is { } name ? Options.FirstOrDefault(o => o.Name == name) : null;

    /// <summary>Path of the rule's page in the repository's docs.</summary>
    public string HelpPath => $"docs/rules/{Id}.md";
}
