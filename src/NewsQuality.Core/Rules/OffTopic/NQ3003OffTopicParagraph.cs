using System.Text.RegularExpressions;
using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Rules.OffTopic;

/// <summary>
/// A paragraph whose words and topic have nothing to do with the rest of the article. Two signals per paragraph, each leaving
/// the paragraph out: the IDF-weighted share of its vocabulary that the rest of the article also uses, and the cosine of its
/// latent topic vector (<see cref="TopicVectors"/>, LSA learned from BBC News) with the rest of the article's, also set
/// against the median of the article's other paragraphs, so a story whose paragraphs all wander is not a row of outliers.
/// </summary>
public sealed partial class NQ3003OffTopicParagraph : IArticleRule, IUsesCorpusStatistics
{
    /// <summary>Shorter paragraphs say too little to judge; headings and link lines have their own rules.</summary>
    private const int MinContentTerms = 8;

    /// <summary>Paragraphs with fewer distinct content words than this are judged more strictly: their two signals are noisier.</summary>
    private const int FullLengthTerms = 12;

    /// <summary>Distance added per content word a paragraph falls short of <see cref="FullLengthTerms"/> (measured on the dev set).</summary>
    private const double ShortPenalty = 0.07;

    /// <summary>Fewer judged paragraphs than this leave no "other paragraphs" to set a paragraph against.</summary>
    private const int MinParagraphs = 3;

    /// <summary>Weight of the topic cosine, and of its gap to the other paragraphs' median, next to the vocabulary share.</summary>
    private const double TopicWeight = 0.25;

    /// <summary>Distance (share + weighted topic terms) that scores exactly the default threshold (measured on the BBC intruder dev set).</summary>
    private const double DistanceAtThreshold = 0.26;

    public RuleDescriptor Descriptor { get; } = new(
        Id: "NQ3003",
        Name: "off-topic-paragraph",
        Category: RuleCategory.OffTopic,
        DefaultSeverity: Severity.Warning,
        DefaultThreshold: 0.5,
        Summary: "A paragraph is about something else than the rest of the article.",
        Rationale: "Content farms paste paragraphs from other stories into copied articles. Each paragraph of eight or more distinct " +
                   "content words, most of them known to the topic table, in an article with at least three such paragraphs, is set " +
                   "against the rest of the article (leave one out) twice: the IDF-weighted share of its vocabulary that the rest also " +
                   "uses, and the cosine of its topic vector with the rest's. Topic vectors are a 24-dimension latent semantic analysis of" +
                   " word stems learned from half of the BBC News 2004-2005 corpus (tools/derive-topic-vectors.cs), so paragraphs about " +
                   "the same kind of story are close without sharing a word. The distance share + 1/4 cosine + 1/4 (cosine - median cosine" +
                   " of the article's other paragraphs), plus 0.07 per content word under twelve (short paragraphs give noisier signals), " +
                   "scores the default threshold at 0.26. On the BBC intruder dev set (the other half of the corpus) this flags 90% of " +
                   "pasted paragraphs and 66% of pasted lone sentences at 99.8% precision, with 2.7 false flags per 1,000 clean articles. " +
                   "Lists of names and figures and editors' notes (\"This version of the story has been refiled…\") are not judged.",
        FlaggedExample: "Oil prices rise\n\nOil prices rose on Monday as Opec ministers agreed to cut crude output by a million barrels a day from April.\n\nTraders said the Opec cut in crude output surprised oil markets, and prices for Brent crude rose above $50 a barrel.\n\nThe striker scored twice in the second half as the champions beat their rivals at the stadium to go top of the league table.\n\nAnalysts expect crude oil prices to stay high while Opec keeps output low and demand for oil from China grows.\n\nOpec ministers will meet again in June to review crude output quotas and oil prices, the cartel said in Vienna.\n\nHigher oil prices could slow growth, economists warned, as crude costs feed into fuel and transport prices.",
        CleanExample: "Oil prices rise\n\nOil prices rose on Monday as Opec ministers agreed to cut crude output by a million barrels a day from April.\n\nTraders said the Opec cut in crude output surprised oil markets, and prices for Brent crude rose above $50 a barrel.\n\nAnalysts expect crude oil prices to stay high while Opec keeps output low and demand for oil from China grows.\n\nOpec ministers will meet again in June to review crude output quotas and oil prices, the cartel said in Vienna.\n\nHigher oil prices could slow growth, economists warned, as crude costs feed into fuel and transport prices.")
    {
        FixTitle = "Remove the paragraph that belongs to another story",
    };

