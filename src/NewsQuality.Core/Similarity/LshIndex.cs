using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace NewsQuality.Similarity;

/// <summary>
/// Locality-sensitive hashing of MinHash signatures: each band of rows is hashed to a bucket, and documents sharing
/// any bucket become candidate pairs. No all-pairs comparison is made.
/// </summary>
public sealed class LshIndex(LshParameters parameters)
{
    /// <summary>Buckets bigger than this (template text shared by thousands) are paired along a chain, not all with all.</summary>
    private const int MaxBucketPairs = 64;

    private readonly Dictionary<ulong, List<int>>[] _buckets = Enumerable.Range(0, parameters.Bands).Select(_ => new Dictionary<ulong, List<int>>()).ToArray();

    public LshParameters Parameters { get; } = parameters;

    public void Add(int document, uint[] signature)
    {
        if (signature.Length < Parameters.Bands * Parameters.Rows)
            throw new ArgumentException($"The signature has {signature.Length} values; these LSH parameters need {Parameters.Bands * Parameters.Rows}.");
        for (var band = 0; band < Parameters.Bands; band++)
        {
            var key = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(signature.AsSpan(band * Parameters.Rows, Parameters.Rows)));
            ref var members = ref CollectionsMarshal.GetValueRefOrAddDefault(_buckets[band], key, out _);
            (members ??= []).Add(document);
        }
    }

    /// <summary>Every pair of documents sharing a bucket, each pair once, lower index first.</summary>
    public IReadOnlyCollection<(int A, int B)> CandidatePairs()
    {
        var pairs = new HashSet<(int, int)>();
        foreach (var band in _buckets)
            foreach (var members in band.Values)
            {
                if (members.Count < 2) continue;
                for (var i = 0; i < members.Count; i++)
                    for (var j = i + 1; j < members.Count && j <= i + MaxBucketPairs; j++)
                        pairs.Add(members[i] < members[j] ? (members[i], members[j]) : (members[j], members[i]));
            }
        return pairs;
    }
}
