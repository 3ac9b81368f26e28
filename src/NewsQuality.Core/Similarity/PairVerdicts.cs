using System.Numerics;

namespace NewsQuality.Similarity;

/// <summary>
/// A yes-or-no verdict remembered per pair of numbers (lower first), shared by threads without locks. A fixed table of
/// packed entries (pair and verdict in one 64-bit value, open addressing): its memory is bounded whatever the number of
/// pairs, and a pair it has no room for is only judged again when it is asked again.
/// </summary>
internal sealed class PairVerdicts(int slots)
{
    /// <summary>Slots looked at for one pair.</summary>
    private const int Probes = 16;

    /// <summary>The verdict's bit: above the higher number, which is not negative.</summary>
    private const long Yes = 1L << 31;

    private readonly long[] _entries = new long[slots];
    private readonly int _shift = 64 - BitOperations.Log2((uint)slots);

    /// <summary>Slots for about <paramref name="pairs"/> pairs: a power of two, at most 4,194,304 (32 MB).</summary>
    public static int SlotsFor(long pairs) => (int)Math.Clamp(BitOperations.RoundUpToPowerOf2((ulong)Math.Max(pairs, 1)), 1 << 10, 1 << 22);

    public bool TryGet(int low, int high, out bool verdict)
    {
        var key = Key(low, high);
        for (var probe = 0; probe < Probes; probe++)
        {
            var entry = Volatile.Read(ref _entries[Slot(key, probe)]);
            // An empty slot ends the search: entries are never removed.
            if (entry == 0) break;
            if ((entry & ~Yes) != key) continue;
            verdict = (entry & Yes) != 0;
            return true;
        }
        verdict = false;
        return false;
    }

    public void Set(int low, int high, bool verdict)
    {
        var key = Key(low, high);
        for (var probe = 0; probe < Probes; probe++)
        {
            ref var slot = ref _entries[Slot(key, probe)];
            var entry = Interlocked.CompareExchange(ref slot, key | (verdict ? Yes : 0), 0);
            // Taken by this pair (another thread judged it too) or now by this call: done; taken by another pair: the next slot.
            if (entry == 0 || (entry & ~Yes) == key) return;
        }
    }

    /// <summary>The pair packed (never 0: the higher number is above the lower, so above 0).</summary>
    private static long Key(int low, int high)
    {
        if (low < 0 || high <= low) throw new ArgumentOutOfRangeException(nameof(high), $"The pair ({low}, {high}) is not two numbers, lower first.");
        return (long)low << 32 | (uint)high;
    }

    private int Slot(long key, int probe) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL >> _shift) + (uint)probe & (uint)(_entries.Length - 1));
}
