using NewsQuality.Model;
using NewsQuality.TranslationQuality;

namespace NewsQuality.Core.Tests.TranslationQuality;

public class ArticleTranslationEstimateTests
{
    private static SentenceEstimate Estimate(int start, double quality) =>
        new(new SentenceAnalysis(new TextSpan(start, 5), [], [], []), quality);

    /// <summary>The weakest sentences kept as they pass are the first of a stable sort by quality, then start.</summary>
    [Fact]
    public void The_weakest_are_what_sorting_by_quality_then_start_gives()
    {
        var random = new Random(3);
        for (var trial = 0; trial < 3_000; trial++)
        {
            // Few distinct qualities and starts, so ties of both (equal sentences in two places) are common; now and then a NaN.
            var judged = Enumerable.Range(0, random.Next(12))
                .Select(_ => Estimate(random.Next(5) * 10, trial % 11 == 0 && random.Next(6) == 0 ? double.NaN : random.Next(4) - 2.5))
                .ToList();
            var count = random.Next(5);
            var expected = judged.OrderBy(s => s.Quality).ThenBy(s => s.Span.Start).Take(count).ToList();
            var weakest = ArticleTranslationEstimate.WeakestOf(judged, count);
            Assert.Equal(expected.Count, weakest.Count);
            for (var i = 0; i < expected.Count; i++) Assert.Same(expected[i], weakest[i]);
        }
    }

    [Fact]
    public void No_sentence_gives_no_estimate_and_the_weakest_three_are_shown()
    {
        Assert.Null(ArticleTranslationEstimate.Of([]));
        var estimate = ArticleTranslationEstimate.Of([Estimate(0, -1), Estimate(10, -3), Estimate(20, 0.5), Estimate(30, -3), Estimate(40, -2)])!;
        Assert.Equal(5, estimate.Sentences);
        Assert.Equal([10, 30, 40], estimate.Weakest.Select(s => s.Span.Start));
    }
}
