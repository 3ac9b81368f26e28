namespace NewsQuality.Text;

/// <summary>Several words joined by single spaces without a string, for look-ups by span (role phrases, country names of several words).</summary>
public static class JoinedWords
{
    /// <summary>Words <paramref name="first"/> to <paramref name="first"/> + <paramref name="length"/> - 1 joined by single spaces, in <paramref name="buffer"/> when they fit.</summary>
    /// <remarks>An array (the article's name words are one) is read as a span: no interface call per word.</remarks>
    public static ReadOnlySpan<char> Join(IReadOnlyList<string> words, int first, int length, Span<char> buffer) =>
        words is string[] array ? Join(array, first, length, buffer) : Join(words.ToArray(), first, length, buffer);

    /// <summary><see cref="Join(IReadOnlyList{string}, int, int, Span{char})"/> of words in a span.</summary>
    public static ReadOnlySpan<char> Join(scoped ReadOnlySpan<string> words, int first, int length, Span<char> buffer)
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
