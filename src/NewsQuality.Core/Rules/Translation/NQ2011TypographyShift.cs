using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Rules.Translation;

/// <summary>
/// A line whose quotes and apostrophes are in the other style from the rest of the article: straight (' ") in a body
/// typeset with curly ones (’ “ ”), or the reverse. Text pasted from another source keeps that source's typography,
/// so the odd lines mark spliced text ("See also … That's why McDonald's …" in an article that writes "summer’s").
/// The headline is not judged: publishers type it in a separate field.
/// </summary>
public sealed class NQ2011TypographyShift : IArticleRule
{
    public RuleDescriptor Descriptor { get; } = new(
        Id: "NQ2011",
        Name: "typography-shift",
        Category: RuleCategory.Translation,
        DefaultSeverity: Severity.Info,
        DefaultThreshold: 0.5,
        Summary: "A line uses a different quote style from the rest of the article.",
        Rationale: "An article is typeset with one quote style: curly (’ “ ”) from a word processor or CMS, or straight (' \") from plain text. " +
                   "A line in the other style was usually pasted in from somewhere else (a related-article link, an advert, a second copy " +
                   "of the headline) and deserves a look. Articles that mix styles throughout are not flagged, nor are feet-and-inch marks (5'11\"). " +
                   "The headline is never flagged: publishers type it in a separate field, often with straight quotes over a curly body; it " +
                   "only counts towards the body's style when it agrees with it. Photo credits, captions and embedded posts (a tweet above " +
                   "its \"— Name (@handle)\" line) come from other systems and are left out too.",
        FlaggedExample: "Unlike this summer’s meeting, Tuesday’s talks will be digital.\n\nThe White House warned of “serious economic damage”.\n\n" +
                        "“I do not accept a red line,” Biden said.\n\nSee also That's why McDonald's is changing the Happy Meal",
        CleanExample: "Unlike this summer’s meeting, Tuesday’s talks will be digital.\n\nThe White House warned of “serious economic damage”.\n\n" +
                      "“I do not accept a red line,” Biden said.\n\nSee also Why the Happy Meal is changing")
    {
        FixTitle = "Check whether the line belongs to the article",
    };

    /// <summary>Lines in the dominant style needed before a style counts as the article's.</summary>
    private const int MinDominantLines = 3;

    /// <summary>The dominant style must outnumber the odd one by this factor; below it the article simply mixes styles.</summary>
    private const int Dominance = 3;

    private enum QuoteStyle { None, Straight, Curly, Mixed }

    public void Analyze(ArticleContext context)
    {
        var text = context.Text;
        // The headline (and a masthead above it) comes from its own CMS field, often typed with straight quotes over a curly
        // body: it is never a pasted line. It only backs the body's style when it agrees with it.
        var (_, headline) = context.Article.Masthead;
        var bodyStart = Math.Max(context.Article.BodyStart, headline.End);
        var lines = TextBlocks.NonBlankLines(text).Select(line => (Span: line, Style: StyleOf(text, line))).ToList();
        // Captions, credits and embedded posts (a tweet above its "— Name (@handle)" line) come from other systems with their own
        // typography: they neither set the body's style nor break it.
        var body = lines.Where((l, i) => l.Span.Start >= bodyStart && !IsFurniture(text, lines, i)).ToList();
        var curly = body.Count(l => l.Style == QuoteStyle.Curly);
        var straight = body.Count(l => l.Style == QuoteStyle.Straight);
        var (dominant, odd, dominantCount, oddCount) = curly >= straight
            ? (QuoteStyle.Curly, QuoteStyle.Straight, curly, straight)
            : (QuoteStyle.Straight, QuoteStyle.Curly, straight, curly);
        dominantCount += lines.Count(l => l.Span.Start < bodyStart && l.Style == dominant);
        if (oddCount == 0 || dominantCount < MinDominantLines || dominantCount < Dominance * oddCount) return;
        var example = lines.First(l => l.Style == dominant).Span;
        foreach (var (span, _) in body.Where(l => l.Style == odd))
        {
            context.Report(span, 0.8,
                $"This line uses {Describe(odd)} while the other {dominantCount} quoted lines use {Describe(dominant)}: it may have been pasted from another source.",
                related: [context.Related(example, $"A line in the article's style ({Describe(dominant)})")]);
        }
    }

    private static bool IsFurniture(string text, List<(TextSpan Span, QuoteStyle Style)> lines, int index) =>
        PageFurniture.Is(text.Substring(lines[index].Span.Start, lines[index].Span.Length))
        || (index + 1 < lines.Count && PageFurniture.IsPostAttribution(text.Substring(lines[index + 1].Span.Start, lines[index + 1].Span.Length)));

    private static string Describe(QuoteStyle style) =>
        style == QuoteStyle.Curly ? "curly quotes (’ “ ”)" : "straight quotes (' \")";

    private static QuoteStyle StyleOf(string text, TextSpan line)
    {
        bool hasStraight = false, hasCurly = false;
        for (var i = line.Start; i < line.End; i++)
        {
            switch (text[i])
            {
                case '‘' or '’' or '“' or '”':
                    hasCurly = true;
                    break;
                // A straight mark after a digit is a foot, inch or minute sign (5'11", 45'), not a quote.
                case '\'' or '"' when i == line.Start || !char.IsDigit(text[i - 1]):
                    hasStraight = true;
                    break;
            }
        }
        return (hasStraight, hasCurly) switch
        {
            (true, true) => QuoteStyle.Mixed,
            (true, false) => QuoteStyle.Straight,
            (false, true) => QuoteStyle.Curly,
            _ => QuoteStyle.None,
        };
    }
}
