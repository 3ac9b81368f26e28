using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Rules.Translation;

/// <summary>
/// A line whose quotes and apostrophes are in the other style from the rest of the article: straight (' ") in a body
/// typeset with curly ones (’ “ ”), or the reverse. Text pasted from another source keeps that source's typography,
/// so the odd lines mark spliced text ("See also … That's why McDonald's …" in an article that writes "summer’s").
/// The headline is not judged: publishers type it in a separate field. Real copy is typed by several hands (wire paragraphs in
/// local copy, statements pasted as quoted), so a sentence that carries on the story is not taken for a paste, and an article
/// whose own lines mix the styles (in one line, or in more than one place) is left alone, as is a pull quote repeating the story's words.
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
                   "its \"— Name (@handle)\" line) come from other systems and are left out too. Real copy is typed by several hands, so the rule " +
                   "stays silent on articles whose own lines mix the styles (a line with both, or odd lines in more than one place), on a sentence " +
                   "that carries on the story (it ends a sentence and shares words with the rest of the body: a wire paragraph, a standfirst, a " +
                   "quoted statement), on a pull quote or caption that repeats five or more words of the story in a row (set again in another field of the CMS) and on one item of a list of headline-like lines. What it flags is a line about something else or a " +
                   "headline-like line: a related link, a prompt, the headline printed again.",
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
        var nonBlank = context.Article.NonBlankLines;
        var lines = new List<(TextSpan Span, QuoteStyle Style)>(nonBlank.Length);
        foreach (var line in nonBlank) lines.Add((line, StyleOf(text, line)));
        // Without both styles below the headline there is no odd line, whatever is furniture: most articles stop here,
        // before the furniture checks.
        if (!lines.Exists(l => l.Span.Start >= bodyStart && l.Style == QuoteStyle.Curly)
            || !lines.Exists(l => l.Span.Start >= bodyStart && l.Style == QuoteStyle.Straight)) return;
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
        // Lines that mix both styles, or odd lines in more than one place, show the article's own hands typing both styles
        // (wire copy in local copy, statements pasted as quoted): there is no single style for a pasted line to break.
        if (body.Any(l => l.Style == QuoteStyle.Mixed) || RunsOf(odd, body) > 1) return;
        var example = lines.First(l => l.Style == dominant).Span;
        var title = headline.Length > 0 ? headline : context.Article.TitleSpan;
        foreach (var (span, _) in body.Where(l => l.Style == odd))
        {
            if (IsListItem(text, lines, span) || ContinuesTheStory(text, span, title, body) || IsPullQuote(context.Article, span, title, body)) continue;
            context.Report(span, 0.8,
                $"This line uses {Describe(odd)} while the other {dominantCount} quoted lines use {Describe(dominant)}: it may have been pasted from another source.",
                related: [context.Related(example, $"A line in the article's style ({Describe(dominant)})")]);
        }
    }

    /// <summary>How many separate runs of <paramref name="style"/> there are among the lines that have quote marks.</summary>
    private static int RunsOf(QuoteStyle style, IEnumerable<(TextSpan Span, QuoteStyle Style)> lines)
    {
        var runs = 0;
        var previous = QuoteStyle.None;
        foreach (var (_, lineStyle) in lines.Where(l => l.Style != QuoteStyle.None))
        {
            if (lineStyle == style && previous != style) runs++;
            previous = lineStyle;
        }
        return runs;
    }

    /// <summary>
    /// A sentence of the story told in the article's own words (it ends a sentence and shares words with the rest of the
    /// body): a paragraph typed by another hand, a standfirst or a quoted statement, not a pasted line. What gets pasted is
    /// a line about something else ("See also That's why McDonald's is changing the Happy Meal", a donation prompt) or a
    /// headline-like line (a related link, the headline printed again).
    /// </summary>
    private static bool ContinuesTheStory(string text, TextSpan line, TextSpan headline, IEnumerable<(TextSpan Span, QuoteStyle Style)> body)
    {
        if (!EndsSentence(text, line)) return false;
        var own = Stems(text, line);
        var rest = body.Select(l => l.Span).Where(l => l != line).Append(headline).SelectMany(l => Stems(text, l)).ToHashSet(StringComparer.Ordinal);
        return own.Count(rest.Contains) >= SharedStoryWords;
    }

    /// <summary>
    /// A pull quote or a caption: the story's own words set again in a field of the CMS with its own quotes, so it repeats a run
    /// of <see cref="PullQuoteWords"/> words of another line of the body ("Labour MP David Lammy said he 'will absolutely not be
    /// voting to trigger Article 50'" over the paragraph that quotes him). A pasted link, prompt or teaser repeats no such run;
    /// a link line and the headline printed again (NQ2007's line, which this rule reports too) stay flagged whatever they repeat.
    /// </summary>
    private static bool IsPullQuote(Article article, TextSpan line, TextSpan headline, IEnumerable<(TextSpan Span, QuoteStyle Style)> body)
    {
        var text = article.Text;
        if (article.LinkLineSpans.OverlapsAny(line) || NQ2007RepeatedTitle.RepeatsHeadline(text, headline, line)) return false;
        var own = Words(text, line);
        if (own.Length < PullQuoteWords) return false;
        // A copy of the whole line elsewhere on the page (a teaser listed twice) is not the story's wording.
        var runs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (span, _) in body)
            if (!text.AsSpan(span.Start, span.Length).SequenceEqual(text.AsSpan(line.Start, line.Length)))
                runs.UnionWith(Runs(Words(text, span)));
        return Runs(own).Any(runs.Contains);
    }

    /// <summary>Words a pull quote repeats in a row: fewer are a common phrase ("said on Monday that the").</summary>
    private const int PullQuoteWords = 5;

    private static string[] Words(string text, TextSpan line) => Tokenizer.Words(text, line).Select(w => w.Value.ToLowerInvariant()).ToArray();

    private static IEnumerable<string> Runs(string[] words) =>
        Enumerable.Range(0, Math.Max(0, words.Length - PullQuoteWords + 1)).Select(i => string.Join(' ', words, i, PullQuoteWords));

    /// <summary>Content words a line must share with the rest of the body to be part of the story.</summary>
    private const int SharedStoryWords = 2;

    private static HashSet<string> Stems(string text, TextSpan line) =>
        TermVectors.ContentTerms(text, line).Select(TermVectors.Stem).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// One headline-like line among others (a list of story links, an author's page, a table of contents): each item was
    /// typed on its own, so one item's style says nothing. A pasted line stands out next to sentences.
    /// </summary>
    private static bool IsListItem(string text, List<(TextSpan Span, QuoteStyle Style)> lines, TextSpan line)
    {
        var index = lines.FindIndex(l => l.Span == line);
        return index > 0 && index + 1 < lines.Count && !EndsSentence(text, line)
            && !EndsSentence(text, lines[index - 1].Span) && !EndsSentence(text, lines[index + 1].Span);
    }

    /// <summary>The line ends with sentence punctuation, before any closing quote or bracket.</summary>
    private static bool EndsSentence(string text, TextSpan line)
    {
        var end = line.End - 1;
        while (end > line.Start && (text[end] is '"' or '\'' or '’' or '”' or ')' or ']' || char.IsWhiteSpace(text[end]))) end--;
        return text[end] is '.' or '!' or '?' or '…';
    }

    private static bool IsFurniture(string text, List<(TextSpan Span, QuoteStyle Style)> lines, int index) =>
        PageFurniture.Is(text.Substring(lines[index].Span.Start, lines[index].Span.Length))
        || (index + 1 < lines.Count && PageFurniture.IsPostAttribution(text.Substring(lines[index + 1].Span.Start, lines[index + 1].Span.Length)));

    private static string Describe(QuoteStyle style) =>
        style == QuoteStyle.Curly ? "curly quotes (’ “ ”)" : "straight quotes (' \")";

    private static readonly System.Buffers.SearchValues<char> QuotationMarks = System.Buffers.SearchValues.Create("‘’“”'\"");

    private static QuoteStyle StyleOf(string text, TextSpan line)
    {
        bool hasStraight = false, hasCurly = false;
        // Only the quotation marks matter: found by a vectorised search, not read a character at a time.
        for (var i = line.Start; i < line.End && !(hasStraight && hasCurly); i++)
        {
            var next = text.AsSpan(i, line.End - i).IndexOfAny(QuotationMarks);
            if (next < 0) break;
            i += next;
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
