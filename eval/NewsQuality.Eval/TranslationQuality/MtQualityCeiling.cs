using System.Text.Json;
using MathNet.Numerics.Statistics;
using NewsQuality.Model;
using NewsQuality.Text;
using NewsQuality.TranslationQuality;

namespace NewsQuality.Eval.TranslationQuality;

/// <summary>
/// Issue 14 asks for a system-level rank correlation ≥ 0.7 with MQM over the 13 TED machine systems on the held-out
/// talks. Two questions: (1) how far can any metric get on this data: how well do the judges' own scores of the systems
/// on some talks predict their ranking on other talks (gold against gold, with bootstrap intervals over segments)? (2)
/// does a system-level method that compares the translations of the same segment with each other do better than
/// pooling article scores? Those methods are reference-free consensus measures (each translation against the other
/// systems' translations of the same segment, as in minimum-Bayes-risk decoding) and a Bradley–Terry ranking of the
/// sentence estimate's pairwise verdicts. One is chosen on the training talks (talk.2, talk.5, talk.9) and every one is
/// reported on the held-out talks.
/// </summary>
public sealed class MtQualityCeiling : IEvaluation
{
    public string Name => "mtquality-ceiling";
    public string Description => "what system-level agreement the TED MQM data allows (gold vs gold across talks) and consensus rankings of the systems";

    private const int Resamples = 1000;
    private const int Seed = 20261201;

    /// <summary>One source segment of a talk and every machine system's translation of it.</summary>
    internal sealed record Segment(string Talk, int Seg, IReadOnlyDictionary<string, MqmSegment> Translations);

    /// <summary>A system-level method: a score per translation of a segment (higher is better) and how a set of segments pools them.</summary>
    private sealed record Method(string Name, Func<Segment, IReadOnlyDictionary<string, double>> Score, bool BradleyTerry);

    public int Run(string[] args)
    {
        var machine = QualityData.Ted().Where(s => !s.Human).ToList();
        var systems = machine.Select(s => s.System).Distinct().Order().ToList();
        var segments = machine.GroupBy(s => (s.Doc, s.Seg)).OrderBy(g => g.Key)
            .Select(g => new Segment(g.Key.Doc, g.Key.Seg, g.ToDictionary(s => s.System))).ToList();
        var training = segments.Where(s => !QualityData.HeldOutTalks.Contains(s.Talk)).ToList();
        var heldOut = segments.Where(s => QualityData.HeldOutTalks.Contains(s.Talk)).ToList();
        GoldTable(segments, training, heldOut, systems);
        // --gold-only: the judges against themselves alone (seconds), without the methods' table (minutes).
        if (!args.Contains("--gold-only")) MethodTable(training, heldOut, systems);
        return 0;
    }

    /// <summary>The judges against themselves: system rankings by mean MQM per segment on disjoint sets of segments.</summary>
    private static void GoldTable(IReadOnlyList<Segment> all, IReadOnlyList<Segment> training, IReadOnlyList<Segment> heldOut, IReadOnlyList<string> systems)
    {
        var random = new Random(Seed);
        double Agreement(IReadOnlyList<Segment> a, IReadOnlyList<Segment> b) => Correlation.Spearman(Gold(a, systems), Gold(b, systems));
        string Row(string name, IReadOnlyList<Segment> a, IReadOnlyList<Segment> b)
        {
            var (low, high) = Interval(() => Agreement(Resample(a, random), Resample(b, random)));
            return $"| {name} | {a.Count} | {b.Count} | {Format(Agreement(a, b))} | {Format(low)} to {Format(high)} |";
        }
        string Talks(IReadOnlyList<Segment> part) => string.Join(", ", part.Select(s => s.Talk).Distinct().Order());
        var byTalk = all.GroupBy(s => s.Talk).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => (IReadOnlyList<Segment>)g.ToList());

