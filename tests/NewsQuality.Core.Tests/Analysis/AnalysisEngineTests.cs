using NewsQuality.Analysis;
using NewsQuality.Input;
using NewsQuality.Model;
using NewsQuality.Rules;
using NewsQuality.Rules.Translation;
using NewsQuality.Scoring;

namespace NewsQuality.Core.Tests.Analysis;

public class AnalysisEngineTests
{
    private static IEnumerable<ReadResult> Inputs(int count) =>
        Enumerable.Range(0, count).Select(i => i % 7 == 3
            ? ReadResult.Fail($"bad{i}.txt", "broken")
            : ReadResult.Ok(RuleAssert.ArticleOf($"Story {i}\n\n" + string.Join(' ', Enumerable.Repeat("word", i % 5)) + (i % 3 == 0 ? " the the end" : " end"), $"a{i}")));

    [Fact]
    public void Output_order_is_input_order_whatever_the_parallelism()
    {
        string Run(int jobs) => string.Join("|", new AnalysisEngine(RuleCatalog.Default, new AnalysisOptions { Parallelism = jobs })
            .Run(() => Inputs(300))
            .Select(item => item.Report is { } r ? $"{r.Article.Id}:{r.Findings.Count}:{r.Score}" : item.Error!.Path));
        var sequential = Run(1);
        Assert.Equal(sequential, Run(2));
        Assert.Equal(sequential, Run(8));
        Assert.Contains("bad3.txt", sequential);
    }

    [Fact]
    public void Corpus_findings_land_on_the_right_article_when_errors_are_interleaved()
    {
        var rule = new ReportsOnSecondArticle();
        var reports = new AnalysisEngine(new RuleCatalog([rule]), new AnalysisOptions()).Run(() => Inputs(10)).Where(i => i.Report is not null).Select(i => i.Report!).ToList();
        Assert.Equal(["a1"], reports.Where(r => r.Findings.Count > 0).Select(r => r.Article.Id));
    }

    [Fact]
    public void Disabled_rules_do_not_run_and_threshold_filters_findings()
    {
        var article = RuleAssert.ArticleOf("Title\n\nthe the end");
        var catalog = new RuleCatalog([new NewsQuality.Rules.Translation.NQ2001DoubledWord()]);
        var disabled = new AnalysisOptions { RuleOverrides = new Dictionary<string, RuleSettings> { ["NQ2001"] = new(false, Severity.Warning, 0.5) } };
        Assert.Empty(new AnalysisEngine(catalog, disabled).Analyze([article])[0].Findings);
        var strict = new AnalysisOptions { RuleOverrides = new Dictionary<string, RuleSettings> { ["NQ2001"] = new(true, Severity.Error, 1.01) } };
        Assert.Empty(new AnalysisEngine(catalog, strict).Analyze([article])[0].Findings);
        var asError = new AnalysisOptions { RuleOverrides = new Dictionary<string, RuleSettings> { ["NQ2001"] = new(true, Severity.Error, 0.5) } };
        var report = new AnalysisEngine(catalog, asError).Analyze([article])[0];
        Assert.Equal(Severity.Error, report.Findings.Single().Severity);
        Assert.Equal((55, Verdict.Fail), (report.Score, report.Verdict));
    }

    [Theory]
    [InlineData(0, 0, 0, 100, Verdict.Pass)]
    [InlineData(0, 0, 2, 92, Verdict.Pass)]
    [InlineData(0, 1, 0, 85, Verdict.Review)]
    [InlineData(1, 0, 0, 55, Verdict.Fail)]
    [InlineData(0, 3, 0, 55, Verdict.Fail)]
    [InlineData(3, 0, 0, 0, Verdict.Fail)]
    public void Default_scoring_follows_the_documented_penalties(int errors, int warnings, int infos, int score, Verdict verdict)
    {
        // Each finding on its own stretch of text: findings on the same span would be one problem.
        Finding Make(Severity s, int i) => new() { RuleId = "NQ2001", Severity = s, Score = 1, Span = new(i * 10, 5), Line = 1, Column = 1, Evidence = "", Message = "" };
        var findings = Enumerable.Repeat(Severity.Error, errors).Concat(Enumerable.Repeat(Severity.Warning, warnings)).Concat(Enumerable.Repeat(Severity.Info, infos)).Select(Make).ToList();
        Assert.Equal((score, verdict), ScoringPolicy.Default.Evaluate(findings));
    }

