using MathNet.Numerics.LinearRegression;
using MathNet.Numerics.Statistics;
using NewsQuality.Analysis;
using NewsQuality.Input;
using NewsQuality.Model;
using NewsQuality.Rules;
using NewsQuality.Rules.Duplicate;
using NewsQuality.Scoring;

namespace NewsQuality.Eval.TranslationQuality;

/// <summary>
/// Issue 14's system-level target measured on the product itself: every TED talk's translations checked together, as a
/// user would check the versions of one story, by the engine with NQ1003 divergent-version at threshold 0 so that every
/// cluster member reports its score (the share of the consensus content it lacks). A system's score is the mean over its
/// talks of 1 − that score. Reported on the training talks and on the held-out talks (talk.6, talk.7) with a bootstrap
/// interval over segments (each resample rebuilds the documents and runs the engine again). Then a scoring is chosen on
/// the training talks alone (the product's share, chrF against the other versions, the two combined) and measured once
/// held out; then NQ1003's infoFrom (its graded info findings below the threshold, charged to the translation sub-score)
/// is chosen on the training talks alone (<c>--training-only</c> prints just that), and what the default scores
/// (overall, per family) say about the held-out translations, and how often NQ1003 fires on clean news.
/// </summary>
public sealed class MtQualityConsensus : IEvaluation
{
    public string Name => "mtquality-consensus";
    public string Description => "NQ1003 (consensus among the versions of one story) as a system-level translation ranking on TED; its false alarms on BBC and the crawl";

    private const int Seed = 20261202;

    private static readonly RuleCatalog Consensus = new([RuleCatalog.Default.Find("NQ1003")!]);

    /// <summary>NQ1003 at threshold 0: every member of a cluster with enough versions gets a finding whose score is its measure.</summary>
    private static readonly AnalysisOptions EveryMember = new()
    {
        RuleOverrides = new Dictionary<string, RuleSettings> { ["NQ1003"] = RuleSettings.Defaults(Consensus.Rules[0].Descriptor) with { Threshold = 0 } },
    };

    /// <summary>One machine translation of one talk: the product's share of consensus kept, its chrF against the talk's other versions, and the judges' MQM.</summary>
    private sealed record Document(string Talk, string System, double Kept, double ChrF, double Mqm);

    /// <summary>A way to score a talk's documents (higher is better): from the document and the scores of its talk's documents.</summary>
    private sealed record Scoring(string Name, Func<Document, IReadOnlyList<Document>, double> Score);

    public int Run(string[] args)
    {
        var resamples = Options.Int(args, "--resamples", 200);
        // --training-only: only what the training talks say (NQ1003's measure with and without the human translations checked
        // with the machine ones, the choice of its infoFrom with its ablations; --machine-only: that choice again on the machine
        // translations alone), the held-out talks not looked at.
        if (args.Contains("--training-only"))
        {
            var tedTraining = QualityData.Ted().Where(s => !QualityData.HeldOutTalks.Contains(s.Doc)).ToList();
            var trainingSystems = tedTraining.Where(s => !s.Human).Select(s => s.System).Distinct().Order().ToList();
            var trainingTalks = tedTraining.GroupBy(s => s.Doc).ToDictionary(g => g.Key, g => g.ToList());
            var machineOnly = tedTraining.Where(s => !s.Human).GroupBy(s => s.Doc).ToDictionary(g => g.Key, g => g.ToList());
            var measure = new Scoring("NQ1003's measure: 1 − its score at threshold 0", (d, _) => d.Kept);
            Console.WriteLine("| talks | documents scored | system | 95% interval | within talk, across systems (mean) | document (system × talk) |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|");
            Console.WriteLine(Row("training, machine translations only", Documents(machineOnly, trainingSystems), measure, trainingSystems, machineOnly.Count * trainingSystems.Count));
            Console.WriteLine(Row("training, the human translations checked with them", Documents(trainingTalks, trainingSystems), measure, trainingSystems, machineOnly.Count * trainingSystems.Count));
            Console.WriteLine();
            ChooseInfoFrom(trainingTalks, trainingSystems);
            if (args.Contains("--machine-only")) ChooseInfoFrom(machineOnly, trainingSystems);
            return 0;
        }
        var ted = QualityData.Ted();
        var machine = ted.Where(s => !s.Human).ToList();
        var systems = machine.Select(s => s.System).Distinct().Order().ToList();
        var talks = machine.GroupBy(s => s.Doc).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.ToList());
        var training = talks.Where(t => !QualityData.HeldOutTalks.Contains(t.Key)).ToDictionary();
        var heldOut = talks.Where(t => QualityData.HeldOutTalks.Contains(t.Key)).ToDictionary();
        string Talks(IReadOnlyDictionary<string, List<MqmSegment>> part) => string.Join(", ", part.Keys);

