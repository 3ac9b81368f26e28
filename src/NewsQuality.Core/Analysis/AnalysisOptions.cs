using NewsQuality.Rules;
using NewsQuality.Scoring;

namespace NewsQuality.Analysis;

/// <summary>The immutable settings of one run: which rules, with which settings, and how articles are scored.</summary>
public sealed record AnalysisOptions
{
    /// <summary>Overrides by rule id; rules not listed use their descriptor's defaults.</summary>
    public IReadOnlyDictionary<string, RuleSettings> RuleOverrides { get; init; } = new Dictionary<string, RuleSettings>();

    public ScoringPolicy Scoring { get; init; } = ScoringPolicy.Default;

    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Countries and public figures the entity rules check names and titles against (plus the user's own people).</summary>
    /// <remarks>The shipped one unless set, loaded when first asked for: a run whose rules never look at names never loads it.</remarks>
    public Knowledge.Gazetteer Gazetteer
    {
        get => _gazetteer ?? Knowledge.Gazetteer.Default;
        init => _gazetteer = value;
    }

    private readonly Knowledge.Gazetteer? _gazetteer;

    /// <summary>The user's own calqued section labels (label as printed → the English section name), for NQ2006.</summary>
    public IReadOnlyDictionary<string, string> SectionLabels { get; init; } = new Dictionary<string, string>();

    /// <summary>Articles published earlier (<c>--against</c>): corpus rules also compare the run with these.</summary>
    public Index.PublishedIndex? Published { get; init; }

    /// <summary>
    /// A run of two passes keeps what its first pass read for its second while the articles' text is at most this many
    /// characters (and the input at most twice as many bytes): the second pass then does not read and parse the input again.
    /// 0 reads it twice. The default, 8,388,608 characters (16 MB of text; the 2,225 BBC articles are 4.9 million), holds the
    /// articles of a corpus of a few thousand, with what the first pass found of them, until the second pass takes them.
    /// </summary>
    public long KeepFirstReadingUpTo { get; init; } = 8 * 1024 * 1024;

    public RuleSettings SettingsFor(RuleDescriptor descriptor) =>
        RuleOverrides.TryGetValue(descriptor.Id, out var settings) ? settings : RuleSettings.Defaults(descriptor);
}
