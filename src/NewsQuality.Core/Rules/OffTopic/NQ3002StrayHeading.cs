using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Rules.OffTopic;

/// <summary>
/// A short line in the body that is not a sentence and shares no telling word with the paragraphs around it
/// ("ministers in sweden" between two paragraphs about a Putin–Biden call): a heading left from another story.
/// </summary>
public sealed class NQ3002StrayHeading : IArticleRule
{
    private const int MaxHeadingWords = 8;

    /// <summary>
    /// A heading whose words carry less than this share of their weight (background IDF) in the neighbouring paragraphs is
    /// unrelated to them: a common word in both ("rate", "show", "warns") is no link, a name or a subject word is.
    /// Measured on the tune half of the realnews evaluation (even ids): planted headings caught on BBC 0.84 → 0.95.
    /// </summary>
    private const double MaxSharedWeight = 0.25;

    /// <summary>More heading-like lines above prose than this make an article of sub-headings or captions (crawled features, listicles).</summary>
    private const int MaxLoneHeadings = 2;

    public RuleDescriptor Descriptor { get; } = new(
        Id: "NQ3002",
        Name: "stray-heading",
        Category: RuleCategory.OffTopic,
        DefaultSeverity: Severity.Warning,
        DefaultThreshold: 0.5,
        Summary: "A short heading-like line shares nothing with the text around it.",
        Rationale: "Genuine sub-headings announce the paragraph that follows and share its words (\"Russian soldiers on the border\" " +
                   "before a paragraph about Russian troops at the border). A heading whose content words carry less than a quarter of " +
                   "their weight (IDF) in the paragraphs before and after it shares at most a common word or two with them (\"rate\", " +
                   "\"warns\") and was left in by a template or spliced from another page. Labelled notes and captions (\"Credit: …\"), date " +
                   "lines and the attribution line of an embedded post belong to the page and are not judged.",
        FlaggedExample: "Talks\n\nThe last time the two leaders spoke, cybersecurity was the focus of the call.\n\nministers in sweden\n\nBut other points are expected to dominate the meeting.",
        CleanExample: "Talks\n\nThe White House warned of a growing US presence in Eastern Europe.\n\nRussian soldiers on the border\n\nMore than 90,000 Russian soldiers are present on the Ukrainian border.")
    {
        FixTitle = "Remove the stray heading",
    };

    public void Analyze(ArticleContext context)
    {
        var article = context.Article;
        var text = context.Text;
        // Below the title, and below the real headline when a masthead stands above it (NQ4002 reports those lines).
        var (_, headline) = article.Masthead;
        var bodyStart = Math.Max(article.BodyStart, headline.End);
        var paragraphs = article.Paragraphs.Where(p => p.Start >= bodyStart).ToList();
        var links = LinkLines.Spans(article);
        // A stray heading interrupts prose; a run of short lines is a list or a table (fixtures, results, credits). Captions,
        // credits, date lines and embedded posts' attributions are the page's own furniture, not another story's heading.
        // The first body line is left out: under the headline it is a standfirst or a repeated headline, not a sub-heading.
        var headings = Enumerable.Range(1, Math.Max(0, paragraphs.Count - 2))
            .Where(i => IsHeadingLike(text, paragraphs[i]) && !links.OverlapsAny(paragraphs[i]) && BoilerplatePhrases.Kind(article.Slice(paragraphs[i])) is null
                        && IsProse(text, paragraphs[i + 1]) && !PageFurniture.Is(article.Slice(paragraphs[i]))
                        // A web page marks its own subheads (<h2>…<h6> in the body): those are the article's structure.
                        && article.Page?.Subheadings.Contains(paragraphs[i]) != true)
            .ToList();
        // An article with several lines heading prose is built of sub-headings or captions: one that shares little with its
        // neighbours is the house style there, not a line left from another page.
        if (headings.Count > MaxLoneHeadings) return;
        foreach (var i in headings.Where(i => IsProse(text, paragraphs[i - 1])))
        {
            var line = paragraphs[i];
            var stems = StemWeights(text, line);
            var total = stems.Values.Sum();
            if (total == 0) continue;
            var around = StemWeights(text, paragraphs[i - 1]).Keys.Concat(StemWeights(text, paragraphs[i + 1]).Keys).ToHashSet(StringComparer.Ordinal);
            if (stems.Where(s => around.Contains(s.Key)).Sum(s => s.Value) / total >= MaxSharedWeight) continue;
            context.Report(line, 0.9, $"Heading-like line \"{article.Slice(line)}\" shares no telling word with the paragraphs around it: probably left from another page.");
        }
    }

    /// <summary>Content-word stems of a span with their background IDF weights.</summary>
    private static Dictionary<string, double> StemWeights(string text, TextSpan span) =>
        TermVectors.ContentTerms(text, span)
            .GroupBy(TermVectors.Stem)
            .ToDictionary(g => g.Key, g => g.Max(TermWeights.Background.Idf), StringComparer.Ordinal);


    /// <summary>A paragraph of running text: several words, ending like a sentence.</summary>
    private static bool IsProse(string text, TextSpan paragraph) =>
        Tokenizer.Words(text, paragraph).Skip(5).Any() && text[paragraph.End - 1] is '.' or '!' or '?' or '"' or '”' or '\'' or '’' or ')';

    /// <summary>One short line without sentence punctuation or a quote: a heading, not a sentence.</summary>
    private static bool IsHeadingLike(string text, TextSpan paragraph)
    {
        var words = Tokenizer.Words(text, paragraph).Count();
        if (words is 0 or > MaxHeadingWords || text.AsSpan(paragraph.Start, paragraph.Length).IndexOfAny('\n', '\r') >= 0) return false;
        return text[paragraph.End - 1] is not ('.' or '!' or '?' or ':' or ';' or ',' or '"' or '”' or '’' or '\'' or ')');
    }
}
