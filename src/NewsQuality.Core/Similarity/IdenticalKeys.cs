using System.IO.Hashing;
using System.Numerics;
using System.Runtime.InteropServices;

namespace NewsQuality.Similarity;

/// <summary>
/// The documents an <see cref="LshIndex"/> has entered, by their band keys, to find a later document whose keys are the same in
/// every band (a paragraph copied word for word, as each version of a story repeats most of its paragraphs): the index cannot
/// tell such documents apart, so it enters the first once for all of them.
/// </summary>
/// <remarks>
/// A fixed table (open addressing, first come first kept, keys held in it so that a match is exact, not a hash's): bounded
/// memory whatever the corpus. A document the table has no room for is entered as it is, which only costs its pairs.
/// </remarks>
internal sealed class IdenticalKeys(int bands, int slots)
{
    /// <summary>Slots looked at for one document before it is entered as it is.</summary>
    private const int Probes = 8;

    private readonly uint[] _keys = new uint[slots * bands];

    /// <summary>Each slot's document, plus one (0: empty).</summary>
    private readonly int[] _documents = new int[slots];

    /// <summary>Slots for about <paramref name="documents"/> documents: a power of two, at most 65,536 (10 MB for NQ1002's 38 bands).</summary>
    public static int SlotsFor(int documents) => (int)Math.Min(BitOperations.RoundUpToPowerOf2((uint)Math.Max(documents, Probes)), 1u << 16);

    /// <summary>An earlier document with the same keys in every band, or -1 (after keeping this one's, when there is room).</summary>
    public int OriginalOf(int document, ReadOnlySpan<uint> keys)
    {
        var hash = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(keys));
        for (var probe = 0; probe < Probes; probe++)
        {
            var slot = (int)((hash + (ulong)probe) & (ulong)(slots - 1));
            var kept = _keys.AsSpan(slot * bands, bands);
            if (_documents[slot] == 0)
            {
                keys.CopyTo(kept);
                _documents[slot] = document + 1;
                return -1;
            }
            if (keys.SequenceEqual(kept)) return _documents[slot] - 1;
        }
        return -1;
    }
}
