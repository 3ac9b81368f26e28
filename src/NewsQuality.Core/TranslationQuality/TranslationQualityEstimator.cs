using Microsoft.ML.Data;
using NewsQuality.Model;
using NewsQuality.Storage;

namespace NewsQuality.TranslationQuality;

/// <summary>One row for the quality model: a sentence's features and, when training, its human quality label.</summary>
public sealed class SentenceQualityRow
{
    [VectorType(SentenceFeatures.Count)]
    public float[] Features { get; set; } = new float[SentenceFeatures.Count];

    public float Label { get; set; }

    public float Weight { get; set; } = 1;
}

/// <summary>A sentence with its estimated quality (on the DA z-score scale: 0 is an average MT sentence, higher is better).</summary>
public sealed record SentenceEstimate(SentenceAnalysis Analysis, double Quality)
{
    public TextSpan Span => Analysis.Span;
}

/// <summary>
/// The learned translation-quality estimate from English text alone: a FastTree regression (ML.NET) over
/// <see cref="SentenceFeatures"/>, trained on human judgements of machine-translated English (MLQE-PE direct
/// assessments, MQM error annotations of TED translations), with the trigram model of fluent English as one input.
/// Both are built by <c>dotnet run --project eval/NewsQuality.Eval -c Release -- mtquality-train</c>;
/// the trees run from their export (<see cref="RegressionForest"/>), the ML.NET model file is kept as the trained original.
/// Thread-safe.
/// </summary>
public sealed class TranslationQualityEstimator
{
    /// <summary>Where the shipped data sits in the source tree, and where training writes it.</summary>
    public const string DataFolder = "src/NewsQuality.Core/TranslationQuality/Data";
    /// <summary>The compressed language model as trained; kept in <see cref="DataFolder"/>, not shipped.</summary>
    public const string LanguageModelFile = "english-trigrams.bin";
    /// <summary>The same model as loaded, uncompressed (<see cref="NGramLanguageModel.ToImage"/>): what a start reads.</summary>
    public const string LanguageModelImageResource = "english-trigrams.image";
    /// <summary>The ML.NET model as trained, which the shipped trees are exported from; kept in <see cref="DataFolder"/>, not shipped.</summary>
    public const string QualityModelFile = "sentence-quality.zip";
    public const string QualityTreesResource = "sentence-quality-trees.bin";

    private static readonly Lazy<TranslationQualityEstimator> Embedded = new(() => Diagnostics.StartupTrace.Measure("translation estimator", FromResources));

    private readonly RegressionForest _trees;

    public TranslationQualityEstimator(NGramLanguageModel languageModel, RegressionForest trees)
    {
        LanguageModel = languageModel;
        _trees = trees;
    }

    /// <summary>The estimator shipped in NewsQuality.Core, loaded once on first use.</summary>
    public static TranslationQualityEstimator Default => Embedded.Value;

    public NGramLanguageModel LanguageModel { get; }

    private const string ResourcePrefix = "NewsQuality.TranslationQuality.Data.";

    public static Stream OpenResource(string name) => EmbeddedResources.Open(ResourcePrefix + name);

    public static byte[] ReadResource(string name) => EmbeddedResources.ReadAllBytes(ResourcePrefix + name);

    private static TranslationQualityEstimator FromResources()
    {
        var languageModel = NGramLanguageModel.FromImage(ReadResource(LanguageModelImageResource));
        using var trees = OpenResource(QualityTreesResource);
        return new TranslationQualityEstimator(languageModel, RegressionForest.Load(trees));
    }

    public double Predict(float[] features) => _trees.Predict(features);

    public SentenceEstimate Estimate(string text, TextSpan sentence)
    {
        var analysis = SentenceFeatures.Analyze(text, sentence, LanguageModel);
        return new SentenceEstimate(analysis, Predict(analysis.Features));
    }

    public double EstimateSentence(string sentence) => Estimate(sentence, new TextSpan(0, sentence.Length)).Quality;

    /// <summary>
    /// The sentences of the article body whose span and words pass <paramref name="judge"/> (all with a word when null),
    /// estimated. The judge sees only the words, so sentences it turns away cost no language-model lookups.
    /// </summary>
    public IReadOnlyList<SentenceEstimate> EstimateArticle(Article article, Func<TextSpan, IReadOnlyList<Text.Token>, bool>? judge = null)
    {
        List<SentenceAnalysis> analyses = [];
        foreach (var span in Sentences.Split(article.Text, TextSpan.FromBounds(article.BodyStart, article.Text.Length)))
        {
            var (words, numbers, first) = article.NumberedWordsIn(span);
            if (words.Count == 0 || (judge is not null && !judge(span, words))) continue;
            analyses.Add(SentenceFeatures.Analyze(article.Text, span, words, numbers, numbers.Ids.Slice(first, words.Count), LanguageModel));
        }
        // All of the article's sentences through the trees together: the same estimates, at a fraction of the cost.
        var rows = new float[analyses.Count][];
        for (var i = 0; i < rows.Length; i++) rows[i] = analyses[i].Features;
        var qualities = new float[rows.Length];
        _trees.Predict(rows, qualities);
        var estimates = new SentenceEstimate[rows.Length];
        for (var i = 0; i < estimates.Length; i++) estimates[i] = new SentenceEstimate(analyses[i], qualities[i]);
        return estimates;
    }

    /// <summary>
    /// A document's quality: the word-weighted mean of its sentences' estimates, so a one-word caption does not weigh
    /// as much as a long sentence. NaN when there is no sentence.
    /// </summary>
    public static double DocumentQuality(IReadOnlyList<SentenceEstimate> sentences)
    {
        var words = sentences.Sum(s => s.Analysis.Words.Count);
        return words == 0 ? double.NaN : sentences.Sum(s => s.Quality * s.Analysis.Words.Count) / words;
    }

    /// <summary>
    /// The words the estimate blames: those the language model found most surprising and could not match even as a
    /// bigram, worst first. Capitalised words past the first and numbers are spared: names and figures are rare by
    /// nature, not errors.
    /// </summary>
    public static IReadOnlyList<Text.Token> BlamedWords(SentenceAnalysis sentence, int max = 3) =>
        sentence.Words
            .Select((word, i) => (Word: word, Surprise: sentence.Surprise[i], Index: i))
            .Where(w => w.Surprise.MatchedOrder <= 1 && w.Surprise.Log10Score < SentenceFeatures.SurprisingLog10
                        && !w.Word.Value.Any(char.IsDigit) && (w.Index == 0 || !char.IsUpper(w.Word.Value[0])))
            .OrderBy(w => w.Surprise.Log10Score)
            .Take(max)
            .Select(w => w.Word)
            .ToList();
}
