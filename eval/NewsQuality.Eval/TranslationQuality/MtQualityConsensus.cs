using MathNet.Numerics.Statistics;
using NewsQuality.Analysis;
using NewsQuality.Input;
using NewsQuality.Model;
using NewsQuality.Rules;
using NewsQuality.Scoring;

namespace NewsQuality.Eval.TranslationQuality;

/// <summary>
/// Issue 14's system-level target measured on the product itself: every TED talk's translations checked together, as a
/// user would check the versions of one story, by the engine with NQ1003 divergent-version at threshold 0 so that every
/// cluster member reports its score (the share of the consensus content it lacks). A system's score is the mean over its
/// talks of 1 − that score. Reported on the training talks and, once, on the held-out talks (talk.6, talk.7) with a
/// bootstrap interval over segments (each resample rebuilds the documents and runs the engine again). Then what the
/// default scores (overall, per family) say about the same translations, and how often NQ1003 fires on clean news.
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

    public int Run(string[] args)
    {
        var resamples = Options.Int(args, "--resamples", 200);
        var ted = QualityData.Ted();
        var machine = ted.Where(s => !s.Human).ToList();
        var systems = machine.Select(s => s.System).Distinct().Order().ToList();
        var talks = machine.GroupBy(s => s.Doc).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.ToList());
        var training = talks.Keys.Where(t => !QualityData.HeldOutTalks.Contains(t)).ToList();
        var heldOut = talks.Keys.Where(QualityData.HeldOutTalks.Contains).ToList();

        Console.WriteLine($"NQ1003 run through the engine on each TED talk's {systems.Count} machine translations checked together (one article per system, one segment per line; " +
                          "threshold 0, so every clustered version reports its score); a system's score is the mean over its talks of the share of consensus content it keeps. " +
                          $"Spearman with −MQM (mean per segment); held-out 95% interval from {resamples} bootstrap resamples of the segments within each talk, each run through the engine again.");
        Console.WriteLine();
        Console.WriteLine("| talks | versions per talk | documents scored | system | 95% interval | within talk, across systems (mean) | document (system × talk) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(Row($"training ({string.Join(", ", training)})", training.ToDictionary(t => t, t => talks[t]), systems, 0));
        Console.WriteLine(Row($"held-out ({string.Join(", ", heldOut)})", heldOut.ToDictionary(t => t, t => talks[t]), systems, resamples));
        var withHumans = ted.GroupBy(s => s.Doc).ToDictionary(g => g.Key, g => g.ToList());
        Console.WriteLine(Row($"held-out, the 2 human translations checked with them (ranked over the 13 systems)", heldOut.ToDictionary(t => t, t => withHumans[t]), systems, 0));
        Console.WriteLine();

        DefaultScores(heldOut.ToDictionary(t => t, t => withHumans[t]), systems);
        CleanNews();
        return 0;
    }

    /// <summary>One row of the system table: the engine's scores of every talk's translations against the judges'.</summary>
    private static string Row(string name, IReadOnlyDictionary<string, List<MqmSegment>> talks, IReadOnlyList<string> systems, int resamples)
    {
        var (system, within, document, scored) = Agreement(talks, systems);
        var interval = "—";
        if (resamples > 0)
        {
            var random = new Random(Seed);
            var draws = Enumerable.Range(0, resamples).Select(_ => Agreement(talks.ToDictionary(t => t.Key, t => Resample(t.Value, random)), systems).System)
                .Where(d => !double.IsNaN(d)).ToArray();
            interval = $"{Format(Statistics.Quantile(draws, 0.025))} to {Format(Statistics.Quantile(draws, 0.975))}";
        }
        var versions = talks.Values.Select(t => t.Select(s => s.System).Distinct().Count()).Max();
        return $"| {name} | {versions} | {scored} of {talks.Count * systems.Count} | {Format(system)} | {interval} | {Format(within)} | {Format(document)} |";
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
    /// Each talk's translations as articles checked together by the engine; each scored machine system's share of the
    /// consensus it keeps (1 − NQ1003's score) against −MQM: over systems, within each talk, and over documents.
    /// </summary>
    private static (double System, double WithinTalk, double Document, int Scored) Agreement(IReadOnlyDictionary<string, List<MqmSegment>> talks, IReadOnlyList<string> systems)
    {
        var documents = new List<(string Talk, string System, double Kept, double Mqm)>();
        foreach (var (talk, segments) in talks)
        {
            var translations = segments.GroupBy(s => s.System).OrderBy(g => g.Key).ToList();
            var articles = translations.Select(g => Named(MtQualityEvaluation.TedArticle(g), $"{talk}-{g.Key}")).ToList();
            var reports = new AnalysisEngine(Consensus, EveryMember with { Parallelism = 1 }).Analyze(articles);
            for (var i = 0; i < translations.Count; i++)
            {
                if (!systems.Contains(translations[i].Key)) continue;
                var finding = reports[i].Findings.FirstOrDefault(f => f.RuleId == "NQ1003");
                if (finding is null) continue;
                documents.Add((talk, translations[i].Key, 1 - finding.Score, translations[i].Average(s => s.Mqm)));
            }
        }
        var bySystem = documents.GroupBy(d => d.System).Select(g => (Kept: g.Average(d => d.Kept), Mqm: g.Average(d => d.Mqm))).ToList();
        var system = Correlation.Spearman(bySystem.Select(s => s.Kept), bySystem.Select(s => -s.Mqm));
        var within = documents.GroupBy(d => d.Talk).Where(g => g.Count() > 2).Select(g => Correlation.Spearman(g.Select(d => d.Kept), g.Select(d => -d.Mqm))).DefaultIfEmpty(double.NaN).Average();
        var document = Correlation.Spearman(documents.Select(d => d.Kept), documents.Select(d => -d.Mqm));
        return (system, within, document, documents.Count);
    }

    private static Article Named(Article article, string id) => new(id, new ArticleOrigin(id), article.Text, article.TitleSpan);

    /// <summary>The default catalogue's scores of the held-out talks' translations, checked together: what ranks them, and whether the duplicate penalty does.</summary>
    private static void DefaultScores(IReadOnlyDictionary<string, List<MqmSegment>> talks, IReadOnlyList<string> systems)
    {
        var documents = new List<(string System, ArticleReport Report, double Mqm)>();
        foreach (var (talk, segments) in talks)
        {
            var translations = segments.GroupBy(s => s.System).OrderBy(g => g.Key).ToList();
            var reports = new AnalysisEngine(RuleCatalog.Default, new AnalysisOptions()).Analyze(translations.Select(g => Named(MtQualityEvaluation.TedArticle(g), $"{talk}-{g.Key}")).ToList());
            documents.AddRange(translations.Select((g, i) => (g.Key, reports[i], g.Average(s => s.Mqm))).Where(d => systems.Contains(d.Key)));
        }
        (string Name, Func<ArticleReport, double> Score)[] scores =
        [
            ("overall score", r => r.Score),
            ("duplicate score (NQ1001, NQ1002, NQ1003)", r => r.Families[RuleCategory.Duplicate]),
            ("NQ1003 alone (the score its findings leave)", r => ScoringPolicy.Default.Evaluate(r.Findings.Where(f => f.RuleId == "NQ1003").ToList()).Score),
            ("translation score (NQ2xxx)", r => r.Families[RuleCategory.Translation]),
        ];
        Console.WriteLine($"The default rules' scores of the same held-out translations (13 systems and 2 human translations of each talk checked together, default thresholds): " +
                          "Spearman with −MQM over the 13 systems (a system's score: mean over its documents), and how many documents each rule flags");
        Console.WriteLine();
        Console.WriteLine("| score | system | document |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (name, score) in scores)
        {
            var bySystem = documents.GroupBy(d => d.System).Select(g => (Score: g.Average(d => score(d.Report)), Mqm: g.Average(d => d.Mqm))).ToList();
            Console.WriteLine($"| {name} | {Format(Correlation.Spearman(bySystem.Select(s => s.Score), bySystem.Select(s => -s.Mqm)))} | " +
                              $"{Format(Correlation.Spearman(documents.Select(d => (double)score(d.Report)), documents.Select(d => -d.Mqm)))} |");
        }
        Console.WriteLine();
        Console.WriteLine("Documents flagged (of " + documents.Count + " machine translations): " +
                          string.Join(", ", documents.SelectMany(d => d.Report.Findings.Select(f => f.RuleId).Distinct()).CountBy(id => id).OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}")));
        Console.WriteLine();
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
        Console.WriteLine("| corpus | articles | versions compared | largest share lacking | findings at the default threshold (0.5) |");
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
