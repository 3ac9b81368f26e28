using System.Buffers;
using NewsQuality.Model;

namespace NewsQuality.Similarity;

/// <summary>
/// An article's content paragraphs of at least a given number of words (<see cref="ContentSpans.Paragraphs"/>), each
/// with its shingle set and MinHash signature: NQ1002 compares paragraphs by them, and NQ1001 makes the whole article's
/// signature from them (<see cref="SignatureOf"/>). Paragraphs without a shingle are left out.
/// </summary>
public sealed class ParagraphSignatures
{
    private readonly MinHash _minHash;
    private readonly List<(TextSpan Span, ulong[] Shingles)> _paragraphs;
    private readonly uint[] _signatures;

    private ParagraphSignatures(MinHash minHash, List<(TextSpan Span, ulong[] Shingles)> paragraphs, uint[] signatures)
    {
        _minHash = minHash;
        _paragraphs = paragraphs;
        _signatures = signatures;
    }

    public static ParagraphSignatures Of(Article article, Shingler shingler, MinHash minHash, int minWords)
    {
        var spans = ContentSpans.Paragraphs(article, minWords);
        var paragraphs = new List<(TextSpan Span, ulong[] Shingles)>(spans.Count);
        foreach (var span in spans)
            if (shingler.Shingles(article.Text, [span]) is { Length: > 0 } shingles) paragraphs.Add((span, shingles));
        var signatures = new uint[paragraphs.Count * minHash.Permutations];
        for (var i = 0; i < paragraphs.Count; i++)
            minHash.Signature(paragraphs[i].Shingles, signatures.AsSpan(i * minHash.Permutations, minHash.Permutations));
        return new ParagraphSignatures(minHash, paragraphs, signatures);
    }

    public int Count => _paragraphs.Count;

    public TextSpan Span(int paragraph) => _paragraphs[paragraph].Span;

    /// <summary>The paragraph's distinct shingle hashes, sorted ascending (as <see cref="Shingler.Shingles(string, IEnumerable{TextSpan})"/> gives them).</summary>
    public ulong[] Shingles(int paragraph) => _paragraphs[paragraph].Shingles;

    public ReadOnlySpan<uint> Signature(int paragraph) => _signatures.AsSpan(paragraph * _minHash.Permutations, _minHash.Permutations);

    /// <summary>
    /// The signature of <paramref name="shingles"/> (distinct, sorted ascending; any set, typically the article's content
    /// shingles), equal to <c>minHash.Signature(shingles)</c>: a signature holds each permutation's minimum, so the signature
    /// of a union is the position-wise minimum of its parts' signatures. Each paragraph whose whole shingle set lies within
    /// <paramref name="shingles"/> gives its signature; only the shingles no such paragraph holds (those across paragraph
    /// ends, of short lines) are signed here. A paragraph with a shingle outside the set is not used.
    /// </summary>
    public uint[] SignatureOf(ReadOnlySpan<ulong> shingles)
    {
        var signature = new uint[_minHash.Permutations];
        signature.AsSpan().Fill(uint.MaxValue);
        if (shingles.IsEmpty) return signature;
        var covered = ArrayPool<bool>.Shared.Rent(shingles.Length);
        var found = ArrayPool<int>.Shared.Rent(shingles.Length);
        var rest = ArrayPool<ulong>.Shared.Rent(shingles.Length);
        try
        {
            Array.Clear(covered, 0, shingles.Length);
            for (var p = 0; p < _paragraphs.Count; p++)
            {
                if (!Within(_paragraphs[p].Shingles, shingles, found)) continue;
                foreach (var at in found.AsSpan(0, _paragraphs[p].Shingles.Length)) covered[at] = true;
                MinHash.Union(signature, Signature(p));
            }
            var left = 0;
            for (var i = 0; i < shingles.Length; i++)
                if (!covered[i]) rest[left++] = shingles[i];
            _minHash.Lower(rest.AsSpan(0, left), signature);
            return signature;
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(covered);
            ArrayPool<int>.Shared.Return(found);
            ArrayPool<ulong>.Shared.Return(rest);
        }
    }

    /// <summary>Whether every value of <paramref name="part"/> is in <paramref name="whole"/> (both sorted ascending), with where each is in <paramref name="positions"/>.</summary>
    private static bool Within(ReadOnlySpan<ulong> part, ReadOnlySpan<ulong> whole, int[] positions)
    {
        if (part.Length > whole.Length) return false;
        var from = 0;
        for (var i = 0; i < part.Length; i++)
        {
            // Both ascending: each value is searched for after the previous one's place.
            var at = whole[from..].BinarySearch(part[i]);
            if (at < 0) return false;
            from += at;
            positions[i] = from++;
        }
        return true;
    }
}
