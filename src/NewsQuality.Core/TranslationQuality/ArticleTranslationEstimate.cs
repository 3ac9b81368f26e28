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
        judged.Count == 0 ? null : new(TranslationQualityEstimator.DocumentQuality(judged), judged.Count, WeakestOf(judged, WeakestShown));

    /// <summary>
    /// The <paramref name="count"/> first of <paramref name="judged"/> by quality, then by start, ties in the list's order: what
    /// <c>OrderBy(Quality).ThenBy(Span.Start).Take(count)</c> gives, kept in a short list as the sentences pass instead of sorting them all.
    /// </summary>
    internal static List<SentenceEstimate> WeakestOf(IReadOnlyList<SentenceEstimate> judged, int count)
    {
        var weakest = new List<SentenceEstimate>(Math.Min(count, judged.Count));
        if (count <= 0) return weakest;
        foreach (var sentence in judged)
        {
            // After every kept sentence that comes first or ties with it (a stable sort keeps the earlier of a tie first).
            var at = weakest.Count;
            while (at > 0 && Precedes(sentence, weakest[at - 1])) at--;
            if (at >= count) continue;
            if (weakest.Count == count) weakest.RemoveAt(count - 1);
            weakest.Insert(at, sentence);
        }
        return weakest;
    }

    /// <summary><paramref name="a"/> sorts strictly before <paramref name="b"/>: lower quality (as <c>double.CompareTo</c> orders it), else an earlier start.</summary>
    private static bool Precedes(SentenceEstimate a, SentenceEstimate b) =>
        a.Quality.CompareTo(b.Quality) is var byQuality && byQuality != 0 ? byQuality < 0 : a.Span.Start < b.Span.Start;
}
