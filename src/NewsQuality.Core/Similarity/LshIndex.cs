using System.Buffers;
using System.Runtime.InteropServices;
using NewsQuality.Storage;

namespace NewsQuality.Similarity;

/// <summary>
/// Locality-sensitive hashing of MinHash signatures: each band of rows is hashed to a bucket key, and documents
/// sharing any bucket become candidate pairs. No all-pairs comparison is made. Keys (32-bit, see
/// <see cref="LshParameters.CompactBandKeys"/>) are written to one file per band and buckets are found by sorting
/// each band's file in bounded memory (<see cref="ExternalSort"/>), so the index holds no memory per document until
/// its pairs are asked for, and then only <see cref="PairedBuckets"/>'s few bytes.
/// </summary>
/// <remarks>
/// An entry is one 64-bit value, the bucket key above the document: sorting plain numbers (no comparer call per
/// comparison) orders a band by key, then by document. Bands are independent, so they are sorted and paired in parallel.
/// </remarks>
/// <param name="expectedDocuments">How many documents the caller will add, when it knows (see <see cref="DiskArray{T}(string?, int)"/>).</param>
public sealed class LshIndex(LshParameters parameters, int expectedDocuments = 0) : IDisposable
{
    /// <summary>Buckets bigger than this (template text shared by thousands) are paired along a chain, not all with all.</summary>
    private const int MaxBucketPairs = 64;

    private readonly DiskArray<ulong>[] _bands = Enumerable.Range(0, parameters.Bands).Select(_ => new DiskArray<ulong>(expectedRecords: expectedDocuments)).ToArray();

    /// <summary>One more than the highest document added.</summary>
    private int _documents;

    public LshParameters Parameters { get; } = parameters;

    public void AddSignature(int document, uint[] signature) => Add(document, Parameters.CompactBandKeys(signature));

    /// <param name="bandKeys">The document's keys from <see cref="LshParameters.CompactBandKeys"/> of these parameters.</param>
    /// <remarks>Not thread-safe; documents may come in any order (each band is sorted before it is read).</remarks>
    public void Add(int document, ReadOnlySpan<uint> bandKeys)
    {
        if (bandKeys.Length != Parameters.Bands)
            throw new ArgumentException($"{bandKeys.Length} band keys given; these LSH parameters have {Parameters.Bands} bands.", nameof(bandKeys));
        ArgumentOutOfRangeException.ThrowIfNegative(document);
        for (var band = 0; band < bandKeys.Length; band++) _bands[band].Add(Pack(bandKeys[band], document));
        _documents = Math.Max(_documents, document + 1);
    }

    /// <summary>Every pair of documents sharing a bucket, each pair once, lower document first, in ascending order; streamed from disk.</summary>
    /// <remarks>
    /// Near-identical documents share nearly every band (versions of one story: 106 of NQ1001's, 38 of NQ1002's), and each
    /// band's copy of their pair had to be sorted away. The buckets of the first bands are remembered per document
    /// (<see cref="PairedBuckets"/>), and a later band writes no pair one of them has written already.
    /// </remarks>
    public IEnumerable<(int A, int B)> CandidatePairs()
    {
        using var pairs = new DiskArray<ulong>();
        var keeping = new Lock();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        var paired = new PairedBuckets(Math.Min(PairedBuckets.RememberedBands, _bands.Length), _documents, MaxBucketPairs);
        Parallel.For(0, paired.Bands, parallel, band =>
        {
            foreach (var (key, bucket) in Buckets(_bands[band])) paired.Remember(band, key, CollectionsMarshal.AsSpan(bucket));
        });
        Parallel.For(0, _bands.Length, parallel, band =>
        {
            // Kept a block at a time (pairs are sorted below): a band's pairs grown in one list were large arrays, one after
            // another. The block is pooled: a fresh one per band (a hundred bands in a run) was cleared for nothing.
            using var found = new BandPairs(pairs, keeping, paired, band);
            foreach (var (_, bucket) in Buckets(_bands[band])) found.PairUp(bucket);
            found.Keep();
        });
        // A pair sharing several bands not remembered was found once per band: sorted, its copies are adjacent.
        var previous = ulong.MaxValue;
        foreach (var block in ExternalSort.SortedBlocks(pairs))
            for (var i = 0; i < block.Count; i++)
            {
                var pair = block[i];
                if (pair == previous) continue;
                previous = pair;
                yield return (High(pair), Low(pair));
            }
    }

    /// <summary>
    /// A band's buckets in key order, each its key and its documents in document order (a band's entries sort by key, then
    /// document). The documents are valid until the next bucket is asked for.
    /// </summary>
    private static IEnumerable<(uint Key, List<int> Documents)> Buckets(DiskArray<ulong> band)
    {
        var bucket = new List<int>();
        var key = 0u;
        foreach (var block in ExternalSort.SortedBlocks(band))
            for (var i = 0; i < block.Count; i++)
            {
                var entry = block[i];
                if (bucket.Count > 0 && (uint)High(entry) != key)
                {
                    yield return (key, bucket);
                    bucket.Clear();
                }
                key = (uint)High(entry);
                bucket.Add(Low(entry));
            }
        if (bucket.Count > 0) yield return (key, bucket);
    }

    /// <summary>Pairs a band's worker gathers before adding them to the shared list: a few thousand, so the buffer stays off the large-object heap.</summary>
    private const int PairsKeptAtOnce = 8192;

    /// <summary>
    /// The pairs of one band's buckets, each bucket's documents each paired with the next <see cref="MaxBucketPairs"/>, less
    /// those an earlier remembered band paired. Pairs are gathered in a pooled block and added to the shared list whenever
    /// <see cref="PairsKeptAtOnce"/> are found.
    /// </summary>
    private sealed class BandPairs(DiskArray<ulong> into, Lock keeping, PairedBuckets paired, int band) : IDisposable
    {
        private readonly ulong[] _pairs = ArrayPool<ulong>.Shared.Rent(PairsKeptAtOnce + MaxBucketPairs);
        private int _count;

        /// <summary>The bucket's documents, in document order, each paired with the next <see cref="MaxBucketPairs"/>.</summary>
        public void PairUp(List<int> documents)
        {
            var bucket = CollectionsMarshal.AsSpan(documents);
            for (var i = 0; i < bucket.Length; i++)
            {
                for (var j = i + 1; j < bucket.Length && j <= i + MaxBucketPairs; j++)
                    if (bucket[i] != bucket[j] && !paired.PairedBefore(band, bucket[i], bucket[j])) _pairs[_count++] = Pack((uint)bucket[i], bucket[j]);
                // At most MaxBucketPairs were added since the last test, so the block never overflows.
                if (_count >= PairsKeptAtOnce) Keep();
            }
        }

        /// <summary>Adds the pairs gathered so far to the shared list.</summary>
        public void Keep()
        {
            lock (keeping) into.AddRange(_pairs.AsSpan(0, _count));
            _count = 0;
        }

        public void Dispose() => ArrayPool<ulong>.Shared.Return(_pairs);
    }

    private static ulong Pack(uint high, int low) => (ulong)high << 32 | (uint)low;

    private static int High(ulong packed) => (int)(uint)(packed >> 32);

    private static int Low(ulong packed) => (int)(uint)packed;

    public void Dispose()
    {
        foreach (var band in _bands) band.Dispose();
    }
}
