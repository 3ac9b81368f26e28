using System.Buffers;
using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Similarity;

/// <summary>
/// An article's content paragraphs of at least a given number of words (<see cref="ContentSpans.Paragraphs"/>), each
/// with its shingle set and MinHash signature: NQ1002 compares paragraphs by them, and NQ1001 makes the whole article's
/// signature from them (<see cref="SignatureOf"/>). Paragraphs without a shingle are left out.
/// </summary>
public sealed class ParagraphSignatures
{
    private readonly MinHash _minHash;
    /// <summary>Each paragraph: its span, where its shingles lie in <see cref="_shingles"/>, and the stream's windows it stands for.</summary>
    private readonly List<Placed> _paragraphs;
    /// <summary>Every paragraph's distinct shingles, sorted, one paragraph after another.</summary>
    private readonly ulong[] _shingles;
    /// <summary>Every paragraph's signature, one after another; null when only their band keys were kept (<see cref="Of"/>'s <c>bandKeysFor</c>).</summary>
    private readonly uint[]? _signatures;
    /// <summary>Every paragraph's band keys, one after another, when they were asked for (<see cref="_bands"/> a paragraph).</summary>
    private readonly uint[]? _bandKeys;
    private readonly int _bands;
    /// <summary>The union (<see cref="MinHash.Union"/>) of the signatures of the paragraphs the stream's windows stand for, when signatures were not kept.</summary>
    private readonly uint[]? _streamUnion;
    /// <summary>Which use of the stream's scratch made these, when they were made in it (keys only, from a stream made in a scratch).</summary>
    private readonly int _paragraphsUse;

    private readonly record struct Placed(TextSpan Span, int ShinglesStart, int ShinglesCount, int FirstWindow, int WindowCount);

