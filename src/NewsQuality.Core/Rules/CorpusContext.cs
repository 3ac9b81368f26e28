using NewsQuality.Model;
using NewsQuality.Storage;

namespace NewsQuality.Rules;

/// <summary>What a corpus rule's digest step sees: its settings, and the run's file for bulky digest parts.</summary>
public sealed record DigestContext(RuleSettings Settings, SpillFile Spill)
{
    /// <summary>What the run's corpus rules share about the article being digested (the engine sets it per article); null: nothing shared.</summary>
    public SharedProducts? ArticleProducts { get; init; }

    /// <summary>The product under <paramref name="key"/> for the article being digested: made once for every rule of the run that asks, or here when nothing is shared.</summary>
    public T Shared<T>(object key, Func<T> make) => ArticleProducts is { } shared ? shared.GetOrMake(key, make) : make();

    /// <summary>The product under <paramref name="key"/> if a rule of the run made it for the article being digested already.</summary>
    public bool TryShared<T>(object key, out T product)
    {
        product = default!;
        return ArticleProducts is { } shared && shared.TryGet(key, out product);
    }
}

/// <summary>One article's digest, with the article's place in the input.</summary>
public readonly record struct Digested<TDigest>(int Index, TDigest Digest) where TDigest : unmanaged;

/// <summary>How a corpus rule names an article it cites: its id and where it came from.</summary>
public sealed record ArticleReference(string Id, ArticleOrigin Origin);

/// <summary>A corpus rule's finding before its article is read again to fill in line, column and evidence.</summary>
public sealed record PendingFinding(int ArticleIndex, RuleDescriptor Descriptor, RuleSettings Settings, TextSpan Span, double Score,
    string Message, string? Suggestion, IReadOnlyList<RelatedLocation> Related);

/// <summary>What the engine gives every corpus rule once the first pass has read the last article.</summary>
public abstract class CorpusRun
{
    /// <summary>The file the digests' bulky parts were written to, to read them back.</summary>
    public abstract SpillFile Spill { get; }

    /// <summary>Previously published articles to compare the run with, when the user gave an index.</summary>
    public abstract Index.PublishedIndex? Published { get; }

    /// <summary>The id and origin of the article at <paramref name="index"/> in the input, read back from disk.</summary>
    public abstract ArticleReference Article(int index);

    /// <summary>Thread-safe.</summary>
    public abstract void Report(PendingFinding finding);

    /// <summary>The run's Ctrl-C: checked on every digest a rule reads, so a long comparison stops within one step.</summary>
    public virtual CancellationToken Cancellation => CancellationToken.None;

    /// <summary>What several of the run's corpus rules build on (the verified near-duplicate pairs NQ1001 reports and NQ1003 groups into versions), made once.</summary>
    public SharedProducts Shared { get; } = new();
}

/// <summary>
/// What a corpus rule sees: every article's digest, in input order, and a way to report on any article.
/// Neither articles nor digests are kept in memory: digests are read back from disk as they are enumerated, so a
/// rule that needs something later (spans, line numbers of paragraphs to cite) puts it in its digest, and anything a
/// rule builds over the whole corpus belongs on disk too (<see cref="DiskArray{T}"/>, <see cref="ExternalSort"/>).
/// </summary>
public sealed class CorpusContext<TDigest>(RuleDescriptor descriptor, RuleSettings settings, IReadOnlyList<Digested<TDigest>> digests, CorpusRun run)
    where TDigest : unmanaged
{
    public RuleDescriptor Descriptor { get; } = descriptor;
    public RuleSettings Settings { get; } = settings;

    /// <summary>The articles that have a digest, in input order.</summary>
    public IReadOnlyList<Digested<TDigest>> Digests { get; } = digests;

    public SpillFile Spill => run.Spill;
    public Index.PublishedIndex? Published => run.Published;
    public SharedProducts Shared => run.Shared;
    public ArticleReference Article(int index) => run.Article(index);

    /// <summary>Reports on the article at <paramref name="articleIndex"/>, when <paramref name="score"/> reaches the threshold. Thread-safe.</summary>
    public void Report(int articleIndex, TextSpan span, double score, string message, string? suggestion = null, IReadOnlyList<RelatedLocation>? related = null)
    {
        if (score < Settings.Threshold) return;
        run.Report(new PendingFinding(articleIndex, Descriptor, Settings, span, score, message, suggestion, related ?? []));
    }

    /// <summary>
    /// Reports an info finding on the article at <paramref name="articleIndex"/> whether or not <paramref name="score"/> reaches
    /// the threshold: a graded rule's finding below its threshold (NQ1003's shortfall), whose penalty scales with its score.
    /// Thread-safe.
    /// </summary>
    public void Inform(int articleIndex, TextSpan span, double score, string message, IReadOnlyList<RelatedLocation>? related = null) =>
        run.Report(new PendingFinding(articleIndex, Descriptor, Settings with { Severity = Severity.Info }, span, score, message, null, related ?? []));
}
