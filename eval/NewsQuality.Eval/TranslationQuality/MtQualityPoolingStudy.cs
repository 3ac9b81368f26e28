using MathNet.Numerics.Statistics;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using NewsQuality.Model;
using NewsQuality.Rules.Translation;
using NewsQuality.TranslationQuality;

namespace NewsQuality.Eval.TranslationQuality;

/// <summary>
/// Can a learned pooling of sentence estimates and document-level specificity (issue 14: the 10th percentile of the
/// estimates, shares of rare content words, capitalised words and numbers) rank translation systems better than the
/// article estimate, the word-weighted mean? Each pooling is a linear model fitted on the TED training talks only.
/// There, every talk's translations are estimated by a sentence model trained without that talk (as noisy as on new
/// text) and each pooling is scored leave one talk out (the tune part). Then each is fitted on all three training talks
/// and scored on the held-out talks with the shipped sentence model. A document is one system's translation of one
/// talk read as an article (NQ2014's judged sentences); a system's score is the mean over its documents.
/// </summary>
public sealed class MtQualityPoolingStudy : IEvaluation
{
    public string Name => "mtquality-pooling";
    public string Description => "learned article poolings of the translation estimate, tuned on the TED training talks, checked on the held-out talks";

    private static readonly string[] Names = ["mean_estimate", "p10_estimate", "rare_content_share", "capitalised_mid_share", "number_share"];

    private static readonly int[] PooledSentenceFeatures = Names[2..].Select(SentenceFeatures.Index).ToArray();

    /// <summary>One document: its talk, system, pooled features (<see cref="Names"/>), label (−mean MQM per segment) and segment count.</summary>
    private sealed record Document(string Talk, string System, bool Human, double[] Features, double Label, int Segments);

    private sealed class FitRow
    {
        [VectorType(5)]
        public float[] Features { get; set; } = [];

        public float Label { get; set; }
    }

