using Microsoft.ML.Data;
using NewsQuality.Model;
using NewsQuality.Storage;
using NewsQuality.Text;

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
        // Read where it is shipped: the model's count tables are the image's, looked up in place.
        var languageModel = NGramLanguageModel.FromImage(EmbeddedResources.Mapped(ResourcePrefix + LanguageModelImageResource));
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
    /// The sentences of the article body whose span and word count pass <paramref name="judge"/> (all with a word when null),
    /// estimated. The judge sees only the span and the count, so sentences it turns away cost no language-model lookups.
    /// </summary>
    public IReadOnlyList<SentenceEstimate> EstimateArticle(Article article, Func<TextSpan, int, bool>? judge = null)
    {
        var judged = Judge(article, judge);
        var estimates = new SentenceEstimate[judged.Count];
        for (var i = 0; i < estimates.Length; i++) estimates[i] = judged.Estimate(i);
        return estimates;
    }

    /// <summary>
    /// <see cref="EstimateArticle"/> in the thread's buffers (<see cref="JudgedArticle"/>): NQ2014 reads every judged sentence's
    /// quality there and makes objects only for the few its finding and the report show; an analysis, a surprise array, a
    /// feature row and an estimate per sentence were most of what the rule allocated.
    /// </summary>
    internal JudgedArticle Judge(Article article, Func<TextSpan, int, bool>? judge = null)
    {
        var judged = JudgedArticle.Begin();
        foreach (var span in Sentences.Split(article.Text, TextSpan.FromBounds(article.BodyStart, article.Text.Length)))
        {
            // The article's own words when the sentence holds whole words (always, but for a span that cuts one), without a list per sentence.
            var (words, first, count, numbers) = article.NumberedWordRange(span);
            if (count == 0 || (judge is not null && !judge(span, count))) continue;
            var surprise = judged.Add(span, words, first, count, out var features);
            SentenceFeatures.Fill(article.Text, span, words.AsSpan(first, count), numbers, numbers.Ids.Slice(first, count), LanguageModel, surprise, features);
        }
        // All of the article's sentences through the trees together: the same estimates, at a fraction of the cost.
        _trees.Predict(judged.Rows, judged.Qualities);
        return judged;
    }

    /// <summary>
    /// A document's quality: the word-weighted mean of its sentences' estimates, so a one-word caption does not weigh
    /// as much as a long sentence. NaN when there is no sentence.
    /// </summary>
    public static double DocumentQuality(IReadOnlyList<SentenceEstimate> sentences) => DocumentQuality(new EstimateList(sentences));

    /// <summary><see cref="DocumentQuality(IReadOnlyList{SentenceEstimate})"/> of any list of estimated sentences, adding in the list's order.</summary>
    internal static double DocumentQuality<TSentences>(TSentences sentences) where TSentences : IEstimatedSentences
    {
        var words = 0;
        var weighted = 0.0;
        for (var i = 0; i < sentences.Count; i++)
        {
            words = checked(words + sentences.Words(i));
            weighted += sentences.Quality(i) * sentences.Words(i);
        }
        return words == 0 ? double.NaN : weighted / words;
    }

    /// <summary>
    /// The words the estimate blames: those the language model found most surprising and could not match even as a
    /// bigram, worst first. Capitalised words past the first and numbers are spared: names and figures are rare by
    /// nature, not errors.
    /// </summary>
    public static IReadOnlyList<Token> BlamedWords(SentenceAnalysis sentence, int max = 3) =>
        sentence.Words
            .Select((word, i) => (Word: word, Surprise: sentence.Surprise[i], Index: i))
            .Where(w => w.Surprise.MatchedOrder <= 1 && w.Surprise.Log10Score < SentenceFeatures.SurprisingLog10
                        && !w.Word.Value.Any(char.IsDigit) && (w.Index == 0 || !char.IsUpper(w.Word.Value[0])))
            .OrderBy(w => w.Surprise.Log10Score)
            .Take(max)
            .Select(w => w.Word)
            .ToList();
}

/// <summary>Estimated sentences read by position: their quality, span and word count.</summary>
internal interface IEstimatedSentences
{
    int Count { get; }

    double Quality(int sentence);

    TextSpan Span(int sentence);

    int Words(int sentence);
}

