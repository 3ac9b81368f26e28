using System.Buffers;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using NewsQuality.Model;
using NewsQuality.Storage;
using NewsQuality.Text;

namespace NewsQuality.Similarity;

/// <summary>
/// Word k-shingles of normalised text, as 64-bit hashes. Case, punctuation, whitespace, quote and dash styles are
/// folded away, so a copy re-typeset by another site hashes the same. Each shingle is hashed straight from a span of
/// one normalised buffer: no string is allocated per shingle, and the buffers are pooled (every article of a run passes here).
/// </summary>
public sealed class Shingler(int size)
{
    public int Size { get; } = size >= 1 ? size : throw new ArgumentOutOfRangeException(nameof(size), "Shingle size must be at least 1 word.");

    /// <summary>Distinct shingle hashes of the given spans of <paramref name="text"/>, sorted ascending.</summary>
    public ulong[] Shingles(string text, IEnumerable<TextSpan> spans)
    {
        // The normalised text is never longer than the spans plus one separating space per span.
        var bound = 0;
        foreach (var span in spans) bound += span.Length + 1;
        var buffer = ArrayPool<char>.Shared.Rent(bound);
        var bounds = ArrayPool<int>.Shared.Rent(bound + 1);
        try
        {
            var words = Normalise(text, spans, buffer, bounds, null);
            return Hash(buffer, bounds, words);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
            ArrayPool<int>.Shared.Return(bounds);
        }
    }

    public ulong[] Shingles(string text) => Shingles(text, [new TextSpan(0, text.Length)]);

    /// <param name="bounds">Word i starts at bounds[2i] and ends at bounds[2i + 1] in <paramref name="buffer"/>.</param>
    private ulong[] Hash(char[] buffer, int[] bounds, int words)
    {
        var hashes = new ulong[WindowCount(words)];
        Windows(buffer, bounds, words, hashes);
        return SortedDistinct(hashes);
    }

    /// <summary>How many windows <paramref name="words"/> words make: one window of every word when there are fewer than <see cref="Size"/>; none without a word.</summary>
    private int WindowCount(int words) => words == 0 ? 0 : Math.Max(1, words - Size + 1);

