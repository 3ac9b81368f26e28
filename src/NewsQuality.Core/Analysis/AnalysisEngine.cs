using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
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
    /// <summary>An array: every article walks it, and a list's enumerator through the interface was an object per article.</summary>
    private readonly (IArticleRule Rule, RuleSettings Settings)[] _articleRules;
    private readonly IReadOnlyList<(ICorpusRule Rule, RuleSettings Settings)> _corpusRules;
    private readonly AnalysisOptions _options;

    public AnalysisEngine(RuleCatalog catalog, AnalysisOptions options)
    {
        _options = options;
        var enabled = catalog.Rules
            .Select(rule => (Rule: rule, Settings: options.SettingsFor(rule.Descriptor)))
            .Where(pair => pair.Settings.Enabled)
            .ToList();
        _articleRules = enabled.Where(p => p.Rule is IArticleRule).Select(p => ((IArticleRule)p.Rule, p.Settings)).ToArray();
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

    private int _comparing;

    /// <summary>Whether the corpus rules are comparing the articles of a run (between its passes, or beside the second pass's first articles), for progress.</summary>
    public bool Comparing => Volatile.Read(ref _comparing) > 0;

    /// <summary>How many times a run reads its input: twice when corpus rules or corpus statistics need a first pass.</summary>
    public int Passes => _corpusRules.Count > 0 || GathersStatistics ? 2 : 1;

    public IEnumerable<RunItem> Run(ArticleSource source, CancellationToken cancellation = default) =>
        Run(source.Read, cancellation, () => source.BytesRead);

    private long _replayedBytes;

    /// <summary>
    /// How many input bytes the second pass has taken from the first reading (<see cref="AnalysisOptions.KeepFirstReadingUpTo"/>)
    /// instead of reading them again, for progress: with the source's bytes read, the share of both passes' reading done.
    /// </summary>
    public long ReplayedBytes => Interlocked.Read(ref _replayedBytes);

    /// <param name="read">Yields the run's inputs; called <see cref="Passes"/> times, and must yield the same items in the same order.</param>
    /// <remarks>
    /// Lazy: the first pass runs when enumeration starts, so a caller can show progress from the first byte. The corpus
    /// rules compare the articles while the second pass already checks the first ones (<see cref="CheckedAheadOfCorpusRules"/>):
    /// nothing of the second pass but the corpus findings waits for the comparison, which mostly runs on one thread.
    /// </remarks>
    public IEnumerable<RunItem> Run(Func<IEnumerable<ReadResult>> read, CancellationToken cancellation = default) =>
        Run(read, cancellation, null);

    /// <param name="bytesRead">The source's bytes read so far, when it counts them: bounds what the first reading keeps, and numbers <see cref="ReplayedBytes"/>.</param>
    private IEnumerable<RunItem> Run(Func<IEnumerable<ReadResult>> read, CancellationToken cancellation, Func<long>? bytesRead)
    {
        Interlocked.Exchange(ref _replayedBytes, 0);
        var statistics = new CorpusStatistics();
        // Cancelled when the caller stops early, so a comparison still running ends before the run's files are deleted.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        using var corpusRun = _corpusRules.Count > 0 ? new DiskCorpusRun(_corpusRules.Select(r => (r.Rule.Descriptor, r.Settings)).ToList(), _options.Published, stopping.Token) : null;
        Diagnostics.RunTrace.Mark("start-up");
        var firstReading = Passes == 2 ? new FirstReading(_options.KeepFirstReadingUpTo, bytesRead) : null;
        var comparison = firstReading is not null ? FirstPass(Diagnostics.RunTrace.Timed(firstReading.Keep(read()), "first pass: reading"), statistics, corpusRun, cancellation) : Task.CompletedTask;
        try
        {
            var secondReading = firstReading?.Replay(bytes => Interlocked.Exchange(ref _replayedBytes, bytes)) ?? read();
            foreach (var item in Report(Diagnostics.RunTrace.Timed(secondReading, firstReading?.Kept == true ? "second pass: kept from the first" : "second pass: reading"), statistics,
                         corpusRun is null ? [] : AfterComparison(comparison, corpusRun), comparison, cancellation))
                yield return item;
        }
        finally
        {
            if (!comparison.IsCompleted)
            {
                stopping.Cancel();
                try { comparison.Wait(CancellationToken.None); }
                catch (Exception) { /* the run already ends with the second pass's own exception or the caller stopped it */ }
            }
        }
    }

    private static IEnumerable<(int Article, List<PendingFinding> Findings)> AfterComparison(Task comparison, DiskCorpusRun corpusRun)
    {
        // The comparison's own exception, not an AggregateException.
        comparison.GetAwaiter().GetResult();
        foreach (var findings in corpusRun.FindingsByArticle()) yield return findings;
    }

    /// <summary>
    /// The second pass alone: per-article rules with <paramref name="statistics"/>, and corpus findings found elsewhere
    /// (<paramref name="corpusFindings"/>: by article index among the articles read, ascending). The sharded pipeline's report
    /// stage runs this over one shard with the merged statistics and the findings its corpus stages made.
    /// </summary>
    public IEnumerable<RunItem> Report(IEnumerable<ReadResult> results, CorpusStatistics statistics,
        IEnumerable<(int Article, List<PendingFinding> Findings)> corpusFindings, CancellationToken cancellation = default) =>
        Report(results, statistics, corpusFindings, Task.CompletedTask, cancellation);

    /// <summary>
    /// How many articles the second pass checks before it waits for the corpus rules' comparison: their reports wait
    /// for their corpus findings, so this bounds the memory they hold (a few megabytes) however long the comparison takes.
    /// </summary>
    private const int CheckedAheadOfCorpusRules = 512;

    /// <param name="comparison">Ends when <paramref name="corpusFindings"/> can be read: per-article rules run before, on at most <see cref="CheckedAheadOfCorpusRules"/> articles.</param>
    private IEnumerable<RunItem> Report(IEnumerable<ReadResult> results, CorpusStatistics statistics,
        IEnumerable<(int Article, List<PendingFinding> Findings)> corpusFindings, Task comparison, CancellationToken cancellation)
    {
        var index = 0;
        // Numbered in input order before the checks fan out, so each article gets its own corpus findings.
        var numbered = results.Select(result => (Result: result, Index: result.Article is null ? -1 : index++));
        IEnumerator<(int Article, List<PendingFinding> Findings)>? findings = null;
        var pendingFindings = false;
        List<PendingFinding>? FindingsOf(int article)
        {
            if (findings is null)
            {
                // Corpus findings come sorted by article, so the reports pick up each article's in input order.
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
            foreach (var (item, checkedItem) in InOrder(numbered, item =>
                     {
                         if (item.Index >= CheckedAheadOfCorpusRules && !comparison.IsCompleted)
                         {
                             // A comparison that failed is reported by the reports' side (its own exception, in input order).
                             try { comparison.Wait(cancellation); }
                             catch (AggregateException) { }
                         }
                         return item.Result.Article is { } article ? CheckRules(article, statistics) : default;
                     }, cancellation, WarmUpBeside))
            {
                if (item.Result.Article is not { } article)
                {
                    yield return new RunItem(null, item.Result.Error);
                    continue;
                }
                var corpus = FindingsOf(item.Index);
                yield return checkedItem.Error is { } error ? new RunItem(null, error) : Finish(article, checkedItem, corpus);
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
    /// order; then the corpus rules compare the articles: on the calling thread for a few articles (<see cref="SequentialUpTo"/>),
    /// otherwise on a thread of their own, which the returned task ends with while the second pass starts.
    /// </summary>
    private Task FirstPass(IEnumerable<ReadResult> results, CorpusStatistics statistics, DiskCorpusRun? corpusRun, CancellationToken cancellation)
    {
        var passes = corpusRun is null ? [] : _corpusRules.Select(rule => rule.Rule.Begin(new DigestContext(rule.Settings, corpusRun.Spill))).ToArray();
        // NQ1002 digests before NQ1001, which signs the article from NQ1002's paragraph signatures when they are made.
        var digestOrder = Enumerable.Range(0, passes.Length).OrderBy(r => _corpusRules[r].Rule.DigestOrder).ToArray();
        var handedOver = false;
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
            foreach (var (article, digests) in InOrder(Articles(results), Digest, cancellation, WarmUpBeside))
            {
                corpusRun?.Add(article);
                for (var r = 0; r < passes.Length; r++) passes[r].Keep(index, digests[r]);
                index++;
            }
            Diagnostics.RunTrace.Mark("first pass: read and digested");
            if (passes.Length == 0) return Task.CompletedTask;
            Interlocked.Increment(ref _comparing);
            if (index <= SequentialUpTo)
            {
                handedOver = true;
                Compare(passes, corpusRun!, alongside: false);
                return Task.CompletedTask;
            }
            // The comparison's parallel steps take thread-pool threads while the second pass's workers hold theirs: with
            // no spare thread ready the pool adds one only after it has starved for a while (a comparison of 0.1 s took
            // 1.4 s so, docs/performance.md, throughput12), so as many threads as both need are kept ready.
            ThreadPool.GetMinThreads(out var workers, out var completion);
            var needed = Math.Max(1, _options.Parallelism) + Environment.ProcessorCount + 1;
            if (workers < needed) ThreadPool.SetMinThreads(needed, completion);
            var comparison = Task.Factory.StartNew(() => Compare(passes, corpusRun!, alongside: true), CancellationToken.None,
                TaskCreationOptions.LongRunning, TaskScheduler.Default);
            handedOver = true;
            return comparison;
        }
        finally
        {
            if (!handedOver)
                foreach (var pass in passes) pass.Dispose();
        }
    }

    /// <summary>Each corpus rule compares the articles (then lets go of its digests); what they shared is not needed by the second pass.</summary>
    private void Compare(ICorpusPass[] passes, DiskCorpusRun corpusRun, bool alongside)
    {
        try
        {
            for (var r = 0; r < passes.Length; r++)
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                passes[r].Analyze(corpusRun);
                var phase = $"{_corpusRules[r].Rule.Descriptor.Id} corpus analysis";
                if (!alongside) Diagnostics.RunTrace.Mark(phase);
                else Diagnostics.RunTrace.Note($"{phase} (beside the second pass)", System.Diagnostics.Stopwatch.GetElapsedTime(started));
            }
            corpusRun.Shared.Clear();
        }
        finally
        {
            Interlocked.Decrement(ref _comparing);
            foreach (var pass in passes) pass.Dispose();
        }
    }

    /// <summary>
    /// <paramref name="map"/> of every item, in input order: on the calling thread, one after the other, when the input
    /// ends within <see cref="SequentialUpTo"/> items (starting PLINQ costs hundreds of generic methods compiled at run
    /// time, more than two cores win back on a few articles); otherwise on <see cref="AnalysisOptions.Parallelism"/> threads.
    /// The source itself is read in order by one thread at a time.
    /// </summary>
    /// <param name="parallel">Called when the items are many (before the first is mapped), not for a few.</param>
    private IEnumerable<(T Item, TResult Result)> InOrder<T, TResult>(IEnumerable<T> items, Func<T, TResult> map, CancellationToken cancellation, Action parallel)
    {
        using var source = items.GetEnumerator();
        var input = new Lookahead<T>(source, SequentialUpTo);
        if (input.IsAll)
        {
            for (var i = 0; i < input.Count; i++)
            {
                cancellation.ThrowIfCancellationRequested();
                yield return (input.Head[i], map(input.Head[i]));
            }
            yield break;
        }
        parallel();
        using var all = input.All().GetEnumerator();
        var ended = new StrongBox<bool>();
        // A block at a time: PLINQ's ordered merge lets each worker run up to 8,192 results ahead of the caller, and the
        // results held so survive collections (14,882 articles ahead on the dedup benchmark, docs/performance.md,
        // throughput20c); a block's end waits for its last item, one article's time.
        while (!ended.Value)
        {
            // One item at a time from the source: PLINQ's own partitioning of an enumerable hands each worker chunks that grow
            // to 64 items (128 of a value type), so a pass ended with one worker checking the rest of its chunk while the other
            // had nothing left. Taking an item costs a lock, nothing beside checking an article.
            foreach (var result in Partitioner.Create(Block(all, ended), EnumerablePartitionerOptions.NoBuffering)
                         .AsParallel().AsOrdered()
                         .WithDegreeOfParallelism(Math.Max(1, _options.Parallelism))
                         .WithCancellation(cancellation)
                         .Select(item => (item, map(item))))
                yield return result;
        }
    }

    /// <summary>How many items a parallel pass maps before the caller has taken their results: what waits in order is bounded by it.</summary>
    private const int OrderedBlock = 256;

    /// <summary>The next <see cref="OrderedBlock"/> items of <paramref name="source"/>, read as they are asked for; <paramref name="ended"/> is set when it has no more.</summary>
    private static IEnumerable<T> Block<T>(IEnumerator<T> source, StrongBox<bool> ended)
    {
        for (var i = 0; i < OrderedBlock; i++)
        {
            if (!source.MoveNext())
            {
                ended.Value = true;
                yield break;
            }
            yield return source.Current;
        }
    }

    private int _warmingUp;

    /// <summary>
    /// Has the enabled per-article rules load their shipped data (<see cref="IArticleRule.WarmUp"/>) on a thread of its own,
    /// once: called when a run's first parallel pass starts, so that the data sets (about 0.1 s of loading) are ready when
    /// the second pass's first checks ask for them. Loaded by those checks instead, one worker waited while the other
    /// loaded (docs/performance.md, throughput18c and throughput19a). A one-file check loads what its rules ask for, as before.
    /// </summary>
    private void WarmUpBeside()
    {
        if (_articleRules.Length == 0 || Interlocked.Exchange(ref _warmingUp, 1) != 0) return;
        var thread = new Thread(() =>
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            foreach (var (rule, _) in _articleRules)
            {
                // A data set that fails to load fails again, behind its own lock, when the rule asks for it on an article:
                // that article's error names the rule, as without the warm-up.
                try { rule.WarmUp(_options); }
                catch (Exception) { }
            }
            Diagnostics.RunTrace.Note("the rules' shipped data loaded (beside the first pass)", System.Diagnostics.Stopwatch.GetElapsedTime(started));
        })
        { IsBackground = true, Name = "newsquality rule warm-up" };
        thread.Start();
    }

    private static IEnumerable<Article> Articles(IEnumerable<ReadResult> results)
    {
        foreach (var result in results)
            if (result.Article is { } article) yield return article;
    }

    /// <summary>
    /// What a run's first pass read, kept for its second when small (<see cref="AnalysisOptions.KeepFirstReadingUpTo"/>): the
    /// second pass then neither reads nor parses the input again, and the articles come with what the first pass found of them
    /// once (paragraphs, link lines, boilerplate lines, content lines), which the rules ask for again. The same items in the
    /// same order, errors included; each is let go as the second pass takes it. A first reading over the bound, or one the
    /// run stopped before its end, is dropped and the input read again.
    /// </summary>
    private sealed class FirstReading(long maxChars, Func<long>? bytesRead)
    {
        private List<ReadResult>? _items = [];
        private List<long>? _bytesAfter = bytesRead is null ? null : [];
        private long _chars;
        private bool _complete;

        /// <summary>Whether the second pass takes the first reading's items (known once the first pass has read them all).</summary>
        public bool Kept => _complete && _items is not null;

        /// <summary><paramref name="items"/>, unchanged, kept as they pass while within the bound; read by one thread at a time.</summary>
        public IEnumerable<ReadResult> Keep(IEnumerable<ReadResult> items)
        {
            foreach (var item in items)
            {
                if (_items is not null)
                {
                    _chars += item.Article?.Text.Length ?? 0;
                    var bytes = bytesRead?.Invoke() ?? 0;
                    // The bytes read bound what the text does not show (a web page keeps its source map), at twice the characters' bound.
                    if (_chars > maxChars || bytes > 2 * maxChars || _items.Count >= MaxKeptItems)
                        (_items, _bytesAfter) = (null, null);
                    else
                    {
                        _items.Add(item);
                        _bytesAfter?.Add(bytes);
                    }
                }
                yield return item;
            }
            _complete = true;
        }

        /// <summary>The kept items, each let go once taken (<paramref name="replayed"/> is told the bytes read up to it); null when not kept.</summary>
        public IEnumerable<ReadResult>? Replay(Action<long> replayed) => Kept ? ReplayKept(_items!, _bytesAfter, replayed) : null;

        private static IEnumerable<ReadResult> ReplayKept(List<ReadResult> items, List<long>? bytesAfter, Action<long> replayed)
        {
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                items[i] = default!;
                if (bytesAfter is not null) replayed(bytesAfter[i]);
                yield return item;
            }
        }
    }

    /// <summary>At most this many inputs are kept from the first reading (errors have no text for the bound to count).</summary>
    private const int MaxKeptItems = 1_000_000;

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
    /// What the per-article rules found in one article (not yet in report order); or, when a rule fails on it (a bug, never
    /// the input's fault), an error naming the rule and the article, so that one article cannot stop the run and CI still
    /// sees the failure in the exit code.
    /// </summary>
    private readonly record struct CheckedArticle(List<Finding>? Findings, TranslationQuality.ArticleTranslationEstimate? Translation, InputError? Error);

    private CheckedArticle CheckRules(Article article, CorpusStatistics statistics)
    {
        var findings = new List<Finding>();
        var articleContext = new ArticleContext(article, statistics, findings, _options);
        TranslationQuality.ArticleTranslationEstimate? translation = null;
        foreach (var (rule, settings) in _articleRules)
        {
            if (rule.Descriptor.EnglishOnly && !article.Language.IsEnglish) continue;
            try
            {
                var context = articleContext.For(rule.Descriptor, settings);
                rule.Analyze(context);
                translation ??= context.TranslationEstimate;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                article.LetGoOfRuleProducts();
                return new CheckedArticle(null, null, new InputError(article.Origin.Path, article.Origin.RecordLine,
                    $"rule {rule.Descriptor.Id} failed on article {article.Id} ({e.GetType().Name}: {e.Message}); the article was not checked, please report this"));
            }
        }
        article.LetGoOfRuleProducts();
        return new CheckedArticle(findings, translation, null);
    }

    /// <summary>The article's report: its rules' findings and then its corpus findings, in report order, scored.</summary>
    private RunItem Finish(Article article, CheckedArticle checkedArticle, List<PendingFinding>? corpusFindings)
    {
        var findings = checkedArticle.Findings!;
        if (corpusFindings is not null)
            foreach (var p in corpusFindings)
                findings.Add(FindingFactory.Create(article, p.Descriptor, p.Settings, p.Span, p.Score, p.Message, p.Suggestion, p.Related));
        findings.Sort(FindingOrder);
        var (score, verdict) = _options.Scoring.Evaluate(findings);
        return new RunItem(new ArticleReport(article, findings, score, verdict, _options.Scoring.Families(findings)) { Translation = checkedArticle.Translation }, null);
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
