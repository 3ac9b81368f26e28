using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using NewsQuality.Model;

namespace NewsQuality.Similarity;

/// <summary>
/// Word k-shingles of normalised text, as 64-bit hashes. Case, punctuation, whitespace, quote and dash styles are
/// folded away, so a copy re-typeset by another site hashes the same. Each shingle is hashed straight from a span of
/// one normalised buffer: no string is allocated per shingle.
/// </summary>
public sealed class Shingler(int size)
{
    public int Size { get; } = size >= 1 ? size : throw new ArgumentOutOfRangeException(nameof(size), "Shingle size must be at least 1 word.");

    /// <summary>Distinct shingle hashes of the given spans of <paramref name="text"/>, sorted ascending.</summary>
    public ulong[] Shingles(string text, IEnumerable<TextSpan> spans)
    {
        var (buffer, starts, ends) = Normalise(text, spans);
        return Hash(buffer, starts, ends);
    }

    public ulong[] Shingles(string text) => Shingles(text, [new TextSpan(0, text.Length)]);

    private ulong[] Hash(StringBuilder buffer, List<int> starts, List<int> ends)
    {
        var words = starts.Count;
        if (words == 0) return [];
        var chars = buffer.ToString().AsSpan();
        var count = Math.Max(1, words - Size + 1);
        var hashes = new HashSet<ulong>(count);
        for (var i = 0; i < count; i++)
        {
            var end = ends[Math.Min(words, i + Size) - 1];
            hashes.Add(XxHash3.HashToUInt64(MemoryMarshal.AsBytes(chars[starts[i]..end])));
        }
        var result = hashes.ToArray();
        Array.Sort(result);
        return result;
    }

    /// <summary>Lower-cased words of letters and digits joined by single spaces, with each word's bounds in the buffer.</summary>
    private static (StringBuilder Buffer, List<int> Starts, List<int> Ends) Normalise(string text, IEnumerable<TextSpan> spans)
    {
        var buffer = new StringBuilder();
        var starts = new List<int>();
        var ends = new List<int>();
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
                        if (buffer.Length > 0) buffer.Append(' ');
                        starts.Add(buffer.Length);
                        inWord = true;
                    }
                    buffer.Append(char.ToLowerInvariant(c));
                }
                else if (inWord && !IsInnerMark(text, i, span.End))
                {
                    ends.Add(buffer.Length);
                    inWord = false;
                }
            }
            if (inWord) ends.Add(buffer.Length);
        }
        return (buffer, starts, ends);
    }

    /// <summary>Apostrophes (straight or curly) inside a word are dropped, so "NATO’s" and "NATO's" both become "natos".</summary>
    private static bool IsInnerMark(string text, int i, int end) =>
        CharUnicodeInfo.GetUnicodeCategory(text[i]) is UnicodeCategory.OtherPunctuation or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.InitialQuotePunctuation
        && text[i] is '\'' or '’' or '‘' && i + 1 < end && char.IsLetterOrDigit(text[i + 1]);
}