    public void Analyze(ArticleContext context)
    {
        foreach (var m in Measure(context.Article, TermWeights.For(context.Corpus)))
        {
            // Lower is further from the article: 0.5 (the default threshold) at DistanceAtThreshold, 1 at zero or below.
            var distance = m.Share + TopicWeight * m.TopicSimilarity + TopicWeight * (m.TopicSimilarity - m.TypicalTopicSimilarity)
                           + ShortPenalty * Math.Max(0, FullLengthTerms - m.ContentTerms);
            context.Report(m.Span, Math.Clamp(1 - distance / (2 * DistanceAtThreshold), 0, 1),
                $"This paragraph shares {m.Share:0%} of its wording with the rest of the article and {Closeness(m)}: it may belong to another story.",
                measures: new Dictionary<string, double>
                {
                    ["sharedWording"] = m.Share, ["topicSimilarity"] = m.TopicSimilarity, ["otherParagraphsTopicSimilarity"] = m.TypicalTopicSimilarity,
                });
        }
    }

    /// <summary>How far the paragraph's topic is from the article's, in words, against how close its other paragraphs are.</summary>
    private static string Closeness(ParagraphMeasure m) =>
        m.TopicSimilarity <= 0 ? "none of its subject"
        : m.TopicSimilarity < m.TypicalTopicSimilarity / 2 ? "strays much further from its subject than the other paragraphs"
        : "strays further from its subject than the other paragraphs";

    /// <summary>What the rule measures on each paragraph it judges.</summary>
    /// <param name="Share">IDF-weighted share of the paragraph's content stems that the rest of the article (title included) also uses.</param>
    /// <param name="TopicSimilarity">Cosine of the paragraph's topic vector with the rest of the article's (leave one out).</param>
    /// <param name="TypicalTopicSimilarity">Median <paramref name="TopicSimilarity"/> of the article's other judged paragraphs.</param>
    /// <param name="ContentTerms">Distinct content-word stems in the paragraph.</param>
    public readonly record struct ParagraphMeasure(TextSpan Span, double Share, double TopicSimilarity, double TypicalTopicSimilarity, int ContentTerms);

