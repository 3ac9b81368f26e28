using System.Text.Json;
using System.Text.RegularExpressions;
using NewsQuality.Analysis;
using NewsQuality.Input;
using NewsQuality.Model;
using NewsQuality.Rules;
using NewsQuality.Rules.Translation;

namespace NewsQuality.Eval.Residue;

/// <summary>
/// Scraping and encoding residue (NQ2012, and NQ2009 for replacement characters) on a dev set made by damaging BBC News
/// and hyperpartisan-2019 articles the ways real feeds do (<see cref="ResidueDamage.All"/>), one damage per article at a
/// random clean site, with a fixed seed. Recall per kind of residue, how often applying the findings' suggestions gives
/// back the clean text, and false flags per 1,000 untouched articles. Split by article number: odd numbers are the
/// tune part, even numbers the held-out part (the default; <c>--split tune</c> for the other).
/// </summary>
public sealed partial class ResidueEvaluation : IEvaluation
{
    public string Name => "residue";
    public string Description => "damaged BBC/hyperpartisan text: recall per residue kind, false flags per 1,000 clean articles";

    private sealed record Corpus(string Name, IReadOnlyList<Article> Articles);

    public int Run(string[] args)
    {
        var perKind = Options.Int(args, "--per-kind", 400);
        var seed = Options.Int(args, "--seed", 20261201);
        var heldOut = !(args.Contains("--split") && args[Array.IndexOf(args, "--split") + 1] == "tune");
        var corpora = LoadCorpora().Select(c => c with { Articles = c.Articles.Where(a => IsEven(a) == heldOut).ToList() }).ToList();
        var hosts = corpora.SelectMany(c => c.Articles).ToList();
        var engine = new AnalysisEngine(new RuleCatalog([new NQ2009Mojibake(), new NQ2012MarkupResidue()]), new AnalysisOptions());

        var random = new Random(seed);
        Console.WriteLine($"### Damaged articles ({(heldOut ? "held-out part: even-numbered" : "tune part: odd-numbered")} BBC and hyperpartisan articles, up to {perKind} per kind, seed {seed})\n");
        Console.WriteLine("| residue | rule | damaged articles | caught | recall | repaired exactly |");
        Console.WriteLine("|---|---|---|---|---|---|");
        var misses = new List<string>();
        var wrongRepairs = new List<string>();
        foreach (var damage in ResidueDamage.All)
        {
            var cases = new List<Damage>();
            foreach (var host in hosts.OrderBy(_ => random.Next()).ToList())
            {
                if (cases.Count == perKind) break;
                if (damage.Apply(host, random) is { } damaged) cases.Add(damaged);
            }
            var reports = engine.Analyze(cases.Select(c => c.Article).ToList());
            int caught = 0, repaired = 0;
            foreach (var (@case, report) in cases.Zip(reports))
            {
                var hits = report.Findings.Where(f => f.RuleId == damage.RuleId && f.Span.Overlaps(@case.Span)).ToList();
                if (hits.Count == 0)
                {
                    misses.Add($"- {damage.Kind} {report.Article.Id}: \"{Context(@case.Article.Text, @case.Span)}\"");
                    continue;
                }
                caught++;
                if (hits.All(f => f.Suggestion is not null) && ApplySuggestions(@case.Article.Text, hits) == @case.Original) repaired++;
                else if (damage.RuleId == "NQ2012")
                    wrongRepairs.Add($"- {damage.Kind} {report.Article.Id}: \"{Context(@case.Article.Text, @case.Span)}\" → {string.Join(", ", hits.Select(f => $"\"{f.Evidence}\" → \"{f.Suggestion}\""))}");
            }
            var repairable = damage.RuleId == "NQ2012" ? Ratio(repaired, caught) : "n/a (lost character)";
            Console.WriteLine($"| {damage.Kind} | {damage.RuleId} | {cases.Count} | {caught} | {Ratio(caught, cases.Count)} | {repairable} |");
        }

        Console.WriteLine($"\n### Untouched articles ({(heldOut ? "held-out" : "tune")} part)\n");
        Console.WriteLine("| corpus | articles | NQ2012 findings | on an HTML entity or a site's code already in the text | false flags | false flags per 1,000 articles |");
        Console.WriteLine("|---|---|---|---|---|---|");
        var falseFlags = new List<string>();
        var existing = new List<string>();
        foreach (var corpus in corpora)
        {
            var findings = engine.Analyze(corpus.Articles)
                .SelectMany(r => r.Findings.Where(f => f.RuleId == "NQ2012").Select(f => (r.Article, Finding: f)))
                .ToList();
            // The crawls already carry real residue ("D&amp;D", "Beyonc&#233;", a forum's "[/i]", a CDN's "[email protected]"):
            // a finding on an entity HTML decodes, or on bracketed code and nothing else, is true.
            var onEntities = findings.Count(x => OnExistingResidue(x.Article.Text, x.Finding));
            var wrong = findings.Where(x => !OnExistingResidue(x.Article.Text, x.Finding)).ToList();
            falseFlags.AddRange(wrong.Select(x => Describe(x.Article, x.Finding)));
            existing.AddRange(findings.Except(wrong).Select(x => Describe(x.Article, x.Finding)));
            Console.WriteLine($"| {corpus.Name} | {corpus.Articles.Count:N0} | {findings.Count} | {onEntities} | {wrong.Count} | {1000.0 * wrong.Count / corpus.Articles.Count:0.0} |");
        }

        if (args.Contains("--show"))
        {
            Console.WriteLine("\n### Misses\n");
            misses.ForEach(Console.WriteLine);
            Console.WriteLine("\n### Caught but not repaired exactly\n");
            wrongRepairs.ForEach(Console.WriteLine);
            Console.WriteLine("\n### False flags on untouched articles\n");
            falseFlags.ForEach(Console.WriteLine);
            Console.WriteLine("\n### Findings on entities already in the untouched text (to hand-check)\n");
            existing.ForEach(Console.WriteLine);
        }
        return 0;
    }

    private static IEnumerable<Corpus> LoadCorpora()
    {
        yield return new Corpus("BBC News 2004–2005", BbcCorpus.Load());
        var path = SharedData.Path("corpora/hyperpartisan-2019.jsonl");
        var partisan = File.ReadLines(path)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("hyperpartisan").GetBoolean());
        var articles = new JsonLinesReader().Read("hyperpartisan-2019.jsonl", () => File.OpenRead(path), new ReaderOptions())
            .Where(r => r.Article is not null).Select(r => r.Article!).ToList();
        yield return new Corpus("hyperpartisan-2019, mainstream", articles.Where(a => !partisan[a.Id]).ToList());
        yield return new Corpus("hyperpartisan-2019, hyperpartisan", articles.Where(a => partisan[a.Id]).ToList());
    }

    /// <summary>"bbc-sport-002" and "hp-0000002" are even.</summary>
    private static bool IsEven(Article article) => TrailingNumber().Match(article.Id).Value is var n && int.Parse(n) % 2 == 0;

    [GeneratedRegex(@"\d+$")]
    private static partial Regex TrailingNumber();

    [GeneratedRegex(@"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")]
    private static partial Regex StrictEntity();

    private static bool OnExistingResidue(string text, Finding finding) =>
        OnExistingEntity(text, finding.Span) || BracketedCode().IsMatch(finding.Evidence.Trim());

    /// <summary>Only bracketed codes, no words of prose between them: "[/b][/i]", "[email protected]", "[caption id=…]".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\[/?[a-z_]+(?:[= ][^\[\]]*)?\])+$")]
    private static partial System.Text.RegularExpressions.Regex BracketedCode();

    private static bool OnExistingEntity(string text, TextSpan span) =>
        StrictEntity().Matches(text).Any(m => span.Overlaps(new TextSpan(m.Index, m.Length)) && System.Net.WebUtility.HtmlDecode(m.Value) != m.Value);

    private static string Describe(Article article, Finding finding) =>
        $"- {article.Id}:{finding.Line}: \"{Context(article.Text, finding.Span)}\" [{finding.Evidence}] → \"{finding.Suggestion}\"";

    private static string ApplySuggestions(string text, IEnumerable<Finding> findings)
    {
        foreach (var finding in findings.OrderByDescending(f => f.Span.Start))
            text = text[..finding.Span.Start] + finding.Suggestion + text[finding.Span.End..];
        return text;
    }

    private static string Context(string text, TextSpan span)
    {
        var start = Math.Max(0, span.Start - 30);
        var end = Math.Min(text.Length, span.End + 30);
        return text[start..end].Replace('\n', '⏎');
    }

    private static string Ratio(int part, int whole) => whole == 0 ? "n/a" : $"{(double)part / whole:0.000}";
}
