using MathNet.Numerics.Statistics;
using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Rules.OffTopic;

/// <summary>
/// A paragraph whose words have nothing to do with the rest of the article: for each paragraph, the IDF-weighted
/// share of its vocabulary that the rest of the article also uses (leave one out) is compared with an absolute floor and
/// with the article's median paragraph (MathNet.Numerics statistics), a robust yardstick that one odd paragraph cannot move.
/// </summary>
public sealed class NQ3003OffTopicParagraph : IArticleRule, IUsesCorpusStatistics
{
    /// <summary>Paragraphs with fewer distinct content words say too little to judge; headings and link lines have their own rules.</summary>
    private const int MinContentTerms = 6;

    /// <summary>Shared-vocabulary share that scores exactly the default threshold (measured on the BBC intruder dev set).</summary>
    private const double AbsoluteShareAtThreshold = 0.08;

    /// <summary>Share relative to the article's median paragraph that scores exactly the default threshold.</summary>
    private const double RelativeShareAtThreshold = 0.25;

    /// <summary>Fewer paragraphs than this give no meaningful spread.</summary>
    private const int MinParagraphs = 5;

    public RuleDescriptor Descriptor { get; } = new(
        Id: "NQ3003",
        Name: "off-topic-paragraph",
        Category: RuleCategory.OffTopic,
        DefaultSeverity: Severity.Warning,
        DefaultThreshold: 0.5,
        Summary: "A paragraph is about something else than the rest of the article.",
        Rationale: "Content farms paste paragraphs from other stories into copied articles. For each paragraph of six or more content " +
                   "words in an article of five or more such paragraphs, the IDF-weighted share of its vocabulary used elsewhere in the article " +
                   "is measured; at the default threshold a paragraph is reported when that share is at most 8% and at most a quarter of the " +
                   "article's median paragraph. Paragraphs pasted from other stories share about 5%; the article's own, about 38%.",
        FlaggedExample: "Oil prices rise\n\nOil prices rose on Monday as Opec ministers agreed to cut crude output by a million barrels a day from April.\n\nTraders said the Opec cut in crude output surprised oil markets, and prices for Brent crude rose above $50 a barrel.\n\nThe striker scored twice in the second half as the champions beat their rivals at the stadium to go top of the league table.\n\nAnalysts expect crude oil prices to stay high while Opec keeps output low and demand for oil from China grows.\n\nOpec ministers will meet again in June to review crude output quotas and oil prices, the cartel said in Vienna.\n\nHigher oil prices could slow growth, economists warned, as crude costs feed into fuel and transport prices.",
        CleanExample: "Oil prices rise\n\nOil prices rose on Monday as Opec ministers agreed to cut crude output by a million barrels a day from April.\n\nTraders said the Opec cut in crude output surprised oil markets, and prices for Brent crude rose above $50 a barrel.\n\nAnalysts expect crude oil prices to stay high while Opec keeps output low and demand for oil from China grows.\n\nOpec ministers will meet again in June to review crude output quotas and oil prices, the cartel said in Vienna.\n\nHigher oil prices could slow growth, economists warned, as crude costs feed into fuel and transport prices.")
    {
        FixTitle = "Remove the paragraph that belongs to another story",
    };

    public void Analyze(ArticleContext context)
    {
        var article = context.Article;
        var weights = TermWeights.For(context.Corpus);
        // Link lines and template lines are NQ3001/NQ4001/NQ4004's business, not paragraphs of the story.
        var links = LinkLines.Spans(article);
        var paragraphs = article.Paragraphs
            .Where(p => p.Start >= article.BodyStart && !links.OverlapsAny(p) && BoilerplatePhrases.Kind(article.Slice(p)) is null)
            .Select(p => (Span: p, Stems: StemWeights(article.Text, p, weights)))
            .ToList();
        var judged = paragraphs.Where(p => p.Stems.Count >= MinContentTerms).ToList();
        if (judged.Count < MinParagraphs) return;
        // How many of the article's paragraphs use each stem, the title counting as one more: a paragraph's stem is
        // used by the rest of the article when another one has it too. Counting once keeps long pages linear.
        var users = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var stem in paragraphs.SelectMany(p => p.Stems.Keys).Concat(StemWeights(article.Text, article.TitleSpan, weights).Keys))
            users[stem] = users.GetValueOrDefault(stem) + 1;
        // Share of each paragraph's weighted vocabulary that the rest of the article (title included) also uses.
        var shares = judged.Select(p => p.Stems.Where(kv => users[kv.Key] > 1).Sum(kv => kv.Value) / p.Stems.Values.Sum()).ToArray();
        var median = shares.Median();
        // When the median paragraph shares nothing with the rest, no paragraph stands out: a digest of unrelated briefs.
        if (median <= 0) return;
        for (var i = 0; i < judged.Count; i++)
        {
            // Score 0.5 (the default threshold) at a share of 8% or a quarter of the median paragraph's share, whichever is lower.
            var score = Math.Min(1 - shares[i] / (2 * AbsoluteShareAtThreshold), 1 - shares[i] / (2 * RelativeShareAtThreshold * median));
            context.Report(judged[i].Span, Math.Clamp(score, 0, 1),
                $"Paragraph shares {shares[i]:P0} of its weighted vocabulary with the rest of the article, against {median:P0} for its median paragraph: it may belong to another story.");
        }
    }

    /// <summary>Content-word stems of a span with their IDF weights (each stem once).</summary>
    private static Dictionary<string, double> StemWeights(string text, TextSpan span, TermWeights weights) =>
        TermVectors.ContentTerms(text, span)
            .GroupBy(TermVectors.Stem)
            .ToDictionary(g => g.Key, g => g.Max(weights.Idf), StringComparer.Ordinal);
}
