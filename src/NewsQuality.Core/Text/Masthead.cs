using NewsQuality.Model;

namespace NewsQuality.Text;

/// <summary>
/// Site names and taglines above a headline: up to three short lines (five words or fewer, no sentence
/// punctuation) at the top of the text, followed by a longer headline-like line that is not a body sentence, and text under it.
/// </summary>
public static class Masthead
{
    private const int MaxMastheadWords = 5;
    private const int MaxMastheadLines = 3;
    private const int MaxHeadlineWords = 20;

    /// <summary>
    /// The masthead lines and the headline under them; no lines when the text starts with its headline. Read from the text's
    /// non-blank lines (<see cref="TextBlocks.NonBlankLineArray"/>, <see cref="Article.NonBlankLines"/>), which the caller has found.
    /// </summary>
    public static (IReadOnlyList<TextSpan> Lines, TextSpan Headline) Find(string text, ReadOnlySpan<TextSpan> nonBlankLines)
    {
        var top = nonBlankLines[..Math.Min(nonBlankLines.Length, MaxMastheadLines + 1)];
        var mastheadLines = 0;
        while (mastheadLines < Math.Min(top.Length, MaxMastheadLines) && IsMastheadLike(text, top[mastheadLines])) mastheadLines++;
        // A masthead stands above a headline that has a story under it: a short item that is a headline and one summary
        // line (a feed's title and description) has no masthead, whatever its first line looks like.
        if (mastheadLines == 0 || mastheadLines + 1 >= top.Length) return ([], default);
        var masthead = top[..mastheadLines].ToArray();
        // The same short line twice is a title printed twice (an author page's name, NQ2007's business), not a site's name.
        if (masthead.Select(line => text.Substring(line.Start, line.Length)).Distinct(StringComparer.Ordinal).Count() < masthead.Length) return ([], default);
        var headline = top[masthead.Length];
        if (!IsHeadlineLike(text, headline) || WordCount(text, headline, MaxHeadlineWords) <= WordCount(text, masthead[^1], MaxMastheadWords)) return ([], default);
        // A site's name and slogan say nothing about the story; a short title above a standfirst shares its words.
        var headlineStems = TermVectors.ContentTerms(text, headline).Select(TermVectors.Stem).ToHashSet(StringComparer.Ordinal);
        var sharesWords = masthead.Any(line => TermVectors.ContentTerms(text, line).Select(TermVectors.Stem).Any(headlineStems.Contains));
        return sharesWords ? ([], default) : (masthead, headline);
    }

    /// <summary>Words of the line, counted up to one more than <paramref name="limit"/>: a body line of a thousand words is not read through.</summary>
    private static int WordCount(string text, TextSpan line, int limit) => Tokenizer.CountWords(text, line, limit + 1);

    private static bool IsMastheadLike(string text, TextSpan line) =>
        WordCount(text, line, MaxMastheadWords) is > 0 and <= MaxMastheadWords && !EndsSentence(text, line) && char.IsUpper(text[line.Start]);

    /// <summary>
    /// A photo credit under the real headline ("CreditIsaac Brekken for The New York Times") is no headline under a masthead, nor
    /// is a line giving an address (a column's "E-mail comments, 40 words or fewer, to opline@…" under its name).
    /// </summary>
    private static bool IsHeadlineLike(string text, TextSpan line) =>
        WordCount(text, line, MaxHeadlineWords) is >= 3 and <= MaxHeadlineWords && !EndsSentence(text, line) && !char.IsLower(text[line.Start])
        && !PageFurniture.IsPhotoCredit(text.Substring(line.Start, line.Length)) && !GivesAnAddress(text.AsSpan(line.Start, line.Length));

    private static bool GivesAnAddress(ReadOnlySpan<char> line) =>
        line.Contains('@') || line.Contains("://", StringComparison.Ordinal) || line.Contains("www.", StringComparison.OrdinalIgnoreCase);

    /// <summary>Sentence punctuation at the end, or just inside a closing quotation mark ("“They’ve forgotten about us.”").</summary>
    private static bool EndsSentence(string text, TextSpan line)
    {
        var last = text[line.End - 1] is '"' or '”' or '’' or '\'' && line.Length > 1 ? line.End - 2 : line.End - 1;
        return text[last] is '.' or '!' or '?' or ':' or ';' or ',';
    }
}