    [Fact]
    public void A_rule_failing_on_one_article_is_an_error_for_that_article_and_the_run_goes_on()
    {
        var items = new AnalysisEngine(new RuleCatalog([new FailsOnThirdArticle()]), new AnalysisOptions()).Run(() => Inputs(6)).ToList();
        var error = Assert.Single(items, i => i.Error is { Path: "a2" })!.Error!;
        Assert.Contains("rule NQ2999 failed on article a2 (InvalidOperationException: boom)", error.Message);
        Assert.Equal(["a0", "a1", "a4", "a5"], items.Where(i => i.Report is not null).Select(i => i.Report!.Article.Id));
    }

    private sealed class FailsOnThirdArticle : IArticleRule
    {
        public RuleDescriptor Descriptor { get; } = new("NQ2999", "test-rule", RuleCategory.Translation, Severity.Warning, 0, "", "", "", "");

        public void Analyze(ArticleContext context)
        {
            if (context.Article.Id == "a2") throw new InvalidOperationException("boom");
        }
    }

    /// <summary>A corpus rule that reports on the article with index 1, to check index bookkeeping across passes.</summary>
    /// <summary>
    /// A slow comparison (it sleeps before reporting) that reports on chosen articles: the second pass checks articles
    /// beside it, beyond the ones it may check ahead, and each report must still get its own corpus findings.
    /// </summary>
    private sealed class SlowComparison(int[] reportOn, int sleepMilliseconds) : CorpusRule<int>
    {
        public override RuleDescriptor Descriptor { get; } = new("NQ1998", "slow-comparison", RuleCategory.Duplicate, Severity.Warning, 0, "", "", "", "");

        public override int? Digest(Article article, DigestContext context) => article.Text.Length;

        public override void Analyze(CorpusContext<int> context)
        {
            Thread.Sleep(sleepMilliseconds);
            foreach (var digest in context.Digests)
                if (reportOn.Contains(digest.Index)) context.Report(digest.Index, new TextSpan(0, 5), 1, $"article {digest.Index}");
        }
    }

    [Fact]
    public void Corpus_findings_of_a_slow_comparison_land_on_their_articles_before_and_beyond_the_articles_checked_ahead()
    {
        // Article indexes count articles only: with every seventh input an error, 1,200 inputs hold 1,029 articles.
        int[] reportOn = [0, 5, 511, 512, 513, 700, 1028];
        var ids = new List<string>();
        foreach (var jobs in new[] { 1, 2, 4 })
        {
            var engine = new AnalysisEngine(new RuleCatalog([new SlowComparison(reportOn, 300), new NQ2001DoubledWord()]), new AnalysisOptions { Parallelism = jobs });
            var items = engine.Run(() => Inputs(1200)).ToList();
            Assert.Equal(1200, items.Count);
            Assert.Equal(171, items.Count(i => i.Error is not null));
            var reports = items.Where(i => i.Report is not null).Select(i => i.Report!).ToList();
            var flagged = reports.Select((r, index) => (r, index)).Where(x => x.r.Findings.Any(f => f.RuleId == "NQ1998")).ToList();
            Assert.Equal(reportOn, flagged.Select(x => x.index));
            Assert.All(flagged, x => Assert.Equal($"article {x.index}", x.r.Findings.Single(f => f.RuleId == "NQ1998").Message));
            // The per-article rule's findings are still there and the findings are in report order.
            Assert.Contains(reports, r => r.Findings.Any(f => f.RuleId == "NQ2001"));
            Assert.All(reports, r => Assert.Equal(r.Findings.Order(Comparer<Finding>.Create(AnalysisEngine.FindingOrder)), r.Findings));
            ids.Add(string.Join("|", reports.Select(r => $"{r.Article.Id}:{string.Join(",", r.Findings.Select(f => f.RuleId))}:{r.Score}")));
            Assert.False(engine.Comparing);
        }
        Assert.Single(ids.Distinct());
    }

    private sealed class FailingComparison : CorpusRule<int>
    {
        public override RuleDescriptor Descriptor { get; } = new("NQ1997", "failing-comparison", RuleCategory.Duplicate, Severity.Warning, 0, "", "", "", "");

        public override int? Digest(Article article, DigestContext context) => 1;

        public override void Analyze(CorpusContext<int> context)
        {
            Thread.Sleep(100);
            throw new InvalidOperationException("the comparison failed");
        }
    }