    /// <summary>
    /// The hash of each window of <see cref="Size"/> words into <paramref name="hashes"/> (<see cref="WindowCount"/> long), in
    /// order: window i holds words i to i + Size − 1.
    /// </summary>
    private void Windows(char[] buffer, int[] bounds, int words, Span<ulong> hashes)
    {
        for (var i = 0; i < hashes.Length; i++)
        {
            var start = bounds[2 * i];
            var end = bounds[2 * (Math.Min(words, i + Size) - 1) + 1];
            hashes[i] = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(buffer.AsSpan(start, end - start)));
        }
    }

    /// <summary><paramref name="hashes"/> sorted (in place), each repeated one kept once.</summary>
    private static ulong[] SortedDistinct(ulong[] hashes)
    {
        var distinct = SortDistinct(hashes);
        return distinct == hashes.Length ? hashes : hashes[..distinct];
    }

    /// <summary>Sorts <paramref name="values"/> and moves each repeated one's first copy forward: how many distinct values lead.</summary>
    internal static int SortDistinct(Span<ulong> values)
    {
        if (values.IsEmpty) return 0;
        NumberSort.SortByLeadingBits(values);
        return NumberSort.Distinct(values);
    }

    /// <summary>
    /// The shingles of the given spans of <paramref name="text"/> (in text order, not overlapping) as a stream of windows
    /// with where each word starts: <see cref="ShingleStream.Distinct"/> is <see cref="Shingles(string, IEnumerable{TextSpan})"/>
    /// of the same spans, and <see cref="ShingleStream.Of"/> gives a paragraph's shingles from it without normalising and
    /// hashing the paragraph again.
    /// </summary>
    /// <param name="scratch">
    /// Where to make the stream's arrays, when the caller reads the stream only until it makes the next one in the same
    /// scratch (the first pass's digests: one article at a time on a thread); null for arrays of its own.
    /// </param>
    public ShingleStream Stream(string text, IEnumerable<TextSpan> spans, ShingleScratch? scratch = null)
    {
        var spanArray = spans.ToArray();
        var bound = 0;
        foreach (var span in spanArray) bound += span.Length + 1;
        var buffer = ArrayPool<char>.Shared.Rent(bound);
        var bounds = ArrayPool<int>.Shared.Rent(bound + 1);
        var use = scratch?.Begin() ?? 0;
        var starts = scratch is not null ? scratch.WordStarts.Room(bound / 2 + 1, ShingleScratch.Kept) : ArrayPool<int>.Shared.Rent(bound / 2 + 1);
        try
        {
            var words = Normalise(text, spanArray, buffer, bounds, starts);
            var count = WindowCount(words);
            var windows = scratch is not null ? scratch.Windows.Room(count, ShingleScratch.Kept) : new ulong[count];
            Windows(buffer, bounds, words, windows.AsSpan(0, count));
            return new ShingleStream(this, text, spanArray, windows, count, scratch is not null ? starts : starts.AsSpan(0, words).ToArray(), words, scratch, use);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
            ArrayPool<int>.Shared.Return(bounds);
            if (scratch is null) ArrayPool<int>.Shared.Return(starts);
        }
    }

    /// <summary>
    /// Room that one article's <see cref="ShingleStream"/> and its keys-only <see cref="ParagraphSignatures"/> are made in,
    /// reused by the next article's: the first pass made these arrays fresh for every article (the windows, the word starts,
    /// each paragraph's shingles, the band keys and the signatures' union: a quarter of its allocation on the BBC articles).
    /// What was made in it is valid until the next stream is made in it; reading it after that throws.
    /// </summary>
    public sealed class ShingleScratch
    {
        /// <summary>Values an array keeps for the next article: an article of up to 65,536 words; a longer one gets arrays of its own.</summary>
        internal const int Kept = 1 << 16;

        internal ReusedArray<ulong> Windows, ParagraphShingles;
        internal ReusedArray<int> WordStarts;
        internal ReusedArray<uint> BandKeys, Union;

        /// <summary>How many streams were made in it, and keys-only paragraph sets since the last stream: what a product made in it checks.</summary>
        private int _streams, _paragraphs;

        /// <summary>A new stream is made: everything made before is let go.</summary>
        internal int Begin()
        {
            _paragraphs = 0;
            return ++_streams;
        }

        /// <summary>New paragraphs of the current stream are made: earlier ones are let go.</summary>
        internal int BeginParagraphs() => ++_paragraphs;

        internal void Check(int stream, int paragraphs = 0)
        {
            if (stream != _streams || paragraphs != 0 && paragraphs != _paragraphs)
                throw new InvalidOperationException("This was made in a shingle scratch that has been used again since.");
        }
    }

    /// <summary>
    /// An article's content shingles as <see cref="Stream"/> found them: the windows in order, where each word starts, and
    /// the spans they were taken from. A paragraph made of whole spans separated by whitespace only is a run of the stream's
    /// words, so its shingles are the windows wholly inside that run.
    /// </summary>
    public sealed class ShingleStream
    {
        private readonly Shingler _shingler;
        private readonly string _text;
        private readonly TextSpan[] _spans;
        private readonly bool _inOrder;
        private readonly ulong[] _windows;
        private readonly int[] _wordStarts;
        private readonly int _windowCount, _wordCount, _use;

        internal ShingleStream(Shingler shingler, string text, TextSpan[] spans, ulong[] windows, int windowCount, int[] wordStarts, int wordCount,
                               ShingleScratch? scratch, int use)
        {
            (_shingler, _text, _spans, _windows, _windowCount, _wordStarts, _wordCount, Scratch, _use) =
                (shingler, text, spans, windows, windowCount, wordStarts, wordCount, scratch, use);
            // Spans out of order or overlapping answer no paragraph (IsRunOfStream).
            _inOrder = true;
            for (var i = 1; i < spans.Length; i++) _inOrder &= spans[i].Start >= spans[i - 1].End;
        }

        public int Size => _shingler.Size;

        /// <summary>The scratch the stream was made in, if any (<see cref="Shingler.Stream"/>): its keys-only paragraphs are made there too.</summary>
        public ShingleScratch? Scratch { get; }

        /// <summary>Which use of <see cref="Scratch"/> made the stream.</summary>
        internal int Use => _use;

        /// <summary>Each window's shingle hash, in text order, repeats kept (see <see cref="Shingler.Windows"/>).</summary>
        public ReadOnlySpan<ulong> Windows
        {
            get
            {
                Scratch?.Check(_use);
                return _windows.AsSpan(0, _windowCount);
            }
        }

        /// <summary>Where each word starts in the text.</summary>
        public ReadOnlySpan<int> WordStarts
        {
            get
            {
                Scratch?.Check(_use);
                return _wordStarts.AsSpan(0, _wordCount);
            }
        }

        /// <summary>The distinct shingles, sorted ascending: what <see cref="Shingler.Shingles(string, IEnumerable{TextSpan})"/> gives for the same spans.</summary>
        public ulong[] Distinct() => SortedDistinct(Windows.ToArray());

        /// <summary><see cref="Distinct()"/> written into <paramref name="buffer"/> (at least as long as <see cref="Windows"/>): how many there are.</summary>
        public int Distinct(Span<ulong> buffer)
        {
            var windows = Windows;
            var values = buffer[..windows.Length];
            windows.CopyTo(values);
            return SortDistinct(values);
        }

        /// <summary>
        /// The shingles of <paramref name="paragraph"/> alone (what <see cref="Shingler.Shingles(string, IEnumerable{TextSpan})"/>
        /// gives for it), taken from the stream, with the windows they came from; null when the paragraph is not a run of the
        /// stream's words as shingling it alone would cut them: when a span only partly inside it, anything but whitespace
        /// between its spans or at its ends (a line left out of the stream), two of its spans with nothing between them, or
        /// fewer words than a shingle (the stream holds no window of those words alone).
        /// </summary>
        public (ulong[] Shingles, int FirstWindow, int WindowCount)? Of(TextSpan paragraph) =>
            WindowsOf(paragraph) is (int first, int count) ? (count == 0 ? [] : SortedDistinct(Windows.Slice(first, count).ToArray()), first, count) : null;

        /// <summary>
        /// The windows <see cref="Of"/> takes the paragraph's shingles from, or null where it gives null; none for a paragraph
        /// without words, whose first window may then lie past the last.
        /// </summary>
        public (int FirstWindow, int WindowCount)? WindowsOf(TextSpan paragraph)
        {
            if (!IsRunOfStream(paragraph)) return null;
            var wordStarts = WordStarts;
            var first = LowerBound(wordStarts, paragraph.Start);
            var words = LowerBound(wordStarts, paragraph.End) - first;
            if (words == 0) return (first, 0);
            if (words < Size) return null;
            return (first, words - Size + 1);
        }

        /// <summary>
        /// Whether every character of <paramref name="paragraph"/> outside the stream's spans is whitespace, each span it
        /// overlaps lies wholly inside it, and consecutive spans inside it have whitespace between them. Then normalising the
        /// paragraph gives the words of those spans in order: whitespace is neither a letter, a digit nor an apostrophe, so it
        /// ends a word where a span's end would and joins none, and an apostrophe before it is not inside a word either way.
        /// </summary>
        private bool IsRunOfStream(TextSpan paragraph)
        {
            if (!_inOrder) return false;
            // The first span ending after the paragraph starts: ends rise with starts when spans do not overlap.
            int low = 0, high = _spans.Length;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (_spans[middle].End <= paragraph.Start) low = middle + 1; else high = middle;
            }
            var at = paragraph.Start;
            for (var j = low; j < _spans.Length && _spans[j].Start < paragraph.End; j++)
            {
                var span = _spans[j];
                if (span.Start < paragraph.Start || span.End > paragraph.End) return false;
                if (j > low && span.Start == at) return false;
                if (!IsWhiteSpace(_text.AsSpan(at, span.Start - at))) return false;
                at = span.End;
            }
            return IsWhiteSpace(_text.AsSpan(at, paragraph.End - at));
        }

        private static bool IsWhiteSpace(ReadOnlySpan<char> text)
        {
            foreach (var c in text)
                if (!char.IsWhiteSpace(c)) return false;
            return true;
        }

        /// <summary>The first index whose value is at least <paramref name="value"/> (values ascending).</summary>
        private static int LowerBound(ReadOnlySpan<int> values, int value)
        {
            int low = 0, high = values.Length;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (values[middle] < value) low = middle + 1; else high = middle;
            }
            return low;
        }
    }

    /// <summary>
    /// Lower-cased words of letters and digits joined by single spaces into <paramref name="buffer"/>, each word's bounds in
    /// <paramref name="bounds"/> and, when given, where it starts in <paramref name="text"/> in <paramref name="starts"/>; returns the number of words.
    /// </summary>
    /// <remarks>
    /// Two loops over ASCII, one between words and one inside a word, each reading a span (no bounds test per character)
    /// with no call in them, so their counters stay in registers (the single loop with an in-word flag and the Unicode
    /// tables inside kept them on the stack: about 30 instructions a character). A character outside ASCII leaves the
    /// loop and is folded out of line (<see cref="FoldOther"/>).
    /// </remarks>
    private static int Normalise(string text, IEnumerable<TextSpan> spans, char[] buffer, int[] bounds, int[]? starts)
    {
        var length = 0;
        var words = 0;
        var folding = AsciiFolded;
        foreach (var span in spans)
        {
            var chars = text.AsSpan(span.Start, span.Length);
            var i = 0;
            while (i < chars.Length)
            {
                // Between words: the next letter or digit starts one.
                var c = chars[i];
                var folded = c < 0x80 ? (char)folding[c] : FoldOther(c);
                if (folded == '\0')
                {
                    i++;
                    continue;
                }
                if (length > 0) buffer[length++] = ' ';
                bounds[2 * words] = length;
                if (starts is not null) starts[words] = span.Start + i;
                buffer[length++] = folded;
                i++;
                // Inside the word: letters and digits, and an apostrophe before one (dropped).
                while (true)
                {
                    for (; i < chars.Length; i++)
                    {
                        c = chars[i];
                        if (c >= 0x80) break;
                        var ascii = folding[c];
                        if (ascii == 0) break;
                        buffer[length++] = (char)ascii;
                    }
                    if (i >= chars.Length) break;
                    if (c >= 0x80 && FoldOther(c) is var other and not '\0')
                    {
                        buffer[length++] = other;
                        i++;
                    }
                    else if (IsInnerMark(text, span.Start + i, span.End)) i++;
                    else break;
                }
                bounds[2 * words++ + 1] = length;
            }
        }
        return words;
    }

    /// <summary>What <see cref="Normalise"/> writes for a character outside ASCII: its lower case for a letter or digit, else 0.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static char FoldOther(char c) => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '\0';

    /// <summary>
    /// For each ASCII character, what <see cref="Normalise"/> writes for it: its lower case (<see cref="char.ToLowerInvariant"/>)
    /// for a letter or digit (<see cref="char.IsLetterOrDigit(char)"/>), 0 for any other.
    /// </summary>
    /// <remarks><see cref="Particulars"/> reads words from it too (a digit is its own lower case, below 'a').</remarks>
    internal static ReadOnlySpan<byte> AsciiFolded =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 0, 0, 0, 0, 0, 0,
        0, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
        112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 0, 0, 0, 0, 0,
        0, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
        112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 0, 0, 0, 0, 0,
    ];

    /// <summary>Apostrophes (straight or curly) inside a word are dropped, so "NATO’s" and "NATO's" both become "natos".</summary>
    private static bool IsInnerMark(string text, int i, int end) =>
        text[i] is '\'' or '’' or '‘' && i + 1 < end && char.IsLetterOrDigit(text[i + 1]);
}
