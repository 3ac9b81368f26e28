namespace NewsQuality.Similarity;

/// <summary>
/// Locality-sensitive hashing of MinHash signatures: each band of rows is hashed to a bucket key, and documents
/// sharing any bucket become candidate pairs. No all-pairs comparison is made. The index refers to the keys its
/// callers already hold (32-bit, see <see cref="LshParameters.CompactBandKeys"/>) rather than copying them, and finds
/// buckets by sorting one band's keys at a time: a million documents need no million-entry dictionaries, and the
/// index itself costs a few bytes per document.
/// </summary>
/// <param name="expectedDocuments">How many documents will be added, when known: the entries are then allocated once.</param>
public sealed class LshIndex(LshParameters parameters, int expectedDocuments = 0)
{
    /// <summary>Buckets bigger than this (template text shared by thousands) are paired along a chain, not all with all.</summary>
    private const int MaxBucketPairs = 64;

    private readonly List<(int Document, ArraySegment<uint> Keys)> _entries = new(expectedDocuments);

    public LshParameters Parameters { get; } = parameters;

    public void AddSignature(int document, uint[] signature) => Add(document, Parameters.CompactBandKeys(signature));

    /// <param name="bandKeys">The document's keys from <see cref="LshParameters.CompactBandKeys"/> of these parameters; kept by reference, so not to be changed.</param>
    public void Add(int document, ArraySegment<uint> bandKeys)
    {
        if (bandKeys.Count != Parameters.Bands)
            throw new ArgumentException($"{bandKeys.Count} band keys given; these LSH parameters have {Parameters.Bands} bands.", nameof(bandKeys));
        _entries.Add((document, bandKeys));
    }

    /// <summary>Every pair of documents sharing a bucket, each pair once, lower document first, in ascending order.</summary>
    public IReadOnlyList<(int A, int B)> CandidatePairs()
    {
        var pairs = new HashSet<(int, int)>();
        var sortedKeys = new uint[_entries.Count];
        var order = new int[_entries.Count];
        for (var band = 0; band < Parameters.Bands; band++)
        {
            for (var i = 0; i < order.Length; i++) (sortedKeys[i], order[i]) = (_entries[i].Keys[band], i);
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
                        var (a, b) = (_entries[order[i]].Document, _entries[order[j]].Document);
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
