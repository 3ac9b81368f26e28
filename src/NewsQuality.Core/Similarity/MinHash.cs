using System.Numerics;
using System.Runtime.Intrinsics;

namespace NewsQuality.Similarity;

/// <summary>
/// MinHash signatures (Broder): for each of <see cref="Permutations"/> seeded hash functions, the minimum over a
/// document's shingle hashes. The share of equal positions in two signatures estimates their Jaccard similarity.
/// Signatures only compare when made with the same seed and size.
/// </summary>
/// <remarks>
/// Each permutation is MurmurHash3's 32-bit finaliser of the shingle hash (folded to 32 bits) xor-ed with the
/// permutation's seed: a bijection of 32-bit values with full avalanche, so each permutation orders the shingles
/// independently of the others. 32-bit lanes matter for speed: a SIMD register holds twice as many as 64-bit ones, and
/// 32-bit multiplication is one instruction where 64-bit lanes need several (no AVX-512 here), which made signing with
/// the 320 permutations LSH needs the largest cost of near-duplicate search.
/// </remarks>
public sealed class MinHash
{
    private readonly uint[] _seeds;

    /// <summary>Each seed xor-ed with itself shifted right by 16: the seed's share of the finaliser's first step (<see cref="Lower"/>).</summary>
    private readonly uint[] _shiftedSeeds;

    public MinHash(int permutations, ulong seed = 1)
    {
        if (permutations < 1) throw new ArgumentOutOfRangeException(nameof(permutations), "Use at least one permutation (128 is typical).");
        Permutations = permutations;
        Seed = seed;
        _seeds = new uint[permutations];
        var state = seed;
        for (var i = 0; i < permutations; i++) _seeds[i] = (uint)SplitMix(ref state);
        _shiftedSeeds = Array.ConvertAll(_seeds, seed => seed ^ (seed >> 16));
    }

    public int Permutations { get; }
    public ulong Seed { get; }

    /// <summary>The signature of a set of shingle hashes; an empty set gives all-max values (similar to nothing).</summary>
    /// <remarks>
    /// Permutations are computed a SIMD vector at a time (several 32-bit lanes), each block's minimums kept in a
    /// register across all shingles; the values are exactly those of the scalar loop that finishes the tail.
    /// </remarks>
    public uint[] Signature(ReadOnlySpan<ulong> shingles)
    {
        var signature = new uint[Permutations];
        Signature(shingles, signature);
        return signature;
    }

    /// <summary><see cref="Signature(ReadOnlySpan{ulong})"/> into <paramref name="signature"/> (<see cref="Permutations"/> values), for callers that sign many small sets.</summary>
    public void Signature(ReadOnlySpan<ulong> shingles, Span<uint> signature)
    {
        if (signature.Length != Permutations) throw new ArgumentException($"The signature needs {Permutations} values.", nameof(signature));
        signature.Fill(uint.MaxValue);
        Lower(shingles, signature);
    }