    public int Run(string[] args)
    {
        var languageModel = TranslationQualityEstimator.Default.LanguageModel;
        var ted = QualityData.Ted();
        var (mlqe, garbled, tedTrain, tedRows) = MtQualityTraining.TrainingRows(QualityData.Mlqe(), ted, languageModel, 1);
        var training = LeaveOneTalkOutDocuments(mlqe.Concat(garbled).ToList(), tedTrain, tedRows, languageModel);
        var heldOut = ted.Where(s => QualityData.HeldOutTalks.Contains(s.Doc)).GroupBy(s => (s.Doc, s.System, s.Human))
            .Select(g => Of(g.Key.Doc, g.Key.System, g.Key.Human, g.ToList(), TranslationQualityEstimator.Default)).OfType<Document>().ToList();

        string[][] candidates =
        [
            ["mean_estimate"],
            ["p10_estimate"],
            ["mean_estimate", "p10_estimate"],
            ["capitalised_mid_share"],
            ["rare_content_share", "capitalised_mid_share", "number_share"],
            ["mean_estimate", "capitalised_mid_share"],
            ["p10_estimate", "capitalised_mid_share"],
            ["p10_estimate", "capitalised_mid_share", "number_share"],
            ["p10_estimate", "rare_content_share", "capitalised_mid_share", "number_share"],
            Names,
        ];
        Console.WriteLine($"Learned article poolings: fitted on {training.Count} documents of the TED training talks (leave one talk out), " +
                          $"checked on {heldOut.Count} of the held-out talks ({string.Join(", ", QualityData.HeldOutTalks.Order())}); Spearman with −MQM, machine systems only");
        Console.WriteLine();
        Console.WriteLine("| pooled features | training: within talk (mean) | training: system | held-out: document | held-out: within talk (mean) | held-out: system (13 MT) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        Console.WriteLine($"| word-weighted mean, unfitted (the article estimate) | {Cells(training, training.ToDictionary(d => d, d => d.Features[0]))} | {HeldOutCells(heldOut, heldOut.ToDictionary(d => d, d => d.Features[0]))} |");
        foreach (var features in candidates)
        {
            var predicted = new Dictionary<Document, double>();
            foreach (var talk in training.Select(d => d.Talk).Distinct())
            {
                var weights = Fit(training.Where(d => d.Talk != talk).ToList(), features);
                foreach (var document in training.Where(d => d.Talk == talk)) predicted[document] = Predict(weights, document);
            }
            var final = Fit(training, features);
            Console.WriteLine($"| {string.Join(", ", features)} | {Cells(training, predicted)} | {HeldOutCells(heldOut, heldOut.ToDictionary(d => d, d => Predict(final, d)))} |");
        }
        Console.WriteLine();
        return 0;
    }

    /// <summary>Every training document's features, its talk estimated by a sentence model trained without it.</summary>
    private static List<Document> LeaveOneTalkOutDocuments(IReadOnlyList<SentenceQualityRow> withoutTed, IReadOnlyList<MqmSegment> tedTrain,
                                                           IReadOnlyList<SentenceQualityRow> tedRows, NGramLanguageModel languageModel)
    {
        var ml = new MLContext(seed: 1);
        var documents = new List<Document>();
        foreach (var talk in tedTrain.Select(s => s.Doc).Distinct().Order())
        {
            var rows = withoutTed.Concat(tedRows.Where((_, i) => tedTrain[i].Doc != talk)).ToList();
            var estimator = new TranslationQualityEstimator(languageModel, RegressionForest.From(MtQualityTraining.Train(ml, rows, MtQualityTraining.AllFeatures())));
            documents.AddRange(tedTrain.Where(s => s.Doc == talk).GroupBy(s => (s.System, s.Human))
                .Select(g => Of(talk, g.Key.System, g.Key.Human, g.ToList(), estimator)).OfType<Document>());
        }
        return documents;
    }

    /// <summary>One system's translation of one talk read as an article, pooled; null when NQ2014 judges none of its sentences.</summary>
    private static Document? Of(string talk, string system, bool human, IReadOnlyList<MqmSegment> translation, TranslationQualityEstimator estimator)
    {
        var judged = NQ2014DisfluentSentence.JudgedSentences(MtQualityEvaluation.TedArticle(translation), estimator).ToList();
        if (judged.Count == 0) return null;
        var words = judged.Sum(s => s.Analysis.Words.Count);
        double WordWeighted(Func<SentenceEstimate, double> value) => judged.Sum(s => value(s) * s.Analysis.Words.Count) / words;
        double[] features =
        [
            TranslationQualityEstimator.DocumentQuality(judged),
            Statistics.Quantile(judged.Select(s => s.Quality), 0.1),
            .. PooledSentenceFeatures.Select(feature => WordWeighted(s => s.Analysis.Features[feature])),
        ];
        return new Document(talk, system, human, features, -translation.Average(s => s.Mqm), translation.Count);
    }

    private static string Cells(IReadOnlyList<Document> documents, IReadOnlyDictionary<Document, double> predicted)
    {
        var (_, withinTalk, system) = Agreement(documents, predicted);
        return $"{Format(withinTalk)} | {Format(system)}";
    }

    private static string HeldOutCells(IReadOnlyList<Document> documents, IReadOnlyDictionary<Document, double> predicted)
    {
        var (document, withinTalk, system) = Agreement(documents, predicted);
        return $"{Format(document)} | {Format(withinTalk)} | {Format(system)}";
    }

    /// <summary>
    /// Spearman over the machine translations' documents, within each talk (mean), and over systems: a system's score is
    /// the mean over its documents, its MQM the mean per segment (as in the mtquality evaluation).
    /// </summary>
    private static (double Document, double WithinTalk, double System) Agreement(IReadOnlyList<Document> documents, IReadOnlyDictionary<Document, double> predicted)
    {
        var machine = documents.Where(d => !d.Human).ToList();
        var document = Correlation.Spearman(machine.Select(d => predicted[d]), machine.Select(d => d.Label));
        var withinTalk = machine.GroupBy(d => d.Talk).Average(g => Correlation.Spearman(g.Select(d => predicted[d]), g.Select(d => d.Label)));
        var systems = machine.GroupBy(d => d.System).ToList();
        var system = Correlation.Spearman(systems.Select(g => g.Average(d => predicted[d])), systems.Select(g => g.Sum(d => d.Label * d.Segments) / g.Sum(d => d.Segments)));
        return (document, withinTalk, system);
    }

    private static double Predict(double[] weights, Document document) => document.Features.Select((x, i) => x * weights[i]).Sum();

    /// <summary>
    /// Slopes of a ridge regression (ML.NET SDCA, standardised features) of each document's rank within its talk on its
    /// features centred within the talk: which translation of the same talk is better, not which talk is harder. Ranks,
    /// because a few catastrophic translations (a non-translation costs 25) would otherwise decide the slopes, and the
    /// figure to reach is a rank correlation. Only the slopes matter to a rank correlation, so there is no intercept.
    /// </summary>
    private static double[] Fit(IReadOnlyList<Document> documents, string[] features)
    {
        var used = Names.Select(features.Contains).ToArray();
        var centred = documents.GroupBy(d => d.Talk).SelectMany(talk =>
        {
            var means = Enumerable.Range(0, Names.Length).Select(i => talk.Average(d => d.Features[i])).ToArray();
            var ranks = Statistics.Ranks(talk.Select(d => d.Label)).ToArray();
            return talk.Select((d, k) => (Features: d.Features.Select((x, i) => x - means[i]).ToArray(), Rank: (ranks[k] - (ranks.Length + 1) / 2.0) / ranks.Length));
        }).ToList();
        var scale = Enumerable.Range(0, Names.Length).Select(i => used[i] ? Math.Max(1e-9, centred.Select(c => c.Features[i]).StandardDeviation()) : 1).ToArray();
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(centred.Select(c => new FitRow
        {
            Features = c.Features.Select((x, i) => used[i] ? (float)(x / scale[i]) : 0f).ToArray(),
            Label = (float)c.Rank,
        }));
        var trainer = ml.Regression.Trainers.Sdca(new SdcaRegressionTrainer.Options
        {
            LabelColumnName = nameof(FitRow.Label),
            FeatureColumnName = nameof(FitRow.Features),
            L2Regularization = 1f,
            Shuffle = false,
            NumberOfThreads = 1,
            MaximumNumberOfIterations = 1000,
        });
        var fitted = trainer.Fit(data).Model.Weights.ToArray();
        return Enumerable.Range(0, Names.Length).Select(i => used[i] ? fitted[i] / scale[i] : 0).ToArray();
    }

    private static string Format(double value) => double.IsNaN(value) ? "n/a" : Math.Round(value, 2).ToString("+0.00;−0.00;0.00");
}