    private ParagraphSignatures(MinHash minHash, List<Placed> paragraphs, ulong[] shingles, uint[]? signatures, uint[]? bandKeys, int bands,
                                uint[]? streamUnion, Shingler.ShingleStream? stream, int paragraphsUse)
    {
        _minHash = minHash;
        _paragraphs = paragraphs;
        _shingles = shingles;
        _signatures = signatures;
        _bandKeys = bandKeys;
        _bands = bands;
        _streamUnion = streamUnion;
        Stream = stream;
        _paragraphsUse = paragraphsUse;
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
    /// A stream made in a scratch (<see cref="Shingler.ShingleStream.Scratch"/>) then has these made in it too: valid until
    /// the next paragraphs or stream are made there.
    /// </param>
    public static ParagraphSignatures Of(Article article, Shingler shingler, MinHash minHash, int minWords, Shingler.ShingleStream? stream = null,
                                         LshParameters? bandKeysFor = null)
    {
        if (stream is not null && stream.Size != shingler.Size) throw new ArgumentException($"The stream has shingles of {stream.Size} words, not {shingler.Size}.", nameof(stream));
        var scratch = bandKeysFor is not null ? stream?.Scratch : null;
        var paragraphsUse = scratch?.BeginParagraphs() ?? 0;
        var spans = ContentSpans.Paragraphs(article, minWords);
        var paragraphs = new List<Placed>(spans.Count);
        // The paragraphs' shingles packed in one array (the scratch's, or one of their own), not an array each.
        var own = default(ReusedArray<ulong>);
        ref var room = ref scratch is not null ? ref scratch.ParagraphShingles : ref own;
        var shingles = room.Room(stream?.Windows.Length ?? 0, Shingler.ShingleScratch.Kept);
        var used = 0;
        foreach (var span in spans)
        {
            // Shingled alone: no windows of the stream stand for it (WindowCount 0).
            var (first, count, length) = (0, 0, 0);
            if (stream?.WindowsOf(span) is (int from, int windows))
            {
                if (windows == 0) continue;
                (first, count) = (from, windows);
                shingles = room.Grown(shingles, used, used + count, Shingler.ShingleScratch.Kept);
                stream.Windows.Slice(first, count).CopyTo(shingles.AsSpan(used));
                length = Shingler.SortDistinct(shingles.AsSpan(used, count));
            }
            else
            {
                var alone = shingler.Shingles(article.Text, [span]);
                shingles = room.Grown(shingles, used, used + alone.Length, Shingler.ShingleScratch.Kept);
                alone.CopyTo(shingles, used);
                length = alone.Length;
            }
            if (length == 0) continue;
            paragraphs.Add(new Placed(span, used, length, first, count));
            used += length;
        }
        var permutations = minHash.Permutations;
        var bands = bandKeysFor?.Bands ?? 0;
        var keyCount = paragraphs.Count * bands;
        var bandKeys = bandKeysFor is null ? null : scratch?.BandKeys.Room(keyCount, Shingler.ShingleScratch.Kept) ?? new uint[keyCount];
        if (bandKeysFor is not { } lsh || stream is null)
        {
            var signatures = new uint[paragraphs.Count * permutations];
            for (var i = 0; i < paragraphs.Count; i++)
            {
                var signature = signatures.AsSpan(i * permutations, permutations);
                minHash.Signature(ShinglesOf(shingles, paragraphs[i]), signature);
                bandKeysFor?.CompactBandKeys(signature, bandKeys.AsSpan(i * bands, bands));
            }
            return new ParagraphSignatures(minHash, paragraphs, shingles, signatures, bandKeys, bands, null, stream, paragraphsUse);
        }
        // Each paragraph signed into one buffer, cut into its keys and added to the union SignatureOfStream starts from
        // (the union of the same signatures in any order is the same).
        var union = scratch?.Union.Room(permutations, Shingler.ShingleScratch.Kept) ?? new uint[permutations];
        union.AsSpan(0, permutations).Fill(uint.MaxValue);
        var buffer = ArrayPool<uint>.Shared.Rent(permutations);
        try
        {
            var signed = buffer.AsSpan(0, permutations);
            for (var i = 0; i < paragraphs.Count; i++)
            {
                minHash.Signature(ShinglesOf(shingles, paragraphs[i]), signed);
                lsh.CompactBandKeys(signed, bandKeys.AsSpan(i * bands, bands));
                if (paragraphs[i].WindowCount > 0) MinHash.Union(union.AsSpan(0, permutations), signed);
            }
        }
        finally
        {
            ArrayPool<uint>.Shared.Return(buffer);
        }
        return new ParagraphSignatures(minHash, paragraphs, shingles, null, bandKeys, bands, union, stream, paragraphsUse);
    }

    private static ReadOnlySpan<ulong> ShinglesOf(ulong[] shingles, Placed paragraph) => shingles.AsSpan(paragraph.ShinglesStart, paragraph.ShinglesCount);

    /// <summary>Throws when these were made in a scratch that has been used again since (<see cref="Shingler.ShingleScratch"/>).</summary>
    private void Valid()
    {
        if (_paragraphsUse != 0) Stream!.Scratch!.Check(Stream.Use, _paragraphsUse);
    }

    /// <summary>The band keys of a paragraph's signature, by the LSH parameters given to <see cref="Of"/>.</summary>
    public ReadOnlySpan<uint> BandKeys(int paragraph) => AllBandKeys.Slice(paragraph * _bands, _bands);

    /// <summary>Whether each paragraph's signature was kept (<see cref="Signature"/>, <see cref="SignatureOf"/>), not only its band keys.</summary>
    public bool HasSignatures => _signatures is not null;

    /// <summary>Every paragraph's band keys, one paragraph after another (<see cref="BandKeys"/>).</summary>
    public ReadOnlySpan<uint> AllBandKeys
    {
        get
        {
            var keys = _bandKeys ?? throw new InvalidOperationException("No LSH parameters were given to cut these paragraphs' signatures into band keys.");
            Valid();
            return keys.AsSpan(0, _paragraphs.Count * _bands);
        }
    }

    /// <summary>The article's content shingles these paragraphs were taken from, if they were given (see <see cref="Of"/>).</summary>
    public Shingler.ShingleStream? Stream { get; }

    public int Count => _paragraphs.Count;

    public TextSpan Span(int paragraph) => _paragraphs[paragraph].Span;

    /// <summary>The paragraph's distinct shingle hashes, sorted ascending (as <see cref="Shingler.Shingles(string, IEnumerable{TextSpan})"/> gives them).</summary>
    public ReadOnlySpan<ulong> Shingles(int paragraph)
    {
        Valid();
        return ShinglesOf(_shingles, _paragraphs[paragraph]);
    }

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
        Valid();
        // Kept as their union only: the paragraphs the windows stand for, whose signatures it is.
        var united = byWindows && _streamUnion is not null;
        if (united) _streamUnion.AsSpan(0, signature.Length).CopyTo(signature);
        var covered = ArrayPool<bool>.Shared.Rent(values.Length);
        var found = byWindows ? [] : ArrayPool<int>.Shared.Rent(values.Length);
        var rest = ArrayPool<ulong>.Shared.Rent(values.Length);
        try
        {
            Array.Clear(covered, 0, values.Length);
            for (var p = 0; p < _paragraphs.Count; p++)
            {
                var paragraph = _paragraphs[p];
                var (firstWindow, windowCount) = (paragraph.FirstWindow, paragraph.WindowCount);
                if (byWindows)
                {
                    if (windowCount == 0) continue;
                    covered.AsSpan(firstWindow, windowCount).Fill(true);
                    if (united) continue;
                }
                else
                {
                    var shingles = ShinglesOf(_shingles, paragraph);
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