    [Theory]
    [InlineData(5)]
    [InlineData(2000)]
    public void A_failing_comparison_ends_the_run_with_its_own_exception(int articles)
    {
        var engine = new AnalysisEngine(new RuleCatalog([new FailingComparison(), new NQ2001DoubledWord()]), new AnalysisOptions { Parallelism = 2 });
        var failure = Assert.Throws<InvalidOperationException>(() => engine.Run(() => Inputs(articles)).ToList());
        Assert.Equal("the comparison failed", failure.Message);
        Assert.False(engine.Comparing);
    }

    /// <summary>Real texts (the seeds and clean fixtures, each four times, so the duplicate rules find copies), with an error every ninth input; new objects at every reading.</summary>
    private static Func<IEnumerable<ReadResult>> CountedReading(Action read)
    {
        var texts = Fixtures.Files("seeds", "*.txt").Concat(Fixtures.Files("clean", "*.txt")).Select(File.ReadAllText).ToList();
        return () =>
        {
            read();
            return Enumerable.Range(0, texts.Count * 4).Select(i => i % 9 == 4
                ? ReadResult.Fail($"bad{i}.txt", "broken")
                : ReadResult.Ok(RuleAssert.ArticleOf(texts[i % texts.Count] + (i < texts.Count ? "" : $"\n\nCopy {i / texts.Count}."), $"a{i}")));
        };
    }

    private static string Described(IEnumerable<RunItem> items) => string.Join("\n", items.Select(item => item.Report is { } r
        ? $"{r.Article.Id} {r.Score} {r.Verdict}: " + string.Join("; ", r.Findings.Select(f => $"{f.RuleId} {f.Span.Start}+{f.Span.Length} {f.Score:R} {f.Severity} {f.Message}"))
        : $"error {item.Error!.Path}"));

    [Fact]
    public void The_second_pass_takes_what_the_first_read_when_it_is_small_and_reads_the_input_again_otherwise()
    {
        string Run(long keepUpTo, int jobs, out int readings)
        {
            var count = 0;
            var reading = CountedReading(() => count++);
            var engine = new AnalysisEngine(RuleCatalog.Default, new AnalysisOptions { KeepFirstReadingUpTo = keepUpTo, Parallelism = jobs });
            Assert.Equal(2, engine.Passes);
            var described = Described(engine.Run(reading));
            readings = count;
            return described;
        }
        var readTwice = Run(0, 2, out var twice);
        Assert.Equal(2, twice);
        Assert.Contains("NQ1001", readTwice);
        Assert.Contains("error bad4.txt", readTwice);
        // Kept: one reading, the same reports (the articles come with what the first pass found of them).
        Assert.Equal(readTwice, Run(new AnalysisOptions().KeepFirstReadingUpTo, 2, out var once));
        Assert.Equal(1, once);
        Assert.Equal(readTwice, Run(new AnalysisOptions().KeepFirstReadingUpTo, 1, out once));
        Assert.Equal(1, once);
        // Over the bound part way through: dropped, read again.
        var texts = CountedReading(() => { })().Sum(r => r.Article?.Text.Length ?? 0);
        Assert.Equal(readTwice, Run(texts / 2, 2, out var overBound));
        Assert.Equal(2, overBound);
    }

    private sealed class WarmsUp(bool fails) : IArticleRule
    {
        public RuleDescriptor Descriptor { get; } = new("NQ2998", "warms-up", RuleCategory.Translation, Severity.Warning, 0, "", "", "", "");

        public int Calls;
        public int Thread = -1;
        public readonly ManualResetEventSlim Called = new();

        public void WarmUp(AnalysisOptions options)
        {
            Interlocked.Increment(ref Calls);
            Thread = Environment.CurrentManagedThreadId;
            Called.Set();
            if (fails) throw new InvalidOperationException("no data");
        }

        public void Analyze(ArticleContext context) { }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_run_of_many_articles_has_the_rules_load_their_data_once_on_a_thread_of_its_own_and_a_few_articles_do_not(bool fails)
    {
        var rule = new WarmsUp(fails);
        var engine = new AnalysisEngine(new RuleCatalog([rule, new ReportsOnSecondArticle(), new NQ2001DoubledWord()]), new AnalysisOptions());
        var few = engine.Run(() => Inputs(8)).ToList();
        Assert.Equal(0, rule.Calls);
        var many = engine.Run(() => Inputs(200)).ToList();
        Assert.True(rule.Called.Wait(TimeSpan.FromSeconds(30)));
        Assert.NotEqual(Environment.CurrentManagedThreadId, rule.Thread);
        Assert.Equal(200, many.Count);
        // A failing warm-up changes nothing: the rule meets its data's failure, if any, when it checks an article.
        Assert.Equal(171, many.Count(i => i.Report is not null));
        Assert.Contains(many, i => i.Report?.Findings.Any(f => f.RuleId == "NQ2001") == true);
        engine.Run(() => Inputs(200)).ToList();
        Assert.Equal(1, rule.Calls);
    }

