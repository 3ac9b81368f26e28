using MathNet.Numerics.Statistics;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using NewsQuality.Model;
using NewsQuality.TranslationQuality;

namespace NewsQuality.Eval.TranslationQuality;

/// <summary>
/// Rebuilds the two embedded resources of <see cref="TranslationQualityEstimator"/> from ../shared: the trigram model of
/// fluent English, then the FastTree regression on MLQE-PE train (DA z-scores) and the TED talks outside
/// <see cref="QualityData.HeldOutTalks"/> (MQM, as z-scores). Prints an ablation by feature group, measured on the
/// MLQE-PE dev split (the tune part; test and held-out TED are left to the mtquality evaluation).
/// </summary>
public sealed class MtQualityTraining : IEvaluation
{
    public string Name => "mtquality-train";
    public string Description => "rebuild the embedded translation-quality model and language model; print the feature ablation";

    public int Run(string[] args)
    {
        if (args.Contains("--export-trees")) return ExportTrees(Path.Combine(RepositoryRoot(), TranslationQualityEstimator.DataFolder));
        var tedWeight = Options.Double(args, "--ted-weight", 1);
        var mlqe = QualityData.Mlqe();
        var ted = QualityData.Ted();
        var dataFolder = Path.Combine(RepositoryRoot(), TranslationQualityEstimator.DataFolder);

        var builder = new NGramLanguageModel.Builder();
        foreach (var sentence in QualityData.LanguageModelText(mlqe))
            builder.Add(NGramLanguageModel.Words(sentence, new TextSpan(0, sentence.Length)));
        var languageModel = builder.Build(minCount: 2);
        var lmPath = Path.Combine(dataFolder, TranslationQualityEstimator.LanguageModelFile);
        using (var file = File.Create(lmPath)) languageModel.Save(file);
        Console.WriteLine($"language model: {string.Join(" / ", languageModel.Sizes.Select(n => n.ToString("N0")))} 1-/2-/3-grams, {new FileInfo(lmPath).Length / 1024.0:N0} KiB");

        var (train, garbled, tedTrain, tedRows) = TrainingRows(mlqe, ted, languageModel, (float)tedWeight);
        if (args.Contains("--ted-cv")) TedCrossValidation(train, tedTrain, tedRows);
        train.AddRange(tedRows);
        var withoutGarbled = train.ToList();
        train.AddRange(garbled);
        Console.WriteLine($"synthetic garbled rows: {garbled.Count:N0}, label {garbled[0].Label:F2}");
        var dev = mlqe.Where(r => r.Split == "dev").GroupBy(r => r.Pair).OrderBy(g => g.Key)
            .Select(g => (Pair: g.Key, Rows: g.Select(r => Row(r.Text, r.DaZ, 1, languageModel)).ToList())).ToList();
        Console.WriteLine($"training rows: {train.Count:N0} ({tedTrain.Count:N0} TED segments, weight {tedWeight}); dev rows: {dev.Sum(d => d.Rows.Count):N0}");

        var ml = new MLContext(seed: 1);
        Console.WriteLine();
        Console.WriteLine($"| features (MLQE-PE dev, Pearson with DA z) | {string.Join(" | ", dev.Select(d => d.Pair))} | mean |");
        Console.WriteLine($"|---|{string.Concat(dev.Select(_ => "---:|"))}---:|");
        var variants = new List<(string Name, HashSet<int> Kept)> { ("all", AllFeatures()) };
        variants.Add(("language model only", Group("language model")));
        variants.AddRange(SentenceFeatures.Groups.Keys.Select(g => ($"all but {g}", AllFeatures().Except(Group(g)).ToHashSet())));
        foreach (var (name, kept) in variants.Append(("all, without synthetic garbled rows", AllFeatures())))
        {
            var model = Train(ml, name.Contains("garbled") ? withoutGarbled : train, kept);
            var pearsons = dev.Select(d => Pearson(ml, model, d.Rows, kept)).ToList();
            Console.WriteLine($"| {name} | {string.Join(" | ", pearsons.Select(p => p.ToString("F3")))} | {pearsons.Average():F3} |");
        }

        var final = Train(ml, train, AllFeatures());
        var modelPath = Path.Combine(dataFolder, TranslationQualityEstimator.QualityModelFile);
        ml.Model.Save(final, ml.Data.LoadFromEnumerable(train).Schema, modelPath);
        Console.WriteLine();
        Console.WriteLine($"wrote {lmPath} and {modelPath} ({new FileInfo(modelPath).Length / 1024.0:N0} KiB)");
        return ExportTrees(dataFolder);
    }

