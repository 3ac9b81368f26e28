using NewsQuality.Model;

namespace NewsQuality.Text;

/// <summary>
/// Site names and taglines above a headline: up to three short lines (five words or fewer, or a slogan about the site's news of
/// ten, no sentence punctuation) at the top of the text, followed by a headline-like line that is not a body sentence, longer than the last of
/// them, under a slogan, or more about the story under it than that last line, and text under it.
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
        // The masthead, its headline and the story's first line.
        var top = nonBlankLines[..Math.Min(nonBlankLines.Length, MaxMastheadLines + 2)];
        var mastheadLike = 0;
        while (mastheadLike < Math.Min(top.Length, MaxMastheadLines) && IsMastheadLike(text, top[mastheadLike], sloganAllowed: mastheadLike > 0)) mastheadLike++;
        // A short headline looks like a masthead line too ("Santini resigns as Spurs manager" under "Complete British News
        // World"): the longest masthead with a headline under it wins.
        for (var lines = mastheadLike; lines > 0; lines--)
            if (Under(text, top, lines) is { Lines.Count: > 0 } found) return found;
        return ([], default);
    }

    /// <summary>The first <paramref name="mastheadLines"/> lines as a masthead over the next, when that line is its headline.</summary>
    private static (IReadOnlyList<TextSpan> Lines, TextSpan Headline) Under(string text, ReadOnlySpan<TextSpan> top, int mastheadLines)
    {
        // A masthead stands above a headline that has a story under it: a short item that is a headline and one summary
        // line (a feed's title and description) has no masthead, whatever its first line looks like; nor has a title over
        // a page's chrome ("Off-Site audio mp3 of Address" over "Your browser does not support the audio element.").
        if (mastheadLines + 1 >= top.Length || BoilerplatePhrases.Kind(text.AsSpan(top[mastheadLines + 1].Start, top[mastheadLines + 1].Length)) is not null)
            return ([], default);
        var masthead = top[..mastheadLines].ToArray();
        // The same short line twice is a title printed twice (an author page's name, NQ2007's business), not a site's name.
        if (masthead.Select(line => text.Substring(line.Start, line.Length)).Distinct(StringComparer.Ordinal).Count() < masthead.Length) return ([], default);
        var headline = top[masthead.Length];
        if (!IsHeadlineLike(text, headline)) return ([], default);
        // A site's name and slogan say nothing about the story; a short title above a standfirst shares its words. A country is
        // no such word: sites name theirs ("India Headlines Now" over "India scraps high-value banknotes…").
        var headlineStems = Stems(text, headline);
        if (masthead.Any(line => SharesMoreThanPlaces(Stems(text, line), headlineStems))) return ([], default);
        // The headline is the longer line, or the one more about the story under it ("Palestinian economy in decline" over
        // "Despite a rise in Palestinian jobs…, said a World Bank report", under a tagline as long: "Complete British News World",
        // whose "World" the story happens to use).
        if (WordCount(text, headline, MaxHeadlineWords) > WordCount(text, masthead[^1], MaxMastheadWords)) return (masthead, headline);
        // Under a site's slogan, which may run longer than its headline ("Latest News, Breaking News and Today's Headlines" over
        // "S Korean consumers spending again"), any headline-like line that is no slogan itself is the headline.
        if (WordCount(text, masthead[^1], MaxMastheadWords) > MaxMastheadWords && !IsSlogan(text.AsSpan(headline.Start, headline.Length))) return (masthead, headline);
        var story = Stems(text, top[masthead.Length + 1]);
        return SharedWith(headlineStems, story) > SharedWith(Stems(text, masthead[^1]), story) ? (masthead, headline) : ([], default);
    }

    /// <summary>The share of a line's stems that <paramref name="story"/> uses too.</summary>
    private static double SharedWith(HashSet<string> stems, HashSet<string> story) =>
        stems.Count == 0 ? 0 : (double)stems.Count(story.Contains) / stems.Count;

    private static bool SharesMoreThanPlaces(HashSet<string> line, HashSet<string> headline)
    {
        foreach (var stem in line)
            if (headline.Contains(stem) && Knowledge.Gazetteer.Default.FindCountry(stem) is null) return true;
        return false;
    }

    private static HashSet<string> Stems(string text, TextSpan line) =>
        TermVectors.ContentTerms(text, line).Select(TermVectors.Stem).ToHashSet(StringComparer.Ordinal);

    /// <summary>Words of the line, counted up to one more than <paramref name="limit"/>: a body line of a thousand words is not read through.</summary>
    private static int WordCount(string text, TextSpan line, int limit) => Tokenizer.CountWords(text, line, limit + 1);

    private static bool IsMastheadLike(string text, TextSpan line, bool sloganAllowed) =>
        !EndsSentence(text, line) && char.IsUpper(text[line.Start])
        && WordCount(text, line, MaxSloganWords) switch
        {
            > 0 and <= MaxMastheadWords => true,
            > MaxMastheadWords and <= MaxSloganWords => sloganAllowed && IsSlogan(text.AsSpan(line.Start, line.Length)),
            _ => false,
        };

    /// <summary>
    /// A site's slogan, under its name, runs longer than the name ("Latest News, Breaking News and Today's Headlines", "Your trusted
    /// source for news from around the world") and says what the site gives: news. A text's first line is never one: a headline
    /// about the news business opens a story ("Fake news crackdown: Facebook updates its rules").
    /// </summary>
    private const int MaxSloganWords = 10;

    private static bool IsSlogan(ReadOnlySpan<char> line)
    {
        foreach (var range in line.SplitAny(" ,"))
            if (SloganWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(line[range].Trim(".'’")))
                return true;
        return false;
    }

    private static readonly HashSet<string> SloganWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "news", "headlines", "journalism", "reporting", "coverage", "updates",
    };

    /// <summary>
    /// A photo credit under the real headline ("CreditIsaac Brekken for The New York Times") is no headline under a masthead, nor
    /// is other page furniture (a date under a fixture's teams and venue, "Tuesday, 1 March"), nor a line giving an address (a
    /// column's "E-mail comments, 40 words or fewer, to opline@…" under its name).
    /// </summary>
    private static bool IsHeadlineLike(string text, TextSpan line) =>
        WordCount(text, line, MaxHeadlineWords) is >= 3 and <= MaxHeadlineWords && !char.IsLower(text[line.Start])
        && LastMark(text, line) switch
        {
            '.' or ':' or ';' or ',' => false,
            '?' or '!' => AsksAsHeadlines(text.AsSpan(line.Start, line.Length)),
            _ => true,
        }
        && !PageFurniture.Is(text.Substring(line.Start, line.Length)) && !GivesAnAddress(text.AsSpan(line.Start, line.Length));

    /// <summary>
    /// A headline never ends in a full stop or a comma, but may ask or exclaim ("Juanita Broaddrick: Trump Apologized; Where's Bill
    /// and Hillary's Apologies?"): a question or exclamation under a site's name is its headline when set as one: in Title Case, as link bait writes it, or
    /// standing on its own. A title over a text that opens with the writer's own question ("So what is the gap between Labour
    /// and the Tories nowadays?") is no masthead over a headline.
    /// </summary>
    private static bool AsksAsHeadlines(ReadOnlySpan<char> line) => HeadlineWords.IsTitleCase(line) || HeadlineWords.StandsOnItsOwn(line);

    private static bool GivesAnAddress(ReadOnlySpan<char> line) =>
        line.Contains('@') || line.Contains("://", StringComparison.Ordinal) || line.Contains("www.", StringComparison.OrdinalIgnoreCase);

    /// <summary>Sentence punctuation at the end, or just inside a closing quotation mark ("“They’ve forgotten about us.”").</summary>
    private static bool EndsSentence(string text, TextSpan line) => LastMark(text, line) is '.' or '!' or '?' or ':' or ';' or ',';

    private static char LastMark(string text, TextSpan line) =>
        text[text[line.End - 1] is '"' or '”' or '’' or '\'' && line.Length > 1 ? line.End - 2 : line.End - 1];

}
