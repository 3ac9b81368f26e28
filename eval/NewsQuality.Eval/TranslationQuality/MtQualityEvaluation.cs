using MathNet.Numerics.Statistics;
using NewsQuality.Analysis;
using NewsQuality.Model;
using NewsQuality.Rules;
using NewsQuality.Rules.Translation;
using NewsQuality.TranslationQuality;

namespace NewsQuality.Eval.TranslationQuality;

/// <summary>
/// How well the shipped translation-quality estimate agrees with human judges, on data it was not trained on:
/// MLQE-PE test (DA z-scores, per language pair), the held-out TED talks (MQM per segment, per document, within each
/// talk across systems, and per system, a document scored as the article estimate NQ2014 reports), beside two baselines: length-normalised language-model surprise alone, and
/// the count of today's NQ2xxx findings. Then the article score on human news against machine translations, and how
/// often NQ2014 fires on professional news.
/// </summary>
public sealed class MtQualityEvaluation : IEvaluation
{
    public string Name => "mtquality";
    public string Description => "translation-quality estimate vs human judges (MLQE-PE test, held-out TED talks), NQ2014 false alarms";

    private static readonly int LmMean = SentenceFeatures.Index("lm_mean");

    /// <summary>
    /// One way to score text: higher means better. A document's score is <paramref name="Article"/>'s when given (the
    /// text read as an article), else the word-weighted mean of its segments' scores.
    /// </summary>
    private sealed record Scorer(string Name, Func<IReadOnlyList<string>, double[]> Score, Func<Article, double>? Article = null);

    public int Run(string[] args)
    {
        var estimator = TranslationQualityEstimator.Default;
        var findingsEngine = new AnalysisEngine(new RuleCatalog(RuleCatalog.Default.Rules
            .Where(rule => rule.Descriptor.Id.StartsWith("NQ20", StringComparison.Ordinal) && rule.Descriptor.Id != "NQ2014").ToList()), new AnalysisOptions());
        Scorer[] scorers =
        [
            new("learned estimate (a document: its article estimate)", texts => texts.Select(t => estimator.EstimateSentence(t)).ToArray(),
                article => TranslationQualityEstimator.DocumentQuality(NQ2014DisfluentSentence.JudgedSentences(article).ToList())),
            new("LM surprise only", texts => texts.Select(t => (double)SentenceFeatures.Analyze(t, new TextSpan(0, t.Length), estimator.LanguageModel).Features[LmMean]).ToArray()),
            new("NQ2xxx finding count", texts => findingsEngine.Analyze(texts.Select((t, i) => new Article($"s{i}", new ArticleOrigin("sentence"), t, new TextSpan(0, 0))).ToList())
                .Select(report => -(double)report.Findings.Count).ToArray()),
        ];

        var tedHeldOut = QualityData.Ted().Where(s => QualityData.HeldOutTalks.Contains(s.Doc)).ToList();
        // --pooling-only: just the system-level diagnostic, seconds instead of minutes.
        if (args.Contains("--pooling-only")) return PoolingTable(tedHeldOut.Where(s => !s.Human).ToList(), estimator);
        MlqeTable(QualityData.Mlqe().Where(r => r.Split == "test").ToList(), scorers);
        TedTable(tedHeldOut, scorers);
        PoolingTable(tedHeldOut.Where(s => !s.Human).ToList(), estimator);
        BlameTable(QualityData.Mlqe().Where(r => r.Split == "test").ToList(), estimator);
        NewsTable(estimator);
        CalibrationTable();
        return 0;
    }

    private static void MlqeTable(IReadOnlyList<MlqeSentence> test, Scorer[] scorers)
    {
        var pairs = test.GroupBy(r => r.Pair).OrderBy(g => g.Key).ToList();
        Console.WriteLine($"MLQE-PE test split ({test.Count:N0} sentences, never trained on): correlation with the DA z-score, Pearson / Spearman");
        Console.WriteLine();
        Console.WriteLine($"| scorer | {string.Join(" | ", pairs.Select(p => p.Key))} |");
        Console.WriteLine($"|---|{string.Concat(pairs.Select(_ => "---:|"))}");
        foreach (var scorer in scorers)
        {
            var cells = pairs.Select(pair =>
            {
                var predicted = scorer.Score(pair.Select(r => r.Text).ToList());
                var human = pair.Select(r => r.DaZ).ToArray();
                return $"{Format(Correlation.Pearson(predicted, human))} / {Format(Correlation.Spearman(predicted, human))}";
            });
            Console.WriteLine($"| {scorer.Name} | {string.Join(" | ", cells)} |");
        }
        Console.WriteLine();
    }

