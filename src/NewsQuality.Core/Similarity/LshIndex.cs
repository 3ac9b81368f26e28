using System.Buffers;
using System.Runtime.InteropServices;
using NewsQuality.Storage;

namespace NewsQuality.Similarity;

/// <summary>
/// Locality-sensitive hashing of MinHash signatures: each band of rows is hashed to a bucket key, and documents
/// sharing any bucket become candidate pairs. No all-pairs comparison is made. Keys (32-bit, see
/// <see cref="LshParameters.CompactBandKeys"/>) are written to one file per band and buckets are found by sorting
/// each band's file in bounded memory (<see cref="ExternalSort"/>), so the index costs no memory per document.
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
    }

    /// <summary>Every pair of documents sharing a bucket, each pair once, lower document first, in ascending order; streamed from disk.</summary>
    public IEnumerable<(int A, int B)> CandidatePairs()
    {
        using var pairs = new DiskArray<ulong>();
        var keeping = new Lock();
        Parallel.ForEach(_bands, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, band =>
        {
            // Kept a block at a time (pairs are sorted below): a band's pairs grown in one list were large arrays, one after
            // another. The block is pooled: a fresh one per band (a hundred bands in a run) was cleared for nothing.
            using var found = new BandPairs(pairs, keeping);
            foreach (var block in ExternalSort.SortedBlocks(band)) found.AddEntries(block);
            found.Finish();
        });
        // A pair sharing several bands was found once per band: sorted, its copies are adjacent.
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

    /// <summary>Pairs a band's worker gathers before adding them to the shared list: a few thousand, so the buffer stays off the large-object heap.</summary>
    private const int PairsKeptAtOnce = 8192;

    /// <summary>
    /// The pairs of one band's entries, sorted by key then document and given a block at a time: each bucket's documents,
    /// each paired with the next <see cref="MaxBucketPairs"/>. Pairs are gathered in a pooled block and added to the shared
    /// list whenever <see cref="PairsKeptAtOnce"/> are found; the last bucket of a block stays open for the next.
    /// </summary>
    private sealed class BandPairs(DiskArray<ulong> into, Lock keeping) : IDisposable
    {
        private readonly ulong[] _pairs = ArrayPool<ulong>.Shared.Rent(PairsKeptAtOnce + MaxBucketPairs);
        private int _count;
        private readonly List<int> _bucket = [];
        private int _key;

        public void AddEntries(ReadOnlySpan<ulong> sortedEntries)
        {
            foreach (var entry in sortedEntries)
            {
                if (_bucket.Count > 0 && High(entry) != _key)
                {
                    PairUp();
                    _bucket.Clear();
                }
                _key = High(entry);
                _bucket.Add(Low(entry));
            }
        }

        /// <summary>Pairs the last bucket and adds what is left to the shared list.</summary>
        public void Finish()
        {
            PairUp();
            _bucket.Clear();
            Keep();
        }

        /// <summary>The bucket's documents, in document order, each paired with the next <see cref="MaxBucketPairs"/>.</summary>
        private void PairUp()
        {
            var bucket = CollectionsMarshal.AsSpan(_bucket);
            for (var i = 0; i < bucket.Length; i++)
            {
                for (var j = i + 1; j < bucket.Length && j <= i + MaxBucketPairs; j++)
                    if (bucket[i] != bucket[j]) _pairs[_count++] = Pack((uint)bucket[i], bucket[j]);
                // At most MaxBucketPairs were added since the last test, so the block never overflows.
                if (_count >= PairsKeptAtOnce) Keep();
            }
        }

        private void Keep()
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