    /// <summary>
    /// The training rows: MLQE-PE train (DA z-scores), garbled post-edits, and the TED talks outside
    /// <see cref="QualityData.HeldOutTalks"/> with their segments (MQM penalties as z-scores, weighted <paramref name="tedWeight"/>).
    /// </summary>
    internal static (List<SentenceQualityRow> Mlqe, List<SentenceQualityRow> Garbled, List<MqmSegment> TedTrain, List<SentenceQualityRow> TedRows) TrainingRows(
        IReadOnlyList<MlqeSentence> mlqe, IReadOnlyList<MqmSegment> ted, NGramLanguageModel languageModel, float tedWeight)
    {
        var mlqeTrain = mlqe.Where(r => r.Split == "train").ToList();
        var rows = mlqeTrain.Select(r => Row(r.Text, r.DaZ, 1, languageModel)).ToList();
        // Garbled post-edits get the DA z-score of the worst 1% of real translations: word salad is as bad as it gets,
        // and a label at the very bottom keeps it below the worst real sentences of professional news (NQ2014 needs that gap).
        var garbledLabel = Statistics.Quantile(mlqeTrain.Select(r => r.DaZ).ToArray(), 0.01);
        var random = new Random(14);
        var garbled = mlqeTrain.Where((_, i) => i % 35 == 0).Select(r => Row(WordSalad.Garble(r.PostEdit, random), garbledLabel, 1, languageModel)).ToList();
        var tedTrain = ted.Where(s => !QualityData.HeldOutTalks.Contains(s.Doc)).ToList();
        var mqmMean = tedTrain.Average(s => s.Mqm);
        var mqmStd = tedTrain.Select(s => s.Mqm).StandardDeviation();
        var tedRows = tedTrain.Select(s => Row(s.Text, -(s.Mqm - mqmMean) / mqmStd, tedWeight, languageModel)).ToList();
        return (rows, garbled, tedTrain, tedRows);
    }

    /// <summary>
    /// Writes the trees of the saved ML.NET model in the compact form the estimator runs (`--export-trees` does only
    /// this, from the model file already in the repository).
    /// </summary>
    private static int ExportTrees(string dataFolder)
    {
        var ml = new MLContext(seed: 1);
        var model = ml.Model.Load(Path.Combine(dataFolder, TranslationQualityEstimator.QualityModelFile), out _);
        var forest = RegressionForest.From(model);
        var treesPath = Path.Combine(dataFolder, TranslationQualityEstimator.QualityTreesResource);
        using (var file = File.Create(treesPath)) forest.Save(file);
        Console.WriteLine($"wrote {treesPath} ({forest.TreeCount} trees, {new FileInfo(treesPath).Length / 1024.0:N0} KiB)");
        return 0;
    }

