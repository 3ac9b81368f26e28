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

}

/// <summary>
/// The strings of a list of words, read in place: an article's name words' values (<c>Article.NameWordValues</c>) without
/// an array of them, which was 8 bytes a word of every article.
/// </summary>
public sealed class TokenValues(ArraySegment<Token> tokens) : IReadOnlyList<string>
{
    public string this[int index] => tokens[index].Value;

    public int Count => tokens.Count;

    /// <summary>The words themselves, for loops that read a span.</summary>
    public ReadOnlySpan<Token> Tokens => tokens;

    public IEnumerator<string> GetEnumerator()
    {
        foreach (var token in tokens) yield return token.Value;
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
