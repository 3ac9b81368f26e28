using NewsQuality.Analysis;
using NewsQuality.Model;

namespace NewsQuality.Rules;

/// <summary>What a per-article rule sees, and how it reports. Findings below the rule's threshold are dropped here, not in rules.</summary>
public sealed class ArticleContext
{
    private readonly List<Finding> _findings;

    internal ArticleContext(Article article, RuleDescriptor descriptor, RuleSettings settings, CorpusStatistics corpus, List<Finding> findings, AnalysisOptions? options = null)
    {
        Gazetteer = options?.Gazetteer ?? Knowledge.Gazetteer.Default;
        SectionLabels = options?.SectionLabels ?? new Dictionary<string, string>();
        Article = article;
        Descriptor = descriptor;
        Settings = settings;
        Corpus = corpus;
        _findings = findings;
    }

    public Article Article { get; }
    public RuleDescriptor Descriptor { get; }
    public RuleSettings Settings { get; }

    /// <summary>Statistics over the whole run's corpus (document frequencies…); empty when the run has one article.</summary>
    public CorpusStatistics Corpus { get; }

    public string Text => Article.Text;

    /// <summary>Countries and public figures for entity checks: the shipped data plus the user's configured people.</summary>
    public Knowledge.Gazetteer Gazetteer { get; }

    /// <summary>Calqued section labels the user configured (label → English section name).</summary>
    public IReadOnlyDictionary<string, string> SectionLabels { get; }

    /// <param name="measures">The figures behind a message that says them in words; kept in the JSON report.</param>
    public void Report(TextSpan span, double score, string message, string? suggestion = null, IReadOnlyList<RelatedLocation>? related = null,
        IReadOnlyDictionary<string, double>? measures = null)
    {
        if (score < Settings.Threshold) return;
        var finding = FindingFactory.Create(Article, Descriptor, Settings, span, score, message, suggestion, related);
        _findings.Add(measures is null ? finding : finding with { Measures = measures });
    }

    /// <summary>A related location inside this article, with its line and column filled in.</summary>
    public RelatedLocation Related(TextSpan span, string message)
    {
        var (line, column) = Article.Position(span.Start);
        return new RelatedLocation(message, span, line, column);
    }
}
