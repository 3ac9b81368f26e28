using NewsQuality.Model;

namespace NewsQuality.Text;

/// <summary>A word and where it stands.</summary>
public readonly record struct Token(string Value, TextSpan Span);

/// <summary>Splits text into words: runs of letters and digits, with inner apostrophes and hyphens kept ("Biden's", "high-speed").</summary>
public static class Tokenizer
{
    public static IEnumerable<Token> Words(string text) => Words(text, new TextSpan(0, text.Length));

    public static IEnumerable<Token> Words(string text, TextSpan within) =>
        WordSpans(text, within).Select(span => new Token(text.Substring(span.Start, span.Length), span));

    /// <summary>Where the words are, without copying them out: for callers that only look at the characters.</summary>
    public static IEnumerable<TextSpan> WordSpans(string text, TextSpan within)
    {
        var i = within.Start;
        var end = within.End;
        while (i < end)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var start = i;
            while (i < end && (char.IsLetterOrDigit(text[i]) || IsInnerJoiner(text, i, end))) i++;
            yield return TextSpan.FromBounds(start, i);
        }
    }

    private static bool IsInnerJoiner(string text, int i, int end) =>
        text[i] is '\'' or '’' or '-' && i + 1 < end && char.IsLetterOrDigit(text[i + 1]) && i > 0 && char.IsLetterOrDigit(text[i - 1]);
}