    /// <summary>
    /// Tunes the weight of the MQM rows without touching the held-out talks: each training talk is predicted by a model
    /// trained on MLQE-PE and the other training talks; Spearman of the 15 systems' mean estimate with their mean MQM.
    /// </summary>
    private static void TedCrossValidation(List<SentenceQualityRow> mlqeRows, IReadOnlyList<MqmSegment> ted, IReadOnlyList<SentenceQualityRow> tedRows)
    {
        var ml = new MLContext(seed: 1);
        Console.WriteLine("| MQM row weight (TED training talks, leave one talk out) | segment | system (15) | within talk |");
        Console.WriteLine("|---:|---:|---:|---:|");
        foreach (var weight in new[] { 0f, 1f, 3f, 10f })
        {
            var predicted = new double[ted.Count];
            foreach (var talk in ted.Select(s => s.Doc).Distinct())
            {
                var rows = mlqeRows.Concat(tedRows.Where((_, i) => ted[i].Doc != talk).Select(r => new SentenceQualityRow { Features = r.Features, Label = r.Label, Weight = weight })).ToList();
                var model = Train(ml, rows.Where(r => r.Weight > 0).ToList(), AllFeatures());
                var fold = Enumerable.Range(0, ted.Count).Where(i => ted[i].Doc == talk).ToList();
                var scores = model.Transform(ml.Data.LoadFromEnumerable(fold.Select(i => tedRows[i]))).GetColumn<float>("Score").ToArray();
                for (var k = 0; k < fold.Count; k++) predicted[fold[k]] = scores[k];
            }
            var segment = Correlation.Spearman(predicted, ted.Select(s => -s.Mqm));
            var systems = ted.Select((s, i) => (s.System, Predicted: predicted[i], s.Mqm)).GroupBy(s => s.System).ToList();
            var system = Correlation.Spearman(systems.Select(g => g.Average(s => s.Predicted)), systems.Select(g => -g.Average(s => s.Mqm)));
            var withinTalk = ted.Select((s, i) => (s.System, s.Doc, Predicted: predicted[i], s.Mqm)).GroupBy(s => s.Doc)
                .Average(talk => talk.GroupBy(s => s.System).ToList() is var bySystem
                    ? Correlation.Spearman(bySystem.Select(g => g.Average(s => s.Predicted)), bySystem.Select(g => -g.Average(s => s.Mqm))) : 0);
            Console.WriteLine($"| {weight} | {segment:F3} | {system:F3} | {withinTalk:F3} |");
        }
        Console.WriteLine();
    }

    private static SentenceQualityRow Row(string text, double label, float weight, NGramLanguageModel languageModel) => new()
    {
        Features = SentenceFeatures.Analyze(text, new TextSpan(0, text.Length), languageModel).Features,
        Label = (float)label,
        Weight = weight,
    };

    internal static HashSet<int> AllFeatures() => Enumerable.Range(0, SentenceFeatures.Count).ToHashSet();

    private static HashSet<int> Group(string name) => SentenceFeatures.Groups[name].Select(SentenceFeatures.Index).ToHashSet();

    /// <summary>Features outside <paramref name="kept"/> are set to 0: a constant the trees can never split on.</summary>
    private static IEnumerable<SentenceQualityRow> Masked(IEnumerable<SentenceQualityRow> rows, HashSet<int> kept) =>
        rows.Select(row => new SentenceQualityRow
        {
            Features = row.Features.Select((value, i) => kept.Contains(i) ? value : 0f).ToArray(),
            Label = row.Label,
            Weight = row.Weight,
        });

    internal static ITransformer Train(MLContext ml, IReadOnlyList<SentenceQualityRow> rows, HashSet<int> kept)
    {
        var data = ml.Data.LoadFromEnumerable(Masked(rows, kept));
        var trainer = ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
        {
            LabelColumnName = nameof(SentenceQualityRow.Label),
            FeatureColumnName = nameof(SentenceQualityRow.Features),
            ExampleWeightColumnName = nameof(SentenceQualityRow.Weight),
            NumberOfLeaves = 16,
            NumberOfTrees = 300,
            MinimumExampleCountPerLeaf = 40,
            LearningRate = 0.05,
            Shrinkage = 1,
            NumberOfThreads = 1,
        });
        return trainer.Fit(data);
    }

    private static double Pearson(MLContext ml, ITransformer model, IReadOnlyList<SentenceQualityRow> rows, HashSet<int> kept)
    {
        var scored = model.Transform(ml.Data.LoadFromEnumerable(Masked(rows, kept)));
        var predictions = scored.GetColumn<float>("Score").Select(s => (double)s).ToArray();
        return Correlation.Pearson(predictions, rows.Select(r => (double)r.Label));
    }

    /// <summary>The folder holding NewsQuality.sln, searched upwards from the current directory.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsQuality.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Run from inside the NewsQuality repository.");
    }
}
