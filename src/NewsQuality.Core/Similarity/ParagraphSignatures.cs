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
    private readonly List<(TextSpan Span, ulong[] Shingles, int FirstWindow, int WindowCount)> _paragraphs;
    /// <summary>Every paragraph's signature, one after another; null when only their band keys were kept (<see cref="Of"/>'s <c>bandKeysFor</c>).</summary>
    private readonly uint[]? _signatures;
    /// <summary>Every paragraph's band keys, one after another, when they were asked for.</summary>
    private readonly uint[]? _bandKeys;
    /// <summary>The union (<see cref="MinHash.Union"/>) of the signatures of the paragraphs the stream's windows stand for, when signatures were not kept.</summary>
    private readonly uint[]? _streamUnion;

    private ParagraphSignatures(MinHash minHash, List<(TextSpan Span, ulong[] Shingles, int FirstWindow, int WindowCount)> paragraphs, uint[]? signatures,
                                uint[]? bandKeys, uint[]? streamUnion, Shingler.ShingleStream? stream)
    {
        _minHash = minHash;
        _paragraphs = paragraphs;
        _signatures = signatures;
        _bandKeys = bandKeys;
        _streamUnion = streamUnion;
        Stream = stream;
    }

    /// <param name="stream">
    /// The article's content shingles (<see cref="Shingler.Stream"/> of <see cref="ContentSpans.Of"/>, with
    /// <paramref name="shingler"/>'s size), when the caller has them: a paragraph that is a run of the stream's words takes
    /// its shingles from it (<see cref="Shingler.ShingleStream.Of"/>, the same values); the others are shingled alone.
    /// </param>
    /// <param name="bandKeysFor">
    /// LSH parameters to cut each paragraph's signature into band keys with (<see cref="BandKeys"/>), when the caller needs
    /// no more of a paragraph's signature than its keys: with a <paramref name="stream"/>, the signatures are then not kept
    /// (a paragraph's 320 values, most of NQ1002's digest's allocation), only the keys and the union that
    /// <see cref="SignatureOfStream"/> starts from; <see cref="Signature"/> and <see cref="SignatureOf"/> are not available.
    /// </param>
    public static ParagraphSignatures Of(Article article, Shingler shingler, MinHash minHash, int minWords, Shingler.ShingleStream? stream = null,
                                         LshParameters? bandKeysFor = null)
    {
        if (stream is not null && stream.Size != shingler.Size) throw new ArgumentException($"The stream has shingles of {stream.Size} words, not {shingler.Size}.", nameof(stream));
        var spans = ContentSpans.Paragraphs(article, minWords);
        var paragraphs = new List<(TextSpan Span, ulong[] Shingles, int FirstWindow, int WindowCount)>(spans.Count);
        foreach (var span in spans)
        {
            // Shingled alone: no windows of the stream stand for it (WindowCount 0).
            var (shingles, first, count) = stream?.Of(span) ?? (shingler.Shingles(article.Text, [span]), 0, 0);
            if (shingles.Length > 0) paragraphs.Add((span, shingles, first, count));
        }
        var permutations = minHash.Permutations;
        var bands = bandKeysFor?.Bands ?? 0;
        var bandKeys = bandKeysFor is not null ? new uint[paragraphs.Count * bands] : null;
        if (bandKeysFor is not { } lsh || stream is null)
        {
            var signatures = new uint[paragraphs.Count * permutations];
            for (var i = 0; i < paragraphs.Count; i++)
            {
                var signature = signatures.AsSpan(i * permutations, permutations);
                minHash.Signature(paragraphs[i].Shingles, signature);
                bandKeysFor?.CompactBandKeys(signature, bandKeys.AsSpan(i * bands, bands));
            }
            return new ParagraphSignatures(minHash, paragraphs, signatures, bandKeys, null, stream);
        }
        // Each paragraph signed into one buffer, cut into its keys and added to the union SignatureOfStream starts from
        // (the union of the same signatures in any order is the same).
        var union = new uint[permutations];
        union.AsSpan().Fill(uint.MaxValue);
        var buffer = ArrayPool<uint>.Shared.Rent(permutations);
        try
        {
            var scratch = buffer.AsSpan(0, permutations);
            for (var i = 0; i < paragraphs.Count; i++)
            {
                minHash.Signature(paragraphs[i].Shingles, scratch);
                lsh.CompactBandKeys(scratch, bandKeys.AsSpan(i * bands, bands));
                if (paragraphs[i].WindowCount > 0) MinHash.Union(union, scratch);
            }
        }
        finally
        {
            ArrayPool<uint>.Shared.Return(buffer);
        }
        return new ParagraphSignatures(minHash, paragraphs, null, bandKeys, union, stream);
    }

    /// <summary>The band keys of a paragraph's signature, by the LSH parameters given to <see cref="Of"/>.</summary>
    public ReadOnlySpan<uint> BandKeys(int paragraph)
    {
        var keys = _bandKeys ?? throw new InvalidOperationException("No LSH parameters were given to cut these paragraphs' signatures into band keys.");
        var bands = keys.Length / Math.Max(1, _paragraphs.Count);
        return keys.AsSpan(paragraph * bands, bands);
    }

    /// <summary>Whether each paragraph's signature was kept (<see cref="Signature"/>, <see cref="SignatureOf"/>), not only its band keys.</summary>
    public bool HasSignatures => _signatures is not null;

    /// <summary>Every paragraph's band keys, one paragraph after another (<see cref="BandKeys"/>).</summary>
    public ReadOnlySpan<uint> AllBandKeys =>
        _bandKeys ?? throw new InvalidOperationException("No LSH parameters were given to cut these paragraphs' signatures into band keys.");

    /// <summary>The article's content shingles these paragraphs were taken from, if they were given (see <see cref="Of"/>).</summary>
    public Shingler.ShingleStream? Stream { get; }

    public int Count => _paragraphs.Count;

    public TextSpan Span(int paragraph) => _paragraphs[paragraph].Span;

    /// <summary>The paragraph's distinct shingle hashes, sorted ascending (as <see cref="Shingler.Shingles(string, IEnumerable{TextSpan})"/> gives them).</summary>
    public ulong[] Shingles(int paragraph) => _paragraphs[paragraph].Shingles;

    public ReadOnlySpan<uint> Signature(int paragraph) =>
        (_signatures ?? throw new InvalidOperationException("Only these paragraphs' band keys were kept, not their signatures."))
        .AsSpan(paragraph * _minHash.Permutations, _minHash.Permutations);

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
        Sign(shingles, byWindows: false, signature);
        return signature;
    }

    /// <summary>
    /// The signature of the <see cref="Stream"/>'s shingles (its <see cref="Shingler.ShingleStream.Distinct"/>), equal to
    /// <c>minHash.Signature(stream.Distinct())</c>: each paragraph taken from the stream gives its signature, the minimum over
    /// its windows, and only the windows no such paragraph holds are signed here (those across paragraph ends, of short lines
    /// and of paragraphs shingled alone). Every window is one or the other, and a window signed twice changes no minimum.
    /// </summary>
    public uint[] SignatureOfStream()
    {
        var signature = new uint[_minHash.Permutations];
        SignatureOfStream(signature);
        return signature;
    }

    /// <summary><see cref="SignatureOfStream()"/> written into <paramref name="signature"/> (the MinHash's permutations long).</summary>
    public void SignatureOfStream(Span<uint> signature) =>
        Sign((Stream ?? throw new InvalidOperationException("These paragraphs were not taken from a stream of the article's shingles.")).Windows, byWindows: true, signature);

    /// <summary>
    /// The minimum of the signatures of the paragraphs that cover part of <paramref name="values"/> and of the values none
    /// covers: with <paramref name="byWindows"/>, <paramref name="values"/> are the stream's windows and a paragraph taken from
    /// the stream covers its windows; otherwise they are a sorted set and a paragraph covers its shingles when all are in it.
    /// </summary>
    private void Sign(ReadOnlySpan<ulong> values, bool byWindows, Span<uint> signature)
    {
        if (signature.Length != _minHash.Permutations) throw new ArgumentException($"The signature needs {_minHash.Permutations} values.", nameof(signature));
        signature.Fill(uint.MaxValue);
        if (values.IsEmpty) return;
        // Kept as their union only: the paragraphs the windows stand for, whose signatures it is.
        var united = byWindows && _streamUnion is not null;
        if (united) _streamUnion.CopyTo(signature);
        var covered = ArrayPool<bool>.Shared.Rent(values.Length);
        var found = byWindows ? [] : ArrayPool<int>.Shared.Rent(values.Length);
        var rest = ArrayPool<ulong>.Shared.Rent(values.Length);
        try
        {
            Array.Clear(covered, 0, values.Length);
            for (var p = 0; p < _paragraphs.Count; p++)
            {
                var (_, shingles, firstWindow, windowCount) = _paragraphs[p];
                if (byWindows)
                {
                    if (windowCount == 0) continue;
                    covered.AsSpan(firstWindow, windowCount).Fill(true);
                    if (united) continue;
                }
                else
                {
                    if (!Within(shingles, values, found)) continue;
                    foreach (var at in found.AsSpan(0, shingles.Length)) covered[at] = true;
                }
                MinHash.Union(signature, Signature(p));
            }
            var left = 0;
            for (var i = 0; i < values.Length; i++)
                if (!covered[i]) rest[left++] = values[i];
            _minHash.Lower(rest.AsSpan(0, left), signature);
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(covered);
            if (!byWindows) ArrayPool<int>.Shared.Return(found);
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
