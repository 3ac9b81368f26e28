using NewsQuality.Input;
using NewsQuality.Model;
using NewsQuality.Rules;

namespace NewsQuality.Analysis;

/// <summary>
/// Runs the rules over a source in two passes. Pass 1 builds corpus statistics and each corpus rule's digests
/// (then runs the corpus rules); pass 2 re-reads the articles, runs per-article rules in parallel and streams
/// reports out in input order. Articles are never all held in memory at once.
/// </summary>
public sealed class AnalysisEngine
{
    private readonly IReadOnlyList<(IArticleRule Rule, RuleSettings Settings)> _articleRules;
    private readonly IReadOnlyList<(ICorpusRule Rule, RuleSettings Settings)> _corpusRules;
    private readonly AnalysisOptions _options;

    public AnalysisEngine(RuleCatalog catalog, AnalysisOptions options)
    {
        _options = options;
        var enabled = catalog.Rules
            .Select(rule => (Rule: rule, Settings: options.SettingsFor(rule.Descriptor)))
            .Where(pair => pair.Settings.Enabled)
            .ToList();
        _articleRules = enabled.Where(p => p.Rule is IArticleRule).Select(p => ((IArticleRule)p.Rule, p.Settings)).ToList();
        _corpusRules = enabled.Where(p => p.Rule is ICorpusRule).Select(p => ((ICorpusRule)p.Rule, p.Settings)).ToList();
        GathersStatistics = enabled.Any(p => p.Rule is IUsesCorpusStatistics);
    }

    /// <summary>Whether an enabled rule weighs words by corpus statistics (otherwise nothing gathers them).</summary>
    public bool GathersStatistics { get; }

    /// <summary>
    /// Inputs of at most this many articles are checked one after the other on the calling thread: starting PLINQ costs
    /// hundreds of generic methods compiled at run time, more than two cores win back on a few articles (a one-file check).
    /// </summary>
    private const int SequentialUpTo = 8;

    /// <summary>How many times a run reads its input: twice when corpus rules or corpus statistics need a first pass.</summary>
    public int Passes => _corpusRules.Count > 0 || GathersStatistics ? 2 : 1;

    public IEnumerable<RunItem> Run(ArticleSource source, CancellationToken cancellation = default) =>
        Run(source.Read, cancellation);

    /// <param name="read">Yields the run's inputs; called <see cref="Passes"/> times, and must yield the same items in the same order.</param>
    /// <remarks>Lazy: the first pass runs when enumeration starts, so a caller can show progress from the first byte.</remarks>
    public IEnumerable<RunItem> Run(Func<IEnumerable<ReadResult>> read, CancellationToken cancellation = default)
    {
        var statistics = new CorpusStatistics();
        using var corpusRun = _corpusRules.Count > 0 ? new DiskCorpusRun(_corpusRules.Select(r => (r.Rule.Descriptor, r.Settings)).ToList(), _options.Published, cancellation) : null;
        Diagnostics.RunTrace.Mark("start-up");
        if (Passes == 2) FirstPass(Diagnostics.RunTrace.Timed(read(), "first pass: reading"), statistics, corpusRun, cancellation);
        foreach (var item in Report(Diagnostics.RunTrace.Timed(read(), "second pass: reading"), statistics, corpusRun?.FindingsByArticle() ?? [], cancellation))
            yield return item;
    }

    /// <summary>
    /// The second pass alone: per-article rules with <paramref name="statistics"/>, and corpus findings found elsewhere
    /// (<paramref name="corpusFindings"/>: by article index among the articles read, ascending). The sharded pipeline's report
    /// stage runs this over one shard with the merged statistics and the findings its corpus stages made.
    /// </summary>
    public IEnumerable<RunItem> Report(IEnumerable<ReadResult> results, CorpusStatistics statistics,
        IEnumerable<(int Article, List<PendingFinding> Findings)> corpusFindings, CancellationToken cancellation = default)
    {
        // Corpus findings come sorted by article, so this pass picks up each article's as it reads the article.
        using var findings = corpusFindings.GetEnumerator();
        var pendingFindings = findings.MoveNext();
        List<PendingFinding>? FindingsOf(int article)
        {
            if (!pendingFindings || findings.Current.Article != article) return null;
            var found = findings.Current.Findings;
            pendingFindings = findings.MoveNext();
            return found;
        }

        var index = 0;
        // Numbered in input order before the checks fan out, so each article gets its own corpus findings.
        var numbered = results.Select(result => (Result: result, Findings: result.Article is null ? null : FindingsOf(index++)));
        foreach (var item in InOrder(numbered, item => item.Result.Article is { } article
                     ? Check(article, statistics, item.Findings)
                     : new RunItem(null, item.Result.Error), cancellation))
            yield return item;
    }

    /// <summary>Analyzes articles already in memory (tests, library use).</summary>
    public IReadOnlyList<ArticleReport> Analyze(IReadOnlyList<Article> articles) =>
        Run(() => articles.Select(ReadResult.Ok)).Select(item => item.Report!).ToList();

