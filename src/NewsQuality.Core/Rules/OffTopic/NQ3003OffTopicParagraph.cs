using MathNet.Numerics.Statistics;
using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Rules.OffTopic;

/// <summary>
/// A paragraph whose words have nothing to do with the rest of the article: each paragraph's TF-IDF cosine to the
/// centroid of the others (leave one out) is compared with the article's own spread, and a robust z-score (median
/// and median absolute deviation, MathNet.Numerics) marks the outliers.
/// </summary>
public sealed class NQ3003OffTopicParagraph : IArticleRule
{
    /// <summary>Paragraphs shorter than this say too little to judge; headings and link lines have their own rules.</summary>
    private const int MinContentTerms = 8;

    /// <summary>Fewer paragraphs than this give no meaningful spread.</summary>
    private const int MinParagraphs = 5;

    /// <summary>Robust z-score that maps to a score of 1; the default threshold 0.5 is half of it.</summary>
    private const double FullScoreZ = 7;

    public RuleDescriptor Descriptor { get; } = new(
        Id: "NQ3003",
        Name: "off-topic-paragraph",
        Category: RuleCategory.OffTopic,
        DefaultSeverity: Severity.Warning,
        DefaultThreshold: 0.5,
        Summary: "A paragraph is about something else than the rest of the article.",
        Rationale: "Content farms paste paragraphs from other stories into copied articles. A paragraph whose similarity to the rest " +
                   "of its article is an outlier for that article (robust z-score of at least 3.5 against the median and median " +
                   "absolute deviation of all its paragraphs) and that shares almost no weighted vocabulary with it is reported.",
        FlaggedExample: "Oil prices rise\n\nOil prices rose on Monday as Opec ministers agreed to cut crude output by a million barrels a day from April.\n\nTraders said the Opec cut in crude output surprised oil markets, and prices for Brent crude rose above $50 a barrel.\n\nThe striker scored twice in the second half as the champions beat their rivals at the stadium to go top of the league table.\n\nAnalysts expect crude oil prices to stay high while Opec keeps output low and demand for oil from China grows.\n\nOpec ministers will meet again in June to review crude output quotas and oil prices, the cartel said in Vienna.\n\nHigher oil prices could slow growth, economists warned, as crude costs feed into fuel and transport prices.",
        CleanExample: "Oil prices rise\n\nOil prices rose on Monday as Opec ministers agreed to cut crude output by a million barrels a day from April.\n\nTraders said the Opec cut in crude output surprised oil markets, and prices for Brent crude rose above $50 a barrel.\n\nAnalysts expect crude oil prices to stay high while Opec keeps output low and demand for oil from China grows.\n\nOpec ministers will meet again in June to review crude output quotas and oil prices, the cartel said in Vienna.\n\nHigher oil prices could slow growth, economists warned, as crude costs feed into fuel and transport prices.")
    {
        FixTitle = "Remove the paragraph that belongs to another story",
    };

    public void Analyze(ArticleContext context)
    {
        var article = context.Article;
        var weights = TermWeights.For(context.Corpus);
        var paragraphs = article.Paragraphs
            .Where(p => p.Start >= article.BodyStart && TermVectors.ContentTerms(article.Text, p).Count() >= MinContentTerms)
            .ToList();
        if (paragraphs.Count < MinParagraphs) return;
        var vectors = paragraphs.Select(p => TermVectors.TfIdf(article.Text, p, weights)).ToList();
        var title = TermVectors.TfIdf(article.Text, article.TitleSpan, weights);
        var similarities = vectors
            .Select((vector, i) => TermVectors.Cosine(vector, TermVectors.Sum(vectors.Where((_, j) => j != i).Append(title))))
            .ToArray();
        var median = similarities.Median();
        var mad = similarities.Select(s => Math.Abs(s - median)).Median();
        // 1.4826 × MAD estimates the standard deviation for normal data; the floor keeps uniform articles from dividing by ~0.
        var spread = Math.Max(1.4826 * mad, 0.02);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var z = (median - similarities[i]) / spread;
            if (z <= 0 || similarities[i] > median / 2) continue;
            context.Report(paragraphs[i], Math.Min(1, z / FullScoreZ),
                $"Paragraph is unlike the rest of the article (similarity {similarities[i]:0.00} against a median of {median:0.00}; robust z {z:0.0}): it may belong to another story.");
        }
    }
}
