using NewsQuality.Analysis;
using NewsQuality.Model;
using NewsQuality.Rules;

namespace NewsQuality.Eval.Translation;

/// <summary>
/// Translation-quality rules measured two ways on the BBC corpus: how often each rule fires on clean professional
/// news (false alarms per 1,000 articles), and precision/recall on a synthetic dev set made by injecting one known
/// error into clean articles. Findings already present in the untouched host are set aside (the corpus has real
/// slips), so precision is about what the injection caused.
/// </summary>
public sealed class TranslationEvaluation : IEvaluation
{
    /// <summary>Every error type injected; adding one means adding its class and one line here.</summary>
    private static readonly IErrorInjector[] Injectors =
    [
        new DoubledWordInjector(),
        new RoleContradictionInjector(),
        new ImpossibleOfficeInjector(),
        new MisspelledFigureInjector(),
        new DialogueDashInjector(),
        new CalquedLabelInjector(),
        new RepeatedTitleInjector(),
        new LowercaseCountryInjector(),
        new MojibakeInjector(),
        new UntranslatedFragmentInjector(),
        new TypographyShiftInjector(),
        new PastedLinkInjector(),
    ];

    public string Name => "translation";
    public string Description => "clean-corpus firing rates and injected-error precision/recall of every rule";

    public int Run(string[] args)
    {
        var perType = Options.Int(args, "--per-type", 300);
        var seed = Options.Int(args, "--seed", 20261124);
        var samples = Options.Int(args, "--samples", 5);
        var corpus = BbcCorpus.Load();
        var engine = new AnalysisEngine(RuleCatalog.Default, new AnalysisOptions());

        var clean = engine.Analyze(corpus);
        PrintFiringRates(clean, corpus.Count, samples);

        var cleanFindings = clean.ToDictionary(r => r.Article.Id, r => r.Findings);
        var random = new Random(seed);
        var injections = Injectors
            .SelectMany(injector => Enumerable.Range(0, perType)
                .Select(_ => (Injector: injector, Injection: injector.Inject(corpus[random.Next(corpus.Count)], random, corpus)))
                .Where(x => x.Injection is not null)
                .Select(x => (x.Injector, Injection: x.Injection!)))
            .ToList();
        var reports = engine.Analyze(injections.Select(x => x.Injection.Article).ToList());
        PrintPrecisionRecall(injections, reports, cleanFindings, perType, seed, args.Contains("--show-false"));
        if (args.Contains("--show-misses")) PrintMisses(injections, reports);
        return 0;
    }

    private static void PrintFiringRates(IReadOnlyList<ArticleReport> reports, int articles, int samples)
    {
        Console.WriteLine($"### Firing rate on clean BBC news ({articles:N0} articles)\n");
        Console.WriteLine("| rule | findings | articles flagged | per 1,000 articles |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var descriptor in RuleCatalog.Default.Descriptors)
        {
            var flagged = reports.Where(r => r.Findings.Any(f => f.RuleId == descriptor.Id)).ToList();
            var findings = reports.Sum(r => r.Findings.Count(f => f.RuleId == descriptor.Id));
            Console.WriteLine($"| {descriptor.Id} {descriptor.Name} | {findings} | {flagged.Count} | {1000.0 * flagged.Count / articles:0.0} |");
        }
        Console.WriteLine($"\nSample of what fires (first {samples} per rule, for hand-checking):\n");
        foreach (var group in reports.SelectMany(r => r.Findings.Select(f => (r.Article.Id, Finding: f))).GroupBy(x => x.Finding.RuleId).OrderBy(g => g.Key))
            foreach (var (id, finding) in group.Take(samples))
                Console.WriteLine($"- {finding.RuleId} {id}:{finding.Line}: \"{Flatten(finding.Evidence)}\"");
        Console.WriteLine();
    }

    private static void PrintPrecisionRecall(List<(IErrorInjector Injector, Injection Injection)> injections, IReadOnlyList<ArticleReport> reports,
        Dictionary<string, IReadOnlyList<Finding>> cleanFindings, int perType, int seed, bool showFalse)
    {
        var falseOnes = new List<string>();
        Console.WriteLine($"### Injected errors (up to {perType} per type, seed {seed})\n");
        Console.WriteLine("| rule | injected error | injected | caught | recall | findings | true | false | precision | pre-existing (ignored) |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var injector in Injectors)
        {
            var own = injections.Select((x, i) => (x.Injector, x.Injection, Report: reports[i])).Where(x => x.Injector == injector).ToList();
            var caught = own.Count(x => x.Report.Findings.Any(f => f.RuleId == injector.RuleId && f.Span.Overlaps(x.Injection.Span)));
            int truePositives = 0, falsePositives = 0, preExisting = 0;
            // Two injectors of one rule (NQ2011) each answer for the findings in their own articles.
            foreach (var (source, injection, report) in injections.Select((x, i) => (x.Injector, x.Injection, reports[i]))
                         .Where(x => x.Injector == injector || x.Injector.RuleId != injector.RuleId))
            {
                var hostId = report.Article.Id[..report.Article.Id.IndexOf('+')];
                foreach (var finding in report.Findings.Where(f => f.RuleId == injector.RuleId))
                {
                    if (source == injector && finding.Span.Overlaps(injection.Span)) truePositives++;
                    else if (cleanFindings[hostId].Any(f => f.RuleId == finding.RuleId && f.Evidence == finding.Evidence)) preExisting++;
                    else
                    {
                        falsePositives++;
                        falseOnes.Add($"- {finding.RuleId} {report.Article.Id} (in an article of \"{source.Description}\"): \"{Flatten(finding.Evidence)}\" {finding.Message}");
                    }
                }
            }
            var findings = truePositives + falsePositives;
            Console.WriteLine($"| {injector.RuleId} | {injector.Description} | {own.Count} | {caught} | {Ratio(caught, own.Count)} | {findings} | {truePositives} | {falsePositives} | {Ratio(truePositives, findings)} | {preExisting} |");
        }
        Console.WriteLine();
        if (!showFalse) return;
        Console.WriteLine("### Findings counted false (not at the rule's own injection, not in the clean host)\n");
        foreach (var line in falseOnes.Distinct()) Console.WriteLine(line);
        Console.WriteLine();
    }

    private static void PrintMisses(List<(IErrorInjector Injector, Injection Injection)> injections, IReadOnlyList<ArticleReport> reports)
    {
        Console.WriteLine("### Injected errors the target rule missed\n");
        foreach (var (injector, injection, report) in injections.Select((x, i) => (x.Injector, x.Injection, reports[i])))
            if (!report.Findings.Any(f => f.RuleId == injector.RuleId && f.Span.Overlaps(injection.Span)))
                Console.WriteLine($"- {injector.RuleId} {report.Article.Id}: \"{Flatten(injection.Article.Slice(injection.Span))}\"");
    }

    private static string Ratio(int part, int whole) => whole == 0 ? "n/a" : $"{(double)part / whole:0.000}";

    private static string Flatten(string text) => text.Replace('\n', ' ').Replace('\r', ' ');
}
