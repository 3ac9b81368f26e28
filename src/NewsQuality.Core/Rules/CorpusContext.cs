using NewsQuality.Model;

namespace NewsQuality.Rules;

/// <summary>One article's digest as a corpus rule sees it.</summary>
public sealed record ArticleDigest(int Index, string ArticleId, ArticleOrigin Origin, object? Digest);

/// <summary>A corpus rule's finding before its article is read again to fill in line, column and evidence.</summary>
public sealed record PendingFinding(int ArticleIndex, RuleDescriptor Descriptor, RuleSettings Settings, TextSpan Span, double Score,
    string Message, string? Suggestion, IReadOnlyList<RelatedLocation> Related);

/// <summary>
/// What a corpus rule sees: every article's digest, in input order, and a way to report on any article.
/// Articles are not kept in memory between passes, so anything a rule needs later (spans, line numbers of
/// paragraphs to cite) belongs in its digest.
/// </summary>
public sealed class CorpusContext
{
    private readonly Action<PendingFinding> _sink;

    internal CorpusContext(RuleDescriptor descriptor, RuleSettings settings, IReadOnlyList<ArticleDigest> digests, Action<PendingFinding> sink, Index.PublishedIndex? published = null)
    {
        Published = published;
        Descriptor = descriptor;
        Settings = settings;
        Digests = digests;
        _sink = sink;
    }

    public RuleDescriptor Descriptor { get; }
    public RuleSettings Settings { get; }
    public IReadOnlyList<ArticleDigest> Digests { get; }

    /// <summary>Previously published articles to compare the run with, when the user gave an index.</summary>
    public Index.PublishedIndex? Published { get; }

    public void Report(int articleIndex, TextSpan span, double score, string message, string? suggestion = null, IReadOnlyList<RelatedLocation>? related = null)
    {
        if (score < Settings.Threshold) return;
        _sink(new PendingFinding(articleIndex, Descriptor, Settings, span, score, message, suggestion, related ?? []));
    }
}
