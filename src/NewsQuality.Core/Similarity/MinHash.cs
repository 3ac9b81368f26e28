using System.Numerics;

namespace NewsQuality.Similarity;

/// <summary>
/// MinHash signatures (Broder): for each of <see cref="Permutations"/> seeded hash functions, the minimum over a
/// document's shingle hashes. The share of equal positions in two signatures estimates their Jaccard similarity.
/// Signatures only compare when made with the same seed and size.
/// </summary>
public sealed class MinHash
{
    private readonly ulong[] _seeds;

    public MinHash(int permutations, ulong seed = 1)
    {
        if (permutations < 1) throw new ArgumentOutOfRangeException(nameof(permutations), "Use at least one permutation (128 is typical).");
        Permutations = permutations;
        Seed = seed;
        _seeds = new ulong[permutations];
        var state = seed;
        for (var i = 0; i < permutations; i++) _seeds[i] = SplitMix(ref state);
    }

    public int Permutations { get; }
    public ulong Seed { get; }

    /// <summary>The signature of a set of shingle hashes; an empty set gives all-max values (similar to nothing).</summary>
    /// <remarks>
    /// Permutations are computed a SIMD vector at a time (several 64-bit lanes), each block's minimums kept in a
    /// register across all shingles; the values are exactly those of the scalar loop that finishes the tail.
    /// </remarks>
    public uint[] Signature(ReadOnlySpan<ulong> shingles)
    {
        var signature = new uint[Permutations];
        var lanes = Vector<ulong>.Count;
        var p = 0;
        for (; p + lanes <= Permutations; p += lanes)
        {
            var seeds = new Vector<ulong>(_seeds, p);
            var minimums = new Vector<ulong>(uint.MaxValue);
            foreach (var shingle in shingles)
                minimums = Vector.Min(minimums, Mix(new Vector<ulong>(shingle) ^ seeds) >> 32);
            for (var lane = 0; lane < lanes; lane++) signature[p + lane] = (uint)minimums[lane];
        }
        for (; p < Permutations; p++)
        {
            var minimum = uint.MaxValue;
            foreach (var shingle in shingles) minimum = Math.Min(minimum, (uint)(Mix(shingle ^ _seeds[p]) >> 32));
            signature[p] = minimum;
        }
        return signature;
    }

    /// <summary>Estimated Jaccard similarity of two signatures made by this instance.</summary>
    public double Estimate(uint[] a, uint[] b)
    {
        if (a.Length != Permutations || b.Length != Permutations)
            throw new ArgumentException($"Signatures have {a.Length} and {b.Length} values but this MinHash makes {Permutations}: compare signatures built with the same seed and number of permutations.");
        var equal = 0;
        for (var i = 0; i < a.Length; i++) if (a[i] == b[i]) equal++;
        return (double)equal / a.Length;
    }

    /// <summary>The finaliser of SplitMix64: a fast, well-mixed 64-bit hash.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static Vector<ulong> Mix(Vector<ulong> z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong SplitMix(ref ulong state) => Mix(state += 0x9E3779B97F4A7C15UL);
}
