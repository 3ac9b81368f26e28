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
    /// The thread's words (<see cref="InternedWord"/>): the same words recur within an article and across a corpus, so a
    /// word's string is made once and found again by its characters (a hash and a comparison, cheaper than allocating and
    /// copying it, and the collector no longer copies every word of the articles in flight), with its lower case found
    /// once. Emptied between articles once it holds <see cref="InternedWords"/> words, so an endless vocabulary (numbers,
    /// typos) cannot grow it without bound, and never within one article, whose words all come from one filling.
    /// </summary>
    [ThreadStatic] private static InternTable? _interned;

    private const int InternedWords = 1 << 16;

    /// <summary>What a thread's table holds before it is grown to hold <see cref="InternedWords"/>: an article's words and lower cases, and more.</summary>
    private const int FirstInterned = 4096;

    /// <summary>This thread's table of words, made on first use.</summary>
    internal static InternTable ThreadTable => _interned ??= new InternTable();

    /// <summary>Whether <paramref name="table"/> is this thread's (the only thread that may read or write its words' numbering and answers).</summary>
    internal static bool IsThisThreads(InternTable table) => ReferenceEquals(_interned, table);

    /// <summary>A thread's words by their characters.</summary>
    internal sealed class InternTable
    {
        /// <remarks>Made for one article's words; <see cref="PooledWords"/> grows it once to its full size when a run of articles fills it.</remarks>
        internal readonly SpanTable<InternedWord> Words = new(FirstInterned);

        /// <summary>How many numberings (<see cref="WordIdentities"/>) this thread has made of its words: the last one's stamp.</summary>
        internal long Numberings;

        /// <summary>The word whose characters are <paramref name="word"/>: found, or made with its lower case's entry.</summary>
        internal InternedWord Intern(ReadOnlySpan<char> word) => Intern(word, SpanTable<InternedWord>.Hash(word));

        /// <summary><see cref="Intern(ReadOnlySpan{char})"/> with the word's <see cref="SpanTable{T}.Hash"/>.</summary>
        private InternedWord Intern(ReadOnlySpan<char> word, uint hash)
        {
            ref var found = ref Words.Find(word, hash);
            if (!System.Runtime.CompilerServices.Unsafe.IsNullRef(ref found)) return found;
            var made = new InternedWord(word.ToString());
            Words.Add(made.Value, hash, made);
            made.LowerCase = LowerCaseOf(made.Value) ?? made;
            return made;
        }

        /// <summary>The entry of <paramref name="word"/>'s invariant lower case, or null when the word is its own lower case.</summary>
        private InternedWord? LowerCaseOf(string word)
        {
            Span<char> buffer = stackalloc char[64];
            scoped ReadOnlySpan<char> lower;
            uint hash;
            if (word.Length <= buffer.Length)
            {
                lower = buffer[..SpanTable<InternedWord>.LowerAndHash(word, buffer, out hash, out var changed)];
                if (!changed) return null;
            }
            else
            {
                var made = word.ToLowerInvariant();
                if (made == word) return null;
                lower = made;
                hash = SpanTable<InternedWord>.Hash(made);
            }
            // The lower case is a word of the table too (made if new); its own lower case is found as any word's is.
            return Intern(lower, hash);
        }
    }

    /// <summary>
    /// The words of the whole text in an array, as <see cref="Words(string)"/> gives them, in one loop: two iterators per
    /// word cost more than the loop.
    /// </summary>
    public static Token[] WordArray(string text)
    {
        var count = PooledWords(text, out var words, out var entries, out _);
        PooledArray.Return(entries, count);
        return PooledArray.CopiedOut(words, count);
    }

    /// <summary>
    /// <see cref="WordArray(string)"/> as every article's words are found (<c>Article.Words</c>): the first (how many is
    /// returned) of <paramref name="words"/>, an array from <see cref="ArrayPool{T}.Shared"/>, with each word's entry in this
    /// thread's <paramref name="table"/> (its string and lower case) at the same place in <paramref name="entries"/>, another,
    /// from which <see cref="WordIdentities.Of(ReadOnlySpan{Token}, InternedWord[], InternTable)"/> numbers the words
    /// without lower-casing or hashing them again. The caller gives both back (<see cref="PooledArray.Return"/>) once the
    /// words are not read any more: an exact copy of every article's words was the largest allocation of a check.
    /// </summary>
    internal static int PooledWords(string text, out Token[] words, out InternedWord[] entries, out InternTable table)
    {
        table = ThreadTable;
        if (table.Words.Count >= InternedWords) table.Words.Clear();
        // Straight to the size it is emptied at, once a run of articles fills it: grown step by step by a corpus's vocabulary
        // (about 40,000 words and lower cases per thread on the BBC articles) it placed every word again four times, into
        // fresh memory (1.9 % of a BBC check's samples); a one-article check keeps the small table.
        else if (table.Words.Count >= FirstInterned) table.Words.Reserve(InternedWords);
        words = ArrayPool<Token>.Shared.Rent(text.Length / 6 + 16);
        entries = ArrayPool<InternedWord>.Shared.Rent(words.Length);
        var count = 0;
        for (var i = 0; NextWord(text, ref i, text.Length, out var span);)
        {
            if (count == words.Length) words = PooledArray.Grown(words, count);
            if (count == entries.Length) entries = PooledArray.Grown(entries, count);
            var entry = table.Intern(text.AsSpan(span.Start, span.Length));
            entries[count] = entry;
            words[count++] = new Token(entry.Value, span);
        }
        return count;
    }

    /// <summary>
    /// How many words <see cref="Words(string, TextSpan)"/> gives for <paramref name="within"/>, counted up to
    /// <paramref name="atMost"/>: for callers that only count (a word string, an iterator and a query each were made to be counted).
    /// </summary>
    public static int CountWords(string text, TextSpan within, int atMost = int.MaxValue)
    {
        var count = 0;
        for (var i = within.Start; count < atMost && NextWord(text, ref i, within.End, out _);) count++;
        return count;
    }

    /// <summary>Where the words are, without copying them out: for callers that only look at the characters.</summary>
    public static IEnumerable<TextSpan> WordSpans(string text, TextSpan within)
    {
        for (var i = within.Start; NextWord(text, ref i, within.End, out var span);) yield return span;
    }

    /// <summary>The first word at or after <paramref name="i"/> that starts before <paramref name="end"/>; <paramref name="i"/> moves past it.</summary>
    /// <remarks>
    /// The position is kept in a local and the text read as a span (the loops had the position behind a reference, read and
    /// written through memory at every character), and an ASCII character is looked up in <see cref="AsciiWordCharacters"/>
    /// (the same answer as <see cref="char.IsLetterOrDigit(char)"/>, which the rest are asked). Inlined into its loops: the call
    /// cost as much as reading a word's characters.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool NextWord(string text, ref int i, int end, out TextSpan word)
    {
        var chars = text.AsSpan(0, end);
        var k = i;
        while ((uint)k < (uint)chars.Length && !IsWordCharacter(chars[k])) k++;
        var start = k;
        while ((uint)k < (uint)chars.Length && (IsWordCharacter(chars[k]) || IsInnerJoiner(chars, k))) k++;
        i = k;
        word = TextSpan.FromBounds(start, k);
        return k > start;
    }

    /// <summary>1 for the ASCII letters and digits, the ASCII characters <see cref="char.IsLetterOrDigit(char)"/> takes.</summary>
    private static ReadOnlySpan<byte> AsciiWordCharacters =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    ];

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsWordCharacter(char c) => c < 0x80 ? AsciiWordCharacters[c] != 0 : char.IsLetterOrDigit(c);

    /// <summary>An apostrophe or hyphen between two letters or digits (of the text up to the end: the one before may lie before the span asked about).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsInnerJoiner(ReadOnlySpan<char> chars, int i) =>
        chars[i] is '\'' or '’' or '-' && IsJoinedAround(chars, i);

    /// <summary>The characters either side of <paramref name="i"/> are letters or digits (the rare part of <see cref="IsInnerJoiner"/>, not inlined).</summary>
    private static bool IsJoinedAround(ReadOnlySpan<char> chars, int i) =>
        i + 1 < chars.Length && IsWordCharacter(chars[i + 1]) && i > 0 && IsWordCharacter(chars[i - 1]);
}
