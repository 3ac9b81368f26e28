namespace NewsQuality.Text;

/// <summary>
/// Text written in look-alike letters: English words with Cyrillic or Greek letters standing in for Latin ones ("Yоur" with a
/// Cyrillic "о"), which advertising notes and spam use to slip past filters that match words. Unicode's confusable-detection
/// idea (UTS #39, "mixed-script confusables"): a word mixing Latin with Cyrillic or Greek letters is not written so by anyone
/// writing either language. A whole line of such words is a disguised insert, not the story.
/// </summary>
public static class LookAlikeLetters
{
    /// <summary>A line disguised this way has at least this many mixed words...</summary>
    private const int MinMixedWords = 3;

    /// <summary>...and they make up at least this share of its words: one brand name spelled with a Cyrillic letter is not a disguise.</summary>
    private const double MinMixedShare = 0.3;

    public static bool Disguise(string line) => Disguise(line.AsSpan());

    /// <summary><see cref="Disguise(string)"/> of a line read in place (an article's line, not copied out of its text).</summary>
    public static bool Disguise(ReadOnlySpan<char> line)
    {
        // A mixed word needs a Greek or Cyrillic letter: almost every line has none, found by one vectorised scan.
        if (!line.ContainsAnyInRange('\u0370', '\u04FF')) return false;
        int words = 0, mixed = 0;
        bool latin = false, other = false, inWord = false;
        // One position past the end stands for a space that closes the last word.
        for (var i = 0; i <= line.Length; i++)
        {
            var ch = i < line.Length ? line[i] : ' ';
            if (char.IsLetter(ch))
            {
                inWord = true;
                if (ch is >= 'A' and <= 'Z' or >= 'a' and <= 'z') latin = true;
                else if (ch is >= '\u0370' and <= '\u03FF' or >= '\u0400' and <= '\u04FF') other = true;
                continue;
            }
            if (!inWord) continue;
            words++;
            if (latin && other) mixed++;
            latin = other = inWord = false;
        }
        return mixed >= MinMixedWords && mixed >= MinMixedShare * words;
    }
}