    /// <summary>The measures of every paragraph the rule judges; empty when the article has too few such paragraphs to compare.</summary>
    public static IReadOnlyList<ParagraphMeasure> Measure(Article article, TermWeights weights)
    {
        // Link lines and template lines are NQ3001/NQ4001/NQ4004's business, not paragraphs of the story.
        var links = LinkLines.Spans(article);
        var spans = article.Paragraphs
            .Where(p => p.Start >= article.BodyStart && !links.OverlapsAny(p) && BoilerplatePhrases.Kind(article.Slice(p)) is null)
            .ToList();
        // The paragraphs' stems, then the title's: the title is part of "the rest of the article" but never judged.
        var parts = spans.Append(article.TitleSpan).Select(p => StemWeights(article.Text, p, weights)).ToList();
        var topics = TopicVectors.Shipped;
        // A paragraph is judged when it is long enough and the topic table knows most of its stems: a zero cosine for text the
        // table never saw (another language, a field BBC News never covered) would be no evidence of another story.
        // Lists and editors' notes stay part of the article's vocabulary but are not judged: a line-up or a refile note is not
        // a paragraph about anything, so sharing few words with the story is no sign of another story.
        var judged = Enumerable.Range(0, spans.Count)
            .Where(i => parts[i].Count >= MinContentTerms && 2 * parts[i].Keys.Count(topics.Contains) >= parts[i].Count)
            .Where(i => !IsList(article.Text, spans[i]) && !EditorsNote().IsMatch(article.Slice(spans[i])))
            .ToList();
        if (judged.Count < MinParagraphs) return [];
        // How many of the article's parts (paragraphs and title) use each stem: a paragraph's stem is used by the rest of
        // the article when another part has it too. Counting once keeps long pages linear.
        var users = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var stem in parts.SelectMany(p => p.Keys)) users[stem] = users.GetValueOrDefault(stem) + 1;
        // The rest of the article's topic vector is the whole article's minus the paragraph's own: linear too.
        var vectors = parts.Select(topics.Of).ToList();
        var total = new double[topics.Dimensions];
        foreach (var vector in vectors)
            for (var k = 0; k < total.Length; k++) total[k] += vector[k];
        var similarities = judged.Select(i => TopicVectors.Cosine(vectors[i], total.Zip(vectors[i], (t, own) => t - own).ToArray())).ToArray();
        var sorted = similarities.Order().ToArray();
        return judged.Select((i, j) => new ParagraphMeasure(
            spans[i],
            SharedShare(parts[i], users),
            similarities[j],
            MedianWithout(sorted, similarities[j]),
            parts[i].Count)).ToList();
    }

    /// <summary>
    /// A list of names and figures ("Sen. Ted Cruz (R-Texas) 98%, Sen. Mike Lee (R-Utah) 95%, …", a team line-up, the members
    /// of a committee): most of its words after the first are capitalised or numbers.
    /// </summary>
    private static bool IsList(string text, TextSpan paragraph)
    {
        int words = 0, named = 0;
        foreach (var token in Tokenizer.Words(text, paragraph).Skip(1))
        {
            words++;
            if (char.IsUpper(token.Value[0]) || char.IsDigit(token.Value[0])) named++;
        }
        return words > 0 && 2 * named >= words;
    }

    /// <summary>
    /// An editor's note about the story rather than part of it: a paragraph wholly in brackets ("(Click on … to see a related
    /// photo essay)", "(Reporting by …)"), or a refile or update note ("This version of the story has been refiled…").
    /// </summary>
    [GeneratedRegex(@"^[(\[].*[)\]]$|\b(this|the) (version of (this|the) )?(story|article|report) (has been|was|is) (refiled|updated|corrected|changed|amended)|\brefiled\b|\bhit the wires?\b",
        RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex EditorsNote();

    /// <summary>Weighted share of a paragraph's stems that another part uses; words that weigh nothing (in every article) are no evidence, so 1.</summary>
    private static double SharedShare(Dictionary<string, double> stems, Dictionary<string, int> users)
    {
        var total = stems.Values.Sum();
        return total > 0 ? stems.Where(kv => users[kv.Key] > 1).Sum(kv => kv.Value) / total : 1;
    }

    /// <summary>Median of a sorted array with one occurrence of <paramref name="value"/> left out, in constant time after the sort.</summary>
    private static double MedianWithout(double[] sorted, double value)
    {
        var skipped = Array.BinarySearch(sorted, value);
        var count = sorted.Length - 1;
        double At(int k) => sorted[k < skipped ? k : k + 1];
        return count % 2 == 1 ? At(count / 2) : (At(count / 2 - 1) + At(count / 2)) / 2;
    }

    /// <summary>Content-word stems of a span with their IDF weights (each stem once).</summary>
    private static Dictionary<string, double> StemWeights(string text, TextSpan span, TermWeights weights) =>
        TermVectors.ContentTerms(text, span)
            .GroupBy(TermVectors.Stem)
            .ToDictionary(g => g.Key, g => g.Max(weights.Idf), StringComparer.Ordinal);
}
