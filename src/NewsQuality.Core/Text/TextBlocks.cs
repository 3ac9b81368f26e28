using NewsQuality.Model;

namespace NewsQuality.Text;

/// <summary>Splits text into lines and paragraphs as spans, so every piece keeps its offsets.</summary>
public static class TextBlocks
{
    /// <summary>The days of the week and the months, capitalised wherever they stand: no one's name.</summary>
    public static readonly IReadOnlyList<string> DayAndMonthNames =
    [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
        "June", "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>The last word of <paramref name="text"/> (after its trailing white space): what stands right before a position.</summary>
    public static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd();
        return text[(text.LastIndexOfAny(' ', '\n') + 1)..];
    }

    /// <summary>
    /// A word that starts with a capital letter and ends with a letter: a name or a title's word ("Regional", "SPD"), not a sentence's
    /// last word before the position ("said.") or an empty one.
    /// </summary>
    public static bool IsCapitalisedWord(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]) && char.IsLetter(word[^1]);

    /// <summary>Nothing but a sentence's end, a line break, a quotation mark or a dateline's dash comes before the word.</summary>
    public static bool OpensSentence(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd(" \u00A0\"“‘'(");
        return before.IsEmpty || before[^1] is '.' or '!' or '?' or '\n' or '-' or '–' or '—' or ':';
    }

    /// <summary>
    /// The text after a position opens (after white space) with "of" or "at": a title's name so followed is a body's ("President
    /// Charles Michel of the European Council").
    /// </summary>
    public static bool OpensWithOfOrAt(ReadOnlySpan<char> text)
    {
        text = text.TrimStart();
        return text.StartsWith("of ", StringComparison.Ordinal) || text.StartsWith("at ", StringComparison.Ordinal);
    }

    /// <summary>Each line's span without its line terminator (blank lines included).</summary>
    public static IEnumerable<TextSpan> Lines(string text)
    {
        for (var start = 0; NextLine(text, ref start, out var line);) yield return line;
    }

    /// <summary>The line that starts at <paramref name="start"/> (moved past its terminator); false at the text's end.</summary>
    private static bool NextLine(string text, ref int start, out TextSpan line)
    {
        if (start >= text.Length)
        {
            line = default;
            return false;
        }
        // Each line end found by a vectorised search: articles whose paragraphs are single long lines are read a block at a time.
        var end = text.AsSpan(start).IndexOfAny('\n', '\r');
        if (end < 0)
        {
            line = TextSpan.FromBounds(start, text.Length);
            start = text.Length;
            return true;
        }
        end += start;
        line = TextSpan.FromBounds(start, end);
        start = text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : end + 1;
        return true;
    }

    /// <summary>Non-blank lines, trimmed of surrounding whitespace (<see cref="NonBlankLineArray"/>).</summary>
    public static IEnumerable<TextSpan> NonBlankLines(string text) => NonBlankLineArray(text);

    [ThreadStatic] private static ReusedArray<TextSpan> _lineRoom;

    /// <summary>Lines kept in the thread's room between articles; a text with more gets room of its own.</summary>
    private const int KeptLines = 4096;

    /// <summary>
    /// Non-blank lines, trimmed of surrounding whitespace, in an array of their own: found in one loop, gathered in the thread's
    /// room and copied out at their count (an article keeps them, <see cref="Model.Article.NonBlankLines"/>). Nine rules and
    /// readers walked a chain of three enumerators and two delegates over the lines, each for itself.
    /// </summary>
    public static TextSpan[] NonBlankLineArray(string text)
    {
        var lines = _lineRoom.Room(64, KeptLines);
        var count = 0;
        for (var start = 0; NextLine(text, ref start, out var line);)
        {
            var trimmed = Trim(text, line);
            if (trimmed.Length == 0) continue;
            lines = _lineRoom.Grown(lines, count, count + 1, KeptLines);
            lines[count++] = trimmed;
        }
        return lines.AsSpan(0, count).ToArray();
    }

    /// <summary>Blocks of consecutive non-blank lines, trimmed.</summary>
    public static IReadOnlyList<TextSpan> Paragraphs(string text)
    {
        var result = new List<TextSpan>();
        int? start = null;
        var end = 0;
        for (var next = 0; NextLine(text, ref next, out var line);)
        {
            var trimmed = Trim(text, line);
            if (trimmed.Length == 0)
            {
                if (start is { } s) result.Add(TextSpan.FromBounds(s, end));
                start = null;
                continue;
            }
            start ??= trimmed.Start;
            end = trimmed.End;
        }
        if (start is { } last) result.Add(TextSpan.FromBounds(last, end));
        return result;
    }

    public static TextSpan Trim(string text, TextSpan span)
    {
        int start = span.Start, end = span.End;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return TextSpan.FromBounds(start, end);
    }
}
