using System.Buffers;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using NewsQuality.Model;
using NewsQuality.Storage;

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
            var words = Normalise(text, spans, buffer, bounds);
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
        if (words == 0) return [];
        var count = Math.Max(1, words - Size + 1);
        var hashes = new ulong[count];
        for (var i = 0; i < count; i++)
        {
            var start = bounds[2 * i];
            var end = bounds[2 * (Math.Min(words, i + Size) - 1) + 1];
            hashes[i] = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(buffer.AsSpan(start, end - start)));
        }
        // Sorted, then each repeated shingle kept once.
        Sort(hashes);
        var distinct = NumberSort.Distinct(hashes.AsSpan());
        return distinct == hashes.Length ? hashes : hashes[..distinct];
    }

    /// <summary>Below this many hashes a comparison sort beats the radix sort's fixed cost (eight 256-entry histograms).</summary>
    private const int RadixSortFrom = 256;

    /// <summary>
    /// Sorts ascending. An article's few hundred shingle hashes are random 64-bit values, on which a comparison sort
    /// mispredicts half its branches; a least-significant-digit radix sort (eight passes of one byte, counted in one
    /// read) has no data-dependent branch and gives the same order.
    /// </summary>
    internal static void Sort(ulong[] values)
    {
        if (values.Length < RadixSortFrom)
        {
            NumberSort.Sort(values.AsSpan());
            return;
        }
        const int Digits = sizeof(ulong);
        var counts = ArrayPool<int>.Shared.Rent(Digits * 256);
        var scratch = ArrayPool<ulong>.Shared.Rent(values.Length);
        try
        {
            Array.Clear(counts, 0, Digits * 256);
            foreach (var value in values)
                for (var digit = 0; digit < Digits; digit++) counts[digit * 256 + (int)(value >> (8 * digit) & 0xFF)]++;
            Span<ulong> from = values, to = scratch.AsSpan(0, values.Length);
            for (var digit = 0; digit < Digits; digit++)
            {
                var digitCounts = counts.AsSpan(digit * 256, 256);
                // Exclusive prefix sums: where each byte value's run starts.
                for (int b = 0, start = 0; b < 256; b++) (digitCounts[b], start) = (start, start + digitCounts[b]);
                var shift = 8 * digit;
                foreach (var value in from) to[digitCounts[(int)(value >> shift & 0xFF)]++] = value;
                var swap = from;
                from = to;
                to = swap;
            }
            // Eight passes: the last one wrote back into the caller's array.
        }
        finally
        {
            ArrayPool<int>.Shared.Return(counts);
            ArrayPool<ulong>.Shared.Return(scratch);
        }
    }

    /// <summary>Lower-cased words of letters and digits joined by single spaces into <paramref name="buffer"/>, each word's bounds in <paramref name="bounds"/>; returns the number of words.</summary>
    private static int Normalise(string text, IEnumerable<TextSpan> spans, char[] buffer, int[] bounds)
    {
        var length = 0;
        var words = 0;
        foreach (var span in spans)
        {
            var inWord = false;
            for (var i = span.Start; i < span.End; i++)
            {
                var c = text[i];
                if (char.IsLetterOrDigit(c))
                {
                    if (!inWord)
                    {
                        if (length > 0) buffer[length++] = ' ';
                        bounds[2 * words] = length;
                        inWord = true;
                    }
                    buffer[length++] = char.ToLowerInvariant(c);
                }
                else if (inWord && !IsInnerMark(text, i, span.End))
                {
                    bounds[2 * words++ + 1] = length;
                    inWord = false;
                }
            }
            if (inWord) bounds[2 * words++ + 1] = length;
        }
        return words;
    }

    /// <summary>Apostrophes (straight or curly) inside a word are dropped, so "NATO’s" and "NATO's" both become "natos".</summary>
    private static bool IsInnerMark(string text, int i, int end) =>
        text[i] is '\'' or '’' or '‘' && i + 1 < end && char.IsLetterOrDigit(text[i + 1]);
}
