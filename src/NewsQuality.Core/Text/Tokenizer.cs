using System.Buffers;
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

    /// <summary>
    /// The thread's word strings: the same words recur within an article and across a corpus, so a word's string is made
    /// once and found again by its characters (a hash and a comparison, cheaper than allocating and copying it, and the
    /// collector no longer copies every word of the articles in flight). Emptied when it holds <see cref="InternedWords"/>
    /// words, so an endless vocabulary (numbers, typos) cannot grow it without bound.
    /// </summary>
    [ThreadStatic] private static SpanTable<string>? _interned;

    private const int InternedWords = 1 << 16;

    /// <summary>The word's string: an equal one made earlier on this thread, or a new one.</summary>
    internal static string Interned(ReadOnlySpan<char> word)
    {
        var table = _interned ??= new SpanTable<string>(4096);
        var hash = SpanTable<string>.Hash(word);
        ref var found = ref table.Find(word, hash);
        if (!System.Runtime.CompilerServices.Unsafe.IsNullRef(ref found)) return found;
        if (table.Count >= InternedWords) table.Clear();
        var made = word.ToString();
        table.Add(made, hash, made);
        return made;
    }

    /// <summary>
    /// The words of the whole text in an array, as <see cref="Words(string)"/> gives them, in one loop: every article's
    /// words are found this way (<c>Article.Words</c>), and two iterators per word cost more than the loop. The words
    /// are gathered in a pooled buffer, so the only array allocated is the result.
    /// </summary>
    public static Token[] WordArray(string text)
    {
        var pool = ArrayPool<Token>.Shared;
        var buffer = pool.Rent(text.Length / 6 + 16);
        var count = 0;
        for (var i = 0; NextWord(text, ref i, text.Length, out var span);)
        {
            if (count == buffer.Length)
            {
                var larger = pool.Rent(2 * buffer.Length);
                buffer.AsSpan().CopyTo(larger);
                pool.Return(buffer, clearArray: true);
                buffer = larger;
            }
            buffer[count++] = new Token(Interned(text.AsSpan(span.Start, span.Length)), span);
        }
        var words = buffer.AsSpan(0, count).ToArray();
        pool.Return(buffer, clearArray: true); // cleared: the pool must not keep the article's strings alive
        return words;
    }

    /// <summary>Where the words are, without copying them out: for callers that only look at the characters.</summary>
    public static IEnumerable<TextSpan> WordSpans(string text, TextSpan within)
    {
        for (var i = within.Start; NextWord(text, ref i, within.End, out var span);) yield return span;
    }

    /// <summary>The first word at or after <paramref name="i"/> that starts before <paramref name="end"/>; <paramref name="i"/> moves past it.</summary>
    private static bool NextWord(string text, ref int i, int end, out TextSpan word)
    {
        while (i < end && !char.IsLetterOrDigit(text[i])) i++;
        var start = i;
        while (i < end && (char.IsLetterOrDigit(text[i]) || IsInnerJoiner(text, i, end))) i++;
        word = TextSpan.FromBounds(start, i);
        return i > start;
    }

    private static bool IsInnerJoiner(string text, int i, int end) =>
        text[i] is '\'' or '’' or '-' && i + 1 < end && char.IsLetterOrDigit(text[i + 1]) && i > 0 && char.IsLetterOrDigit(text[i - 1]);
}
