using System.Globalization;
using System.Text.RegularExpressions;
using NewsQuality.Analysis;
using NewsQuality.Model;
using NewsQuality.Rules;
using NewsQuality.Rules.Duplicate;
using NewsQuality.Similarity;

namespace NewsQuality.Eval.Duplicates;

/// <summary>
/// Near-duplicate detection on a labelled dev set built from BBC News. Originals are drawn so that no two are
/// already near-copies (exact Jaccard of word 3-shingles below 0.15 between any two), so the corpus's own
/// republications cannot blur the labels; same-topic originals stay in as hard negatives. Each original gets
/// derived copies: verbatim, with site chrome added, sentence-reordered, 10–30% of words substituted, 10–30%
/// dropped. Pair-level precision/recall/F1 of NQ1001's clusters; NQ1002 recall on articles with another's
/// paragraphs pasted in.
/// </summary>
public sealed partial class DuplicatesEvaluation : IEvaluation
{
    public string Name => "duplicates";
    public string Description => "labelled near-duplicate dev set: pair precision/recall/F1 of NQ1001, recall of NQ1002";

    private static readonly string[] Chrome = ["DealMakerz", "Leave a Reply", "Your email address will not be published. Required fields are marked *", "Back To Top", "Share this article"];

    public int Run(string[] args)
    {
        var originalsWanted = Options.Int(args, "--originals", 300);
        var seed = Options.Int(args, "--seed", 20261124);
        var random = new Random(seed);
        var corpus = BbcCorpus.Load();
        if (args.Contains("--wire-only"))
        {
            new WireEvaluation(Options.Int(args, "--stories", 150), seed, RuleSettings.Defaults(new NQ1001NearDuplicate().Descriptor), args.Contains("--show-misses")).Print(corpus);
            return 0;
        }
        var originals = DistinctOriginals(corpus, random, originalsWanted);
        // --substituted LOW HIGH: the share of words the "substituted" copies change (10–30% by default); a spinner or a machine
        // translation there and back changes more, which word shingles stop seeing (measured, README "Near-duplicates").
        var substituted = args.Contains("--substituted")
            ? (double.Parse(args[Array.IndexOf(args, "--substituted") + 1], CultureInfo.InvariantCulture), double.Parse(args[Array.IndexOf(args, "--substituted") + 2], CultureInfo.InvariantCulture))
            : (0.1, 0.3);

        var articles = new List<Article>();
        var group = new List<int>();
        for (var g = 0; g < originals.Count; g++)
        {
            var original = originals[g];
            foreach (var variant in Variants(original, random, corpus, substituted))
            {
                articles.Add(variant);
                group.Add(g);
            }
        }
        // Paste most (three quarters) or part (30–50%) of one original's paragraphs into another original: NQ1002 should name the source.
        var pasted = new List<(int Container, string SourceId, bool Partial)>();
        foreach (var (share, partial) in new[] { (0.75, false), (0.3, true) })
            for (var i = 0; i < originals.Count / 3; i++)
            {
                // Paste into a host at least as long, so the result is the host padded, not mostly the source.
                var source = originals[random.Next(originals.Count)];
                var host = originals[random.Next(originals.Count)];
                if (source == host || host.Text.Length < source.Text.Length) continue;
                var paragraphs = source.Paragraphs.Where(p => p.Start >= source.BodyStart).Select(source.Slice).ToList();
                var words = paragraphs.Sum(WordCount);
                // Paragraphs from a random start until the share is in (a partial copy stops short of half the source).
                var first = partial ? random.Next(paragraphs.Count) : 0;
                var taken = paragraphs.Skip(first).Concat(paragraphs.Take(first))
                    .TakeWhile((_, k) => paragraphs.Skip(first).Concat(paragraphs.Take(first)).Take(k).Sum(WordCount) < share * words).ToList();
                var takenShare = (double)taken.Sum(WordCount) / words;
                if (partial && takenShare > 0.5) continue;
                var text = host.Text.TrimEnd() + "\n\n" + string.Join("\n\n", taken) + "\n";
                articles.Add(BbcCorpus.WithText(host, text, $"+pasted{(partial ? "-part" : "")}{i}"));
                group.Add(originals.IndexOf(host)); // the host padded with another's paragraphs is still a copy of the host
                pasted.Add((articles.Count - 1, source.Id, partial));
            }

        var rule = new NQ1001NearDuplicate().Descriptor;
        var threshold = Options.Double(args, "--threshold", rule.DefaultThreshold);
        var settings = RuleSettings.Defaults(rule) with
        {
            Threshold = threshold,
            Options = new Dictionary<string, double> { ["shingleSize"] = Options.Int(args, "--shingle", NQ1001NearDuplicate.DefaultShingleSize) },
        };
        var options = new AnalysisOptions { RuleOverrides = new Dictionary<string, RuleSettings> { [rule.Id] = settings, ["NQ1002"] = RuleSettings.Defaults(new NQ1002PartialCopy().Descriptor) with { Options = settings.Options } } };
        var reports = new AnalysisEngine(RuleCatalog.Default, options).Analyze(articles);
        var predicted = ReportedPairs(reports);
        var index = articles.Select((a, i) => (a.Id, i)).ToDictionary(p => p.Id, p => p.i);

        // Pair scores on the dev set as it was before partial copies were planted (those are NQ1002's test), so F1 stays comparable.
        long truePositives = 0, falsePositives = 0, falseNegatives = 0;
        for (var a = 0; a < articles.Count; a++)
            for (var b = a + 1; b < articles.Count; b++)
            {
                if (IsPartialPaste(articles[a]) || IsPartialPaste(articles[b])) continue;
                var actual = group[a] == group[b];
                var said = predicted.Contains((a, b));
                if (actual && said) truePositives++;
                else if (said) falsePositives++;
                else if (actual) falseNegatives++;
            }
        var precision = (double)truePositives / Math.Max(1, truePositives + falsePositives);
        var recall = (double)truePositives / Math.Max(1, truePositives + falseNegatives);
        bool Caught((int Container, string SourceId, bool Partial) p) =>
            reports[p.Container].Findings.Any(f => f.RuleId == "NQ1002" && f.Related.Any(r => r.ArticleId is { } id && id.StartsWith(p.SourceId, StringComparison.Ordinal)));

        Console.WriteLine($"### Near-duplicate dev set ({originals.Count} BBC originals, {articles.Count} articles, seed {seed})\n");
        Console.WriteLine("| rule | pairs labelled duplicate | pairs predicted | true | precision | recall | F1 |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        Console.WriteLine($"| NQ1001 near-duplicate (Jaccard ≥ {threshold}, {settings.Option("shingleSize", 0)}-word shingles) | {truePositives + falseNegatives} | {truePositives + falsePositives} | {truePositives} | {precision:0.000} | {recall:0.000} | {2 * precision * recall / Math.Max(1e-9, precision + recall):0.000} |");
        var perVariant = articles.Select((a, i) => (a, i)).Where(x => x.a.Id.Contains('+') && !x.a.Id.Contains("+pasted"))
            .GroupBy(x => x.a.Id[(x.a.Id.IndexOf('+') + 1)..])
            .Select(g => $"{g.Key} {g.Count(x => predicted.Contains(Pair(x.i, index[x.a.Id[..x.a.Id.IndexOf('+')]]))):0}/{g.Count()}");
        Console.WriteLine($"\nDerived copies clustered with their original: {string.Join(", ", perVariant)}.");
        foreach (var (partial, described) in new[] { (false, "three quarters"), (true, "30–50%") })
        {
            var planted = pasted.Where(p => p.Partial == partial).ToList();
            Console.WriteLine($"{(partial ? "" : "\n")}NQ1002 partial-copy: {planted.Count(Caught)} of {planted.Count} articles with {described} of another's words pasted in name the source (recall {(double)planted.Count(Caught) / Math.Max(1, planted.Count):0.000}).");
        }
        // Originals and their derived copies paste nothing in: an NQ1002 finding there cites the wrong way round (the
        // original as copier of a padded copy) or repeats NQ1001 paragraph by paragraph.
        var innocent = articles.Count(a => !a.Id.Contains("+pasted"));
        var falselyFlagged = articles.Select((a, i) => (a, i)).Count(x => !x.a.Id.Contains("+pasted") && reports[x.i].Findings.Any(f => f.RuleId == "NQ1002"));
        Console.WriteLine($"NQ1002 flags {falselyFlagged} of the {innocent} articles that pasted nothing in (originals and their derived copies; lower is better).");
        if (args.Contains("--show-misses"))
        {
            string KindOf(int i) => articles[i].Id.Contains('+') ? articles[i].Id[(articles[i].Id.IndexOf('+') + 1)..].TrimEnd("0123456789".ToCharArray()) : "original";
            var missedPairs = Enumerable.Range(0, articles.Count).SelectMany(a => Enumerable.Range(a + 1, articles.Count - a - 1).Select(b => (a, b)))
                .Where(p => group[p.a] == group[p.b] && !predicted.Contains(p)).CountBy(p => string.Join(" ~ ", new[] { KindOf(p.a), KindOf(p.b) }.Order()));
            foreach (var (article, i) in articles.Select((a, i) => (a, i)).Where(x => !x.a.Id.Contains("+pasted") && reports[x.i].Findings.Any(f => f.RuleId == "NQ1002")).Take(5))
                Console.WriteLine($"- NQ1002 on {article.Id}: {reports[i].Findings.First(f => f.RuleId == "NQ1002").Message} ({reports[i].Findings.First(f => f.RuleId == "NQ1002").Related[0].ArticleId})");
            Console.WriteLine("- missed pairs by kind: " + string.Join(", ", missedPairs.OrderByDescending(m => m.Value).Select(m => $"{m.Key} {m.Value}")));
        }
        if (args.Contains("--show-misses"))
            foreach (var (container, sourceId, _) in pasted.Where(p => !Caught(p)).Take(5))
                Console.WriteLine($"- missed: {articles[container].Id} should cite {sourceId}; NQ1002 cites [{string.Join(", ", reports[container].Findings.Where(f => f.RuleId == "NQ1002").SelectMany(f => f.Related).Select(r => r.ArticleId).Distinct())}]");
        Console.WriteLine("\nDerived copies per original: verbatim, site chrome added, sentences reordered, 10–30% of words substituted, 10–30% dropped.");
        new WireEvaluation(Options.Int(args, "--stories", 150), seed, settings, args.Contains("--show-misses")).Print(corpus);
        return 0;
    }

    /// <summary>
    /// The pairs NQ1001 says are duplicates, lower index first: each finding joins its article to the one it is reported
    /// with (its cluster's representative, or the member it pairs with), and every two articles joined to the same one are
    /// duplicates of each other. Nothing is joined through a chain.
    /// </summary>
    public static HashSet<(int A, int B)> ReportedPairs(IReadOnlyList<ArticleReport> reports)
    {
        var index = reports.Select((r, i) => (r.Article.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var groups = new Dictionary<int, List<int>>();
        for (var i = 0; i < reports.Count; i++)
            foreach (var finding in reports[i].Findings.Where(f => f.RuleId == "NQ1001"))
            {
                var target = index[finding.Related[0].ArticleId!];
                (groups.TryGetValue(target, out var members) ? members : groups[target] = [target]).Add(i);
            }
        return groups.Values.SelectMany(g => g.SelectMany(a => g.Where(b => b != a).Select(b => Pair(a, b)))).ToHashSet();
    }

    private static bool IsPartialPaste(Article article) => article.Id.Contains("+pasted-part", StringComparison.Ordinal);

    private static (int A, int B) Pair(int a, int b) => a < b ? (a, b) : (b, a);

    /// <summary>Originals at random, skipping any that is already a near-copy (Jaccard ≥ 0.15 on 3-shingles) of one chosen.</summary>
    private static List<Article> DistinctOriginals(IReadOnlyList<Article> corpus, Random random, int wanted)
    {
        var shingler = new Shingler(3);
        var chosen = new List<(Article Article, ulong[] Shingles)>();
        foreach (var article in corpus.OrderBy(_ => random.Next()))
        {
            var shingles = shingler.Shingles(article.Text);
            if (chosen.Any(c => SetSimilarity.Jaccard(c.Shingles, shingles) >= 0.15)) continue;
            chosen.Add((article, shingles));
            if (chosen.Count == wanted) break;
        }
        return chosen.Select(c => c.Article).ToList();
    }

    private static IEnumerable<Article> Variants(Article original, Random random, IReadOnlyList<Article> corpus, (double Low, double High) substitutedShare)
    {
        var body = original.Text[original.BodyStart..].Trim();
        yield return original;
        yield return Derived(original, original.Text, "+copy");
        yield return Derived(original, $"{Chrome[0]}\n\n{original.Title}\n\n{body}\n\nSee also {corpus[random.Next(corpus.Count)].Title}\n\n{string.Join("\n\n", Chrome.Skip(1))}\n", "+chrome");
        var sentences = SentenceBreak().Split(body.Replace("\n\n", " ")).OrderBy(_ => random.Next());
        yield return Derived(original, $"{original.Title}\n\n{string.Join(" ", sentences)}\n", "+reordered");
        var vocabulary = corpus[random.Next(corpus.Count)].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var share = substitutedShare.Low + random.NextDouble() * (substitutedShare.High - substitutedShare.Low);
        var substituted = body.Split(' ').Select(w => random.NextDouble() < share ? vocabulary[random.Next(vocabulary.Length)] : w);
        yield return Derived(original, $"{original.Title}\n\n{string.Join(' ', substituted)}\n", "+substituted");
        share = 0.1 + random.NextDouble() * 0.2;
        var dropped = body.Split(' ').Where(_ => random.NextDouble() >= share);
        yield return Derived(original, $"{original.Title}\n\n{string.Join(' ', dropped)}\n", "+dropped");
    }

    private static int WordCount(string paragraph) => paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static Article Derived(Article original, string text, string suffix) =>
        new(original.Id + suffix, original.Origin, text, new TextSpan(text.IndexOf(original.Title, StringComparison.Ordinal), original.Title.Length)) { Source = original.Source };

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z""“])")]
    private static partial Regex SentenceBreak();
}
