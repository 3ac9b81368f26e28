using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using NewsQuality.Input.Html;
using NewsQuality.TranslationQuality;

namespace NewsQuality.Eval.Extraction;

/// <summary>
/// Learns the extractor's block classifier (<c>Input/Html/BlockClassifier</c>) on the tune half of the extraction dev set
/// (ids ending in an even hex digit) and on its `--split` rebuilt pages (the end of each body moved 1, 2 or 3 levels above
/// its container), as boilerpipe and dragnet learn body from boilerplate: every block of 25+ characters of every such page is
/// an example, labelled from the gold where a snippet falls in it (`with` body, `without` chrome), as body when it is a moved
/// part of a rebuilt page, and otherwise as the rule-based reading has it (a tune page's reading keeps 0.995 of its `with`
/// snippets and drops 0.984 of its `without` ones). A 5-fold cross-validation by page (a page and its rebuilt copies in one
/// fold) scores each block with trees that never saw its page and reports, per cut, what admitting blocks outside the reading
/// would gain and leak; --export FILE writes the trees learned on all of it, which the extractor does not ship (README: at the
/// chosen cut they admit no block of a real page).
/// </summary>
public sealed class BlockClassifierTraining : IEvaluation
{
    public string Name => "extraction-train";
    public string Description => "learn the HTML block classifier on the extraction dev set's tune half and its --split pages; --export FILE writes its trees";

    private sealed class Example
    {
        public bool Label { get; set; }

        public float Weight { get; set; } = 1;

        [VectorType(BlockSamples.FeatureCount)]
        public float[] Features { get; set; } = [];
    }

    /// <summary>An example with where it comes from: its page (the fold), the rebuild level (0 the real page), and which gold snippets it holds.</summary>
    private sealed record Labelled(Example Example, int Page, int Level, bool Candidate, string[] With, string[] Without, bool Moved, string Text);

    private const int MinChars = 25;

    /// <summary>The lowest cut of the report's grid at which the cross-validated trees admit no `without` snippet and no block of another label, on real and rebuilt pages.</summary>
    private const float DefaultCut = 4;

    /// <summary>A gold snippet weighs more than a label taken from the rule-based reading.</summary>
    private const float GoldWeight = 3;

