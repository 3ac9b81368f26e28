using NewsQuality.Storage;

namespace NewsQuality.Similarity;

/// <summary>
/// Locality-sensitive hashing of MinHash signatures: each band of rows is hashed to a bucket key, and documents
/// sharing any bucket become candidate pairs. No all-pairs comparison is made. Keys (32-bit, see
/// <see cref="LshParameters.CompactBandKeys"/>) are written to one file per band and buckets are found by sorting
/// each band's file in bounded memory (<see cref="ExternalSort"/>), so the index costs no memory per document.
/// </summary>
public sealed class LshIndex(LshParameters parameters) : IDisposable
{
    /// <summary>Buckets bigger than this (template text shared by thousands) are paired along a chain, not all with all.</summary>
    private const int MaxBucketPairs = 64;

    /// <summary>Sorted by key, then by document, so a capped bucket yields the same pairs whatever order documents came in.</summary>
    private readonly record struct Entry(uint Key, int Document) : IComparable<Entry>
    {
        public int CompareTo(Entry other) => Key != other.Key ? Key.CompareTo(other.Key) : Document.CompareTo(other.Document);
    }

    private readonly DiskArray<Entry>[] _bands = Enumerable.Range(0, parameters.Bands).Select(_ => new DiskArray<Entry>()).ToArray();

    public LshParameters Parameters { get; } = parameters;

    public void AddSignature(int document, uint[] signature) => Add(document, Parameters.CompactBandKeys(signature));

    /// <param name="bandKeys">The document's keys from <see cref="LshParameters.CompactBandKeys"/> of these parameters.</param>
    public void Add(int document, ReadOnlySpan<uint> bandKeys)
    {
        if (bandKeys.Length != Parameters.Bands)
            throw new ArgumentException($"{bandKeys.Length} band keys given; these LSH parameters have {Parameters.Bands} bands.", nameof(bandKeys));
        for (var band = 0; band < bandKeys.Length; band++) _bands[band].Add(new Entry(bandKeys[band], document));
    }

    /// <summary>Every pair of documents sharing a bucket, each pair once, lower document first, in ascending order; streamed from disk.</summary>
    public IEnumerable<(int A, int B)> CandidatePairs()
    {
        using var pairs = new DiskArray<(int A, int B)>();
        foreach (var band in _bands)
            foreach (var bucket in ExternalSort.Sorted(band).RunsBy(entry => entry.Key))
                PairUp(bucket, pairs);
        foreach (var samePair in ExternalSort.Sorted(pairs).RunsBy(pair => pair))
            yield return samePair[0];
    }

    /// <summary>A bucket's documents, in document order, each paired with the next <see cref="MaxBucketPairs"/>.</summary>
    private static void PairUp(List<Entry> bucket, DiskArray<(int A, int B)> pairs)
    {
        for (var i = 0; i < bucket.Count; i++)
            for (var j = i + 1; j < bucket.Count && j <= i + MaxBucketPairs; j++)
                if (bucket[i].Document != bucket[j].Document) pairs.Add((bucket[i].Document, bucket[j].Document));
    }

    public void Dispose()
    {
        foreach (var band in _bands) band.Dispose();
    }
}
