using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.TranslationQuality;

/// <summary>
/// Splits text into sentences as spans: every non-blank line is at least one sentence (headlines and captions have no
/// full stop), and a line is cut after . ! or ? (and any closing quote or bracket) when the next word starts a sentence.
/// Abbreviations before a name ("Mr.", "Dr.", "U.S.", initials) do not end a sentence.
/// </summary>
public static class Sentences
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "col", "lt", "sgt", "capt", "rev", "gov", "sen", "rep",
        "no", "vs", "etc", "inc", "ltd", "co", "corp", "mt", "ft", "approx", "dept", "est", "fig", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m",
    };

    /// <summary>The abbreviations looked up by the letters before the full stop, without a string per full stop.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    public static IEnumerable<TextSpan> Split(string text) => Split(text, new TextSpan(0, text.Length));

    /// <summary>The sentence of <paramref name="text"/> that holds <paramref name="position"/>, or null (a position between sentences).</summary>
    public static TextSpan? Containing(string text, int position)
    {
        foreach (var sentence in Split(text))
            if (sentence.Contains(position)) return sentence;
        return null;
    }

    public static IEnumerable<TextSpan> Split(string text, TextSpan within)
    {
        foreach (var line in TextBlocks.NonBlankLines(text))
        {
            if (line.End <= within.Start || line.Start >= within.End) continue;
            var start = Math.Max(line.Start, within.Start);
            var end = Math.Min(line.End, within.End);
            for (var i = start; i < end; i++)
            {
                // To the next . ! or ? by a vectorised search, not a test per character.
                var found = text.AsSpan(i, end - i).IndexOfAny('.', '!', '?');
                if (found < 0) break;
                i += found;
                var cut = i + 1;
                while (cut < end && text[cut] is '"' or '\'' or '”' or '’' or ')' or ']' or '.' or '!' or '?') cut++;
                if (cut >= end || !char.IsWhiteSpace(text[cut])) continue;
                var next = cut;
                while (next < end && char.IsWhiteSpace(text[next])) next++;
                if (next >= end || !StartsSentence(text[next]) || text[i] == '.' && IsAbbreviation(text, start, i)) continue;
                yield return TextSpan.FromBounds(start, cut);
                start = next;
                i = next - 1;
            }
            if (start < end) yield return TextBlocks.Trim(text, TextSpan.FromBounds(start, end));
        }
    }

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\'' or '“' or '‘' or '(' or '[' or '-' or '–' or '—';

    /// <summary>The word before the full stop at <paramref name="dot"/> is a title, an initial or a dotted abbreviation.</summary>
    private static bool IsAbbreviation(string text, int lineStart, int dot)
    {
        var wordStart = dot;
        while (wordStart > lineStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
        var word = text.AsSpan(wordStart, dot - wordStart);
        return word.Length == 1 && char.IsUpper(word[0]) || AbbreviationLookup.Contains(word);
    }
}
