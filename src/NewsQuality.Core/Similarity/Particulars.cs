using System.Buffers;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using NewsQuality.Model;
using NewsQuality.Storage;
using NewsQuality.Text;

namespace NewsQuality.Similarity;

/// <summary>
/// The particulars of a text: its figures (any word with a digit: amounts, dates, percentages) and names (capitalised
/// words inside a sentence; in an all-capitals headline, the words that are not common English), as 64-bit hashes. Templated wire items (dividend
/// notices, weekly imports, auctions) share their wording and differ only here, while a copy, a retransmission or a
/// correction keeps nearly all of them; so two texts are the same story only when their particulars agree too.
/// Each figure is kept twice: as a bare value, and in its place, with the word it follows ("band 4", "August 23",
/// "to 12,500"). Small numbers recur in one notice in other roles (band 1, the 1 of "10 1/8", the 4th of the month),
/// so as bare values a figure changed to one of them looks unchanged; in its place it does not. Bare values suit long
/// texts, where a rewrite rewords what stands before a figure ("rose 10 pct", "climbed 10 pct").
/// </summary>
public static class Particulars
{
    /// <summary>Capitalised function words of title-case and all-capitals headlines: they name nothing.</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as", "into", "over",
        "after", "before", "vs", "is", "are", "was", "be", "it", "its", "his", "her", "their", "not", "no", "up", "out",
    };

    /// <summary>
    /// Wire service markers that a retransmission adds or changes ("REFILE-", "CORRECTED-", "UPDATE 2-", the closing
    /// "Reuter"); they tell versions of one story apart, never two stories, so they and a version number after them are skipped.
    /// </summary>
    private static readonly HashSet<string> WireMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "refile", "refiled", "corrected", "correction", "update", "updated", "repeat", "rpt", "urgent", "flash", "wrapup",
        "reuter", "reuters", "ap", "afp", "advisory",
    };

    /// <summary>What every marker starts with (upper-cased) and its longest length: most words are ruled out without hashing them.</summary>
    private static readonly string MarkerInitials = new(WireMarkers.Select(marker => char.ToUpperInvariant(marker[0])).Distinct().ToArray());

    private static readonly int LongestMarker = WireMarkers.Max(marker => marker.Length);

    private static bool IsMarker(ReadOnlySpan<char> word, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> markers)
    {
        if (word.Length > LongestMarker) return false;
        var (first, last) = (word[0], word[^1]);
        // An ASCII word is looked up only when some marker has its first letter, length and last letter (either case);
        // a word with a character outside ASCII at either end is looked up as before.
        if (first < 0x80 && last < 0x80)
        {
            var (initial, final) = ((uint)((first | 0x20) - 'a'), (uint)((last | 0x20) - 'a'));
            if (initial >= 26 || final >= 26 || (MarkerShapes[initial * (LongestMarker + 1) + word.Length] >> (int)final & 1) == 0) return false;
            return markers.Contains(word);
        }
        return MarkerInitials.Contains(char.ToUpperInvariant(first)) && markers.Contains(word);
    }

    /// <summary>
    /// <see cref="IsMarker"/>'s test of an ASCII word's shape, inline in the word loop: false only when that test is false
    /// (too long, or no marker with its first letter, length and last letter), so most words are ruled out without a call.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool MayBeMarker(ReadOnlySpan<char> word, uint[] shapes, int longestMarker)
    {
        if (word.Length > longestMarker) return false;
        var (first, last) = (word[0], word[^1]);
        if (first >= 0x80 || last >= 0x80) return true;
        var (initial, final) = ((uint)((first | 0x20) - 'a'), (uint)((last | 0x20) - 'a'));
        return initial < 26 && final < 26 && (shapes[initial * (longestMarker + 1) + word.Length] >> (int)final & 1) != 0;
    }

    /// <summary>For each first letter and length of a marker (index letter × (<see cref="LongestMarker"/> + 1) + length), a bit per last letter.</summary>
    private static readonly uint[] MarkerShapes = WireMarkers.Aggregate(new uint[26 * (LongestMarker + 1)], (shapes, marker) =>
    {
        shapes[(char.ToLowerInvariant(marker[0]) - 'a') * (LongestMarker + 1) + marker.Length] |= 1u << (char.ToLowerInvariant(marker[^1]) - 'a');
        return shapes;
    });

    /// <summary>The lowest bit of a particular's hash tells a figure (set) from a name (clear).</summary>
    public const ulong FigureBit = 1;

    /// <summary>The next bit, in a figure, tells the figure in its place (set) from its bare value (clear).</summary>
    public const ulong PlacedBit = 2;

    public enum Kind { Name, Figure, PlacedFigure }

    public static Kind KindOf(ulong particular) =>
        (particular & FigureBit) == 0 ? Kind.Name : (particular & PlacedBit) == 0 ? Kind.Figure : Kind.PlacedFigure;

    /// <summary>Distinct particulars of the given spans of <paramref name="text"/>, sorted ascending.</summary>
    public static ulong[] Of(string text, IEnumerable<TextSpan> spans) => Use(text, spans, static found => found.ToArray());

    /// <summary><see cref="Of(string, IEnumerable{TextSpan})"/> written to <paramref name="spill"/>, without an array of its own (every article's fingerprint spills them).</summary>
    internal static Spilled<ulong> Spill(string text, IEnumerable<TextSpan> spans, SpillFile spill) => Use(text, spans, found => spill.Write(found));

    private delegate T FoundUse<out T>(ReadOnlySpan<ulong> found);

    /// <summary>What <paramref name="use"/> makes of the distinct particulars (sorted, in a pooled array only until it returns).</summary>
    private static T Use<T>(string text, IEnumerable<TextSpan> spans, FoundUse<T> use)
    {
        var (found, count) = Found(text, spans);
        try
        {
            return use(found.AsSpan(0, count));
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(found);
        }
    }

    /// <summary>The distinct particulars, sorted, at the start of a pooled array the caller returns.</summary>
    /// <remarks>Words are scanned in place and only figures and names are copied (to hash them): every article of a run passes here.</remarks>
    private static (ulong[] Pooled, int Count) Found(string text, IEnumerable<TextSpan> spans)
    {
        // Collected with repeats, then sorted and each kept once (a set grown per article cost more than the sort).
        var hashes = ArrayPool<ulong>.Shared.Rent(256);
        var count = 0;
        void Add(ulong hash)
        {
            if (count == hashes.Length)
            {
                var larger = ArrayPool<ulong>.Shared.Rent(2 * count);
                hashes.AsSpan(0, count).CopyTo(larger);
                ArrayPool<ulong>.Shared.Return(hashes);
                hashes = larger;
            }
            hashes[count++] = hash;
        }
        var markers = WireMarkers.GetAlternateLookup<ReadOnlySpan<char>>();
        // Read once: in the word loop, each read of a static field of this class tested its initialisation first.
        var (shapes, longestMarker) = (MarkerShapes, LongestMarker);
        var functionWords = FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        foreach (var span in spans)
        {
            var allCapitals = IsAllCapitals(text.AsSpan(span.Start, span.Length));
            var afterMarker = false;
            // The last word of the line that is neither a figure nor a marker: what the next figure is counted with.
            TextSpan context = default;
            for (int start = NextWord(text, span.Start), end; start < span.End; start = NextWord(text, end))
            {
                end = WordEnd(text, start, out var lettersOnly);
                if (end > span.End) break;
                var value = text.AsSpan(start, end - start);
                if (MayBeMarker(value, shapes, longestMarker) && IsMarker(value, markers))
                {
                    afterMarker = true;
                    continue;
                }
                var isFigure = !lettersOnly && ContainsDigit(value);
                if (isFigure && afterMarker) { afterMarker = false; continue; }
                afterMarker = false;
                var copy = value.Length <= buffer.Length ? buffer[..value.Length] : new char[value.Length];
                if (isFigure)
                {
                    // Thousands separators are typography: "2,000" and "2000" are one figure.
                    var length = 0;
                    foreach (var c in value) if (c != ',') copy[length++] = c;
                    Add(Hash(copy[..length]) & ~PlacedBit | FigureBit);
                    Add(Hash(copy[..length], ContextHash(text, context)) | PlacedBit | FigureBit);
                    continue;
                }
                context = new TextSpan(start, end - start);
                if (char.IsUpper(value[0]) && !functionWords.Contains(value)
                    && (allCapitals ? !IsCommonWord(value.ToString()) : !StartsSentence(text, start, span.Start)))
                {
                    InvariantCase.ToLower(value, copy);
                    Add(Hash(copy) & ~FigureBit);
                }
            }
        }
        return (hashes, Shingler.SortDistinct(hashes.AsSpan(0, count)));
    }

    private static bool ContainsDigit(ReadOnlySpan<char> word)
    {
        foreach (var c in word) if (c < 0x80 ? char.IsAsciiDigit(c) : char.IsDigit(c)) return true;
        return false;
    }

    /// <summary>A word is letters and digits, with inner marks of figures and names kept ("2,000", "1.5", "U.S", "AT&amp;T", "O'Neill").</summary>
    /// <remarks>ASCII answered from a table first (most of the text): the same answer, without the Unicode category look-up.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsWordCharacter(char c) => c < 0x80 ? Shingler.AsciiFolded[c] != 0 : char.IsLetter(c) || char.IsNumber(c);

    private static bool IsInnerMark(char c) => c is '.' or ',' or '\'' or '’' or '&';

    /// <summary>The start of the next word at or after <paramref name="from"/>, or the text's length.</summary>
    private static int NextWord(string text, int from)
    {
        var chars = text.AsSpan();
        while ((uint)from < (uint)chars.Length && !IsWordCharacter(chars[from])) from++;
        return from;
    }

    /// <summary>The end of the word starting at <paramref name="start"/>.</summary>
    /// <param name="lettersOnly">Whether the word is ASCII letters alone (then it holds no digit).</param>
    /// <remarks>
    /// Reads a span of the text (no bounds test per character) in a loop over ASCII without a call in it; a character
    /// outside ASCII leaves the loop and is classed out of line.
    /// </remarks>
    private static int WordEnd(string text, int start, out bool lettersOnly)
    {
        // Classes seen: 1 an ASCII letter, 2 an ASCII digit, 4 any other character of the word.
        var seen = 0;
        var chars = text.AsSpan();
        var folding = Shingler.AsciiFolded;
        var end = start;
        while (true)
        {
            for (; (uint)end < (uint)chars.Length; end++)
            {
                var c = chars[end];
                if (c >= 0x80) break;
                var folded = folding[c];
                if (folded == 0) break;
                // A letter folds to 'a' or above, a digit below: 1 or 2, without a branch.
                seen |= 1 << ((folded - 'a') >>> 31);
            }
            if (end >= chars.Length) break;
            if (chars[end] >= 0x80 && IsOtherWordCharacter(chars[end]))
            {
                seen |= 4;
                end++;
            }
            else if (end + 1 < chars.Length && IsInnerMark(chars[end]) && IsWordCharacter(chars[end + 1]))
            {
                seen |= 4;
                end++;
            }
            else break;
        }
        lettersOnly = seen == 1;
        return end;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static bool IsOtherWordCharacter(char c) => char.IsLetter(c) || char.IsNumber(c);

    /// <summary>Particulars of every line of <paramref name="text"/>.</summary>
    public static ulong[] Of(string text) => Of(text, TextBlocks.NonBlankLines(text));

    /// <summary>A word is sentence-initial when only openers (quotes, brackets, a dateline dash) stand between it and the line start or the last full stop.</summary>
    internal static bool StartsSentence(string text, int index, int lineStart)
    {
        for (var i = index - 1; i >= lineStart; i--)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c is '"' or '“' or '‘' or '\'' or '(' or '[') continue;
            return c is '.' or '!' or '?' or ':' or ';' or '-' or '–' or '—';
        }
        return true;
    }

    /// <summary>
    /// Capitals hide which words of a wire headline are names ("MONEY MARKET GIVEN HELP" against "DUNRIDGE BANCORP"): a word
    /// found in at least this many of the background table's 2,225 news articles is ordinary English, not a name.
    /// </summary>
    private const int CommonWordArticles = 10;

    private static bool IsCommonWord(string word) => TermWeights.Background.DocumentFrequency(word.ToLowerInvariant()) >= CommonWordArticles;

    /// <summary>A headline typed in capitals (wire style): its capitals say nothing about which words are names.</summary>
    private static bool IsAllCapitals(ReadOnlySpan<char> line)
    {
        var letters = 0;
        foreach (var c in line)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 4;
    }

    private static ulong Hash(ReadOnlySpan<char> value, ulong seed = 0) => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(value), (long)seed);

    /// <summary>The hash of a figure's context word, case folded; 0 for a figure that opens its line.</summary>
    private static ulong ContextHash(string text, TextSpan context)
    {
        if (context.Length == 0) return 0;
        Span<char> lower = context.Length <= 64 ? stackalloc char[context.Length] : new char[context.Length];
        InvariantCase.ToLower(text.AsSpan(context.Start, context.Length), lower);
        return Hash(lower);
    }
}
