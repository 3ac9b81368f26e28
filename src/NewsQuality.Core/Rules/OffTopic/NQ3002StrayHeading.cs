using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Rules.OffTopic;

/// <summary>
/// A short line in the body that is not a sentence and shares no content word with the paragraphs around it
/// ("ministers in sweden" between two paragraphs about a Putin–Biden call): a heading left from another story.
/// </summary>
public sealed class NQ3002StrayHeading : IArticleRule
{
    private const int MaxHeadingWords = 8;

    public RuleDescriptor Descriptor { get; } = new(
        Id: "NQ3002",
        Name: "stray-heading",
        Category: RuleCategory.OffTopic,
        DefaultSeverity: Severity.Warning,
        DefaultThreshold: 0.5,
        Summary: "A short heading-like line shares nothing with the text around it.",
        Rationale: "Genuine sub-headings announce the paragraph that follows and share its words (\"Russian soldiers on the border\" " +
                   "before a paragraph about Russian troops at the border). A heading that shares no content word with the paragraphs " +
                   "before and after it was left in by a template or spliced from another page.",
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
        var (_, headline) = Masthead.Find(text);
        var bodyStart = Math.Max(article.BodyStart, headline.End);
        var paragraphs = article.Paragraphs.Where(p => p.Start >= bodyStart).ToList();
        var links = LinkLines.Spans(article);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var line = paragraphs[i];
            if (!IsHeadingLike(text, line) || links.OverlapsAny(line) || BoilerplatePhrases.Kind(article.Slice(line)) is not null) continue;
            // A web page marks its own subheads (<h2>…<h6> in the body): those are the article's structure, not a leftover line.
            if (article.Page?.Subheadings.Contains(line) == true) continue;
            // A stray heading interrupts prose; a run of short lines is a list or a table (fixtures, results, credits).
            if (i == 0 || i + 1 >= paragraphs.Count || !IsProse(text, paragraphs[i - 1]) || !IsProse(text, paragraphs[i + 1])) continue;
            var stems = Stems(text, line);
            if (stems.Count == 0 || stems.Overlaps(Stems(text, paragraphs[i - 1])) || stems.Overlaps(Stems(text, paragraphs[i + 1]))) continue;
            context.Report(line, 0.9, $"Heading-like line \"{article.Slice(line)}\" shares no content word with the paragraphs around it: probably left from another page.");
        }
    }

    private static HashSet<string> Stems(string text, TextSpan span) =>
        TermVectors.ContentTerms(text, span).Select(TermVectors.Stem).ToHashSet(StringComparer.Ordinal);

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
