using NewsQuality.Model;
using NewsQuality.Similarity;

namespace NewsQuality.Rules;

/// <summary>What a corpus rule's digest step sees: its settings, and the run's file for bulky digest parts.</summary>
public sealed record DigestContext(RuleSettings Settings, SpillFile Spill);

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

    internal CorpusContext(RuleDescriptor descriptor, RuleSettings settings, IReadOnlyList<ArticleDigest> digests, SpillFile spill, Action<PendingFinding> sink, Index.PublishedIndex? published = null)
    {
        Published = published;
        Spill = spill;
        Descriptor = descriptor;
        Settings = settings;
        Digests = digests;
        _sink = sink;
    }

    public RuleDescriptor Descriptor { get; }
    public RuleSettings Settings { get; }
    public IReadOnlyList<ArticleDigest> Digests { get; }

    /// <summary>The file the digests' bulky parts were written to, to read them back.</summary>
    public SpillFile Spill { get; }

    /// <summary>Previously published articles to compare the run with, when the user gave an index.</summary>
    public Index.PublishedIndex? Published { get; }

    public void Report(int articleIndex, TextSpan span, double score, string message, string? suggestion = null, IReadOnlyList<RelatedLocation>? related = null)
    {
        if (score < Settings.Threshold) return;
        _sink(new PendingFinding(articleIndex, Descriptor, Settings, span, score, message, suggestion, related ?? []));
    }
}
