using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using NewsQuality.TranslationQuality;
using NewsQuality.Eval.RealNews;
using NewsQuality.Eval.Translation;
using NewsQuality.Model;
using NewsQuality.Rules.OffTopic;
using NewsQuality.Text;

namespace NewsQuality.Eval.OffTopic;

/// <summary>
/// Learns NQ3003's paragraph scorer: ML.NET FastTree (binary) over <see cref="NQ3003OffTopicParagraph.Features(NQ3003OffTopicParagraph.ParagraphMeasure)"/> of every paragraph
/// the rule judges in the tune split of the realnews corpora (even ids), planted off-topic paragraphs (the realnews evaluation's
/// injector; three per crawled host, weighed as one) as positives and the untouched articles' paragraphs as negatives, less page
/// chrome a reader judged a real NQ3003 hit. A 2-fold cross-validation by article compares the trees with a logistic regression at
/// equal false-flag budgets and gives the cut (--budget flagged untouched paragraphs); --export writes the trees the rule ships.
/// Held-out figures come from the realnews evaluation (odd ids). The rule reads copy in another house style with a second topic
/// table and scores it with trees of their own: --topics beyond-bbc learns those, --margin and --single-table set the switch.
/// </summary>
public sealed class ParagraphScorerTraining : IEvaluation
{
    public string Name => "offtopic-train";
    public string Description => "learn NQ3003's paragraph scorer on the realnews tune split (even ids); --export FILE writes its trees";

    private sealed class Example
    {
        public bool Label { get; set; }

        public float Weight { get; set; } = 1;

        [VectorType(NQ3003OffTopicParagraph.FeatureCount + ParagraphReferences.Count)]
        public float[] Features { get; set; } = [];
    }

