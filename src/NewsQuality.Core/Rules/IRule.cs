using NewsQuality.Model;

namespace NewsQuality.Rules;

/// <summary>Common to every rule: its descriptor.</summary>
public interface IRule
{
    RuleDescriptor Descriptor { get; }
}

/// <summary>A rule that looks at one article at a time. Must be stateless and thread-safe: articles run in parallel.</summary>
public interface IArticleRule : IRule
{
    void Analyze(ArticleContext context);
}

/// <summary>
/// A rule that needs the whole corpus (near-duplicates, recurring site chrome). The engine calls
/// <see cref="Digest"/> for every article in parallel, then <see cref="Analyze"/> once with all digests in input
/// order. Digests stay in memory for the whole corpus: keep them compact (keys and spans, not the text), and write
/// bulky parts (shingle sets) to the run's <see cref="DigestContext.Spill"/> file.
/// </summary>
public interface ICorpusRule : IRule
{
    object? Digest(Article article, DigestContext context);

    void Analyze(CorpusContext context);
}

/// <summary>
/// Marks a rule that reads <see cref="ArticleContext.Corpus"/>. The engine gathers corpus statistics in its first
/// pass only when an enabled rule carries this mark, so runs that do not need them do not pay for them.
/// </summary>
public interface IUsesCorpusStatistics;
