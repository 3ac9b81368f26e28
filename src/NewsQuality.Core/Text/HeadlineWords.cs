namespace NewsQuality.Text;

/// <summary>
/// How a line reads as a headline rather than a writer's own sentence: set in Title Case, or standing on its own (no word
/// pointing back at what the reader has just read, no connective carrying on from it). NQ3002 judges stray headings with it,
/// and <see cref="Masthead"/> the headline under a site's name.
/// </summary>
internal static class HeadlineWords
{
    /// <summary>
    /// No pronoun, determiner pointing back or connective opening the line, and with <paramref name="nameRequired"/> a name too. A
    /// question headline need not name anyone ("Could rivalry overshadow election?": on the tune split, NQ3002's planted question
    /// headlines caught 0.938 → 0.951 on BBC, 0.893 → 0.959 on the crawl, no false flag added); a quoted one must, since a quotation
    /// on a line of its own is as often the story's own words.
    /// </summary>
    public static bool StandsOnItsOwn(ReadOnlySpan<char> line, bool nameRequired = false)
    {
        var names = false;
        var first = true;
        foreach (var range in line.Split(' '))
        {
            var word = line[range].Trim(WordPunctuation);
            if (word.IsEmpty) continue;
            if (PointsBack.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
                || first && Connectives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                return false;
            names |= !first && char.IsUpper(word[0]) && !word.Equals("I", StringComparison.Ordinal);
            first = false;
        }
        return names || !nameRequired;
    }

    /// <summary>Words that refer to what the reader has just read or to the reader: a writer's question uses them, a headline does not.</summary>
    private static readonly HashSet<string> PointsBack = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "it", "its", "they", "them", "their",
        "this", "that", "these", "those", "here", "there", "such", "everyone", "everybody", "anyone", "anybody", "someone", "somebody",
    };

    private static readonly HashSet<string> Connectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "but", "so", "and", "or", "then", "yet", "now", "well", "oh",
    };

    /// <summary>The quotation marks and punctuation around a headline's words, taken off before a word is judged.</summary>
    private const string WordPunctuation = "\"“”‘’'?!:,()";

    /// <summary>Most words of four letters or more, two at least, start with a capital; a figure ("2004") counts as a word in lower case.</summary>
    public static bool IsTitleCase(ReadOnlySpan<char> line)
    {
        var titleCase = new TitleCaseCount();
        foreach (var range in line.Split(' '))
            titleCase.Add(line[range].Trim(WordPunctuation));
        return titleCase.LongWords >= 2 && titleCase.MostCapitalised;
    }
}
