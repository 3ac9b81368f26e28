using Microsoft.ML;
using Microsoft.ML.Data;
using NewsQuality.Model;
using NewsQuality.TranslationQuality;

namespace NewsQuality.Core.Tests.TranslationQuality;

/// <summary>The exported trees the estimator runs must predict exactly what ML.NET predicts from the trained model file.</summary>
public class RegressionForestTests
{
    private sealed class Row
    {
        [VectorType(SentenceFeatures.Count)]
        public float[] Features { get; set; } = [];
    }

    private sealed class Prediction
    {
        public float Score { get; set; }
    }

    [Fact]
    public void Shipped_trees_predict_exactly_as_the_mlnet_model()
    {
        var ml = new MLContext(seed: 1);
        using var modelStream = new MemoryStream();
        using (var stream = SourceTree.OpenTranslationData(TranslationQualityEstimator.QualityModelFile)) stream.CopyTo(modelStream);
        modelStream.Position = 0;
        var engine = ml.Model.CreatePredictionEngine<Row, Prediction>(ml.Model.Load(modelStream, out _));
        RegressionForest forest;
        using (var stream = TranslationQualityEstimator.OpenResource(TranslationQualityEstimator.QualityTreesResource)) forest = RegressionForest.Load(stream);

        var vectors = SentenceVectors().ToList();
        Assert.True(vectors.Count > 200, $"only {vectors.Count} sentences in the fixtures");
        // Mixtures of real vectors reach paths that no one real sentence takes.
        var random = new Random(17);
        var mixed = Enumerable.Range(0, 3000)
            .Select(_ => Enumerable.Range(0, SentenceFeatures.Count).Select(i => vectors[random.Next(vectors.Count)][i]).ToArray());
        var distinct = new HashSet<float>();
        foreach (var features in vectors.Concat(mixed))
        {
            var expected = engine.Predict(new Row { Features = features }).Score;
            var actual = forest.Predict(features);
            Assert.Equal(BitConverter.SingleToInt32Bits(expected), BitConverter.SingleToInt32Bits(actual));
            distinct.Add(actual);
        }
        Assert.True(distinct.Count > 1000, $"only {distinct.Count} distinct predictions: the comparison would not catch a wrong path");
    }

    [Fact]
    public void Forest_round_trips_through_its_file_format()
    {
        RegressionForest forest;
        using (var stream = TranslationQualityEstimator.OpenResource(TranslationQualityEstimator.QualityTreesResource)) forest = RegressionForest.Load(stream);
        using var saved = new MemoryStream();
        forest.Save(saved);
        saved.Position = 0;
        var loaded = RegressionForest.Load(saved);
        Assert.Equal(forest.TreeCount, loaded.TreeCount);
        foreach (var features in SentenceVectors().Take(100)) Assert.Equal(forest.Predict(features), loaded.Predict(features));
    }

    /// <summary>The feature vectors of every sentence in the fixtures' clean BBC articles, seeds and regression cases.</summary>
    private static IEnumerable<float[]> SentenceVectors()
    {
        var languageModel = TranslationQualityEstimator.Default.LanguageModel;
        foreach (var folder in new[] { "clean", "seeds", "regression", "heldout" })
            foreach (var file in Directory.GetFiles(Fixtures.Path(folder), "*.txt").Order(StringComparer.Ordinal))
            {
                var text = File.ReadAllText(file);
                foreach (var span in Sentences.Split(text, new TextSpan(0, text.Length)))
                {
                    var analysis = SentenceFeatures.Analyze(text, span, languageModel);
                    if (analysis.Words.Count > 0) yield return analysis.Features;
                }
            }
    }
}
