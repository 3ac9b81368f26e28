namespace NewsQuality.Text;

/// <summary>Several words joined by single spaces without a string, for look-ups by span (role phrases, country names of several words).</summary>
public static class JoinedWords
{
    /// <summary>Words <paramref name="first"/> to <paramref name="first"/> + <paramref name="length"/> - 1 joined by single spaces, in <paramref name="buffer"/> when they fit.</summary>
    /// <remarks>An array, or the values of a list of tokens (the article's name words are one), is read as a span: no interface call per word.</remarks>
    public static ReadOnlySpan<char> Join(IReadOnlyList<string> words, int first, int length, Span<char> buffer) => words switch
    {
        string[] array => Join(array, first, length, buffer),
        TokenValues values => Join(values.Tokens, first, length, buffer),
        _ => Join(words.ToArray(), first, length, buffer),
    };

    /// <summary><see cref="Join(IReadOnlyList{string}, int, int, Span{char})"/> of words in a span.</summary>
    public static ReadOnlySpan<char> Join(scoped ReadOnlySpan<string> words, int first, int length, Span<char> buffer) =>
        Join(new Strings(words), first, length, buffer);

    /// <summary><see cref="Join(IReadOnlyList{string}, int, int, Span{char})"/> of the values of tokens in a span.</summary>
    public static ReadOnlySpan<char> Join(scoped ReadOnlySpan<Token> words, int first, int length, Span<char> buffer) =>
        Join(new TokenStrings(words), first, length, buffer);

    private static ReadOnlySpan<char> Join<TWords>(scoped TWords words, int first, int length, Span<char> buffer)
        where TWords : IWords, allows ref struct
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

    /// <summary>Word <c>k</c> of a span of words, whatever holds them.</summary>
    private interface IWords
    {
        string this[int k] { get; }
    }

    private readonly ref struct Strings(ReadOnlySpan<string> words) : IWords
    {
        private readonly ReadOnlySpan<string> _words = words;

        public string this[int k] => _words[k];
    }

    private readonly ref struct TokenStrings(ReadOnlySpan<Token> words) : IWords
    {
        private readonly ReadOnlySpan<Token> _words = words;

        public string this[int k] => _words[k].Value;
    }
}