/// <summary>A list of <see cref="SentenceEstimate"/>s as <see cref="IEstimatedSentences"/>.</summary>
internal readonly struct EstimateList(IReadOnlyList<SentenceEstimate> estimates) : IEstimatedSentences
{
    public int Count => estimates.Count;

    public double Quality(int sentence) => estimates[sentence].Quality;

    public TextSpan Span(int sentence) => estimates[sentence].Span;

    public int Words(int sentence) => estimates[sentence].Analysis.Words.Count;
}

/// <summary>
/// An article's judged sentences as <see cref="TranslationQualityEstimator.Judge"/> leaves them in the thread's buffers: each one's
/// span and words, its language-model surprise, its feature row and its estimate, read in place; <see cref="Estimate"/> makes a
/// sentence's objects when they are wanted. Good until the thread's next <see cref="Begin"/>.
/// </summary>
internal sealed class JudgedArticle : IEstimatedSentences
{
    [ThreadStatic] private static JudgedArticle? _current;

    /// <summary>The most sentences, and word scores, the thread's buffers keep room for between articles.</summary>
    private const int KeptSentences = 1 << 12, KeptScores = 1 << 16;

    /// <summary>A judged sentence: its span, its words (<c>Count</c> from <c>First</c> of <c>Words</c>) and where its scores start.</summary>
    private readonly record struct Sentence(TextSpan Span, Token[] Words, int First, int Count, int ScoresStart);

    private ReusedArray<Sentence> _keptSentences;
    private ReusedArray<float[]> _keptRows;
    private ReusedArray<float> _keptQualities;
    private ReusedArray<WordSurprise> _keptScores;
    private Sentence[] _sentences = [];
    private float[][] _rows = [];
    private float[] _qualities = [];
    private WordSurprise[] _scores = [];
    private int _scoreCount;

    public int Count { get; private set; }

    /// <summary>The thread's, emptied for an article (the last article's words let go).</summary>
    public static JudgedArticle Begin()
    {
        var judged = _current ??= new JudgedArticle();
        judged._sentences.AsSpan(0, judged.Count).Clear();
        (judged.Count, judged._scoreCount) = (0, 0);
        // Back to the kept arrays: a long page's own are let go.
        judged._sentences = judged._keptSentences.Room(0, KeptSentences);
        judged._scores = judged._keptScores.Room(0, KeptScores);
        judged._rows = judged._keptRows.Room(0, KeptSentences);
        judged._qualities = [];
        return judged;
    }

    /// <summary>Adds a sentence of <paramref name="count"/> words: room for its scores (one per word and its end) and its feature row.</summary>
    public Span<WordSurprise> Add(TextSpan span, Token[] words, int first, int count, out Span<float> features)
    {
        _sentences = _keptSentences.Grown(_sentences, Count, Count + 1, KeptSentences);
        _scores = _keptScores.Grown(_scores, _scoreCount, _scoreCount + count + 1, KeptScores);
        _sentences[Count++] = new Sentence(span, words, first, count, _scoreCount);
        var scores = _scores.AsSpan(_scoreCount, count + 1);
        _scoreCount += count + 1;
        features = Row(Count - 1);
        return scores;
    }

    /// <summary>The sentences' feature rows, for the trees.</summary>
    public ReadOnlySpan<float[]> Rows => _rows.AsSpan(0, Count);

    /// <summary>Room for the sentences' estimates, which the trees write.</summary>
    public Span<float> Qualities => (_qualities = _keptQualities.Room(Count, KeptSentences)).AsSpan(0, Count);

    public double Quality(int sentence) => _qualities[sentence];

    public TextSpan Span(int sentence) => _sentences[sentence].Span;

    public int Words(int sentence) => _sentences[sentence].Count;

    /// <summary>The sentence's estimate as <see cref="TranslationQualityEstimator.EstimateArticle"/> gives it: its scores and features copied out.</summary>
    public SentenceEstimate Estimate(int sentence)
    {
        var (span, words, first, count, scoresStart) = _sentences[sentence];
        var analysis = new SentenceAnalysis(span, new ArraySegment<Token>(words, first, count), _scores.AsSpan(scoresStart, count + 1).ToArray(),
            _rows[sentence].AsSpan(0, SentenceFeatures.Count).ToArray());
        return new SentenceEstimate(analysis, _qualities[sentence]);
    }

    /// <summary>The feature row of sentence <paramref name="sentence"/>, kept with the thread's rows.</summary>
    private Span<float> Row(int sentence)
    {
        _rows = _keptRows.Grown(_rows, _rows.Length, sentence + 1, KeptSentences);
        return _rows[sentence] ??= new float[SentenceFeatures.Count];
    }
}