    /// <summary>
    /// Lowers each value of <paramref name="signature"/> (a signature of some set made by this instance) to its minimum with
    /// <paramref name="shingles"/>' values: the signature of the union of that set and <paramref name="shingles"/>, since a
    /// signature holds minimums. From all-max values (the empty set's signature) it is <see cref="Signature(ReadOnlySpan{ulong}, Span{uint})"/>.
    /// </summary>
    public void Lower(ReadOnlySpan<ulong> shingles, Span<uint> signature)
    {
        if (signature.Length != Permutations) throw new ArgumentException($"The signature needs {Permutations} values.", nameof(signature));
        if (shingles.IsEmpty) return;
        // Mix(x ^ seed) begins with y = x' ^ (x' >> 16) for x' = x ^ seed; a logical shift distributes over xor, so
        // y = (x ^ (x >> 16)) ^ (seed ^ (seed >> 16)): that first step is taken once per shingle here and once per seed in
        // _shiftedSeeds, and each permutation's vector step starts from the xor of the two (MixRest: the same bits as Mix).
        var folded = shingles.Length <= 1024 ? stackalloc uint[shingles.Length] : new uint[shingles.Length];
        for (var i = 0; i < shingles.Length; i++)
        {
            var value = Fold(shingles[i]);
            folded[i] = value ^ (value >> 16);
        }
        // Where the processor has 512-bit vectors (AVX-512, taken by the JIT build; the native tool is compiled for 128-bit
        // ones), sixteen permutations a vector: half the vector steps of Vector<T>, which the runtime keeps at 256 bits.
        var p = Vector512.IsHardwareAccelerated ? LowerBlocks<Lanes512, Vector512<uint>>(_shiftedSeeds, folded, signature, 0) : 0;
        p = LowerBlocks<Lanes, Vector<uint>>(_shiftedSeeds, folded, signature, p);
        for (; p < Permutations; p++)
        {
            var minimum = signature[p];
            foreach (var shingle in folded) minimum = Math.Min(minimum, MixRest(shingle ^ _shiftedSeeds[p]));
            signature[p] = minimum;
        }
    }

    /// <summary>
    /// <see cref="Lower"/>'s vector loops from permutation <paramref name="p"/> on, a vector of <typeparamref name="TLanes"/>'
    /// width at a time, while a whole vector fits; returns where they stopped. <paramref name="folded"/> holds each shingle's
    /// folded half and <paramref name="shiftedSeeds"/> each seed's (see <see cref="Lower"/>).
    /// </summary>
    private static int LowerBlocks<TLanes, TVector>(uint[] shiftedSeeds, ReadOnlySpan<uint> folded, Span<uint> signature, int p)
        where TLanes : ILanes<TVector> where TVector : struct
    {
        var lanes = TLanes.Count;
        // Four blocks per pass over the shingles: each shingle is loaded and broadcast once for four blocks, and the four
        // independent mixes keep the multipliers busy (without AVX2 a vector holds only four 32-bit lanes: 80 passes otherwise).
        for (; p + 4 * lanes <= signature.Length; p += 4 * lanes)
        {
            var (seeds0, seeds1, seeds2, seeds3) = (TLanes.Load(shiftedSeeds.AsSpan(p)), TLanes.Load(shiftedSeeds.AsSpan(p + lanes)),
                TLanes.Load(shiftedSeeds.AsSpan(p + 2 * lanes)), TLanes.Load(shiftedSeeds.AsSpan(p + 3 * lanes)));
            var (minimums0, minimums1, minimums2, minimums3) = (TLanes.Load(signature[p..]), TLanes.Load(signature[(p + lanes)..]),
                TLanes.Load(signature[(p + 2 * lanes)..]), TLanes.Load(signature[(p + 3 * lanes)..]));
            foreach (var shingle in folded)
            {
                var value = TLanes.Broadcast(shingle);
                minimums0 = TLanes.Lower(minimums0, value, seeds0);
                minimums1 = TLanes.Lower(minimums1, value, seeds1);
                minimums2 = TLanes.Lower(minimums2, value, seeds2);
                minimums3 = TLanes.Lower(minimums3, value, seeds3);
            }
            TLanes.Store(minimums0, signature[p..]);
            TLanes.Store(minimums1, signature[(p + lanes)..]);
            TLanes.Store(minimums2, signature[(p + 2 * lanes)..]);
            TLanes.Store(minimums3, signature[(p + 3 * lanes)..]);
        }
        for (; p + lanes <= signature.Length; p += lanes)
        {
            var seeds = TLanes.Load(shiftedSeeds.AsSpan(p));
            var minimums = TLanes.Load(signature[p..]);
            foreach (var shingle in folded) minimums = TLanes.Lower(minimums, TLanes.Broadcast(shingle), seeds);
            TLanes.Store(minimums, signature[p..]);
        }
        return p;
    }

