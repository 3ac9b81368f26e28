namespace NewsQuality.Text;

/// <summary>Several words joined by single spaces without a string, for look-ups by span (role phrases, country names of several words).</summary>
public static class JoinedWords
{
    /// <summary>Words <paramref name="first"/> to <paramref name="first"/> + <paramref name="length"/> - 1 joined by single spaces, in <paramref name="buffer"/> when they fit.</summary>
    public static ReadOnlySpan<char> Join(IReadOnlyList<string> words, int first, int length, Span<char> buffer)
    {
        var size = length - 1;
        for (var k = first; k < first + length; k++) size += words[k].Length;
        var phrase = size <= buffer.Length ? buffer[..size] : new char[size];
        var at = 0;
        for (var k = first; k < first + length; k++)
        {
            if (k > first) phrase[at++] = ' ';
            words[k].CopyTo(phrase[at..]);
            at += words[k].Length;
        }
        return phrase;
    }
}