        // Two random halves of a set of segments, each ranking the systems: how far the gold agrees with itself there, and
        // (Spearman–Brown) the reliability of the whole set's ranking; a metric that knew each system's true quality on those
        // talks would agree with their gold at about its square root (classical test theory).
        double SplitHalves(string name, IReadOnlyList<Segment> part)
        {
            var halves = Enumerable.Range(0, Resamples).Select(_ =>
            {
                var shuffled = part.OrderBy(_ => random.Next()).ToList();
                return Agreement(shuffled[..(shuffled.Count / 2)], shuffled[(shuffled.Count / 2)..]);
            }).ToArray();
            Console.WriteLine($"| {name}, one random half of the segments → the other half ({Resamples:N0} splits; mean, 2.5th–97.5th percentile) | " +
                              $"{part.Count / 2} | {part.Count - part.Count / 2} | {Format(halves.Average())} | {Format(Statistics.Quantile(halves, 0.025))} to {Format(Statistics.Quantile(halves, 0.975))} |");
            return 2 * halves.Average() / (1 + halves.Average());
        }

        Console.WriteLine($"Gold against gold: Spearman between the {systems.Count} machine systems' mean MQM per segment on one set of TED segments and on another " +
                          $"(what a metric that captured each system's quality as judged on other talks would reach); 95% interval from {Resamples:N0} bootstrap resamples of the segments within each talk");
        Console.WriteLine();
        Console.WriteLine("| gold on … predicts gold on … | segments | segments | Spearman | 95% interval |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        Console.WriteLine(Row($"training talks ({Talks(training)}) → held-out talks ({Talks(heldOut)})", training, heldOut));
        var heldOutTalks = heldOut.Select(s => s.Talk).Distinct().Order().ToList();
        Console.WriteLine(Row($"held-out {heldOutTalks[0]} → held-out {heldOutTalks[1]}", byTalk[heldOutTalks[0]], byTalk[heldOutTalks[1]]));
        foreach (var talk in byTalk.Keys.Where(t => !QualityData.HeldOutTalks.Contains(t)))
            Console.WriteLine(Row($"training {talk} → held-out talks", byTalk[talk], heldOut));

        var heldOutReliability = SplitHalves($"held-out talks ({Talks(heldOut)})", heldOut);
        var trainingReliability = SplitHalves($"training talks ({Talks(training)})", training);
        Console.WriteLine();
        Console.WriteLine($"Reliability of the gold ranking (Spearman–Brown from the split halves): held-out {heldOutReliability:F2}, training {trainingReliability:F2}; " +
                          $"a metric that knew the systems' true quality on those talks would agree with their gold at about √{heldOutReliability:F2} = {Math.Sqrt(heldOutReliability):F2} " +
                          $"held out and √{trainingReliability:F2} = {Math.Sqrt(Math.Max(0, trainingReliability)):F2} on the training talks.");
        var raters = RatersPerSegment();
        Console.WriteLine($"Raters: within one segment the machine translations' errors were marked by up to {raters.Max()} different raters " +
                          $"(median {Statistics.Median(raters.Select(r => (double)r)):F0} over the {raters.Count} segments with an error), so a system's MQM on a talk " +
                          "also measures how strict its raters were.");
        Console.WriteLine();

        Console.WriteLine("Gold against gold, talk by talk (Spearman over the machine systems' mean MQM per segment)");
        Console.WriteLine();
        Console.WriteLine($"| talk (segments) | {string.Join(" | ", byTalk.Keys)} |");
        Console.WriteLine($"|---|{string.Concat(byTalk.Keys.Select(_ => "---:|"))}");
        foreach (var (talk, part) in byTalk)
            Console.WriteLine($"| {talk} ({part.Count}) | {string.Join(" | ", byTalk.Values.Select(other => ReferenceEquals(other, part) ? "" : Format(Agreement(part, other))))} |");
        Console.WriteLine();
    }