    /// <summary>One width of SIMD vector for <see cref="LowerBlocks"/> (its loops written once for every width).</summary>
    private interface ILanes<TVector> where TVector : struct
    {
        static abstract int Count { get; }
        static abstract TVector Load(ReadOnlySpan<uint> values);
        static abstract TVector Broadcast(uint value);

        /// <summary>Each lane's minimum of <paramref name="minimums"/> and the permutation of <paramref name="value"/> by its seed's half (<see cref="MixRest(uint)"/>).</summary>
        static abstract TVector Lower(TVector minimums, TVector value, TVector seeds);

        static abstract void Store(TVector vector, Span<uint> values);
    }

    /// <summary><see cref="Vector{T}"/>: 128 or 256 bits, as the runtime chooses.</summary>
    private readonly struct Lanes : ILanes<Vector<uint>>
    {
        public static int Count => Vector<uint>.Count;
        public static Vector<uint> Load(ReadOnlySpan<uint> values) => new(values);
        public static Vector<uint> Broadcast(uint value) => new(value);

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static Vector<uint> Lower(Vector<uint> minimums, Vector<uint> value, Vector<uint> seeds) => Vector.Min(minimums, MixRest(value ^ seeds));

        public static void Store(Vector<uint> vector, Span<uint> values) => vector.CopyTo(values);
    }

    private readonly struct Lanes512 : ILanes<Vector512<uint>>
    {
        public static int Count => Vector512<uint>.Count;
        public static Vector512<uint> Load(ReadOnlySpan<uint> values) => Vector512.Create(values);
        public static Vector512<uint> Broadcast(uint value) => Vector512.Create(value);

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static Vector512<uint> Lower(Vector512<uint> minimums, Vector512<uint> value, Vector512<uint> seeds) => Vector512.Min(minimums, MixRest(value ^ seeds));

        public static void Store(Vector512<uint> vector, Span<uint> values) => vector.CopyTo(values);
    }

    /// <summary>Lowers each value of <paramref name="signature"/> to its minimum with <paramref name="other"/>'s: the signature of the union of their sets.</summary>
    public static void Union(Span<uint> signature, ReadOnlySpan<uint> other)
    {
        if (other.Length != signature.Length) throw new ArgumentException($"Signatures of {signature.Length} and {other.Length} values do not combine.", nameof(other));
        var lanes = Vector<uint>.Count;
        var p = 0;
        for (; p + lanes <= signature.Length; p += lanes)
            Vector.Min(new Vector<uint>(signature[p..]), new Vector<uint>(other[p..])).CopyTo(signature[p..]);
        for (; p < signature.Length; p++) signature[p] = Math.Min(signature[p], other[p]);
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

    private static uint Fold(ulong hash) => (uint)(hash ^ (hash >> 32));

    /// <summary>MurmurHash3's 32-bit finaliser.</summary>
    private static uint Mix(uint h)
    {
        h = (h ^ (h >> 16)) * 0x85EBCA6BU;
        h = (h ^ (h >> 13)) * 0xC2B2AE35U;
        return h ^ (h >> 16);
    }

    /// <summary><see cref="Mix(uint)"/> after its first step: Mix(h) = MixRest(h ^ (h >> 16)).</summary>
    private static uint MixRest(uint h)
    {
        h *= 0x85EBCA6BU;
        h = (h ^ (h >> 13)) * 0xC2B2AE35U;
        return h ^ (h >> 16);
    }

    private static Vector<uint> MixRest(Vector<uint> h)
    {
        h *= 0x85EBCA6BU;
        h = (h ^ (h >> 13)) * 0xC2B2AE35U;
        return h ^ (h >> 16);
    }

    private static Vector512<uint> MixRest(Vector512<uint> h)
    {
        h *= 0x85EBCA6BU;
        h = (h ^ Vector512.ShiftRightLogical(h, 13)) * 0xC2B2AE35U;
        return h ^ Vector512.ShiftRightLogical(h, 16);
    }

    /// <summary>SplitMix64, for the permutations' seeds.</summary>
    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
