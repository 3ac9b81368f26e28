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

    /// <summary>
    /// Loads the shipped data sets the rule reads on nearly every article (each loads once, behind its own lock), so that a
    /// run of many articles can load them on a thread of its own while its first pass reads: loaded by the first checks
    /// instead, one worker waited while the other loaded. Called at most once a run, while other threads may be checking;
    /// must not change what the rule finds. Nothing by default.
    /// </summary>
    void WarmUp(Analysis.AnalysisOptions options) { }
}

/// <summary>
/// A rule that needs the whole corpus (near-duplicates, recurring site chrome). For each run the engine begins one
/// <see cref="ICorpusPass"/>; most rules derive from <see cref="CorpusRule{TDigest}"/>, which keeps digests on disk.
/// </summary>
public interface ICorpusRule : IRule
{
    ICorpusPass Begin(DigestContext context);

    /// <summary>
    /// Where the rule digests an article among the run's corpus rules, lowest first (ties in catalogue order): a rule whose
    /// shared product another rule can use, when made, digests before it.
    /// </summary>
    int DigestOrder => 0;
}

/// <summary>One rule's share of one run's first pass.</summary>
public interface ICorpusPass : IDisposable
{
    /// <summary>Called for every article, in parallel: what the rule keeps of it. <paramref name="articleProducts"/>: what the run's corpus rules share about the article.</summary>
    object? Digest(Article article, SharedProducts articleProducts);

    /// <summary>Called with every article's digest in input order, one at a time.</summary>
    void Keep(int articleIndex, object? digest);

    /// <summary>Called once, after the last article was kept.</summary>
    void Analyze(CorpusRun run);
}

/// <summary>
/// Marks a rule that reads <see cref="ArticleContext.Corpus"/>. The engine gathers corpus statistics in its first
/// pass only when an enabled rule carries this mark, so runs that do not need them do not pay for them.
/// </summary>
public interface IUsesCorpusStatistics;
