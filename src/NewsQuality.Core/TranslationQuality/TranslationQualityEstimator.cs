using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.ML;
using Microsoft.ML.Data;
using NewsQuality.Model;

namespace NewsQuality.TranslationQuality;

/// <summary>One row for the quality model: a sentence's features and, when training, its human quality label.</summary>
public sealed class SentenceQualityRow
{
    [VectorType(SentenceFeatures.Count)]
    public float[] Features { get; set; } = new float[SentenceFeatures.Count];

    public float Label { get; set; }

    public float Weight { get; set; } = 1;
}

public sealed class SentenceQualityPrediction
{
    public float Score { get; set; }
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
/// Both are embedded resources built by <c>dotnet run --project eval/NewsQuality.Eval -c Release -- mtquality-train</c>.
/// Thread-safe.
/// </summary>
public sealed class TranslationQualityEstimator
{
    public const string LanguageModelResource = "english-trigrams.bin";
    public const string QualityModelResource = "sentence-quality.zip";

    private static readonly Lazy<TranslationQualityEstimator> Embedded = new(FromResources);

    /// <summary>Prediction engines are not thread-safe and costly to create: a pool lends one to each caller in turn.</summary>
    private readonly ConcurrentBag<PredictionEngine<SentenceQualityRow, SentenceQualityPrediction>> _engines = [];
    private readonly MLContext _ml;
    private readonly ITransformer _model;

    public TranslationQualityEstimator(NGramLanguageModel languageModel, MLContext ml, ITransformer model)
    {
        LanguageModel = languageModel;
        _ml = ml;
        _model = model;
    }

    /// <summary>The estimator shipped in NewsQuality.Core, loaded once on first use.</summary>
    public static TranslationQualityEstimator Default => Embedded.Value;

    public NGramLanguageModel LanguageModel { get; }

    public static Stream OpenResource(string name) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream("NewsQuality.TranslationQuality.Data." + name)
        ?? throw new InvalidOperationException($"Embedded resource {name} is missing from NewsQuality.Core.");

    private static TranslationQualityEstimator FromResources()
    {
        NGramLanguageModel languageModel;
        using (var stream = OpenResource(LanguageModelResource)) languageModel = NGramLanguageModel.Load(stream);
        var ml = new MLContext(seed: 1);
        using var modelStream = new MemoryStream();
        using (var stream = OpenResource(QualityModelResource)) stream.CopyTo(modelStream);
        modelStream.Position = 0;
        var model = ml.Model.Load(modelStream, out _);
        return new TranslationQualityEstimator(languageModel, ml, model);
    }

    public double Predict(float[] features)
    {
        if (!_engines.TryTake(out var engine)) engine = _ml.Model.CreatePredictionEngine<SentenceQualityRow, SentenceQualityPrediction>(_model);
        try
        {
            return engine.Predict(new SentenceQualityRow { Features = features }).Score;
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    public SentenceEstimate Estimate(string text, TextSpan sentence)
    {
        var analysis = SentenceFeatures.Analyze(text, sentence, LanguageModel);
        return new SentenceEstimate(analysis, Predict(analysis.Features));
    }

    public double EstimateSentence(string sentence) => Estimate(sentence, new TextSpan(0, sentence.Length)).Quality;

    /// <summary>The sentences of the article body that pass <paramref name="judge"/> (all when null), estimated.</summary>
    public IReadOnlyList<SentenceEstimate> EstimateArticle(Article article, Func<SentenceAnalysis, bool>? judge = null) =>
        Sentences.Split(article.Text, TextSpan.FromBounds(article.BodyStart, article.Text.Length))
            .Select(span => SentenceFeatures.Analyze(article.Text, span, LanguageModel))
            .Where(analysis => analysis.Words.Count > 0 && (judge is null || judge(analysis)))
            .Select(analysis => new SentenceEstimate(analysis, Predict(analysis.Features)))
            .ToList();

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
