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
    /// <remarks>
    /// Lazy: the first pass runs when enumeration starts, so a caller can show progress from the first byte. The corpus
    /// rules analyse while the second pass starts reading and checking (a corpus rule's analysis is mostly one thread's
    /// work, which left the other cores idle); reports still come out in input order, each with its corpus findings.
    /// </remarks>
    public IEnumerable<RunItem> Run(Func<IEnumerable<ReadResult>> read, CancellationToken cancellation = default)
    {
        var statistics = new CorpusStatistics();
        // Cancelled also when the caller stops early, so that the analysis does not outlive the run it reads.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        using var corpusRun = _corpusRules.Count > 0 ? new DiskCorpusRun(_corpusRules.Select(r => (r.Rule.Descriptor, r.Settings)).ToList(), _options.Published, stop.Token) : null;
        Diagnostics.RunTrace.Mark("start-up");
        var analysis = Passes == 2 ? FirstPass(Diagnostics.RunTrace.Timed(read(), "first pass: reading"), statistics, corpusRun, stop.Token) : Task.CompletedTask;
        try
        {
            var results = CheckedAhead(analysis, Diagnostics.RunTrace.Timed(read(), "second pass: reading"));
            foreach (var item in Report(results, statistics, After(analysis, () => corpusRun?.FindingsByArticle() ?? []), cancellation))
                yield return item;
        }
        finally
        {
            stop.Cancel();
            WaitFor(analysis);
        }
    }

    /// <summary>
    /// Articles the second pass may check before the corpus rules have finished: enough for the other cores to keep
    /// busy through a few thousand articles' analysis, few enough that the reports waiting for their corpus findings
    /// (each holds its article) stay a few megabytes.
    /// </summary>
    private const int CheckedAheadOfCorpusRules = 512;

    /// <summary><paramref name="results"/>, holding back all but the first <see cref="CheckedAheadOfCorpusRules"/> until <paramref name="analysis"/> has ended.</summary>
    private static IEnumerable<T> CheckedAhead<T>(Task analysis, IEnumerable<T> results)
    {
        var count = 0;
        foreach (var result in results)
        {
            if (count++ == CheckedAheadOfCorpusRules) WaitFor(analysis);
            yield return result;
        }
    }

    /// <summary>The items <paramref name="items"/> makes once <paramref name="analysis"/> has ended, or its exception.</summary>
    private static IEnumerable<T> After<T>(Task analysis, Func<IEnumerable<T>> items)
    {
        analysis.GetAwaiter().GetResult();
        foreach (var item in items()) yield return item;
    }

    /// <summary>Waits for <paramref name="task"/> to end, however it ends (whoever needs its outcome asks it); the thread pool sees the wait and adds a thread if its own are all waiting.</summary>
    private static void WaitFor(Task task)
    {
        if (!task.IsCompleted) task.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).Wait();
    }

    /// <summary>
    /// The second pass alone: per-article rules with <paramref name="statistics"/>, and corpus findings found elsewhere
    /// (<paramref name="corpusFindings"/>: by article index among the articles read, ascending). The sharded pipeline's report
    /// stage runs this over one shard with the merged statistics and the findings its corpus stages made.
    /// </summary>
    /// <remarks>The articles are checked before <paramref name="corpusFindings"/> is first enumerated: it is asked for the first article's findings once that article is checked.</remarks>
    public IEnumerable<RunItem> Report(IEnumerable<ReadResult> results, CorpusStatistics statistics,
        IEnumerable<(int Article, List<PendingFinding> Findings)> corpusFindings, CancellationToken cancellation = default)
    {
        // Corpus findings come sorted by article; each checked article picks up its own, in input order, as it comes back.
        IEnumerator<(int Article, List<PendingFinding> Findings)>? findings = null;
        var pendingFindings = false;
        List<PendingFinding>? FindingsOf(int article)
        {
            if (findings is null)
            {
                findings = corpusFindings.GetEnumerator();
                pendingFindings = findings.MoveNext();
            }
            if (!pendingFindings || findings.Current.Article != article) return null;
            var found = findings.Current.Findings;
            pendingFindings = findings.MoveNext();
            return found;
        }

        try
        {
            var index = 0;
            foreach (var item in InOrder(results, result => result.Article is { } article ? Check(article, statistics) : new Checked(null, null, null, result.Error), cancellation))
            {
                if (item.Article is null) yield return new RunItem(null, item.Error);
                else
                {
                    var found = FindingsOf(index++);
                    yield return item.Error is null ? Complete(item, found) : new RunItem(null, item.Error);
                }
            }
        }
        finally
        {
            findings?.Dispose();
        }
    }

    /// <summary>Analyzes articles already in memory (tests, library use).</summary>
    public IReadOnlyList<ArticleReport> Analyze(IReadOnlyList<Article> articles) =>
        Run(() => articles.Select(ReadResult.Ok)).Select(item => item.Report!).ToList();

    /// <summary>
    /// Gathers corpus statistics and has each corpus rule digest every article (in parallel) and keep the digests in input
    /// order; then starts the corpus rules' analysis, which the returned task ends with (run here when the input was small).
    /// </summary>
    private Task FirstPass(IEnumerable<ReadResult> results, CorpusStatistics statistics, DiskCorpusRun? corpusRun, CancellationToken cancellation)
    {
        var passes = corpusRun is null ? [] : _corpusRules.Select(rule => rule.Rule.Begin(new DigestContext(rule.Settings, corpusRun.Spill))).ToArray();
        void Analyze()
        {
            try
            {
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

        var index = 0;
        try
        {
            object?[] Digest(Article article)
            {
                if (GathersStatistics) statistics.Add(article);
                var digests = new object?[passes.Length];
                var shared = new SharedProducts();
                for (var r = 0; r < passes.Length; r++) digests[r] = passes[r].Digest(article, shared);
                return digests;
            }
            foreach (var (article, digests) in InOrder(Articles(results), article => (article, Digest(article)), cancellation))
            {
                corpusRun?.Add(article);
                for (var r = 0; r < passes.Length; r++) passes[r].Keep(index, digests[r]);
                index++;
            }
        }
        catch
        {
            foreach (var pass in passes) pass.Dispose();
            throw;
        }
        Diagnostics.RunTrace.Mark("first pass: read and digested");
        // A few articles (a one-file check) are analysed here: a thread of its own would cost more than it overlaps.
        if (passes.Length == 0 || index <= SequentialUpTo)
        {
            Analyze();
            return Task.CompletedTask;
        }
        return Task.Run(Analyze, CancellationToken.None);
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
    /// One article checked by the per-article rules (<see cref="Findings"/> unsorted, corpus findings not yet added); or,
    /// when the input could not be read or a rule failed on the article, the <see cref="Error"/>.
    /// </summary>
    private readonly record struct Checked(Article? Article, List<Finding>? Findings, TranslationQuality.ArticleTranslationEstimate? Translation, InputError? Error);

    /// <summary>
    /// The per-article rules' findings on one article; or, when a rule fails on it (a bug, never the input's fault), an
    /// error naming the rule and the article, so that one article cannot stop the run and CI still sees the failure in the exit code.
    /// </summary>
    private Checked Check(Article article, CorpusStatistics statistics)
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
                return new Checked(article, null, null, new InputError(article.Origin.Path, article.Origin.RecordLine,
                    $"rule {rule.Descriptor.Id} failed on article {article.Id} ({e.GetType().Name}: {e.Message}); the article was not checked, please report this"));
            }
        }
        return new Checked(article, findings, translation, null);
    }

    /// <summary>A checked article's report: its findings with the corpus rules' added, in report order, scored.</summary>
    private RunItem Complete(Checked item, List<PendingFinding>? corpusFindings)
    {
        var (article, findings) = (item.Article!, item.Findings!);
        foreach (var p in corpusFindings ?? [])
            findings.Add(FindingFactory.Create(article, p.Descriptor, p.Settings, p.Span, p.Score, p.Message, p.Suggestion, p.Related));
        findings.Sort(FindingOrder);
        var (score, verdict) = _options.Scoring.Evaluate(findings);
        return new RunItem(new ArticleReport(article, findings, score, verdict, _options.Scoring.Families(findings)) { Translation = item.Translation }, null);
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
