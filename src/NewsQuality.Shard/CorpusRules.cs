using NewsQuality.Analysis;
using NewsQuality.Model;
using NewsQuality.Rules;
using NewsQuality.Rules.Boilerplate;
using NewsQuality.Rules.Duplicate;
using NewsQuality.Storage;

namespace NewsQuality.Shard;

/// <summary>The corpus rules the pipeline runs stage by stage, with the run's settings; a disabled rule makes no data and no findings.</summary>
public sealed class CorpusRules
{
    public CorpusRules(AnalysisOptions options)
    {
        var corpusRules = RuleCatalog.Default.Rules.OfType<ICorpusRule>().Select(rule => rule.Descriptor.Id).Order().ToList();
        // A corpus rule added to the catalog needs its stages here too; until then the pipeline would silently differ from `check`.
        if (!corpusRules.Except(NotRun).SequenceEqual(["NQ1001", "NQ1002", "NQ4003"]))
            throw new InvalidOperationException($"the sharded pipeline runs NQ1001, NQ1002 and NQ4003 (and leaves out {string.Join(", ", NotRun)}), but the catalog's corpus rules are {string.Join(", ", corpusRules)}");
        NearDuplicate = RuleCatalog.Default.Rules.OfType<NQ1001NearDuplicate>().Single();
        PartialCopy = RuleCatalog.Default.Rules.OfType<NQ1002PartialCopy>().Single();
        Chrome = RuleCatalog.Default.Rules.OfType<NQ4003RecurringChrome>().Single();
        NearDuplicateSettings = options.SettingsFor(NearDuplicate.Descriptor);
        PartialCopySettings = options.SettingsFor(PartialCopy.Descriptor);
        ChromeSettings = options.SettingsFor(Chrome.Descriptor);
    }

    /// <summary>
    /// Corpus rules the pipeline leaves out, as if disabled: NQ1003 compares the versions of a story sentence by sentence,
    /// which needs every version's sentences in one place; run <c>check</c> on the clusters for it.
    /// </summary>
    public static readonly IReadOnlyList<string> NotRun = ["NQ1003"];

    /// <summary>What the pipeline tells a user whose configuration enables a rule it leaves out.</summary>
    public static string? NotRunNotice(AnalysisOptions options)
    {
        var enabled = NotRun.Where(id => options.SettingsFor(RuleCatalog.Default.Find(id)!.Descriptor).Enabled).ToList();
        return enabled.Count == 0 ? null
            : $"{string.Join(", ", enabled.Select(RuleCatalog.Default.Label))} is not run by the sharded pipeline (it compares the versions of one story " +
              "sentence by sentence, on one machine): its findings are missing from these reports; run 'newsquality check' on the articles NQ1001 clusters to get them";
    }

    /// <summary><paramref name="options"/> with the rules the pipeline leaves out disabled: what the pipeline's reports equal.</summary>
    public static AnalysisOptions WithoutRulesNotRun(AnalysisOptions options)
    {
        var overrides = new Dictionary<string, RuleSettings>(options.RuleOverrides);
        foreach (var id in NotRun) overrides[id] = options.SettingsFor(RuleCatalog.Default.Find(id)!.Descriptor) with { Enabled = false };
        return options with { RuleOverrides = overrides };
    }

    public NQ1001NearDuplicate NearDuplicate { get; }
    public NQ1002PartialCopy PartialCopy { get; }
    public NQ4003RecurringChrome Chrome { get; }
    public RuleSettings NearDuplicateSettings { get; }
    public RuleSettings PartialCopySettings { get; }
    public RuleSettings ChromeSettings { get; }

    public RuleSettings SettingsOf(string ruleId) => ruleId switch
    {
        "NQ1001" => NearDuplicateSettings,
        "NQ1002" => PartialCopySettings,
        "NQ4003" => ChromeSettings,
        _ => throw new InvalidDataException($"{ruleId} is not a corpus rule of the pipeline"),
    };

    public RuleDescriptor DescriptorOf(string ruleId) => ruleId switch
    {
        "NQ1001" => NearDuplicate.Descriptor,
        "NQ1002" => PartialCopy.Descriptor,
        "NQ4003" => Chrome.Descriptor,
        _ => throw new InvalidDataException($"{ruleId} is not a corpus rule of the pipeline"),
    };
}

/// <summary>
/// The engine's side of a corpus rule's analysis when the rule runs inside a stage: articles it may cite (only those the
/// stage loaded), its spill file, and the findings it reports, kept in report order.
/// </summary>
public sealed class CollectingCorpusRun(IReadOnlyDictionary<int, ArticleReference> articles) : CorpusRun, IDisposable
{
    private readonly List<PendingFinding> _findings = [];

    public override SpillFile Spill { get; } = new();
    public override Index.PublishedIndex? Published => null;
    public IReadOnlyList<PendingFinding> Findings => _findings;

    public override ArticleReference Article(int index) =>
        articles.TryGetValue(index, out var article) ? article : throw new InvalidOperationException($"article {index} was not loaded for this stage");

    public override void Report(PendingFinding finding)
    {
        lock (_findings) _findings.Add(finding);
    }

    public void Dispose() => Spill.Dispose();
}
