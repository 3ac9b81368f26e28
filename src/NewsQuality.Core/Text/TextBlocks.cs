using NewsQuality.Model;

namespace NewsQuality.Text;

/// <summary>Splits text into lines and paragraphs as spans, so every piece keeps its offsets.</summary>
public static class TextBlocks
{
    /// <summary>Each line's span without its line terminator (blank lines included).</summary>
    public static IEnumerable<TextSpan> Lines(string text)
    {
        var start = 0;
        // Each line end found by a vectorised search: articles whose paragraphs are single long lines are read a block at a time.
        for (int end; start < text.Length && (end = text.IndexOfAny(LineBreaks, start)) >= 0;)
        {
            yield return TextSpan.FromBounds(start, end);
            start = text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : end + 1;
        }
        if (start < text.Length) yield return TextSpan.FromBounds(start, text.Length);
    }

    private static readonly char[] LineBreaks = ['\n', '\r'];

    /// <summary>Non-blank lines, trimmed of surrounding whitespace.</summary>
    public static IEnumerable<TextSpan> NonBlankLines(string text) =>
        Lines(text).Select(line => Trim(text, line)).Where(line => line.Length > 0);

    /// <summary>Blocks of consecutive non-blank lines, trimmed.</summary>
    public static IReadOnlyList<TextSpan> Paragraphs(string text)
    {
        var result = new List<TextSpan>();
        int? start = null;
        var end = 0;
        foreach (var line in Lines(text))
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
