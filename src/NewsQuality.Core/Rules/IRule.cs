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
/// <see cref="Digest"/> for every article in parallel (keep digests compact: a signature, not the text),
/// then <see cref="Analyze"/> once with all digests in input order.
/// </summary>
public interface ICorpusRule : IRule
{
    object? Digest(Article article, RuleSettings settings);

    void Analyze(CorpusContext context);
}

/// <summary>
/// Marks a rule that reads <see cref="ArticleContext.Corpus"/>. The engine gathers corpus statistics in its first
/// pass only when an enabled rule carries this mark, so runs that do not need them do not pay for them.
/// </summary>
public interface IUsesCorpusStatistics;