    public int Run(string[] args)
    {
        var seed = Options.Int(args, "--seed", 20261201);
        var dump = args.Contains("--dump") ? args[Array.IndexOf(args, "--dump") + 1] : null;
        // Crawled pages give a sixth of BBC's paragraphs: plant into each crawled host more than once and weigh its paragraphs more,
        // so the scorer is not learned for BBC's house style alone.
        var crawlPlantings = Options.Int(args, "--crawl-plantings", 3);
        var crawlWeight = (float)Options.Double(args, "--crawl-weight", 1);
        // Features left out (--without 17,19): held at zero, a feature no tree can split on, so subsets are compared without code changes.
        var without = args.Contains("--without") ? args[Array.IndexOf(args, "--without") + 1].Split(',').Select(int.Parse).ToHashSet() : [];
        // --references appends ParagraphReferences' coreference-lite measures (fifteenth pass; features 19 to 23), held at zero otherwise.
        var references = args.Contains("--references");
        float[] Features((NQ3003OffTopicParagraph.ParagraphMeasure M, float[] References) p) =>
            NQ3003OffTopicParagraph.Features(p.M).Concat(references ? p.References : new float[ParagraphReferences.Count]).Select((v, k) => without.Contains(k) ? 0 : v).ToArray();
        // --single-table reads every article with BBC's topic table (the rule before the house-style switch), --margin M switches to
        // the table beyond BBC only when it rebuilds M times more of the article; --topics beyond-bbc (or bbc) learns the scorer of
        // the articles the switch reads with that table only.
        var margin = args.Contains("--single-table") ? double.PositiveInfinity : Options.Double(args, "--margin", NQ3003OffTopicParagraph.BeyondBbcMargin);
        var topics = args.Contains("--topics") ? args[Array.IndexOf(args, "--topics") + 1] : null;
        bool Learned(NQ3003OffTopicParagraph.ParagraphMeasure m) => topics is null || m.TopicsBeyondBbc == (topics == "beyond-bbc");
        // --cross-fit DIR: the table beyond BBC learned from the tune pages is their own training text, so on them its topic cosine
        // is better than on any page a user checks. DIR holds the two tables learned without each cross-validation fold's crawled
        // pages (tools/derive-topic-vectors.cs --beyond-bbc --leave-out-fold F, written as beyond-bbc-without-fold{F}.tsv); the
        // cross-validated scores then come from each page measured with the table that never read it, and --train-out-of-fold
        // learns the trees from such measures too (sixteenth pass).
        var crossFit = args.Contains("--cross-fit") ? args[Array.IndexOf(args, "--cross-fit") + 1] : null;
        var outOfFold = crossFit is null ? null : new[] { 0, 1 }.Select(fold =>
            TopicVectors.FromImage(TopicVectors.Write(File.ReadLines(Path.Combine(crossFit, $"beyond-bbc-without-fold{fold}.tsv"))))).ToArray();
        var trainOutOfFold = args.Contains("--train-out-of-fold");
        TopicVectors? TableFor(Article article, bool test) => outOfFold is not null && (test || trainOutOfFold) ? outOfFold[Fold(article.Id + "\t")] : null;
        IEnumerable<(NQ3003OffTopicParagraph.ParagraphMeasure M, float[] References)> Measured(Article article, TopicVectors? table = null)
        {
            var measures = NQ3003OffTopicParagraph.Measure(article, TermWeights.Background, margin, table);
            var refs = references ? (ExtraFeatures ?? ParagraphReferences.Of)(article, measures.Select(m => m.Span).ToList()) : new float[measures.Count][];
            return measures.Select((m, k) => (m, refs[k] ?? new float[ParagraphReferences.Count])).Where(p => Learned(p.m));
        }
        var corpora = RealCorpora.Load(RealCorpora.Split.Tune);
        // --with-partisan: the crawl's partisan pages (even ids) as more copy in other house styles to learn from, training
        // only: their untouched paragraphs are negatives but do not count towards the false-flag budget, which is the
        // professional news' (opinion columns digress, and their digressions are not what the cut is held to).
        var trainingOnly = new HashSet<string>();
        if (args.Contains("--with-partisan"))
        {
            var partisan = RealCorpora.PartisanTune();
            corpora = [.. corpora, partisan];
            trainingOnly.Add(partisan.Name);
        }
        // --with-web: the web pages the extractor was tuned on, training only as the partisan pages are.
        if (args.Contains("--with-web"))
        {
            var web = RealCorpora.WebTune();
            corpora = [.. corpora, web];
            trainingOnly.Add(web.Name);
        }
        var random = new Random(seed);
        var injector = new OffTopicParagraphInjector();
        // --short-plantings N: N more plantings per host of a paragraph of 12–24 words (weighed as one planting in all), drawn
        // from a generator of their own so the full-length plantings stay those of a run without them.
        var shortPlantings = Options.Int(args, "--short-plantings", 0);
        var shortWeight = (float)Options.Double(args, "--short-weight", 1);
        var shortRandom = new Random(seed + 1);
        var shortInjector = new OffTopicParagraphInjector(ShortParagraphWords.Min, ShortParagraphWords.Max, idSuffix: ShortParagraphWords.IdSuffix);
        // --near-plantings N: N more plantings per host of a paragraph (12 words or more) from another story of the same beat
        // (--near-band MIN,MAX of TF-IDF cosine with the host, default 0.05,0.15), weighed --near-weight of one planting in all,
        // from a generator of their own: a paste from one wire story into another shares the beat's topic, which the other
        // plantings (cosine under 0.05) never do.
        var nearPlantings = Options.Int(args, "--near-plantings", 0);
        var nearWeight = (float)Options.Double(args, "--near-weight", 1);
        var band = (args.Contains("--near-band") ? args[Array.IndexOf(args, "--near-band") + 1] : "0.05,0.15").Split(',').Select(double.Parse).ToArray();
        var nearRandom = new Random(seed + 2);
        var nearInjector = new OffTopicParagraphInjector(ShortParagraphWords.Min, idSuffix: NearSuffix, donorSimilarity: (band[0], band[1]));
        var judgments = HitJudgments.Load();
        var examples = new List<(Example Example, string Corpus, bool Clean, string Where)>();
        // What the cross-validation scores: the same paragraphs as examples unless --cross-fit measures them otherwise.
        var testExamples = outOfFold is null ? examples : [];
        // Each judged paragraph of an article as an example: a planted one (overlapping the injection) as a positive; an untouched
        // article's paragraphs as negatives, less page chrome a reader judged a real NQ3003 hit (a newsletter prompt, a teaser for
        // another story), which is off topic.
        void AddExamples(List<(Example Example, string Corpus, bool Clean, string Where)> into, string corpus, Article article, Injection? injection, float weight,
            IEnumerable<(NQ3003OffTopicParagraph.ParagraphMeasure M, float[] References)> measures)
        {
            foreach (var m in measures)
            {
                var where = $"{article.Id}\t{HitJudgments.Key(article.Slice(m.M.Span))}";
                if (injection is null && !judgments.IsReal(article.Id, "NQ3003", article.Slice(m.M.Span)))
                    into.Add((new Example { Label = false, Weight = weight, Features = Features(m) }, corpus, true, where));
                else if (injection is not null && m.M.Span.Overlaps(injection.Span))
                    into.Add((new Example { Label = true, Weight = weight, Features = Features(m) }, corpus, false, where));
            }
        }
        // --context FILE: every judged paragraph of each untouched and each planted article with its cross-validated score (kind u:
        // untouched, r: chrome judged real, p: planted, c: the planted article's own), so that a paragraph's score can be set against
        // its own article's others (a per-article cut, eval/NewsQuality.Eval/OffTopic/article-relief.py) without the rule being rebuilt.
        var contextPath = args.Contains("--context") ? args[Array.IndexOf(args, "--context") + 1] : null;
        var groups = new List<(string Group, string Corpus, List<(float[] Features, char Kind)> Paragraphs)>();
        foreach (var corpus in corpora)
        {
            var crawled = corpus != corpora[0];
            var weight = crawled ? crawlWeight : 1;
            foreach (var host in corpus.Articles)
            {
                var hostMeasures = Measured(host, TableFor(host, test: false)).ToList();
                var hostGroup = hostMeasures
                    .Select(m => (Features: Features(m), Kind: judgments.IsReal(host.Id, "NQ3003", host.Slice(m.M.Span)) ? 'r' : 'u')).ToList();
                if (hostGroup.Count > 0) groups.Add((host.Id, corpus.Name, hostGroup));
                AddExamples(examples, corpus.Name, host, null, weight, hostMeasures);
                if (outOfFold is not null) AddExamples(testExamples, corpus.Name, host, null, weight, Measured(host, TableFor(host, test: true)));
                var plantings = crawled ? crawlPlantings : 1;
                for (var planting = 0; planting < plantings + shortPlantings + nearPlantings; planting++)
                {
                    var (planter, generator, share) = planting < plantings ? (injector, random, plantings)
                        : planting < plantings + shortPlantings ? (shortInjector, shortRandom, shortPlantings / shortWeight)
                        : (nearInjector, nearRandom, nearPlantings / nearWeight);
                    if (planter.Inject(host, generator, corpus.Articles) is not { } injection) continue;
                    var plantedMeasures = Measured(injection.Article, TableFor(host, test: false)).ToList();
                    var plantedGroup = plantedMeasures
                        .Select(m => (Features: Features(m), Kind: m.M.Span.Overlaps(injection.Span) ? 'p' : 'c')).ToList();
                    if (plantedGroup.Any(p => p.Kind == 'p')) groups.Add(($"{injection.Article.Id}#{planting}", corpus.Name, plantedGroup));
                    AddExamples(examples, corpus.Name, injection.Article, injection, weight / share, plantedMeasures);
                    if (outOfFold is not null)
                        AddExamples(testExamples, corpus.Name, injection.Article, injection, weight / share, Measured(injection.Article, TableFor(host, test: true)));
                }
            }
        }
        if (dump is not null)
            File.WriteAllLines(dump, examples.Select(e => $"{(e.Example.Label ? 1 : 0)}\t{e.Corpus}\t{string.Join('\t', e.Example.Features)}\t{e.Where}"));

        var ml = new MLContext(seed: 1);
        TreeSize = (Options.Int(args, "--leaves", TreeSize.Leaves), Options.Int(args, "--trees", TreeSize.Trees), Options.Int(args, "--min-leaf", TreeSize.MinLeaf));
        Console.WriteLine($"### NQ3003 paragraph scorer (tune split, {examples.Count(e => e.Example.Label)} planted and {examples.Count(e => !e.Example.Label)} other paragraphs)\n");
        foreach (var corpus in corpora)
        {
            var own = examples.Where(e => e.Corpus == corpus.Name).Select(e => e.Example).ToList();
            var aucs = Enumerable.Range(0, NQ3003OffTopicParagraph.FeatureCount + (references ? ParagraphReferences.Count : 0)).Select(k => Auc(own, k));
            Console.WriteLine($"single-feature AUCs, {corpus.Name} (0.5 = no signal, under 0.5 = lower on planted): {string.Join(", ", aucs.Select(a => $"{a:0.00}"))}");
        }
        var scores = args.Contains("--scores") ? args[Array.IndexOf(args, "--scores") + 1] : null;
        var cut = CrossValidate(ml, examples, testExamples, corpora, trainingOnly, Options.Int(args, "--budget", 6), args.Contains("--verbose"), scores, out var treesByFold);
        // Each article scored by the fold's trees that did not learn from it (the fold is the article's, as CrossValidate's), so that
        // a cut can be taken on a score set against the article's own paragraphs: --relief L takes each paragraph's score less L times
        // the highest of its article's other paragraphs' (the fourteenth pass's per-article cut, measured and not shipped; 0, the rule's
        // score, by default).
        var relief = Options.Double(args, "--relief", 0);
        var contextLines = new List<string>();
        var relievedClean = new List<double>();
        foreach (var (group, corpusName, paragraphs) in groups)
        {
            var foldTrees = treesByFold[Fold(group + "\t")];
            var scored = ml.Data.CreateEnumerable<Scored>(foldTrees.Transform(ml.Data.LoadFromEnumerable(paragraphs.Select(p => new Example { Features = p.Features }))), reuseRowObject: false)
                .Select(s => (double)s.Score).ToList();
            for (var j = 0; j < scored.Count; j++)
            {
                contextLines.Add(FormattableString.Invariant($"{group}\t{corpusName}\t{paragraphs[j].Kind}\t{(float)scored[j]:R}"));
                if (paragraphs[j].Kind == 'u' && !trainingOnly.Contains(corpusName)) relievedClean.Add(scored[j] - relief * Enumerable.Range(0, scored.Count).Where(k => k != j).Select(k => scored[k]).DefaultIfEmpty(0).Max());
            }
        }
        if (contextPath is not null) File.WriteAllLines(contextPath, contextLines);
        var relievedCut = relievedClean.OrderDescending().ElementAt(Options.Int(args, "--budget", 6));
        var model = Trees(ml).Fit(ml.Data.LoadFromEnumerable(examples.Select(e => e.Example)));
        var forest = RegressionForest.From(model.Model.SubModel);
        var slope = ((PlattCalibrator)model.Model.Calibrator).Slope;
        var offset = ((PlattCalibrator)model.Model.Calibrator).Offset;
        var first = ml.Data.CreateEnumerable<Scored>(model.Transform(ml.Data.LoadFromEnumerable(examples.Take(1).Select(e => e.Example))), reuseRowObject: false).Single();
        Console.WriteLine($"\nPlatt calibration: slope {slope:0.####}, offset {offset:0.####} (first paragraph: ML.NET probability {first.Probability:0.####}, " +
                          $"1 / (1 + exp(slope × exported score + offset)) {1 / (1 + Math.Exp(slope * forest.Predict(examples[0].Example.Features) + offset)):0.####})");
        // ML.NET's Platt calibrator gives 1 / (1 + exp(slope × score + offset)): the calibrated log odds rise by -slope per unit of score.
        Console.WriteLine(relief == 0
            ? $"paste into NQ3003: Cut = {cut:0.####}, Slope = {-slope:0.####}\n"
            : $"paste into NQ3003: Cut = {relievedCut:0.####} (the score less {relief} times the highest of its article's others; the raw score's cut {cut:0.####}), Slope = {-slope:0.####}\n");
        Console.WriteLine("| corpus (trained on, so optimistic) | planted caught at the cut | recall | clean paragraphs flagged | per 1,000 articles |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var corpus in corpora)
        {
            var own = examples.Where(e => e.Corpus == corpus.Name).Select(e => (e.Example.Label, e.Clean, Score: forest.Predict(e.Example.Features))).ToList();
            var planted = own.Where(o => o.Label).ToList();
            var flagged = own.Count(o => o.Clean && o.Score > cut);
            Console.WriteLine($"| {corpus.Name} | {planted.Count(o => o.Score > cut)} / {planted.Count} | {(double)planted.Count(o => o.Score > cut) / planted.Count:0.000} | {flagged} | {1000.0 * flagged / corpus.Articles.Count:0.0} |");
        }
        if (args.Contains("--export"))
        {
            var path = args[Array.IndexOf(args, "--export") + 1];
            using var file = File.Create(path);
            forest.Save(file);
            Console.WriteLine($"\ntrees written to {path}");
        }
        return 0;
    }

    /// <summary>What a same-beat planting's article id ends with (--near-plantings).</summary>
    private const string NearSuffix = "+near-paragraph";

    /// <summary>Probe hook: measures of up to <see cref="ParagraphReferences.Count"/> extra features in place of ParagraphReferences' (--references).</summary>
    public static Func<Article, IReadOnlyList<TextSpan>, float[][]>? ExtraFeatures;

    /// <summary>The trees' size: --leaves, --trees, --min-leaf (defaults chosen by cross-validation on the tune split).</summary>
    private static (int Leaves, int Trees, int MinLeaf) TreeSize = (4, 200, 20);

    private static FastTreeBinaryTrainer Trees(MLContext ml) =>
        ml.BinaryClassification.Trainers.FastTree(exampleWeightColumnName: nameof(Example.Weight), numberOfLeaves: TreeSize.Leaves, numberOfTrees: TreeSize.Trees,
            minimumExampleCountPerLeaf: TreeSize.MinLeaf, learningRate: 0.1);

    /// <summary>
    /// Two folds by article (the article ids' numbers halved, odd and even), each scored by a model learned on the other: recall of
    /// each corpus at the cut where all untouched articles together get a given number of flagged paragraphs, for a logistic
    /// regression and the boosted trees, so the two learners are compared at the same false-flag budget on text neither saw.
    /// Returns the trees' cut at <paramref name="budget"/> flagged untouched paragraphs.
    /// </summary>
    /// <remarks>
    /// <paramref name="scoresPath"/> (--scores FILE) keeps each learner's cross-validated score of every paragraph, so that two
    /// scorers of the house styles (--topics) are judged together at one false-flag budget (eval/NewsQuality.Eval/OffTopic/combine-scores.py).
    /// </remarks>
    /// <summary>The cross-validation fold of an article (its id's number halved, odd or even), from a "id\t…" key.</summary>
    private static int Fold(string where)
    {
        var id = where[..where.IndexOf('\t')];
        id = id.Contains('+') ? id[..id.IndexOf('+')] : id;
        // Web pages' ids end in hexadecimal digits ("tf-ba6bc6f31fb4"), the corpora's in decimal ones.
        var number = id[(id.LastIndexOf('-') + 1)..];
        return (int)((id.StartsWith("tf-", StringComparison.Ordinal) ? Convert.ToInt64(number, 16) : long.Parse(number)) / 2 % 2);
    }

    private static double CrossValidate(MLContext ml, List<(Example Example, string Corpus, bool Clean, string Where)> examples,
        List<(Example Example, string Corpus, bool Clean, string Where)> testExamples, IReadOnlyList<RealCorpora.Corpus> corpora,
        IReadOnlySet<string> trainingOnly, int budget, bool verbose, string? scoresPath,
        out ITransformer[] treesByFold)
    {
        treesByFold = new ITransformer[2];
        var scoreLines = new List<string>();
        var learners = new (string Name, Func<IDataView, ITransformer> Fit)[]
        {
            ("logistic regression", d => ml.BinaryClassification.Trainers.LbfgsLogisticRegression(exampleWeightColumnName: nameof(Example.Weight), l1Regularization: 0, l2Regularization: 0.1f).Fit(d)),
            ("FastTree", d => Trees(ml).Fit(d)),
        };
        Console.WriteLine("\n| learner (2-fold by article) | flagged untouched paragraphs (not of training-only corpora) | " + string.Join(" | ", corpora.Select(c => $"{c.Name}: recall, clean flagged")) + " |");
        Console.WriteLine("|---|---|" + string.Concat(corpora.Select(_ => "---|")));
        var treesCut = 0.0;
        List<(float Score, bool Label, bool Clean, string Corpus, string Where)> lastScored = [];
        foreach (var (name, fit) in learners)
        {
            var scored = new List<(float Score, bool Label, bool Clean, string Corpus, string Where)>();
            for (var fold = 0; fold < 2; fold++)
            {
                var train = examples.Where(e => Fold(e.Where) != fold).Select(e => e.Example).ToList();
                var test = testExamples.Where(e => Fold(e.Where) == fold).ToList();
                var model = fit(ml.Data.LoadFromEnumerable(train));
                if (name == "FastTree") treesByFold[fold] = model;
                var scores = ml.Data.CreateEnumerable<Scored>(model.Transform(ml.Data.LoadFromEnumerable(test.Select(e => e.Example))), reuseRowObject: false).Select(s => s.Score).ToList();
                scored.AddRange(test.Zip(scores, (e, s) => (s, e.Example.Label, e.Clean, e.Corpus, e.Where)));
            }
            lastScored = scored;
            scoreLines.AddRange(scored.Select(s => FormattableString.Invariant($"{name}\t{s.Corpus}\t{(s.Label ? 1 : 0)}\t{(s.Clean ? 1 : 0)}\t{s.Score:R}\t{s.Where}")));
            var clean = scored.Where(s => s.Clean && !trainingOnly.Contains(s.Corpus)).Select(s => s.Score).OrderDescending().ToList();
            foreach (var flagged in new[] { 2, 3, 4, 5, 6, 8, budget, 16, 24 }.Distinct().Order())
            {
                // The score of the (flagged + 1)th clean paragraph: exactly `flagged` clean paragraphs score above it.
                var cut = clean[flagged];
                if (name == "FastTree" && flagged == budget) treesCut = cut;
                var cells = corpora.Select(c =>
                {
                    var own = scored.Where(s => s.Corpus == c.Name).ToList();
                    var planted = own.Where(s => s.Label).ToList();
                    // Short plantings (--short-plantings) apart: their recall beside the full-length paragraphs', which stay comparable with runs without them.
                    var full = planted.Where(s => !s.Where.Contains(ShortParagraphWords.IdSuffix) && !s.Where.Contains(NearSuffix)).ToList();
                    var shortOnes = planted.Where(s => s.Where.Contains(ShortParagraphWords.IdSuffix)).ToList();
                    var nearOnes = planted.Where(s => s.Where.Contains(NearSuffix)).ToList();
                    var shortRecall = (shortOnes.Count == 0 ? "" : $" (short {(double)shortOnes.Count(s => s.Score > cut) / shortOnes.Count:0.000})")
                                      + (nearOnes.Count == 0 ? "" : $" (near {(double)nearOnes.Count(s => s.Score > cut) / nearOnes.Count:0.000})");
                    return $"{(double)full.Count(s => s.Score > cut) / full.Count:0.000}{shortRecall}, {own.Count(s => s.Clean && s.Score > cut)}";
                });
                Console.WriteLine($"| {name} | {flagged} | {string.Join(" | ", cells)} |");
            }
        }
        if (scoresPath is not null) File.WriteAllLines(scoresPath, scoreLines);
        if (verbose)
            foreach (var (score, _, _, corpus, where) in lastScored.Where(s => s.Clean && !trainingOnly.Contains(s.Corpus) && s.Score > treesCut).OrderByDescending(s => s.Score))
                Console.WriteLine($"cross-validated trees flag, untouched {corpus}: {score:0.0}\t{where}");
        return treesCut;
    }

    private sealed class Scored
    {
        public float Score { get; set; }

        public float Probability { get; set; }
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