        var product = new Scoring("NQ1003 as shipped: 1 − its score (share of the consensus content kept)", (d, _) => d.Kept);
        Console.WriteLine($"NQ1003 run through the engine on each TED talk's {systems.Count} machine translations checked together (one article per system, one segment per line; " +
                          "threshold 0, so every clustered version reports its score); a system's score is the mean over its talks. Spearman with −MQM (mean per segment) " +
                          $"over the systems, within each talk (mean over talks) and over documents (system × talk); 95% interval from {resamples} bootstrap resamples " +
                          "of the segments within each talk, each run through the engine again.");
        Console.WriteLine();
        Console.WriteLine("| talks | documents scored | system | 95% interval | within talk, across systems (mean) | document (system × talk) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        var trainingDocuments = Documents(training, systems);
        var heldOutDocuments = Documents(heldOut, systems);
        Console.WriteLine(Row($"training ({Talks(training)})", trainingDocuments, product, systems, training.Count * systems.Count));
        Console.WriteLine(Row($"held-out ({Talks(heldOut)})", heldOutDocuments, product, systems, heldOut.Count * systems.Count, Interval(heldOut, product, systems, resamples)));
        var withHumans = ted.Where(s => QualityData.HeldOutTalks.Contains(s.Doc)).GroupBy(s => s.Doc).ToDictionary(g => g.Key, g => g.ToList());
        Console.WriteLine(Row("held-out, the 2 human translations checked with them (ranked over the 13 systems)", Documents(withHumans, systems), product, systems, heldOut.Count * systems.Count));
        Console.WriteLine();

        var chosen = Selection(trainingDocuments, systems);
        Console.WriteLine($"Chosen on the training talks (best system figure there): {chosen.Name}. Measured once on the held-out talks:");
        Console.WriteLine();
        Console.WriteLine("| scoring | held-out: system | 95% interval | within talk (mean) | document |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        var (system, within, document) = Correlations(heldOutDocuments, chosen, systems);
        Console.WriteLine($"| {chosen.Name} | {Format(system)} | {Interval(heldOut, chosen, systems, resamples)} | {Format(within)} | {Format(document)} |");
        Console.WriteLine();

        var trainingWithHumans = ted.Where(s => !QualityData.HeldOutTalks.Contains(s.Doc)).GroupBy(s => s.Doc).ToDictionary(g => g.Key, g => g.ToList());
        ChooseInfoFrom(trainingWithHumans, systems);
        DefaultScores(withHumans, systems, resamples);
        CleanNews();
        return 0;
    }

    /// <summary>
    /// The candidate scorings compared on the training talks only: the product's content share, chrF against the other
    /// versions, and the two combined (each standardised within its talk) with weights fitted by least squares (MathNet)
    /// to the training documents' −MQM, standardised within the talk too so talks' difficulty does not set them.
    /// </summary>
    private static Scoring Selection(IReadOnlyList<Document> training, IReadOnlyList<string> systems)
    {
        var features = training.Select(d => new[] { Standard(d, training, x => x.Kept), Standard(d, training, x => x.ChrF) }).ToArray();
        var target = training.Select(d => Standard(d, training, x => -x.Mqm)).ToArray();
        var weights = MultipleRegression.NormalEquations(features, target, intercept: false);
        Scoring[] candidates =
        [
            new("NQ1003 as shipped: 1 − its score (share of the consensus content kept)", (d, _) => d.Kept),
            new("chrF of the whole document against each other version (mean)", (d, _) => d.ChrF),
            new($"both, standardised within the talk, weights fitted on the training documents ({weights[0]:F2} share kept, {weights[1]:F2} chrF)",
                (d, talk) => weights[0] * Standard(d, talk, x => x.Kept) + weights[1] * Standard(d, talk, x => x.ChrF)),
            new("both, standardised within the talk, equal weights", (d, talk) => Standard(d, talk, x => x.Kept) + Standard(d, talk, x => x.ChrF)),
        ];
        Console.WriteLine("Choosing the scoring on the training talks only (the held-out talks are not looked at):");
        Console.WriteLine();
        Console.WriteLine("| scoring | training: system | within talk (mean) | document |");
        Console.WriteLine("|---|---:|---:|---:|");
        var figures = candidates.ToDictionary(c => c, c => Correlations(training, c, systems));
        foreach (var (candidate, (system, within, document)) in figures)
            Console.WriteLine($"| {candidate.Name} | {Format(system)} | {Format(within)} | {Format(document)} |");
        Console.WriteLine();
        return figures.MaxBy(f => f.Value.System).Key;
    }

    /// <summary>A document's value standardised over the documents of its talk (z-score).</summary>
    private static double Standard(Document document, IReadOnlyList<Document> documents, Func<Document, double> value)
    {
        var talk = documents.Where(d => d.Talk == document.Talk).Select(value).ToList();
        var deviation = talk.StandardDeviation();
        return deviation == 0 ? 0 : (value(document) - talk.Average()) / deviation;
    }

    private static string Row(string name, IReadOnlyList<Document> documents, Scoring scoring, IReadOnlyList<string> systems, int candidates, string interval = "—")
    {
        var (system, within, document) = Correlations(documents, scoring, systems);
        return $"| {name} | {documents.Count} of {candidates} | {Format(system)} | {interval} | {Format(within)} | {Format(document)} |";
    }

    /// <summary>The held-out system figure over resamples of every talk's segments, each resample's documents built and run through the engine again.</summary>
    private static string Interval(IReadOnlyDictionary<string, List<MqmSegment>> talks, Scoring scoring, IReadOnlyList<string> systems, int resamples)
    {
        if (resamples == 0) return "—";
        var random = new Random(Seed);
        var draws = Enumerable.Range(0, resamples)
            .Select(_ => Correlations(Documents(talks.ToDictionary(t => t.Key, t => Resample(t.Value, random)), systems), scoring, systems).System)
            .Where(d => !double.IsNaN(d)).ToArray();
        return $"{Format(Statistics.Quantile(draws, 0.025))} to {Format(Statistics.Quantile(draws, 0.975))}";
    }

    /// <summary>Every segment of a talk drawn with replacement (the same draw for every system, so the documents stay versions of one text).</summary>
    private static List<MqmSegment> Resample(List<MqmSegment> talk, Random random)
    {
        var segments = talk.Select(s => s.Seg).Distinct().Order().ToList();
        var drawn = Enumerable.Range(0, segments.Count).Select(i => (Position: i, Seg: segments[random.Next(segments.Count)])).ToList();
        var bySystem = talk.ToLookup(s => s.System);
        return bySystem.SelectMany(system =>
        {
            var of = system.ToDictionary(s => s.Seg);
            return drawn.Select(d => of[d.Seg] with { Seg = d.Position });
        }).ToList();
    }

    /// <summary>
    /// Each talk's translations as articles checked together by the engine: for each scored machine system, the share of
    /// the consensus it keeps (1 − NQ1003's score), its chrF against the talk's other machine translations, and its MQM.
    /// </summary>
    private static List<Document> Documents(IReadOnlyDictionary<string, List<MqmSegment>> talks, IReadOnlyList<string> systems)
    {
        var documents = new List<Document>();
        foreach (var (talk, segments) in talks)
        {
            var translations = segments.GroupBy(s => s.System).OrderBy(g => g.Key).ToList();
            var articles = translations.Select(g => Named(MtQualityEvaluation.TedArticle(g), $"{talk}-{g.Key}")).ToList();
            var reports = new AnalysisEngine(Consensus, EveryMember with { Parallelism = 1 }).Analyze(articles);
            var grams = articles.Select((a, i) => systems.Contains(translations[i].Key) ? MtQualityCeiling.TranslationConsensus.CharacterGrams(a.Text) : null).ToList();
            for (var i = 0; i < translations.Count; i++)
            {
                if (grams[i] is not { } own) continue;
                var finding = reports[i].Findings.FirstOrDefault(f => f.RuleId == "NQ1003");
                if (finding is null) continue;
                var chrF = grams.Where((other, j) => j != i && other is not null).Average(other => MtQualityCeiling.TranslationConsensus.ChrF(own, other!));
                documents.Add(new Document(talk, translations[i].Key, 1 - finding.Score, chrF, translations[i].Average(s => s.Mqm)));
            }
        }
        return documents;
    }

    /// <summary>Spearman with −MQM over systems (a system's score: mean over its talks), within each talk (mean over talks) and over documents.</summary>
    private static (double System, double WithinTalk, double Document) Correlations(IReadOnlyList<Document> documents, Scoring scoring, IReadOnlyList<string> systems)
    {
        var scored = documents.Select(d => (d.Talk, d.System, Score: scoring.Score(d, documents), d.Mqm)).ToList();
        var bySystem = scored.GroupBy(d => d.System).Select(g => (Score: g.Average(d => d.Score), Mqm: g.Average(d => d.Mqm))).ToList();
        var system = Correlation.Spearman(bySystem.Select(s => s.Score), bySystem.Select(s => -s.Mqm));
        var within = scored.GroupBy(d => d.Talk).Where(g => g.Count() > 2).Select(g => Correlation.Spearman(g.Select(d => d.Score), g.Select(d => -d.Mqm))).DefaultIfEmpty(double.NaN).Average();
        var document = Correlation.Spearman(scored.Select(d => d.Score), scored.Select(d => -d.Mqm));
        return (system, within, document);
    }

    private static Article Named(Article article, string id) => new(id, new ArticleOrigin(id), article.Text, article.TitleSpan);

    /// <summary>Each talk's translations (machine and human) checked together by the default catalogue, NQ1003 configured by <paramref name="divergent"/>: the machine systems' reports and MQM.</summary>
    private static List<(string System, ArticleReport Report, double Mqm)> DefaultReports(IReadOnlyDictionary<string, List<MqmSegment>> talks, IReadOnlyList<string> systems, RuleSettings? divergent = null)
    {
        var options = divergent is null ? new AnalysisOptions() : new AnalysisOptions { RuleOverrides = new Dictionary<string, RuleSettings> { ["NQ1003"] = divergent } };
        var documents = new List<(string System, ArticleReport Report, double Mqm)>();
        foreach (var (talk, segments) in talks.OrderBy(t => t.Key))
        {
            var translations = segments.GroupBy(s => s.System).OrderBy(g => g.Key).ToList();
            var reports = new AnalysisEngine(RuleCatalog.Default, options).Analyze(translations.Select(g => Named(MtQualityEvaluation.TedArticle(g), $"{talk}-{g.Key}")).ToList());
            documents.AddRange(translations.Select((g, i) => (g.Key, reports[i], g.Average(s => s.Mqm))).Where(d => systems.Contains(d.Key)));
        }
        return documents;
    }

    /// <summary>Spearman with −MQM of a default score over the systems (a system: mean over its documents), within each talk (mean) and over documents.</summary>
    private static (double System, double WithinTalk, double Document) ScoreCorrelations(List<(string System, ArticleReport Report, double Mqm)> documents, Func<ArticleReport, double> score)
    {
        var bySystem = documents.GroupBy(d => d.System).Select(g => (Score: g.Average(d => score(d.Report)), Mqm: g.Average(d => d.Mqm))).ToList();
        var system = Correlation.Spearman(bySystem.Select(s => s.Score), bySystem.Select(s => -s.Mqm));
        var within = documents.GroupBy(d => d.Report.Article.Id.Split('-')[0]).Where(g => g.Count() > 2)
            .Select(g => Correlation.Spearman(g.Select(d => score(d.Report)), g.Select(d => -d.Mqm))).DefaultIfEmpty(double.NaN).Average();
        var document = Correlation.Spearman(documents.Select(d => score(d.Report)), documents.Select(d => -d.Mqm));
        return (system, within, document);
    }

    /// <summary>The translation score (NQ2xxx and NQ1003, as shipped) as reports print it (a whole number), and the one before NQ1003 was charged to it (NQ2xxx alone).</summary>
    private static double Translation(ArticleReport report) => report.Families[RuleCategory.Translation];

    /// <summary>The same translation score before rounding (JSON <c>unroundedScores.translation</c>): what a mean over a system's documents should average.</summary>
    private static double TranslationUnrounded(ArticleReport report) => report.Families.Unrounded(RuleCategory.Translation);

    /// <summary>Ablation: the unrounded translation score without NQ2014's findings (the learned estimate's worst sentences).</summary>
    private static double TranslationUnroundedWithoutEstimate(ArticleReport report) =>
        ScoringPolicy.Default.Families(report.Findings.Where(f => f.RuleId != "NQ2014").ToList()).Unrounded(RuleCategory.Translation);

    /// <summary>Ablation: the unrounded score NQ1003's findings alone leave (no other translation rule).</summary>
    private static double ConsensusAloneUnrounded(ArticleReport report) =>
        ScoringPolicy.Default.Families(report.Findings.Where(f => f.RuleId == "NQ1003").ToList()).Unrounded(RuleCategory.Translation);


    /// <summary>Candidates for NQ1003's infoFrom (the share lacking from which a version below the threshold gets a graded info finding).</summary>
    private static readonly double[] InfoFromCandidates = [0.0, 0.05, 0.10, 0.15, 0.20, 0.30];

    /// <summary>
    /// NQ1003's infoFrom chosen on the training talks alone: the default translation score of each training talk's
    /// translations (13 systems and the human ones checked together) for each candidate, a system's score the mean of its
    /// documents' unrounded translation scores (JSON <c>unroundedScores</c>, what a ranking of systems averages); the best
    /// system figure wins (ties: then the within-talk figure, then the lower value, which informs on more). Beside it, the
    /// same with the whole-number scores reports print, without NQ2014's findings, and NQ1003's findings alone (ablations).
    /// </summary>
    private static void ChooseInfoFrom(IReadOnlyDictionary<string, List<MqmSegment>> trainingTalks, IReadOnlyList<string> systems)
    {
        var descriptor = RuleCatalog.Default.Find("NQ1003")!.Descriptor;
        Console.WriteLine($"NQ1003's infoFrom (below its threshold {descriptor.DefaultThreshold}, a version lacking at least this share gets an info finding whose score is the share over the threshold), " +
                          $"chosen on the training talks ({string.Join(", ", trainingTalks.Keys.Order())}; {(trainingTalks.Values.Any(t => t.Any(s => s.Human)) ? "13 systems and the human translations" : "the 13 machine translations")} of each talk checked together, default rules otherwise): " +
                          "Spearman with −MQM over the 13 systems of the default translation score, a system's score the mean of its documents' unrounded scores (JSON unroundedScores; " +
                          "the criterion), of the whole-number scores reports print, of the unrounded score without NQ2014's findings, and of NQ1003's findings alone");
        Console.WriteLine();
        Console.WriteLine("| infoFrom | training: system (unrounded) | within talk (mean) | document | system, whole-number scores | system, without NQ2014 | system, NQ1003 alone | machine documents with an NQ1003 finding | of which grouped under another rule's finding |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        var figures = new List<(double InfoFrom, (double System, double WithinTalk, double Document) Figures)>();
        var beforeReports = DefaultReports(trainingTalks, systems, RuleSettings.Defaults(descriptor) with { Enabled = false });
        var before = ScoreCorrelations(beforeReports, TranslationUnrounded);
        Console.WriteLine($"| none (NQ2xxx only, as before NQ1003 counted) | {Format(before.System)} | {Format(before.WithinTalk)} | {Format(before.Document)} | " +
                          $"{Format(ScoreCorrelations(beforeReports, Translation).System)} | {Format(ScoreCorrelations(beforeReports, TranslationUnroundedWithoutEstimate).System)} | — | — | — |");
        foreach (var candidate in InfoFromCandidates)
        {
            var reports = DefaultReports(trainingTalks, systems, RuleSettings.Defaults(descriptor) with { Options = new Dictionary<string, double> { [NQ1003DivergentVersion.InfoFromOption] = candidate } });
            var result = ScoreCorrelations(reports, TranslationUnrounded);
            figures.Add((candidate, result));
            Console.WriteLine($"| {candidate:0.00}{(candidate >= descriptor.DefaultThreshold ? " (no info band: warnings only)" : "")} | {Format(result.System)} | {Format(result.WithinTalk)} | {Format(result.Document)} | " +
                              $"{Format(ScoreCorrelations(reports, Translation).System)} | {Format(ScoreCorrelations(reports, TranslationUnroundedWithoutEstimate).System)} | " +
                              $"{Format(ScoreCorrelations(reports, ConsensusAloneUnrounded).System)} | {reports.Count(d => d.Report.Findings.Any(f => f.RuleId == "NQ1003"))} of {reports.Count} | " +
                              $"{reports.Count(d => d.Report.Problems.Any(p => p.RuleId != "NQ1003" && p.AlsoFlagged.Any(f => f.RuleId == "NQ1003")))} |");
        }
        var chosen = figures.OrderByDescending(f => Math.Round(f.Figures.System, 2)).ThenByDescending(f => Math.Round(f.Figures.WithinTalk, 2)).ThenBy(f => f.InfoFrom).First();
        Console.WriteLine();
        Console.WriteLine($"Chosen on the training talks: infoFrom {chosen.InfoFrom:0.00}; shipped: {NQ1003DivergentVersion.DefaultInfoFrom:0.00}.");
        Console.WriteLine();
    }

    /// <summary>
    /// The default catalogue's scores of the held-out talks' translations, checked together: what ranks them, and whether
    /// the duplicate penalty does. A system's score is the mean over its documents of the score as reports print it (a
    /// whole number) or of the same score unrounded (JSON <c>unroundedScores</c>); the shipped unrounded translation score
    /// also gets an interval over resamples of the segments, each resample's documents checked by the engine again.
    /// </summary>
    private static void DefaultScores(IReadOnlyDictionary<string, List<MqmSegment>> talks, IReadOnlyList<string> systems, int resamples)
    {
        var documents = DefaultReports(talks, systems);
        (string Name, Func<ArticleReport, double> Score)[] scores =
        [
            ("overall score", r => r.Score),
            ("overall score, unrounded", r => r.Families.UnroundedOverall),
            ("duplicate score (NQ1001, NQ1002)", r => r.Families[RuleCategory.Duplicate]),
            ("NQ1003 alone (the score its findings leave), unrounded", ConsensusAloneUnrounded),
            ("translation score (NQ2xxx and NQ1003) as reports print it (whole numbers)", Translation),
            ("**translation score (NQ2xxx and NQ1003), unrounded (unroundedScores), as shipped**", TranslationUnrounded),
            ("translation score, unrounded, without NQ2014's findings (ablation)", TranslationUnroundedWithoutEstimate),
            ("translation score without NQ1003 (NQ2xxx only, as before), unrounded", r => ScoringPolicy.Default.Families(r.Findings.Where(f => f.RuleId != "NQ1003").ToList()).Unrounded(RuleCategory.Translation)),
        ];
        Console.WriteLine($"The default rules' scores of the same held-out translations (13 systems and 2 human translations of each talk checked together, default thresholds): " +
                          $"Spearman with −MQM over the 13 systems (a system's score: mean over its documents; 95% interval from {IntervalResamples} bootstrap resamples of the systems), within each talk and over documents, and how many documents each rule flags");
        Console.WriteLine();
        Console.WriteLine("| score | system | 95% interval (systems resampled) | within talk (mean) | document |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var (name, score) in scores)
        {
            var (system, within, document) = ScoreCorrelations(documents, score);
            Console.WriteLine($"| {name} | {Format(system)} | {SystemInterval(documents, score)} | {Format(within)} | {Format(document)} |");
        }
        Console.WriteLine();
        if (resamples > 0)
        {
            var random = new Random(Seed);
            var draws = Enumerable.Range(0, resamples)
                .Select(_ => ScoreCorrelations(DefaultReports(talks.ToDictionary(t => t.Key, t => Resample(t.Value, random)), systems), TranslationUnrounded).System)
                .Where(d => !double.IsNaN(d)).ToArray();
            Console.WriteLine($"The shipped unrounded translation score over the systems, 95% interval from {resamples} bootstrap resamples of each held-out talk's segments (each resample checked by the default rules again): " +
                              $"{Format(Statistics.Quantile(draws, 0.025))} to {Format(Statistics.Quantile(draws, 0.975))} (median {Format(Statistics.Median(draws))}).");
            Console.WriteLine();
        }
        Console.WriteLine("Documents flagged (of " + documents.Count + " machine translations): " +
                          string.Join(", ", documents.SelectMany(d => d.Report.Findings.Select(f => f.RuleId).Distinct()).CountBy(id => id).OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}")) +
                          "; NQ1003 by severity: " +
                          string.Join(", ", documents.SelectMany(d => d.Report.Findings.Where(f => f.RuleId == "NQ1003")).CountBy(f => f.Severity).OrderBy(p => p.Key).Select(p => $"{p.Key.ToName()} {p.Value}")) +
                          "; machine translations' translation score: " +
                          $"{documents.Min(d => Translation(d.Report))} to {documents.Max(d => Translation(d.Report))} (median {Statistics.Median(documents.Select(d => Translation(d.Report))):0}), " +
                          $"unrounded {documents.Min(d => TranslationUnrounded(d.Report)):0.00} to {documents.Max(d => TranslationUnrounded(d.Report)):0.00}, " +
                          $"{documents.Select(d => Translation(d.Report)).Distinct().Count()} distinct whole-number scores and {documents.Select(d => Math.Round(TranslationUnrounded(d.Report), 3)).Distinct().Count()} distinct unrounded ones");
        Console.WriteLine();
    }

    private const int IntervalResamples = 1000;

    /// <summary>95% interval of the system figure over bootstrap resamples of the 13 systems (a Spearman over a resample; no engine rerun).</summary>
    private static string SystemInterval(List<(string System, ArticleReport Report, double Mqm)> documents, Func<ArticleReport, double> score)
    {
        var bySystem = documents.GroupBy(d => d.System).Select(g => (Score: g.Average(d => score(d.Report)), Mqm: g.Average(d => d.Mqm))).ToList();
        var random = new Random(Seed);
        var draws = Enumerable.Range(0, IntervalResamples)
            .Select(_ => Enumerable.Range(0, bySystem.Count).Select(_ => bySystem[random.Next(bySystem.Count)]).ToList())
            .Select(draw => Correlation.Spearman(draw.Select(s => s.Score), draw.Select(s => -s.Mqm)))
            .Where(d => !double.IsNaN(d)).ToArray();
        return draws.Length == 0 ? "—" : $"{Format(Statistics.Quantile(draws, 0.025))} to {Format(Statistics.Quantile(draws, 0.975))}";
    }

    /// <summary>NQ1003 at its default threshold on real news, with how many versions it compared there (threshold 0).</summary>
    private static void CleanNews()
    {
        (string Name, IReadOnlyList<Article> Articles)[] corpora =
        [
            ("BBC News 2004–2005, every article", BbcCorpus.Load()),
            ("SemEval 2019 crawl, every article (645, 287 sites)", Crawl()),
        ];
        Console.WriteLine("NQ1003 on real news (every article of each corpus checked together): versions it compares (members of NQ1001-style clusters of 4 or more), " +
                          "the largest share of consensus content any of them lacks, and findings at the default threshold");
        Console.WriteLine();
        Console.WriteLine($"| corpus | articles | versions compared | largest share lacking | findings at the default threshold ({Consensus.Rules[0].Descriptor.DefaultThreshold}) |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var (name, articles) in corpora)
        {
            var scored = new AnalysisEngine(Consensus, EveryMember).Analyze(articles).SelectMany(r => r.Findings).ToList();
            var flagged = new AnalysisEngine(Consensus, new AnalysisOptions()).Analyze(articles).Sum(r => r.Findings.Count);
            Console.WriteLine($"| {name} | {articles.Count:N0} | {scored.Count} | {(scored.Count == 0 ? "—" : scored.Max(f => f.Score).ToString("P0"))} | {flagged} |");
        }
        Console.WriteLine();
    }

    private static IReadOnlyList<Article> Crawl() =>
        new JsonLinesReader()
            .Read("hyperpartisan-2019.jsonl", () => File.OpenRead(SharedData.Path("corpora/hyperpartisan-2019.jsonl")), new ReaderOptions())
            .Where(r => r.Article is not null).Select(r => r.Article!).ToList();

    private static string Format(double value) => double.IsNaN(value) ? "n/a" : value.ToString("+0.00;−0.00");
}