    /// <summary>How many distinct raters marked the machine translations' errors of each segment (segments without an error name no rater).</summary>
    private static List<int> RatersPerSegment() =>
        File.ReadLines(SharedData.Path("corpora/mqm-ted-zhen-segments.jsonl")).Select(line => JsonDocument.Parse(line).RootElement)
            .Where(row => !row.GetProperty("human").GetBoolean())
            .SelectMany(row => row.GetProperty("errors").EnumerateArray().Select(e => (Segment: (row.GetProperty("doc").GetString(), row.GetProperty("seg").GetInt32()), Rater: e.GetProperty("rater").GetString())))
            .GroupBy(e => e.Segment).Select(g => g.Select(e => e.Rater).Distinct().Count()).ToList();

    /// <summary>Each system's −mean MQM per segment (higher is better), in the order of <paramref name="systems"/>.</summary>
    private static double[] Gold(IReadOnlyList<Segment> segments, IReadOnlyList<string> systems) =>
        systems.Select(system => -segments.Average(s => s.Translations[system].Mqm)).ToArray();

    /// <summary>The segments drawn with replacement, talk by talk, so every resample keeps the talks' mix.</summary>
    private static List<Segment> Resample(IReadOnlyList<Segment> segments, Random random) =>
        segments.GroupBy(s => s.Talk).SelectMany(talk =>
        {
            var list = talk.ToList();
            return Enumerable.Range(0, list.Count).Select(_ => list[random.Next(list.Count)]);
        }).ToList();

    private static (double Low, double High) Interval(Func<double> draw)
    {
        var draws = Enumerable.Range(0, Resamples).Select(_ => draw()).Where(d => !double.IsNaN(d)).ToArray();
        return (Statistics.Quantile(draws, 0.025), Statistics.Quantile(draws, 0.975));
    }

