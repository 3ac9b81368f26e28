using NewsQuality.Model;
using NewsQuality.Storage;

namespace NewsQuality.Rules;

/// <summary>
/// A corpus rule whose digest of an article is a fixed-size record (<typeparamref name="TDigest"/>; variable parts
/// such as shingle sets go to the <see cref="DigestContext.Spill"/> file and the record keeps where). The engine
/// calls <see cref="Digest"/> for every article in parallel and keeps the records on disk in input order, then calls
/// <see cref="Analyze"/> once: a corpus of any size costs the rule no memory per article.
/// </summary>
public abstract class CorpusRule<TDigest> : ICorpusRule where TDigest : unmanaged
{
    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>What the rule keeps of one article; null when the article has nothing to compare. Thread-safe.</summary>
    public abstract TDigest? Digest(Article article, DigestContext context);

    public abstract void Analyze(CorpusContext<TDigest> context);

    /// <inheritdoc cref="ICorpusRule.DigestOrder"/>
    public virtual int DigestOrder => 0;

    public ICorpusPass Begin(DigestContext context) => new Pass(this, context);

    private sealed class Pass(CorpusRule<TDigest> rule, DigestContext context) : ICorpusPass
    {
        private readonly DiskArray<Digested<TDigest>> _digests = new();

        public object? Digest(Article article, SharedProducts articleProducts) => rule.Digest(article, context with { ArticleProducts = articleProducts });

        public void Keep(int articleIndex, object? digest)
        {
            if (digest is TDigest kept) _digests.Add(new Digested<TDigest>(articleIndex, kept));
        }

        public void Analyze(CorpusRun run) =>
            rule.Analyze(new CorpusContext<TDigest>(rule.Descriptor, context.Settings, new CancellableList<Digested<TDigest>>(_digests, run.Cancellation), run));

        public void Dispose() => _digests.Dispose();
    }
}