    private static void TedTable(IReadOnlyList<MqmSegment> heldOut, Scorer[] scorers)
    {
        var talks = heldOut.Select(s => s.Doc).Distinct().Order().ToList();
        var systems = heldOut.Select(s => s.System).Distinct().ToList();
        var machine = heldOut.Where(s => !s.Human).Select(s => s.System).Distinct().ToHashSet();
        Console.WriteLine($"TED held-out talks ({string.Join(", ", talks)}: {heldOut.Count / systems.Count} segments × {systems.Count} translations, " +
                          $"{machine.Count} machine systems and {systems.Count - machine.Count} human): Spearman with −MQM");
        Console.WriteLine();
        Console.WriteLine("| scorer | segment | document (system × talk) | within talk, across systems (mean) | system (all 15) | system (13 MT) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var scorer in scorers)
        {
            var predicted = scorer.Score(heldOut.Select(s => s.Text).ToList());
            var segments = heldOut.Select((s, i) => (Segment: s, Predicted: predicted[i], Words: Math.Max(1, s.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length))).ToList();
            var segment = Correlation.Spearman(segments.Select(s => s.Predicted), segments.Select(s => -s.Segment.Mqm));
            // A document is one system's translation of one talk; its MQM the mean per segment.
            var documents = segments.GroupBy(s => (s.Segment.System, s.Segment.Doc))
                .Select(g => (g.Key.System, g.Key.Doc, Predicted: DocumentScore(scorer, g.ToList()), Mqm: g.Average(s => s.Segment.Mqm))).ToList();
            var document = Correlation.Spearman(documents.Select(d => d.Predicted), documents.Select(d => -d.Mqm));
            var withinTalk = documents.GroupBy(d => d.Doc).Average(g => Correlation.Spearman(g.Select(d => d.Predicted), g.Select(d => -d.Mqm)));
            // A system's score is the mean over its documents (articles), its MQM the mean per segment.
            var bySystem = documents.GroupBy(d => d.System)
                .Select(g => (System: g.Key, Predicted: g.Average(d => d.Predicted), Mqm: segments.Where(s => s.Segment.System == g.Key).Average(s => s.Segment.Mqm))).ToList();
            var system = Correlation.Spearman(bySystem.Select(s => s.Predicted), bySystem.Select(s => -s.Mqm));
            var machineOnly = bySystem.Where(s => machine.Contains(s.System)).ToList();
            var systemMt = Correlation.Spearman(machineOnly.Select(s => s.Predicted), machineOnly.Select(s => -s.Mqm));
            Console.WriteLine($"| {scorer.Name} | {Format(segment)} | {Format(document)} | {Format(withinTalk)} | {Format(system)} | {Format(systemMt)} |");
        }
        Console.WriteLine();
    }

    /// <summary>One system's translation of one talk as an article without a title line: one segment per line, in order.</summary>
    public static Article TedArticle(IEnumerable<MqmSegment> translation) =>
        new("ted", new ArticleOrigin("ted"), string.Join("\n", translation.OrderBy(s => s.Seg).Select(s => s.Text)), new TextSpan(0, 0));

    private static double DocumentScore(Scorer scorer, IReadOnlyList<(MqmSegment Segment, double Predicted, int Words)> segments) =>
        scorer.Article is { } article ? article(TedArticle(segments.Select(s => s.Segment)))
        : segments.Sum(s => s.Predicted * s.Words) / segments.Sum(s => s.Words);

    /// <summary>
    /// Where system-level agreement could come from (issue 14: +0.05 across the 13 MT systems, target 0.7): the same
    /// sentence estimates pooled per system in other ways, and single adequacy-side features averaged per system.
    /// Diagnostic only: with 13 systems a Spearman of 0.4 is under one and a half standard errors (about 0.29) from 0.
    /// </summary>
    private static int PoolingTable(IReadOnlyList<MqmSegment> machine, TranslationQualityEstimator estimator)
    {
        var rows = machine.Select(s => (Segment: s, Estimate: estimator.Estimate(s.Text, new TextSpan(0, s.Text.Length)))).ToList();
        var quality = rows.Select(r => r.Estimate.Quality).ToArray();
        var logWords = rows.Select(r => Math.Log(Math.Max(1, r.Estimate.Analysis.Words.Count))).ToArray();
        var (intercept, slope) = MathNet.Numerics.Fit.Line(logWords, quality);
        var residual = rows.Select((r, i) => (r.Segment, Value: quality[i] - (intercept + slope * logWords[i]))).ToList();
        (string Name, Func<IEnumerable<int>, double> Pool)[] ways =
        [
            ("estimate, word-weighted mean over every segment", ids => ids.Sum(i => quality[i] * rows[i].Estimate.Analysis.Words.Count) / Math.Max(1, ids.Sum(i => rows[i].Estimate.Analysis.Words.Count))),
            ("estimate, plain mean", ids => ids.Average(i => quality[i])),
            ("estimate beyond what sentence length predicts, mean", ids => ids.Average(i => residual[i].Value)),
            ("estimate, 10th percentile (the weak sentences)", ids => Statistics.Quantile(ids.Select(i => quality[i]), 0.1)),
            .. new[] { "rare_content_share", "capitalised_mid_share", "number_share", "type_token_ratio", "lm_mean" }
                .Select(name => ($"feature {name}, mean", (Func<IEnumerable<int>, double>)(ids => ids.Average(i => (double)rows[i].Estimate.Analysis.Features[SentenceFeatures.Index(name)])))),
        ];
        Console.WriteLine($"Pooling per system (TED held-out, {machine.Select(s => s.System).Distinct().Count()} machine systems): Spearman with −MQM");
        Console.WriteLine();
        Console.WriteLine("| pooled | system | within talk, across systems (mean) |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (name, pool) in ways)
        {
            double Agreement(IEnumerable<IGrouping<string, int>> groups)
            {
                var pooled = groups.Select(g => (Predicted: pool(g), Human: -g.Average(i => rows[i].Segment.Mqm))).ToList();
                return Correlation.Spearman(pooled.Select(p => p.Predicted), pooled.Select(p => p.Human));
            }
            var indexes = Enumerable.Range(0, rows.Count).ToList();
            var system = Agreement(indexes.GroupBy(i => rows[i].Segment.System));
            var withinTalk = indexes.GroupBy(i => rows[i].Segment.Doc).Average(talk => Agreement(talk.GroupBy(i => rows[i].Segment.System)));
            Console.WriteLine($"| {name} | {Format(system)} | {Format(withinTalk)} |");
        }
        Console.WriteLine();
        return 0;
    }

    /// <summary>Word level: how many of the words NQ2014 would blame the post-editors changed (tagged BAD), against the base rate.</summary>
    private static void BlameTable(IReadOnlyList<MlqeSentence> test, TranslationQualityEstimator estimator)
    {
        int blamed = 0, blamedBad = 0, words = 0, wordsBad = 0;
        foreach (var row in test)
        {
            var analysis = estimator.Estimate(row.Text, new TextSpan(0, row.Text.Length)).Analysis;
            var tags = AlignTags(analysis.Words, row.MtTokens, row.Tags);
            var blamedWords = TranslationQualityEstimator.BlamedWords(analysis).Select(w => w.Span.Start).ToHashSet();
            for (var i = 0; i < analysis.Words.Count; i++)
            {
                if (tags[i] is not { } bad) continue;
                words++;
                if (bad) wordsBad++;
                if (!blamedWords.Contains(analysis.Words[i].Span.Start)) continue;
                blamed++;
                if (bad) blamedBad++;
            }
        }
        Console.WriteLine($"Word level (MLQE-PE test): {blamed:N0} words blamed, {Percent(blamedBad, blamed)} of them tagged BAD by the post-editors, against {Percent(wordsBad, words)} of all {words:N0} aligned words.");
        Console.WriteLine();
    }

    /// <summary>Each word's OK/BAD tag, found by walking the Moses tokens in step (null when a word has no token of the same text).</summary>
    private static bool?[] AlignTags(IReadOnlyList<Text.Token> words, string[] mtTokens, string[] tags)
    {
        var result = new bool?[words.Count];
        var j = 0;
        for (var i = 0; i < words.Count; i++)
        {
            for (var look = j; look < Math.Min(mtTokens.Length, j + 4); look++)
            {
                if (!mtTokens[look].Equals(words[i].Value, StringComparison.Ordinal)) continue;
                result[i] = tags[look] == "BAD";
                j = look + 1;
                break;
            }
        }
        return result;
    }

    /// <summary>The article translation score of human news against machine translations, and NQ2014's false-alarm rate.</summary>
    private static void NewsTable(TranslationQualityEstimator estimator)
    {
        var bbcHeldOut = BbcCorpus.Load().Where(BbcCorpus.IsHeldOut).ToList();
        var mainstream = QualityData.MainstreamNews();
        var ted = QualityData.Ted().Where(s => QualityData.HeldOutTalks.Contains(s.Doc)).ToList();
        var tedDocuments = ted.GroupBy(s => (s.System, s.Doc, s.Human))
            .Select(g => (g.Key.Human, Text: string.Join("\n", g.OrderBy(s => s.Seg).Select(s => s.Text)))).ToList();
        var mlqeDocuments = QualityData.Mlqe().Where(r => r.Split == "test").GroupBy(r => (r.Pair, r.Doc)).Where(g => g.Count() >= 3)
            .Select(g => string.Join("\n", g.Select(r => r.Text))).ToList();

        (string Name, IReadOnlyList<Article> Articles)[] groups =
        [
            ("BBC held-out half (human news)", bbcHeldOut),
            ("mainstream news, SemEval 2019 (human)", mainstream),
            ("TED held-out, human translations", AsArticles(tedDocuments.Where(d => d.Human).Select(d => d.Text))),
            ("TED held-out, machine translations", AsArticles(tedDocuments.Where(d => !d.Human).Select(d => d.Text))),
            ("MLQE-PE test, machine translations (≥3 sentences of one source document)", AsArticles(mlqeDocuments)),
        ];
        var rule = new AnalysisEngine(new RuleCatalog([new NQ2014DisfluentSentence()]), new AnalysisOptions());
        Console.WriteLine("Article translation estimate (word-weighted mean over the sentences NQ2014 judges, DA z scale) and NQ2014 at its default threshold");
        Console.WriteLine();
        Console.WriteLine("| texts | articles | P10 | median | P90 | articles with NQ2014 per 1,000 | of which a warning |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, articles) in groups)
        {
            var scores = articles.Select(a => TranslationQualityEstimator.DocumentQuality(NQ2014DisfluentSentence.JudgedSentences(a).ToList())).Where(s => !double.IsNaN(s)).ToArray();
            var reports = rule.Analyze(articles);
            var flagged = reports.Count(r => r.Findings.Count > 0);
            var warned = reports.Count(r => r.Findings.Any(f => f.Severity >= Severity.Warning));
            Console.WriteLine($"| {name} | {articles.Count:N0} | {Statistics.Quantile(scores, 0.1):F2} | {Statistics.Median(scores):F2} | {Statistics.Quantile(scores, 0.9):F2} | " +
                              $"{1000.0 * flagged / articles.Count:F1} | {1000.0 * warned / articles.Count:F1} |");
        }
        Console.WriteLine();
    }

    /// <summary>
    /// Where NQ2014's default threshold comes from: on the tune parts of the two human-news corpora (BBC held-out articles
    /// numbered 0 mod 4, mainstream SemEval articles with an even id), the worst judged sentence's estimate below which
    /// k articles per 1,000 would be flagged. The other halves (BBC 2 mod 4, odd SemEval ids) are the held-out check.
    /// </summary>
    private static void CalibrationTable()
    {
        var bbc = BbcCorpus.Load().Where(BbcCorpus.IsHeldOut).ToList();
        var mainstream = QualityData.MainstreamNews();
        static int Number(Article a) => int.Parse(a.Id[(a.Id.LastIndexOfAny(['-', '_']) + 1)..]);
        (string Name, IReadOnlyList<Article> Articles)[] parts =
        [
            ("BBC tune (0 mod 4)", bbc.Where(a => Number(a) % 4 == 0).ToList()),
            ("mainstream tune (even id)", mainstream.Where(a => Number(a) % 2 == 0).ToList()),
            ("BBC held-out (2 mod 4)", bbc.Where(a => Number(a) % 4 == 2).ToList()),
            ("mainstream held-out (odd id)", mainstream.Where(a => Number(a) % 2 == 1).ToList()),
        ];
        Console.WriteLine("NQ2014 calibration: estimate of each article's worst judged sentence; cut-offs flagging k articles per 1,000");
        Console.WriteLine();
        Console.WriteLine("| part | articles | k = 2 | k = 3 | k = 5 | k = 10 |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (name, articles) in parts)
        {
            var worst = articles.Select(a => NQ2014DisfluentSentence.JudgedSentences(a).Select(s => s.Quality).DefaultIfEmpty(double.PositiveInfinity).Min()).ToArray();
            Console.WriteLine($"| {name} | {articles.Count:N0} | {string.Join(" | ", new[] { 2, 3, 5, 10 }.Select(k => Statistics.Quantile(worst, k / 1000.0).ToString("F2")))} |");
        }
        Console.WriteLine();
    }

    /// <summary>Documents without a title line, so every line is body text.</summary>
    private static IReadOnlyList<Article> AsArticles(IEnumerable<string> texts) =>
        texts.Select((text, i) => new Article($"doc{i}", new ArticleOrigin("doc"), text, new TextSpan(0, 0))).ToList();

    private static string Format(double value) => double.IsNaN(value) ? "n/a" : value.ToString("+0.00;−0.00");

    private static string Percent(int part, int whole) => whole == 0 ? "n/a" : $"{100.0 * part / whole:F1}%";
}
