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

    /// <summary>The shipped forests: the sentence-quality trees (16 leaves) and NQ3003's two (4 leaves).</summary>
    public static TheoryData<string> ShippedForests() =>
    [
        "NewsQuality.TranslationQuality.Data." + TranslationQualityEstimator.QualityTreesResource,
        "NewsQuality.Rules.OffTopic.Data." + NewsQuality.Rules.OffTopic.NQ3003OffTopicParagraph.TreesResource,
        "NewsQuality.Rules.OffTopic.Data." + NewsQuality.Rules.OffTopic.NQ3003OffTopicParagraph.BeyondBbcTreesResource,
    ];

    [Theory]
    [MemberData(nameof(ShippedForests))]
    public void Rows_scored_together_give_the_bits_of_each_row_alone(string resource)
    {
        RegressionForest forest;
        using (var stream = NewsQuality.Storage.EmbeddedResources.Open(resource)) forest = RegressionForest.Load(stream);
        var vectors = SentenceVectors().ToList();
        var random = new Random(23);
        // Real vectors, their mixtures, and values at and beyond the ends: NaN (every split goes right), ±∞, zero.
        var special = new[] { float.NaN, float.PositiveInfinity, float.NegativeInfinity, 0f, -0f };
        var rows = vectors.Concat(Enumerable.Range(0, 2000).Select(_ =>
        {
            var row = Enumerable.Range(0, SentenceFeatures.Count).Select(i => vectors[random.Next(vectors.Count)][i]).ToArray();
            for (var k = random.Next(4); k > 0; k--) row[random.Next(row.Length)] = special[random.Next(special.Length)];
            return row;
        })).ToArray();
        AssertBatchesMatch(forest, rows, random);
    }

    [Theory]
    [InlineData(16, 11)]
    [InlineData(64, 12)]
    [InlineData(2, 13)]
    public void Random_forests_score_the_same_alone_and_together(int maxLeaves, int seed)
    {
        // Random trees up to maxLeaves leaves (over 16 the rows go one at a time), some of one leaf, some splits on a
        // NaN threshold, repeated thresholds; values drawn from the thresholds themselves so that ties are common.
        var random = new Random(seed);
        const int features = 7;
        var thresholds = Enumerable.Range(0, 40).Select(_ => (float)Math.Round(random.NextDouble() * 10 - 5, 1)).Append(float.NaN).ToArray();
        using var file = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new BinaryWriter(gzip))
        {
            writer.Write("NQRF1");
            writer.Write(0.25);
            const int trees = 60;
            writer.Write7BitEncodedInt(trees);
            for (var tree = 0; tree < trees; tree++)
            {
                writer.Write(random.NextDouble() + 0.5);
                var leaves = tree % 7 == 0 ? 1 : 2 + random.Next(maxLeaves - 1);
                // A random binary tree of `leaves` leaves: node n's children are later nodes or leaves (~index).
                var nodes = new List<(int Lte, int Gt)>();
                var nextLeaf = 0;
                int Grow(int leafCount)
                {
                    if (leafCount == 1) return ~nextLeaf++;
                    var index = nodes.Count;
                    nodes.Add((0, 0));
                    var left = 1 + random.Next(leafCount - 1);
                    var lte = Grow(left);
                    nodes[index] = (lte, Grow(leafCount - left));
                    return index;
                }
                if (leaves > 1) Grow(leaves);
                writer.Write7BitEncodedInt(nodes.Count);
                foreach (var (lte, gt) in nodes)
                {
                    writer.Write7BitEncodedInt(random.Next(features));
                    writer.Write(thresholds[random.Next(thresholds.Length)]);
                    writer.Write7BitEncodedInt(lte);
                    writer.Write7BitEncodedInt(gt);
                }
                writer.Write7BitEncodedInt(leaves);
                for (var leaf = 0; leaf < leaves; leaf++) writer.Write(random.NextDouble() * 2 - 1);
            }
        }
        file.Position = 0;
        var forest = RegressionForest.Load(file);
        var values = thresholds.Concat([float.PositiveInfinity, float.NegativeInfinity, 0.05f, -4.95f]).ToArray();
        var rows = Enumerable.Range(0, 3000).Select(_ => Enumerable.Range(0, features).Select(_ => values[random.Next(values.Length)]).ToArray()).ToArray();
        AssertBatchesMatch(forest, rows, random);
    }

    /// <summary>Scores the rows in runs of random length (0 to 20, so whole blocks, partial blocks and lone rows) and compares every output with the row alone.</summary>
    private static void AssertBatchesMatch(RegressionForest forest, float[][] rows, Random random)
    {
        var alone = rows.Select(row => forest.Predict(row)).ToArray();
        Assert.True(alone.Distinct().Count() > rows.Length / 10, "too few distinct outputs to tell paths apart");
        var together = new float[rows.Length];
        for (var start = 0; start < rows.Length;)
        {
            var count = Math.Min(random.Next(21), rows.Length - start);
            forest.Predict(rows.AsSpan(start, count), together.AsSpan(start, count));
            start += count;
        }
        for (var i = 0; i < rows.Length; i++)
            Assert.True(BitConverter.SingleToInt32Bits(alone[i]) == BitConverter.SingleToInt32Bits(together[i]),
                $"row {i}: alone {alone[i]:R}, together {together[i]:R}");
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
