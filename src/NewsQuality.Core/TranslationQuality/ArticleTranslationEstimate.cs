using NewsQuality.Model;

namespace NewsQuality.TranslationQuality;

/// <summary>
/// A sentence as reports show it among an article's weakest: where it is and its estimate. Only these two are kept, not its
/// analysis (words, scores, features), which would otherwise live on with the report until it is written.
/// </summary>
public readonly record struct SentenceQuality(TextSpan Span, double Quality);

/// <summary>
/// What the learned estimate says about a whole article, for reports: the word-weighted mean quality of the sentences
/// NQ2014 judges (DA z-score scale, 0 an average machine translation) and the weakest of them, flagged or not.
/// </summary>
public sealed record ArticleTranslationEstimate(double Quality, int Sentences, IReadOnlyList<SentenceQuality> Weakest)
{
    /// <summary>How many of the weakest sentences reports show.</summary>
    public const int WeakestShown = 3;

    /// <summary>The estimate over <paramref name="judged"/>, or null when no sentence was judged.</summary>
    public static ArticleTranslationEstimate? Of(IReadOnlyList<SentenceEstimate> judged) => Of(new EstimateList(judged));

    /// <summary>The estimate over the sentences the thread's <see cref="JudgedArticle"/> holds, read in place.</summary>
    internal static ArticleTranslationEstimate? Of(JudgedArticle judged) => Of<JudgedArticle>(judged);

    private static ArticleTranslationEstimate? Of<TSentences>(TSentences judged) where TSentences : IEstimatedSentences
    {
        if (judged.Count == 0) return null;
        Span<int> positions = stackalloc int[WeakestShown];
        positions = positions[..WeakestPositions(judged, positions)];
        var weakest = new SentenceQuality[positions.Length];
        for (var i = 0; i < weakest.Length; i++) weakest[i] = new SentenceQuality(judged.Span(positions[i]), judged.Quality(positions[i]));
        return new(TranslationQualityEstimator.DocumentQuality(judged), judged.Count, weakest);
    }

    /// <summary>
    /// The <paramref name="count"/> first of <paramref name="judged"/> by quality, then by start, ties in the list's order: what
    /// <c>OrderBy(Quality).ThenBy(Span.Start).Take(count)</c> gives, kept in a short list as the sentences pass instead of sorting them all
    /// (the order <see cref="Of(IReadOnlyList{SentenceEstimate})"/> picks its weakest in, open to tests for any count).
    /// </summary>
    internal static List<SentenceEstimate> WeakestOf(IReadOnlyList<SentenceEstimate> judged, int count)
    {
        var weakest = new int[Math.Max(0, Math.Min(count, judged.Count))];
        var found = WeakestPositions(new EstimateList(judged), weakest);
        var list = new List<SentenceEstimate>(found);
        for (var i = 0; i < found; i++) list.Add(judged[weakest[i]]);
        return list;
    }

    /// <summary>
    /// The positions of the weakest of <paramref name="judged"/> in order, as many as <paramref name="weakest"/> holds (or fewer, when
    /// there are fewer sentences), kept there as the sentences pass; how many were found.
    /// </summary>
    private static int WeakestPositions<TSentences>(TSentences judged, Span<int> weakest) where TSentences : IEstimatedSentences
    {
        var found = 0;
        if (weakest.IsEmpty) return 0;
        for (var sentence = 0; sentence < judged.Count; sentence++)
        {
            // After every kept sentence that comes first or ties with it (a stable sort keeps the earlier of a tie first).
            var at = found;
            while (at > 0 && Precedes(judged, sentence, weakest[at - 1])) at--;
            if (at >= weakest.Length) continue;
            if (found < weakest.Length) found++;
            weakest[at..(found - 1)].CopyTo(weakest[(at + 1)..found]);
            weakest[at] = sentence;
        }
        return found;
    }

    /// <summary>Sentence <paramref name="a"/> sorts strictly before <paramref name="b"/>: lower quality (as <c>double.CompareTo</c> orders it), else an earlier start.</summary>
    private static bool Precedes<TSentences>(TSentences judged, int a, int b) where TSentences : IEstimatedSentences =>
        judged.Quality(a).CompareTo(judged.Quality(b)) is var byQuality && byQuality != 0 ? byQuality < 0 : judged.Span(a).Start < judged.Span(b).Start;
}
