namespace NewsQuality.TranslationQuality;

/// <summary>
/// What the learned estimate says about a whole article, for reports: the word-weighted mean quality of the sentences
/// NQ2014 judges (DA z-score scale, 0 an average machine translation) and the weakest of them, flagged or not.
/// </summary>
public sealed record ArticleTranslationEstimate(double Quality, int Sentences, IReadOnlyList<SentenceEstimate> Weakest)
{
    /// <summary>How many of the weakest sentences reports show.</summary>
    public const int WeakestShown = 3;

    /// <summary>The estimate over <paramref name="judged"/>, or null when no sentence was judged.</summary>
    public static ArticleTranslationEstimate? Of(IReadOnlyList<SentenceEstimate> judged) =>
        judged.Count == 0 ? null : new(TranslationQualityEstimator.DocumentQuality(judged), judged.Count,
            judged.OrderBy(s => s.Quality).ThenBy(s => s.Span.Start).Take(WeakestShown).ToList());
}