    /// <summary>Gathers corpus statistics, has each corpus rule digest every article (in parallel) and keep the digests in input order, then runs the corpus rules.</summary>
    private void FirstPass(IEnumerable<ReadResult> results, CorpusStatistics statistics, DiskCorpusRun? corpusRun, CancellationToken cancellation)
    {
        var passes = corpusRun is null ? [] : _corpusRules.Select(rule => rule.Rule.Begin(new DigestContext(rule.Settings, corpusRun.Spill))).ToArray();
        // NQ1002 digests before NQ1001, which signs the article from NQ1002's paragraph signatures when they are made.
        var digestOrder = Enumerable.Range(0, passes.Length).OrderBy(r => _corpusRules[r].Rule.DigestOrder).ToArray();
        try
        {
            var index = 0;
            object?[] Digest(Article article)
            {
                if (GathersStatistics) statistics.Add(article);
                var digests = new object?[passes.Length];
                var shared = new SharedProducts();
                foreach (var r in digestOrder) digests[r] = passes[r].Digest(article, shared);
                return digests;
            }
            foreach (var (article, digests) in InOrder(Articles(results), article => (article, Digest(article)), cancellation))
            {
                corpusRun?.Add(article);
                for (var r = 0; r < passes.Length; r++) passes[r].Keep(index, digests[r]);
                index++;
            }
            Diagnostics.RunTrace.Mark("first pass: read and digested");
            for (var r = 0; r < passes.Length; r++)
            {
                passes[r].Analyze(corpusRun!);
                Diagnostics.RunTrace.Mark($"{_corpusRules[r].Rule.Descriptor.Id} corpus analysis");
            }
            // What the rules shared is not needed by the second pass.
            corpusRun?.Shared.Clear();
        }
        finally
        {
            foreach (var pass in passes) pass.Dispose();
        }
    }

    /// <summary>
    /// <paramref name="map"/> of every item, in input order: on the calling thread, one after the other, when the input
    /// ends within <see cref="SequentialUpTo"/> items (starting PLINQ costs hundreds of generic methods compiled at run
    /// time, more than two cores win back on a few articles); otherwise on <see cref="AnalysisOptions.Parallelism"/> threads.
    /// The source itself is read in order by one thread at a time.
    /// </summary>
    private IEnumerable<TResult> InOrder<T, TResult>(IEnumerable<T> items, Func<T, TResult> map, CancellationToken cancellation)
    {
        using var source = items.GetEnumerator();
        var input = new Lookahead<T>(source, SequentialUpTo);
        if (input.IsAll)
        {
            for (var i = 0; i < input.Count; i++)
            {
                cancellation.ThrowIfCancellationRequested();
                yield return map(input.Head[i]);
            }
            yield break;
        }
        foreach (var result in input.All()
                     .AsParallel().AsOrdered()
                     .WithDegreeOfParallelism(Math.Max(1, _options.Parallelism))
                     .WithCancellation(cancellation)
                     .Select(map))
            yield return result;
    }

    private static IEnumerable<Article> Articles(IEnumerable<ReadResult> results)
    {
        foreach (var result in results)
            if (result.Article is { } article) yield return article;
    }

    /// <summary>The first items of a source, read ahead to learn whether the whole input is small.</summary>
    private sealed class Lookahead<T>
    {
        private readonly IEnumerator<T> _rest;

        public Lookahead(IEnumerator<T> source, int limit)
        {
            _rest = source;
            Head = new T[limit + 1];
            while (Count < Head.Length && source.MoveNext()) Head[Count++] = source.Current;
        }

        public T[] Head { get; }

        public int Count { get; }

        /// <summary>The source ended within the limit: <see cref="Head"/> holds all of it.</summary>
        public bool IsAll => Count < Head.Length;

        /// <summary>Every item: the ones read ahead, then the rest of the source.</summary>
        public IEnumerable<T> All()
        {
            for (var i = 0; i < Count; i++) yield return Head[i];
            while (_rest.MoveNext()) yield return _rest.Current;
        }
    }

    /// <summary>
    /// One article's report; or, when a rule fails on it (a bug, never the input's fault), an error naming the rule
    /// and the article, so that one article cannot stop the run and CI still sees the failure in the exit code.
    /// </summary>
    private RunItem Check(Article article, CorpusStatistics statistics, List<PendingFinding>? corpusFindings)
    {
        var findings = new List<Finding>();
        TranslationQuality.ArticleTranslationEstimate? translation = null;
        foreach (var (rule, settings) in _articleRules)
        {
            if (rule.Descriptor.EnglishOnly && !article.Language.IsEnglish) continue;
            try
            {
                var context = new ArticleContext(article, rule.Descriptor, settings, statistics, findings, _options);
                rule.Analyze(context);
                translation ??= context.TranslationEstimate;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return new RunItem(null, new InputError(article.Origin.Path, article.Origin.RecordLine,
                    $"rule {rule.Descriptor.Id} failed on article {article.Id} ({e.GetType().Name}: {e.Message}); the article was not checked, please report this"));
            }
        }
        foreach (var p in corpusFindings ?? [])
            findings.Add(FindingFactory.Create(article, p.Descriptor, p.Settings, p.Span, p.Score, p.Message, p.Suggestion, p.Related));
        findings.Sort(FindingOrder);
        var (score, verdict) = _options.Scoring.Evaluate(findings);
        return new RunItem(new ArticleReport(article, findings, score, verdict, _options.Scoring.Families(findings)) { Translation = translation }, null);
    }

    /// <summary>The order of a report's findings: position, then rule id, then length.</summary>
    public static int FindingOrder(Finding a, Finding b)
    {
        var byStart = a.Span.Start.CompareTo(b.Span.Start);
        if (byStart != 0) return byStart;
        var byRule = string.CompareOrdinal(a.RuleId, b.RuleId);
        return byRule != 0 ? byRule : a.Span.Length.CompareTo(b.Span.Length);
    }
}
