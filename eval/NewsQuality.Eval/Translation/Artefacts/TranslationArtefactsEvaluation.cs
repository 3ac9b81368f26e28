using System.Text.Json;
using NewsQuality.Analysis;
using NewsQuality.Model;
using NewsQuality.Rules;

namespace NewsQuality.Eval.Translation.Artefacts;

/// <summary>
/// Precision and recall of the translation-artefact rules (NQ2005–NQ2010) on a synthetic dev set: each injector puts
/// one error into each of a fixed random sample of clean BBC articles. A finding of the injector's rule that overlaps
/// the injected span is a true positive; any other finding of that rule, in the injected or the untouched article, is
/// a false positive.
/// </summary>
public sealed class TranslationArtefactsEvaluation : IEvaluation
{
    private const int Seed = 2005;
    private const int DefaultSample = 500;
    private const int MissesShown = 8;

    private static readonly IArtefactInjector[] Injectors =
    [
        new DialogueDashInjector(), new CalquedLabelInjector(), new RepeatedTitleInjector(), new LowercaseCountryInjector(),
        new MojibakeInjector(), new UntranslatedFragmentInjector(),
    ];

    public string Name => "artefacts";
    public string Description => "precision/recall of NQ2005-NQ2010 on errors injected into clean BBC articles [sample size, default 500] [--misses]";

    public int Run(string[] args)
    {
        var showMisses = args.Contains("--misses");
        args = args.Where(a => a != "--misses").ToArray();
        var sampleSize = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : DefaultSample;
        var misses = new List<string>();
        var corpus = File.ReadLines(SharedData.Path("corpora/bbc-news-2005.jsonl")).Select(Parse).ToList();
        var sample = corpus.ToArray();
        new Random(Seed).Shuffle(sample);
        sample = sample.Take(sampleSize).ToArray();

        Console.WriteLine($"Synthetic dev set: {sample.Length} BBC articles (seed {Seed}), one injected error per article and rule.");
        Console.WriteLine();
        Console.WriteLine("| rule | injected | found | missed | false positives | precision | recall |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var injector in Injectors)
        {
            var rule = RuleCatalog.Default.Find(injector.RuleId) ?? throw new InvalidOperationException($"{injector.RuleId} is not registered.");
            var random = new Random(Seed);
            var injected = sample.Select(a => (Article: a, Injection: injector.Inject(a, random))).Where(p => p.Injection is not null).ToList();
            var engine = new AnalysisEngine(new RuleCatalog([rule]), new AnalysisOptions());
            var injectedReports = engine.Analyze(injected.Select(p => ToArticle(p.Article.Id, p.Injection!.Title, p.Injection.Body)).ToList());
            var cleanReports = engine.Analyze(sample.Select(a => ToArticle(a.Id, a.Title, a.Body)).ToList());

            int found = 0, falsePositives = cleanReports.Sum(r => r.Findings.Count);
            for (var i = 0; i < injected.Count; i++)
            {
                var expected = injected[i].Injection!.Expected;
                var hits = injectedReports[i].Findings.Count(f => f.Span.Overlaps(expected));
                if (hits > 0) found++;
                else if (misses.Count(m => m.StartsWith(rule.Descriptor.Id, StringComparison.Ordinal)) < MissesShown)
                    misses.Add($"{rule.Descriptor.Id} {injected[i].Article.Id}: {Excerpt(injectedReports[i].Article.Text, expected)}");
                falsePositives += injectedReports[i].Findings.Count - hits;
            }
            var precision = found + falsePositives == 0 ? 1.0 : (double)found / (found + falsePositives);
            var recall = injected.Count == 0 ? 0.0 : (double)found / injected.Count;
            Console.WriteLine($"| {rule.Descriptor.Id} {rule.Descriptor.Name} | {injected.Count} | {found} | {injected.Count - found} | {falsePositives} | {precision:0.000} | {recall:0.000} |");
        }
        if (showMisses)
        {
            Console.WriteLine();
            foreach (var miss in misses) Console.WriteLine("- missed " + miss);
        }
        return 0;
    }

    /// <summary>The injected span with some context, on one line.</summary>
    private static string Excerpt(string text, TextSpan span)
    {
        var start = Math.Max(0, span.Start - 50);
        var end = Math.Min(text.Length, span.End + 30);
        return (text[start..span.Start] + "[[" + text.Substring(span.Start, span.Length) + "]]" + text[span.End..end]).ReplaceLineEndings(" ");
    }

    private static Article ToArticle(string id, string title, string body) =>
        new(id, new ArticleOrigin(id), title + "\n\n" + body, new TextSpan(0, title.Length));

    private static CleanArticle Parse(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        return new CleanArticle(root.GetProperty("id").GetString()!, root.GetProperty("title").GetString()!, root.GetProperty("text").GetString()!);
    }
}
