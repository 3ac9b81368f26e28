using NewsQuality.Analysis;
using NewsQuality.Model;
using NewsQuality.Rules;
using NewsQuality.Rules.Duplicate;

namespace NewsQuality.Eval.Duplicates;

/// <summary>
/// NQ1001 on the generated newswire dev set (<see cref="WireDevSet"/>), tune and held-out parts run separately, and on
/// BBC News's own republications: the table of issue 21 (exact retransmissions, corrections and rewrites found,
/// templated items about different events merged, the largest cluster, pair precision).
/// </summary>
public sealed class WireEvaluation(int storiesPerFamily, int seed, RuleSettings nearDuplicateSettings, bool showMistakes = false)
{
    private sealed record Scores(int[] Found, int[] Planted, long TemplatedMerged, long TemplatedPairs, int Largest, int LargestStories,
        int MixedClusters, long PredictedPairs, long TruePairs, int Articles);

    public void Print(IReadOnlyList<Article> bbc)
    {
        var tune = Score(WireDevSet.Build(heldOut: false, storiesPerFamily, seed));
        var heldOut = Score(WireDevSet.Build(heldOut: true, storiesPerFamily, seed));
        Console.WriteLine($"\n### Newswire dev set (generated; {storiesPerFamily} stories per template family; tune: {string.Join(", ", WireDevSet.FamiliesOf(false))}; held-out: {string.Join(", ", WireDevSet.FamiliesOf(true))})\n");
        Console.WriteLine("| measure (two articles are duplicates when NQ1001 reports one with the other, or both with the same article) | tune | held-out | needed |");
        Console.WriteLine("|---|---|---|---|");
        Console.WriteLine($"| articles | {tune.Articles} | {heldOut.Articles} | |");
        foreach (var (kind, label, needed) in new[]
                 {
                     (WireDevSet.Kind.Retransmission, "exact retransmissions found (header marker added)", "≥ 0.98"),
                     (WireDevSet.Kind.Correction, "corrections found (one figure changed, a note added)", "≥ 0.95"),
                     (WireDevSet.Kind.Rewrite, "near-identical rewrites found", "≥ 0.95"),
                 })
            Console.WriteLine($"| {label} | {Found(tune, kind)} | {Found(heldOut, kind)} | {needed} |");
        Console.WriteLine($"| templated different events merged | {Merged(tune)} | {Merged(heldOut)} | ≤ 0.02 |");
        Console.WriteLine($"| largest cluster | {tune.Largest} articles, {tune.LargestStories} {Stories(tune.LargestStories)} | {heldOut.Largest} articles, {heldOut.LargestStories} {Stories(heldOut.LargestStories)} | a cluster is one story |");
        Console.WriteLine($"| clusters holding two different events | {tune.MixedClusters} | {heldOut.MixedClusters} | 0 |");
        Console.WriteLine($"| predicted pairs that are real duplicates | {Precision(tune)} | {Precision(heldOut)} | ≥ 0.95 |");
        PrintRepublications(bbc);
    }

    private static string Stories(int count) => count == 1 ? "story" : "stories";

    private static string Found(Scores s, WireDevSet.Kind kind) => $"{s.Found[(int)kind]}/{s.Planted[(int)kind]} ({(double)s.Found[(int)kind] / Math.Max(1, s.Planted[(int)kind]):0.000})";

    private static string Merged(Scores s) => $"{s.TemplatedMerged}/{s.TemplatedPairs} ({(double)s.TemplatedMerged / Math.Max(1, s.TemplatedPairs):0.0000})";

    private static string Precision(Scores s) => $"{s.TruePairs}/{s.PredictedPairs} ({(double)s.TruePairs / Math.Max(1, s.PredictedPairs):0.000})";

    private IReadOnlyList<ArticleReport> Check(IReadOnlyList<Article> articles)
    {
        var options = new AnalysisOptions { RuleOverrides = new Dictionary<string, RuleSettings> { ["NQ1001"] = nearDuplicateSettings } };
        return new AnalysisEngine(new RuleCatalog([new NQ1001NearDuplicate(), new NQ1002PartialCopy()]), options).Analyze(articles);
    }

