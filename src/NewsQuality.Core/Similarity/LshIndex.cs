namespace NewsQuality.Similarity;

/// <summary>
/// Locality-sensitive hashing of MinHash signatures: each band of rows is hashed to a bucket key, and documents
/// sharing any bucket become candidate pairs. No all-pairs comparison is made. Keys (32-bit, see
/// <see cref="LshParameters.CompactBandKeys"/>) are stored column by column, 4 bytes per document and band, and
/// buckets are found by sorting one band at a time, so a million documents need no million-entry dictionaries.
/// </summary>
public sealed class LshIndex(LshParameters parameters)
{
    /// <summary>Buckets bigger than this (template text shared by thousands) are paired along a chain, not all with all.</summary>
    private const int MaxBucketPairs = 64;

    private readonly List<int> _documents = [];
    private readonly List<uint>[] _keys = Enumerable.Range(0, parameters.Bands).Select(_ => new List<uint>()).ToArray();

    public LshParameters Parameters { get; } = parameters;

    public void AddSignature(int document, uint[] signature) => Add(document, Parameters.CompactBandKeys(signature));

    /// <param name="bandKeys">The document's keys from <see cref="LshParameters.CompactBandKeys"/> of these parameters.</param>
    public void Add(int document, IReadOnlyList<uint> bandKeys)
    {
        if (bandKeys.Count != Parameters.Bands)
            throw new ArgumentException($"{bandKeys.Count} band keys given; these LSH parameters have {Parameters.Bands} bands.", nameof(bandKeys));
        _documents.Add(document);
        for (var band = 0; band < Parameters.Bands; band++) _keys[band].Add(bandKeys[band]);
    }

    /// <summary>Every pair of documents sharing a bucket, each pair once, lower document first, in ascending order.</summary>
    public IReadOnlyList<(int A, int B)> CandidatePairs()
    {
        var pairs = new HashSet<(int, int)>();
        var sortedKeys = new uint[_documents.Count];
        var order = new int[_documents.Count];
        foreach (var keys in _keys)
        {
            keys.CopyTo(sortedKeys);
            for (var i = 0; i < order.Length; i++) order[i] = i;
            Array.Sort(sortedKeys, order);
            for (var start = 0; start < order.Length;)
            {
                var end = start + 1;
                while (end < order.Length && sortedKeys[end] == sortedKeys[start]) end++;
                // Members in insertion order, so which pairs a capped bucket yields does not depend on the sort.
                Array.Sort(order, start, end - start);
                for (var i = start; i < end; i++)
                    for (var j = i + 1; j < end && j <= i + MaxBucketPairs; j++)
                    {
                        var (a, b) = (_documents[order[i]], _documents[order[j]]);
                        pairs.Add(a < b ? (a, b) : (b, a));
                    }
                start = end;
            }
        }
        var sorted = pairs.ToArray();
        Array.Sort(sorted);
        return sorted;
    }
}