    private sealed class CountsChecks : IArticleRule
    {
        public RuleDescriptor Descriptor { get; } = new("NQ2997", "counts-checks", RuleCategory.Translation, Severity.Warning, 0, "", "", "", "");

        public int Checked;

        public void Analyze(ArticleContext context) => Interlocked.Increment(ref Checked);
    }

    [Fact]
    public void The_workers_check_a_bounded_number_of_articles_ahead_of_a_slow_reader_of_the_reports_and_keep_input_order()
    {
        var rule = new CountsChecks();
        var engine = new AnalysisEngine(new RuleCatalog([rule, new ReportsOnSecondArticle()]), new AnalysisOptions { Parallelism = 2 });
        var taken = 0;
        var mostAhead = 0;
        var ids = new List<string>();
        foreach (var item in engine.Run(() => Inputs(3000)))
        {
            if (item.Report is { } report) ids.Add(report.Article.Id);
            else continue;
            taken++;
            // A reader slower than the checks (a report written to a slow disk): the workers must not run thousands ahead.
            if (taken % 100 == 0) Thread.Sleep(20);
            mostAhead = Math.Max(mostAhead, Volatile.Read(ref rule.Checked) - taken);
        }
        Assert.Equal(Inputs(3000).Where(i => i.Article is not null).Select(i => i.Article!.Id), ids);
        // Up to a block of 256 inputs (errors included) beyond the one being reported, whatever the workers' lead in PLINQ.
        Assert.InRange(mostAhead, 0, 256);
    }

    private sealed class ReportsOnSecondArticle : CorpusRule<int>
    {
        public override RuleDescriptor Descriptor { get; } = new("NQ1999", "test-rule", RuleCategory.Duplicate, Severity.Warning, 0, "", "", "", "");

        public override int? Digest(Article article, DigestContext context) => article.Text.Length;

        public override void Analyze(CorpusContext<int> context)
        {
            var second = context.Digests[1];
            Assert.Equal("a1", context.Article(second.Index).Id);
            Assert.Equal(second.Digest, context.Digests.Select(d => d.Digest).ElementAt(1));
            context.Report(second.Index, new TextSpan(0, 5), 1, "second article");
        }
    }
}

public class AnalysisEngineCancellationTests
{
    [Fact]
    public void A_cancelled_run_stops_with_operation_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        var articles = Enumerable.Range(0, 1000).Select(i => ReadResult.Ok(RuleAssert.ArticleOf($"Story {i}\n\nText {i}.", $"a{i}")));
        var run = new AnalysisEngine(RuleCatalog.Default, new AnalysisOptions()).Run(() => articles, cancellation.Token);
        var seen = 0;
        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var _ in run)
                if (++seen == 10) cancellation.Cancel();
        });
        Assert.InRange(seen, 10, 999);
    }

    /// <summary>A corpus rule that stands for a long comparison: Ctrl-C arrives while it walks the digests.</summary>
    private sealed class InterruptedComparison(CancellationTokenSource interrupt) : CorpusRule<int>
    {
        public int DigestsRead;

        public override RuleDescriptor Descriptor { get; } = new("NQ9998", "interrupted-comparison", RuleCategory.Duplicate, Severity.Info, 0.5, "s", "r", "f", "c");

        public override int? Digest(Article article, DigestContext context) => 1;

        public override void Analyze(CorpusContext<int> context)
        {
            foreach (var _ in context.Digests)
            {
                if (++DigestsRead == 10) interrupt.Cancel();
            }
        }
    }

    [Fact]
    public void Cancellation_reaches_the_corpus_comparison_loop()
    {
        using var interrupt = new CancellationTokenSource();
        var rule = new InterruptedComparison(interrupt);
        var engine = new AnalysisEngine(new RuleCatalog([rule]), new AnalysisOptions());
        var articles = Enumerable.Range(0, 1000).Select(i => ReadResult.Ok(RuleAssert.ArticleOf($"Story {i}\n\nText {i}.", $"a{i}")));
        Assert.ThrowsAny<OperationCanceledException>(() => engine.Run(() => articles, interrupt.Token).ToList());
        Assert.Equal(10, rule.DigestsRead); // stopped at the next digest, not after all 1000
    }
}