    public int Run(string[] args)
    {
        var root = SharedData.Path("corpora/html-extraction-dev");
        var all = File.ReadLines(Path.Combine(root, "pages.jsonl")).Where(l => l.Length > 0).Select(ExtractionEvaluation.Parse).ToList();
        // With exported trees (--forest FILE, --cut): --score PAGE prints the score of each block of a page of one's own (a fixture)
        // that the trees may admit; --admitted counts the blocks admitted on each part's real pages (numbers only, no text).
        if (Array.IndexOf(args, "--forest") is >= 0 and var at && at + 1 < args.Length)
        {
            RegressionForest trees;
            using (var file = File.OpenRead(args[at + 1])) trees = RegressionForest.Load(file);
            var cut = (float)Options.Double(args, "--cut", DefaultCut);
            if (Array.IndexOf(args, "--score") is >= 0 and var page && page + 1 < args.Length)
                foreach (var sample in BlockSamples.Of(File.ReadAllText(args[page + 1])).Where(s => s.Candidate))
                    Console.WriteLine($"{trees.Predict(sample.Features),6:0.0}  {sample.Text[..Math.Min(100, sample.Text.Length)]}");
            if (args.Contains("--admitted"))
                foreach (var part in all.GroupBy(p => ExtractionEvaluation.IsHeldOut(p.Id)))
                {
                    var counts = part.Select(p => ExtractionEvaluation.Decode(root, p).Decoded is { } d ? BlockSamples.Of(d.Text).Count(s => s.Candidate && trees.Predict(s.Features) > cut) : 0).ToList();
                    Console.WriteLine($"{(part.Key ? "held-out" : "tune")}: {counts.Sum()} blocks admitted at cut {cut} on {counts.Count(c => c > 0)} of {counts.Count} pages");
                }
            return 0;
        }
        var pages = all.Where(p => !ExtractionEvaluation.IsHeldOut(p.Id)).ToList();
        var examples = new List<Labelled>();
        for (var index = 0; index < pages.Count; index++)
        {
            var page = pages[index];
            if (ExtractionEvaluation.Decode(root, page).Decoded is not { } decoded) continue;
            var variants = new List<(int Level, string Html, string[] Moved)> { (0, decoded.Text, []) };
            if (page.With.Length > 0)
                foreach (var level in ExtractionEvaluation.SplitLevels)
                    if (ExtractionEvaluation.SplitBody(decoded.Text, ExtractionEvaluation.Normalise(page.With[^1]), level) is var (html, moved))
                        variants.Add((level, html, moved));
            foreach (var (level, html, moved) in variants)
            {
                List<BlockSample> samples;
                try { samples = BlockSamples.Of(html); }
                catch (InvalidDataException) { continue; }
                foreach (var sample in samples)
                {
                    var text = ExtractionEvaluation.Normalise(sample.Text);
                    if (text.Length < MinChars) continue;
                    var with = page.With.Where(s => Holds(text, s)).ToArray();
                    var without = page.Without.Where(s => Holds(text, s)).ToArray();
                    var isMoved = moved.Any(m => m.Contains(text, StringComparison.Ordinal));
                    var gold = with.Length + without.Length > 0;
                    var label = without.Length == 0 && (with.Length > 0 || isMoved || sample.Read);
                    examples.Add(new Labelled(new Example { Label = label, Weight = gold || isMoved ? GoldWeight : 1, Features = sample.Features },
                        index, level, sample.Candidate, with, without, isMoved, text));
                }
            }
        }
        Console.WriteLine($"### Block classifier ({pages.Count} tune pages and their rebuilt copies: {examples.Count} blocks, {examples.Count(e => e.Example.Label)} body, {examples.Count(e => e.Candidate)} of sentence text outside the reading)\n");

        var ml = new MLContext(seed: 1);
        TreeSize = (Options.Int(args, "--leaves", TreeSize.Leaves), Options.Int(args, "--trees", TreeSize.Trees), Options.Int(args, "--min-leaf", TreeSize.MinLeaf));
        var scores = CrossValidate(ml, examples, Options.Int(args, "--folds", 5));
        Report(examples, scores);
        // --verbose: the blocks admitted at --cut that are not body by label, and every block admitted on the real pages, to read by hand.
        if (args.Contains("--verbose"))
        {
            var cut = (float)Options.Double(args, "--cut", DefaultCut);
            foreach (var (e, score) in examples.Select((e, i) => (e, scores[i])).Where(x => x.e.Candidate && x.Item2 > cut && (x.e.Level == 0 || !x.e.Example.Label)))
                Console.WriteLine($"admitted {(e.Example.Label ? "body" : "other")} on {pages[e.Page].Id} level {e.Level} ({score:0.0}): {e.Text[..Math.Min(120, e.Text.Length)]}");
        }
        var model = Trees(ml).Fit(ml.Data.LoadFromEnumerable(examples.Select(e => e.Example)));
        var forest = RegressionForest.From(model.Model.SubModel);
        if (args.Contains("--export"))
        {
            var path = args[Array.IndexOf(args, "--export") + 1];
            using (var file = File.Create(path)) forest.Save(file);
            Console.WriteLine($"\n{forest.TreeCount} trees written to {path} ({new FileInfo(path).Length:N0} bytes)");
        }
        return 0;
    }

    /// <summary>A block holds a snippet when it holds its first 50 characters, or is a part of 25+ characters of it.</summary>
    private static bool Holds(string block, string snippet)
    {
        var s = ExtractionEvaluation.Normalise(snippet);
        return block.Contains(s[..Math.Min(50, s.Length)], StringComparison.Ordinal) || s.Contains(block, StringComparison.Ordinal);
    }

    /// <summary>The trees' size: --leaves, --trees, --min-leaf.</summary>
    private static (int Leaves, int Trees, int MinLeaf) TreeSize = (8, 100, 10);

