using System.Runtime.InteropServices;

namespace NewsQuality.Text;

/// <summary>Words handed over as a list, read as a span.</summary>
public static class TokenSpans
{
    /// <summary>
    /// The words as a span: an article's words are an array and a sentence's or paragraph's a segment of it, so loops over
    /// them need no interface call per word (the native tool cannot inline those calls as the JIT does).
    /// </summary>
    public static ReadOnlySpan<Token> Of(IReadOnlyList<Token> tokens) => tokens switch
    {
        ArraySegment<Token> segment => segment,
        Token[] array => array,
        List<Token> list => CollectionsMarshal.AsSpan(list),
        _ => tokens.ToArray(),
    };

    /// <summary>The words' strings, in order.</summary>
    public static string[] Values(ReadOnlySpan<Token> words)
    {
        var values = new string[words.Length];
        for (var i = 0; i < values.Length; i++) values[i] = words[i].Value;
        return values;
    }
}