    private Scores Score(IReadOnlyList<WireDevSet.Item> items)
    {
        var reports = Check(items.Select(i => i.Article).ToList());
        var pairs = DuplicatesEvaluation.ReportedPairs(reports);
        var originalOf = items.Select((item, i) => (item, i)).Where(x => x.item.Kind == WireDevSet.Kind.Original).ToDictionary(x => x.item.Story, x => x.i);
        var kinds = Enum.GetValues<WireDevSet.Kind>().Length;
        var found = new int[kinds];
        var planted = new int[kinds];
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Kind == WireDevSet.Kind.Original) continue;
            planted[(int)items[i].Kind]++;
            var original = originalOf[items[i].Story];
            if (pairs.Contains((Math.Min(i, original), Math.Max(i, original)))) found[(int)items[i].Kind]++;
        }
        long templatedPairs = 0;
        foreach (var family in items.GroupBy(i => i.Family))
        {
            var sizes = family.CountBy(i => i.Story).Select(s => (long)s.Value).ToList();
            templatedPairs += (sizes.Sum() * sizes.Sum() - sizes.Sum(s => s * s)) / 2;
        }
        var templatedMerged = pairs.LongCount(p => items[p.A].Story != items[p.B].Story && items[p.A].Family == items[p.B].Family);
        var truePairs = pairs.LongCount(p => items[p.A].Story == items[p.B].Story);
        // Clusters: each article reported with a representative, grouped under it.
        var clusters = reports.SelectMany((r, i) => r.Findings.Where(f => f.RuleId == "NQ1001").Select(f => (Member: i, Target: f.Related[0].ArticleId!)))
            .GroupBy(link => link.Target)
            .Select(g => g.Select(link => link.Member).Append(items.Select((item, i) => (item, i)).First(x => x.item.Article.Id == g.Key).i).ToList())
            .ToList();
        var largest = clusters.MaxBy(c => c.Count) ?? [];
        if (showMistakes)
        {
            foreach (var (i, r) in reports.Select((r, i) => (i, r)).Where(x => x.r.Findings.Any(f => f.RuleId == "NQ1001" && items.First(it => it.Article.Id == f.Related[0].ArticleId).Story != items[x.i].Story)).Take(12))
                Console.WriteLine($"- merged: {r.Findings.First(f => f.RuleId == "NQ1001").Message}\n  {items[i].Article.Text.Replace("\n", " / ")}\n  {items.First(it => it.Article.Id == r.Findings.First(f => f.RuleId == "NQ1001").Related[0].ArticleId).Article.Text.Replace("\n", " / ")}");
            foreach (var i in Enumerable.Range(0, items.Count).Where(i => items[i].Kind != WireDevSet.Kind.Original && !pairs.Contains((Math.Min(i, originalOf[items[i].Story]), Math.Max(i, originalOf[items[i].Story])))).Take(6))
                Console.WriteLine($"- missed {items[i].Kind}: {items[i].Article.Text.Replace("\n", " / ")}\n  {items[originalOf[items[i].Story]].Article.Text.Replace("\n", " / ")}");
        }
        return new Scores(found, planted, templatedMerged, templatedPairs, largest.Count, largest.Select(i => items[i].Story).Distinct().Count(),
            clusters.Count(c => c.Select(i => items[i].Story).Distinct().Count() > 1), pairs.Count, truePairs, items.Count);
    }

    /// <summary>
    /// BBC News's own republications: articles whose text is identical (whitespace aside) to another's are real exact
    /// copies, and must be reported with each other.
    /// </summary>
    private void PrintRepublications(IReadOnlyList<Article> bbc)
    {
        var reports = Check(bbc);
        var pairs = DuplicatesEvaluation.ReportedPairs(reports);
        var identical = bbc.Select((a, i) => (Text: string.Join(' ', a.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), i))
            .GroupBy(x => x.Text).Where(g => g.Count() > 1)
            .SelectMany(g => g.SelectMany(a => g.Where(b => b.i > a.i).Select(b => (a.i, b.i))))
            .ToList();
        var flagged = reports.Count(r => r.Findings.Any(f => f.RuleId == "NQ1001"));
        var partialCopies = reports.Count(r => r.Findings.Any(f => f.RuleId == "NQ1002"));
        Console.WriteLine($"\nBBC News's own republications ({bbc.Count} real articles): {identical.Count(pairs.Contains)} of {identical.Count} pairs of identical articles reported as duplicates; {flagged} articles flagged by NQ1001 in all, in {pairs.Count} pairs; {partialCopies} articles flagged by NQ1002.");
    }
}