    private static FastTreeBinaryTrainer Trees(MLContext ml) =>
        ml.BinaryClassification.Trainers.FastTree(exampleWeightColumnName: nameof(Example.Weight), numberOfLeaves: TreeSize.Leaves, numberOfTrees: TreeSize.Trees,
            minimumExampleCountPerLeaf: TreeSize.MinLeaf, learningRate: 0.1);

    /// <summary>Each example's score from trees learned on the other folds (pages by their index), a page and its rebuilt copies together.</summary>
    private static float[] CrossValidate(MLContext ml, List<Labelled> examples, int folds)
    {
        var scores = new float[examples.Count];
        for (var fold = 0; fold < folds; fold++)
        {
            var model = Trees(ml).Fit(ml.Data.LoadFromEnumerable(examples.Where(e => e.Page % folds != fold).Select(e => e.Example)));
            var forest = RegressionForest.From(model.Model.SubModel);
            for (var i = 0; i < examples.Count; i++)
                if (examples[i].Page % folds == fold) scores[i] = forest.Predict(examples[i].Example.Features);
        }
        return scores;
    }

    /// <summary>
    /// Per cut, on the cross-validated scores of the blocks outside the reading: `with` snippets the reading lost that admitted blocks
    /// would bring back, `without` snippets they would leak, moved parts of rebuilt pages brought back, and other blocks admitted.
    /// </summary>
    private static void Report(List<Labelled> examples, float[] scores)
    {
        foreach (var (name, part) in new[] { ("real pages", IsReal), ("rebuilt pages", IsRebuilt) })
        {
            var own = examples.Where(part).ToList();
            var held = own.SelectMany(e => e.With.Select(s => (e.Page, e.Level, s))).ToHashSet();
            var kept = own.Where(e => e.Example.Features[BlockSamples.KeptFeature] == 1).SelectMany(e => e.With.Select(s => (e.Page, e.Level, s))).ToHashSet();
            Console.WriteLine($"{name}: {held.Count} `with` snippets found in a block, {held.Count - kept.Count} of them outside the reading; {own.Count(e => e.Candidate)} blocks the trees may admit");
        }
        Console.WriteLine();
        Console.WriteLine("| cut | real pages: `with` regained | `without` leaked | other blocks admitted | rebuilt pages: `with` regained | moved blocks regained | `without` leaked | other blocks admitted |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var cut in new[] { -4f, -2f, -1f, 0f, 1f, 2f, 3f, 4f, 6f, 8f })
        {
            string Cells(Func<Labelled, bool> part)
            {
                var own = examples.Select((e, i) => (e, Score: scores[i])).Where(x => part(x.e)).ToList();
                var keptWith = own.Where(x => x.e.Example.Features[BlockSamples.KeptFeature] == 1).SelectMany(x => x.e.With.Select(s => (x.e.Page, x.e.Level, s))).ToHashSet();
                var keptWithout = own.Where(x => x.e.Example.Features[BlockSamples.KeptFeature] == 1).SelectMany(x => x.e.Without.Select(s => (x.e.Page, x.e.Level, s))).ToHashSet();
                var admitted = own.Where(x => x.e.Candidate && x.Score > cut).Select(x => x.e).ToList();
                var regained = admitted.SelectMany(e => e.With.Select(s => (e.Page, e.Level, s))).Where(k => !keptWith.Contains(k)).Distinct().Count();
                var leaked = admitted.SelectMany(e => e.Without.Select(s => (e.Page, e.Level, s))).Where(k => !keptWithout.Contains(k)).Distinct().Count();
                var moved = admitted.Count(e => e.Moved);
                var other = admitted.Count(e => !e.Moved && e.With.Length + e.Without.Length == 0);
                return part == IsReal ? $"{regained} | {leaked} | {other}" : $"{regained} | {moved} | {leaked} | {other}";
            }
            Console.WriteLine($"| {cut} | {Cells(IsReal)} | {Cells(IsRebuilt)} |");
        }
    }

    private static readonly Func<Labelled, bool> IsReal = e => e.Level == 0;
    private static readonly Func<Labelled, bool> IsRebuilt = e => e.Level > 0;
}
