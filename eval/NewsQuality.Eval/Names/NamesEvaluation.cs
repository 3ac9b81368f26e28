using NewsQuality.Analysis;
using NewsQuality.Model;
using NewsQuality.Rules;
using NewsQuality.Eval.Translation;

namespace NewsQuality.Eval.Names;

/// <summary>
/// The name and title checks (NQ2002–NQ2004, NQ2008) on real news they were not written on: errors planted into
/// real articles with real names of the gazetteer, recall by class, and false flags on the same articles untouched.
/// Articles are BBC News 2005 and the mainstream sites of hyperpartisan-2019; rules are tuned on even ids and the
/// table reports odd ids (--split tune shows the tuning half).
/// </summary>
public sealed class NamesEvaluation : IEvaluation
{
    private static readonly string[] RuleIds = ["NQ2002", "NQ2003", "NQ2004", "NQ2008"];

    public string Name => "names";
    public string Description => "planted name/title errors in real articles (recall by class) and false flags on them untouched";

    public int Run(string[] args)
    {
        var perClass = Options.Int(args, "--per-class", 200);
        var seed = Options.Int(args, "--seed", 20261201);
        var reported = !args.Contains("tune");
        var corpora = new (string Name, IReadOnlyList<Article> Articles)[]
        {
            ("BBC News 2005", NamesCorpus.Bbc().Where(a => NamesCorpus.IsReported(a) == reported).ToList()),
            ("mainstream sites, hyperpartisan-2019", NamesCorpus.Mainstream().Where(a => NamesCorpus.IsReported(a) == reported).ToList()),
        };
        var catalog = new RuleCatalog(RuleCatalog.Default.Rules.Where(r => RuleIds.Contains(r.Descriptor.Id)).ToList());
        var engine = new AnalysisEngine(catalog, new AnalysisOptions());
        var hosts = corpora.SelectMany(c => c.Articles).ToList();

        var random = new Random(seed);
        var planted = new PlantedNames().Classes
            .SelectMany(plantClass => Enumerable.Range(0, perClass)
                .Select(_ => (Class: plantClass, Injection: Plant(plantClass, hosts[random.Next(hosts.Count)], random)))
                .Where(x => x.Injection is not null)
                .Select(x => (x.Class, Injection: x.Injection!)))
            .ToList();
        var reports = engine.Analyze(planted.Select(x => x.Injection.Article).ToList());

        var split = reported ? "reported half: articles with odd ids" : "tuning half: articles with even ids";
        Console.WriteLine($"### Names and titles on real articles ({split}; seed {seed}, up to {perClass} per class)\n");
        Console.WriteLine("| rule | planted error or untouched corpus | articles | flagged | recall / per 1,000 |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var group in planted.Select((x, i) => (x.Class, x.Injection, Report: reports[i])).GroupBy(x => x.Class))
        {
            var caught = group.Count(x => x.Report.Findings.Any(f => f.RuleId == group.Key.RuleId && f.Span.Overlaps(x.Injection.Span)));
            Console.WriteLine($"| {group.Key.RuleId} | planted: {group.Key.Name} | {group.Count()} | {caught} | {(double)caught / group.Count():0.000} |");
        }
        foreach (var (name, articles) in corpora)
        {
            var clean = engine.Analyze(articles);
            foreach (var id in RuleIds)
            {
                var flagged = clean.Where(r => r.Findings.Any(f => f.RuleId == id)).ToList();
                Console.WriteLine($"| {id} | untouched: {name} | {articles.Count} | {flagged.Count} | {1000.0 * flagged.Count / articles.Count:0.0} |");
            }
            if (args.Contains("--show-flags"))
                foreach (var report in clean)
                    foreach (var finding in report.Findings)
                        Console.Error.WriteLine($"flag {finding.RuleId} {report.Article.Id}:{finding.Line}: {Flatten(report.Article.Slice(finding.Span))} — {finding.Message}");
        }
        if (args.Contains("--show-misses"))
            foreach (var (plantClass, injection, report) in planted.Select((x, i) => (x.Class, x.Injection, reports[i])))
                if (!report.Findings.Any(f => f.RuleId == plantClass.RuleId && f.Span.Overlaps(injection.Span)))
                    Console.Error.WriteLine($"miss {plantClass.RuleId} {plantClass.Name}: {Flatten(injection.Article.Slice(injection.Span))} | {Context(injection)}");
        return 0;
    }

    private static Injection? Plant(PlantClass plantClass, Article host, Random random) =>
        plantClass.Write(random) is { } plant ? Splice.AppendSentence(host, random, plant.Sentence, plant.Flagged, "+" + plantClass.RuleId) : null;

    private static string Context(Injection injection)
    {
        var text = injection.Article.Text;
        var start = Math.Max(0, injection.Span.Start - 120);
        return Flatten(text[start..Math.Min(text.Length, injection.Span.End + 60)]);
    }

    private static string Flatten(string text) => text.Replace('\n', ' ').Replace('\r', ' ');
}
