using NewsQuality.Model;
using NewsQuality.TranslationQuality;

namespace NewsQuality.Rules.Translation;

/// <summary>
/// The worst sentences of an article by the learned translation-quality estimate (<see cref="TranslationQualityEstimator"/>),
/// with the words the language model found least expected cited as related locations. Only full sentences of at
/// least <see cref="MinWords"/> and at most <see cref="MaxWords"/> words are judged: headlines, captions and bylines are not prose.
/// </summary>
public sealed class NQ2014DisfluentSentence : IArticleRule
{
    public RuleDescriptor Descriptor { get; } = new(
        Id: "NQ2014",
        Name: "disfluent-sentence",
        Category: RuleCategory.Translation,
        DefaultSeverity: Severity.Info,
        DefaultThreshold: 0.5,
        Summary: "A sentence reads like a poor machine translation, by a model trained on human judgements.",
        Rationale: "A regression model (ML.NET FastTree) estimates how a human judge would rate each sentence as a translation, from the " +
                   "English alone: how surprising its word sequence is to a trigram model of fluent English, how specific its vocabulary is, " +
                   "repeated or missing words, function-word runs, punctuation and casing. It was trained on 35,000 machine translations " +
                   "rated by professional judges (MLQE-PE) and on MQM-annotated TED translations. A finding is an estimate, not a proof: " +
                   "read the sentence. The words the model blames are cited with it. Sentences far below the threshold are warnings.",
        FlaggedExample: "Talks resume\n\nThe the minister of of said that agreement the sign will will to be tomorrow capital in the.",
        CleanExample: "Talks resume\n\nThe minister said the agreement would be signed in the capital on Tuesday.")
    {
        FixTitle = "Reread the sentence and rewrite it in plain English",
    };

    /// <summary>Shorter sentences are not judged: too little text for the estimate to be reliable.</summary>
    public const int MinWords = 6;

    /// <summary>
    /// Longer sentences are not judged either: judges rate long machine-translated sentences low because more can go
    /// wrong in them, so the estimate is low for long, well-written sentences too (the worst BBC estimates were all
    /// long sentences with rare words).
    /// </summary>
    public const int MaxWords = 40;

    /// <summary>At most this many findings per article, the worst sentences first.</summary>
    private const int MaxFindings = 3;

    /// <summary>
    /// The finding score maps the estimate (DA z-score scale) linearly: 0 at <see cref="ConcernBelow"/>, 1 at
    /// <see cref="CertainBelow"/>, so the default threshold 0.5 flags sentences estimated below −2.15 and a warning (0.9)
    /// needs −2.55. −2.15 lies below the worst judged sentence of all but about 1 in 1,000 articles of the tune parts of
    /// the human-news corpora (mtquality evaluation, calibration table: BBC −2.05 at 2 per 1,000, mainstream SemEval
    /// articles −2.14); severe word salad scores −2.2 to −2.6, milder garbling −1.5 to −2.1 and is not flagged.
    /// </summary>
    private const double ConcernBelow = -1.65;
    private const double CertainBelow = -2.65;

    /// <summary>The shipped estimator (its language model and trees).</summary>
    public void WarmUp(Analysis.AnalysisOptions options) => _ = TranslationQualityEstimator.Default;

    public void Analyze(ArticleContext context)
    {
        var warningAt = context.Settings.Option("warning-at", 0.9);
        var article = context.Article;
        // Read in the thread's buffers: objects are made only for the weakest sentences and the flagged ones.
        var judged = TranslationQualityEstimator.Default.Judge(article, (span, words) => IsJudged(article.Text, span, words));
        context.ReportTranslationEstimate(ArticleTranslationEstimate.Of(judged));
        // The sentences at or above the threshold, in the article's order (few articles have any), then the worst first.
        List<(SentenceEstimate Sentence, double Score)>? flagged = null;
        for (var i = 0; i < judged.Count; i++)
        {
            var sentenceScore = Math.Clamp((ConcernBelow - judged.Quality(i)) / (ConcernBelow - CertainBelow), 0, 1);
            if (sentenceScore >= context.Settings.Threshold) (flagged ??= []).Add((judged.Estimate(i), sentenceScore));
        }
        if (flagged is null) return;
        foreach (var (sentence, score) in flagged.OrderByDescending(s => s.Score).Take(MaxFindings))
        {
            var blamed = TranslationQualityEstimator.BlamedWords(sentence.Analysis);
            var message = $"This sentence reads like a poor translation (estimated quality {sentence.Quality:+0.00;-0.00} on the DA z-score scale, where 0 is an average machine translation)" +
                          (blamed.Count == 0 ? "." : $"; least expected: {string.Join(", ", blamed.Select(w => $"\"{w.Value}\""))}.");
            var related = blamed.Select(w => context.Related(w.Span, $"\"{w.Value}\" is unexpected here")).ToList();
            var severity = score >= warningAt && context.Settings.Severity < Severity.Warning ? Severity.Warning : (Severity?)null;
            context.Report(sentence.Span, score, message, related: related, severity: severity);
        }
    }

    /// <summary>The sentences of the article the rule judges, with their estimates (by the shipped estimator unless another is given): a list.</summary>
    public static IEnumerable<SentenceEstimate> JudgedSentences(Article article, TranslationQualityEstimator? estimator = null) =>
        (estimator ?? TranslationQualityEstimator.Default).EstimateArticle(article, (span, words) => IsJudged(article.Text, span, words));

    /// <summary>A sentence of <paramref name="words"/> words the rule judges: long enough, not too long, and prose.</summary>
    private static bool IsJudged(string text, TextSpan span, int words) => words is >= MinWords and <= MaxWords && IsProse(text, span);

    /// <summary>
    /// "http" or "www." in any case, searched for both at once: <c>Contains(…, OrdinalIgnoreCase)</c> compares a character
    /// at a time when the runtime is in invariant globalization mode, and was a twentieth of the rule's time.
    /// </summary>
    private static readonly System.Buffers.SearchValues<string> Addresses = System.Buffers.SearchValues.Create(["http", "www."], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A sentence of running prose, the only text the model was trained on: it ends with . ! or ?, is not mostly
    /// capitals (shouted quotes, all-caps navigation) and carries no markup or address (NQ2012's business).
    /// </summary>
    private static bool IsProse(string text, TextSpan span)
    {
        var sentence = text.AsSpan(span.Start, span.Length);
        if (sentence.TrimEnd("\"'”’)] ") is not { Length: > 0 } trimmed || trimmed[^1] is not ('.' or '!' or '?')) return false;
        if (sentence.IndexOfAny("<>{}|[]") >= 0 || sentence.Contains("''", StringComparison.Ordinal) || sentence.ContainsAny(Addresses)) return false;
        var letters = NewsQuality.Text.LetterCount.Letters(sentence, out var capitals);
        return capitals * 2 < letters;
    }
}
