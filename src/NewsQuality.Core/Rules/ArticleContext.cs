using NewsQuality.Analysis;
using NewsQuality.Model;

namespace NewsQuality.Rules;

/// <summary>What a per-article rule sees, and how it reports. Findings below the rule's threshold are dropped here, not in rules.</summary>
/// <remarks>
/// One context serves an article's rules one after the other (<see cref="For"/>): a context per rule and article was 44,500
/// objects on the BBC file (3.6 MB, docs/performance.md). A rule reads it only while it analyses the article.
/// </remarks>
public sealed class ArticleContext
{
    private readonly List<Finding> _findings;
    private readonly AnalysisOptions? _options;

    internal ArticleContext(Article article, CorpusStatistics corpus, List<Finding> findings, AnalysisOptions? options = null)
    {
        _options = options;
        SectionLabels = options?.SectionLabels ?? new Dictionary<string, string>();
        Article = article;
        Corpus = corpus;
        _findings = findings;
    }

    /// <summary>A context for one rule (<see cref="For"/>).</summary>
    internal ArticleContext(Article article, RuleDescriptor descriptor, RuleSettings settings, CorpusStatistics corpus, List<Finding> findings, AnalysisOptions? options = null)
        : this(article, corpus, findings, options) => For(descriptor, settings);

    /// <summary>This context, now for <paramref name="descriptor"/>'s rule with <paramref name="settings"/>, with no translation estimate reported yet.</summary>
    internal ArticleContext For(RuleDescriptor descriptor, RuleSettings settings)
    {
        (Descriptor, Settings, TranslationEstimate) = (descriptor, settings, null);
        return this;
    }

    public Article Article { get; }
    public RuleDescriptor Descriptor { get; private set; } = null!;
    public RuleSettings Settings { get; private set; } = null!;

    /// <summary>Statistics over the whole run's corpus (document frequencies…); empty when the run has one article.</summary>
    public CorpusStatistics Corpus { get; }

    public string Text => Article.Text;

    /// <summary>Countries and public figures for entity checks: the shipped data plus the user's configured people.</summary>
    /// <remarks>The shipped gazetteer is only loaded when a rule asks for it, not for every article context.</remarks>
    public Knowledge.Gazetteer Gazetteer => _options?.Gazetteer ?? Knowledge.Gazetteer.Default;

    /// <summary>Calqued section labels the user configured (label → English section name).</summary>
    public IReadOnlyDictionary<string, string> SectionLabels { get; }

    /// <summary>Whether <see cref="Report"/> drops a finding of this score: a rule whose message costs something to build asks first.</summary>
    public bool BelowThreshold(double score) => score < Settings.Threshold;

    /// <param name="measures">The figures behind a message that says them in words; kept in the JSON report.</param>
    /// <param name="severity">Overrides the configured severity for this finding (a rule that grades its findings by score).</param>
    public void Report(TextSpan span, double score, string message, string? suggestion = null, IReadOnlyList<RelatedLocation>? related = null,
        IReadOnlyDictionary<string, double>? measures = null, Severity? severity = null)
    {
        if (BelowThreshold(score)) return;
        var settings = severity is { } graded ? Settings with { Severity = graded } : Settings;
        var finding = FindingFactory.Create(Article, Descriptor, settings, span, score, message, suggestion, related);
        _findings.Add(measures is null ? finding : finding with { Measures = measures });
    }

    /// <summary>The rule being run has reported a finding that overlaps the span (a more specific check of the rule said it first).</summary>
    public bool HasFindingOverlapping(TextSpan span)
    {
        foreach (var finding in _findings)
            if (finding.RuleId == Descriptor.Id && finding.Span.Overlaps(span)) return true;
        return false;
    }

    /// <summary>The article-level translation estimate a rule reported (<see cref="ReportTranslationEstimate"/>), for the reports.</summary>
    internal TranslationQuality.ArticleTranslationEstimate? TranslationEstimate { get; private set; }

    /// <summary>Hands the reports the learned translation estimate of the article (NQ2014, which computes it anyway).</summary>
    public void ReportTranslationEstimate(TranslationQuality.ArticleTranslationEstimate? estimate) => TranslationEstimate = estimate;

    /// <summary>A related location inside this article, with its line and column filled in.</summary>
    public RelatedLocation Related(TextSpan span, string message)
    {
        var (line, column) = Article.Position(span.Start);
        return new RelatedLocation(message, span, line, column);
    }
}