    private static void MethodTable(IReadOnlyList<Segment> training, IReadOnlyList<Segment> heldOut, IReadOnlyList<string> systems)
    {
        var estimator = TranslationQualityEstimator.Default;
        Method[] methods =
        [
            new("sentence estimate, mean over segments", segment => PerTranslation(segment, t => estimator.EstimateSentence(t.Text)), false),
            new("sentence estimate, Bradley–Terry over pairwise verdicts within each segment", segment => PerTranslation(segment, t => estimator.EstimateSentence(t.Text)), true),
            new("consensus chrF: mean chrF against the other systems' translations (MBR)", TranslationConsensus.ChrF, false),
            new("consensus chrF, Bradley–Terry", TranslationConsensus.ChrF, true),
            new("consensus content words: share of the words most other translations have", segment => TranslationConsensus.Coverage(segment, TranslationConsensus.ContentWords), false),
            new("consensus names and numbers: share of those most other translations have", segment => TranslationConsensus.Coverage(segment, TranslationConsensus.NamesAndNumbers), false),
            new("length: −abs(log(words / median words of the others))", TranslationConsensus.LengthDeviation, false),
            new("length: log(words / median words of the others)", TranslationConsensus.LengthRatio, false),
        ];
        // The shipped sentence model was trained on the training talks' MQM: its training-talk figures are in-sample.
        Console.WriteLine($"System-level methods that compare the translations of one segment with each other ({systems.Count} machine systems; a translation is compared " +
                          "with the other machine systems' translations only, never with a human reference), beside the sentence estimate: Spearman with −MQM; 95% interval " +
                          $"of the held-out system figure over {Resamples:N0} bootstrap resamples of the held-out segments. The sentence estimate was trained " +
                          "on the training talks, so its training columns are in-sample.");
        Console.WriteLine();
        Console.WriteLine("| method | training: system | training: within talk (mean) | held-out: system | 95% interval | held-out: within talk (mean) | held-out: document |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        var trainingSystem = new Dictionary<Method, double>();
        var heldOutSystem = new Dictionary<Method, double>();
        var random = new Random(Seed);
        foreach (var method in methods)
        {
            var heldOutScores = heldOut.ToDictionary(s => s, method.Score);
            var (trainSystem, trainWithin, _) = Agreement(method, training.ToDictionary(s => s, method.Score), training, systems);
            var (heldSystem, heldWithin, heldDocument) = Agreement(method, heldOutScores, heldOut, systems);
            var (low, high) = Interval(() => Agreement(method, heldOutScores, Resample(heldOut, random), systems).System);
            trainingSystem[method] = trainSystem;
            heldOutSystem[method] = heldSystem;
            Console.WriteLine($"| {method.Name} | {Format(trainSystem)} | {Format(trainWithin)} | {Format(heldSystem)} | {Format(low)} to {Format(high)} | {Format(heldWithin)} | {Format(heldDocument)} |");
        }
        var chosen = trainingSystem.Where(m => !m.Key.Name.StartsWith("sentence estimate", StringComparison.Ordinal)).MaxBy(m => m.Value).Key;
        Console.WriteLine();
        Console.WriteLine($"Chosen on the training talks (best training system figure among the methods not trained there): {chosen.Name}; held out {Format(heldOutSystem[chosen])}.");
        Console.WriteLine();
    }

    /// <summary>
    /// Spearman with −MQM over systems (a system's score pooled over all the segments), within each talk (pooled over the
    /// talk's segments, averaged over talks) and over documents (system × talk).
    /// </summary>
    private static (double System, double WithinTalk, double Document) Agreement(Method method, IReadOnlyDictionary<Segment, IReadOnlyDictionary<string, double>> scores,
                                                                                 IReadOnlyList<Segment> segments, IReadOnlyList<string> systems)
    {
        double[] Pool(IReadOnlyList<Segment> part) => method.BradleyTerry
            ? BradleyTerry(part.Select(s => scores[s]).ToList(), systems)
            : systems.Select(system => part.Average(s => scores[s][system])).ToArray();
        var system = Correlation.Spearman(Pool(segments), Gold(segments, systems));
        var talks = segments.GroupBy(s => s.Talk).Select(g => (IReadOnlyList<Segment>)g.ToList()).ToList();
        var withinTalk = talks.Average(talk => Correlation.Spearman(Pool(talk), Gold(talk, systems)));
        var document = Correlation.Spearman(talks.SelectMany(Pool), talks.SelectMany(talk => Gold(talk, systems)));
        return (system, withinTalk, document);
    }

    private static IReadOnlyDictionary<string, double> PerTranslation(Segment segment, Func<MqmSegment, double> score) =>
        segment.Translations.ToDictionary(t => t.Key, t => score(t.Value));

    /// <summary>
    /// Bradley–Terry strengths (log scale) from every segment's pairwise verdicts: the better-scored translation of a pair
    /// wins, a tie is half a win each. Fitted by Hunter's (2004) minorisation–maximisation iterations.
    /// </summary>
    private static double[] BradleyTerry(IReadOnlyList<IReadOnlyDictionary<string, double>> segments, IReadOnlyList<string> systems)
    {
        var n = systems.Count;
        var wins = new double[n, n];
        foreach (var scores in segments)
            for (var i = 0; i < n; i++)
                for (var j = 0; j < n; j++)
                    if (i != j) wins[i, j] += scores[systems[i]].CompareTo(scores[systems[j]]) switch { > 0 => 1, 0 => 0.5, _ => 0 };
        var strength = Enumerable.Repeat(1.0, n).ToArray();
        for (var iteration = 0; iteration < 200; iteration++)
        {
            var next = new double[n];
            for (var i = 0; i < n; i++)
            {
                double won = 0, denominator = 0;
                for (var j = 0; j < n; j++)
                {
                    if (i == j) continue;
                    won += wins[i, j];
                    denominator += (wins[i, j] + wins[j, i]) / (strength[i] + strength[j]);
                }
                next[i] = Math.Max(won, 1e-9) / denominator;
            }
            var sum = next.Sum();
            strength = next.Select(s => s * n / sum).ToArray();
        }
        return strength.Select(s => Math.Log(s)).ToArray();
    }

    /// <summary>Reference-free consensus measures: each translation against the other systems' translations of the same segment.</summary>
    internal static class TranslationConsensus
    {
        private const int MaxOrder = 6;
        private const double Beta = 2;

        /// <summary>Mean chrF (character 1- to 6-grams without spaces, β = 2; Popović 2015) against each other translation.</summary>
        public static IReadOnlyDictionary<string, double> ChrF(Segment segment)
        {
            var grams = segment.Translations.ToDictionary(t => t.Key, t => CharacterGrams(t.Value.Text));
            return grams.ToDictionary(own => own.Key, own => grams.Where(o => o.Key != own.Key).Average(other => ChrF(own.Value, other.Value)));
        }

        public static Dictionary<string, int>[] CharacterGrams(string text)
        {
            var letters = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
            return Enumerable.Range(1, MaxOrder).Select(order =>
                Enumerable.Range(0, Math.Max(0, letters.Length - order + 1)).GroupBy(i => letters.Substring(i, order))
                    .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal)).ToArray();
        }

        public static double ChrF(Dictionary<string, int>[] hypothesis, Dictionary<string, int>[] reference)
        {
            double precision = 0, recall = 0;
            var orders = 0;
            for (var n = 0; n < MaxOrder; n++)
            {
                var hypothesisTotal = hypothesis[n].Values.Sum();
                var referenceTotal = reference[n].Values.Sum();
                if (hypothesisTotal == 0 || referenceTotal == 0) continue;
                var matches = hypothesis[n].Sum(g => Math.Min(g.Value, reference[n].GetValueOrDefault(g.Key)));
                precision += (double)matches / hypothesisTotal;
                recall += (double)matches / referenceTotal;
                orders++;
            }
            if (orders == 0) return 0;
            precision /= orders;
            recall /= orders;
            return precision + recall == 0 ? 0 : (1 + Beta * Beta) * precision * recall / (Beta * Beta * precision + recall);
        }

        /// <summary>
        /// The share of the consensus words (those in at least half of the other translations) this translation has too:
        /// content another system rendered and this one dropped. 1 when there is no consensus word.
        /// </summary>
        public static IReadOnlyDictionary<string, double> Coverage(Segment segment, Func<string, HashSet<string>> words)
        {
            var sets = segment.Translations.ToDictionary(t => t.Key, t => words(t.Value.Text));
            return sets.ToDictionary(own => own.Key, own =>
            {
                var others = sets.Where(o => o.Key != own.Key).Select(o => o.Value).ToList();
                var consensus = others.SelectMany(o => o).Distinct().Where(w => others.Count(o => o.Contains(w)) * 2 >= others.Count).ToList();
                return consensus.Count == 0 ? 1 : consensus.Count(own.Value.Contains) / (double)consensus.Count;
            });
        }

        public static HashSet<string> ContentWords(string text) => TermVectors.ContentTerms(text, new TextSpan(0, text.Length)).ToHashSet(StringComparer.Ordinal);

        /// <summary>Numbers, and capitalised words other than a text's first word: the names and figures a translation must carry over.</summary>
        public static HashSet<string> NamesAndNumbers(string text) =>
            Tokenizer.Words(text).Skip(1).Select(w => w.Value).Where(w => w.Any(char.IsDigit) || char.IsUpper(w[0])).ToHashSet(StringComparer.Ordinal);

        public static IReadOnlyDictionary<string, double> LengthDeviation(Segment segment) =>
            LengthRatio(segment).ToDictionary(r => r.Key, r => -Math.Abs(r.Value));

        /// <summary>log(words / the median word count of the other translations): a short translation may have dropped content.</summary>
        public static IReadOnlyDictionary<string, double> LengthRatio(Segment segment)
        {
            var words = segment.Translations.ToDictionary(t => t.Key, t => Math.Max(1, Tokenizer.Words(t.Value.Text).Count()));
            return words.ToDictionary(own => own.Key, own => Math.Log(own.Value / Statistics.Median(words.Where(o => o.Key != own.Key).Select(o => (double)o.Value))));
        }
    }

    private static string Format(double value) => double.IsNaN(value) ? "n/a" : value.ToString("+0.00;−0.00");
}
