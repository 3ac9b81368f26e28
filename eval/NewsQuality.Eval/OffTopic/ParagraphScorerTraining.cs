using Microsoft.ML;
using Microsoft.ML.Data;
using NewsQuality.Eval.RealNews;
using NewsQuality.Rules.OffTopic;
using NewsQuality.Text;

namespace NewsQuality.Eval.OffTopic;

/// <summary>
/// Learns NQ3003's paragraph scorer: an ML.NET logistic regression over <see cref="NQ3003OffTopicParagraph.Features"/> of every
/// paragraph the rule judges in the tune split of the realnews corpora (even ids), planted off-topic paragraphs (the realnews
/// evaluation's injector, same seed) as positives and every other paragraph of the hosts and of the untouched articles as
/// negatives. Prints the weights to paste into the rule and, on the same tune split, the recall and false flags per 1,000 clean
/// articles at the default threshold. Held-out figures come from the realnews evaluation (odd ids).
/// </summary>
public sealed class ParagraphScorerTraining : IEvaluation
{
    public string Name => "offtopic-train";
    public string Description => "learn NQ3003's paragraph scorer on the realnews tune split (even ids); prints the weights";

    private sealed class Example
    {
        public bool Label { get; set; }

        [VectorType(NQ3003OffTopicParagraph.FeatureCount)]
        public float[] Features { get; set; } = [];
    }

    public int Run(string[] args)
    {
        var seed = Options.Int(args, "--seed", 20261201);
        var dump = args.Contains("--dump") ? args[Array.IndexOf(args, "--dump") + 1] : null;
        var corpora = RealCorpora.Load(RealCorpora.Split.Tune);
        var random = new Random(seed);
        var injector = new OffTopicParagraphInjector();
        var examples = new List<(Example Example, string Corpus, bool Clean, string Where)>();
        foreach (var corpus in corpora)
        {
            // The rule weighs words by the shipped background IDF whatever the run, so an article's findings do not depend on the batch.
            var weights = TermWeights.Background;
            foreach (var host in corpus.Articles)
            {
                foreach (var m in NQ3003OffTopicParagraph.Measure(host, weights))
                    examples.Add((new Example { Label = false, Features = NQ3003OffTopicParagraph.Features(m) }, corpus.Name, true, $"{host.Id}\t{HitJudgments.Key(host.Slice(m.Span))}"));
                if (injector.Inject(host, random, corpus.Articles) is not { } injection) continue;
                foreach (var m in NQ3003OffTopicParagraph.Measure(injection.Article, weights))
                    if (m.Span.Overlaps(injection.Span))
                        examples.Add((new Example { Label = true, Features = NQ3003OffTopicParagraph.Features(m) }, corpus.Name, false, $"{injection.Article.Id}\t{HitJudgments.Key(injection.Article.Slice(m.Span))}"));
            }
        }
        if (dump is not null)
            File.WriteAllLines(dump, examples.Select(e => $"{(e.Example.Label ? 1 : 0)}\t{e.Corpus}\t{string.Join('\t', e.Example.Features)}\t{e.Where}"));

        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(examples.Select(e => e.Example));
        var model = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(l1Regularization: 0, l2Regularization: 0.1f).Fit(data);
        var coefficients = model.Model.SubModel.Weights.ToArray();
        var bias = model.Model.SubModel.Bias;
        Console.WriteLine($"### NQ3003 paragraph scorer (tune split, {examples.Count(e => e.Example.Label)} planted and {examples.Count(e => !e.Example.Label)} other paragraphs)\n");
        Console.WriteLine($"weights: [{string.Join(", ", coefficients.Select(w => $"{w:0.###}"))}], bias {bias:0.###}");
        var metrics = ml.BinaryClassification.EvaluateNonCalibrated(model.Transform(data));
        Console.WriteLine($"AUC on the tune split: {metrics.AreaUnderRocCurve:0.000}\n");
        foreach (var corpus in corpora)
        {
            var own = examples.Where(e => e.Corpus == corpus.Name).Select(e => e.Example).ToList();
            var aucs = Enumerable.Range(0, NQ3003OffTopicParagraph.FeatureCount).Select(k => Auc(own, k));
            Console.WriteLine($"single-feature AUCs, {corpus.Name} (0.5 = no signal, under 0.5 = lower on planted): {string.Join(", ", aucs.Select(a => $"{a:0.00}"))}");
        }
        Console.WriteLine();
        Console.WriteLine("| corpus | cut (logit) | planted caught | recall | clean paragraphs flagged | per 1,000 articles |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var corpus in corpora)
        {
            var own = examples.Where(e => e.Corpus == corpus.Name).Select(e => (e.Example.Label, e.Clean, Logit: bias + e.Example.Features.Zip(coefficients, (f, w) => f * w).Sum())).ToList();
            foreach (var cut in new[] { -1.0, 0.0, 1.0, 2.0, 3.0, 4.0 })
            {
                var planted = own.Where(o => o.Label).ToList();
                var flagged = own.Count(o => o.Clean && o.Logit > cut);
                Console.WriteLine($"| {corpus.Name} | {cut} | {planted.Count(o => o.Logit > cut)} / {planted.Count} | {(double)planted.Count(o => o.Logit > cut) / planted.Count:0.000} | {flagged} | {1000.0 * flagged / corpus.Articles.Count:0.0} |");
            }
        }
        return 0;
    }

    /// <summary>Probability that a planted paragraph's feature <paramref name="k"/> is above an unplanted one's (ties count half).</summary>
    private static double Auc(List<Example> examples, int k)
    {
        var ranked = examples.OrderBy(e => e.Features[k]).ToList();
        double positives = ranked.Count(e => e.Label), negatives = ranked.Count - positives, rankSum = 0;
        for (var start = 0; start < ranked.Count;)
        {
            var end = start;
            while (end < ranked.Count && ranked[end].Features[k] == ranked[start].Features[k]) end++;
            rankSum += ranked.Skip(start).Take(end - start).Count(e => e.Label) * (start + end + 1) / 2.0;
            start = end;
        }
        return positives == 0 || negatives == 0 ? 0.5 : (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
    }
}
