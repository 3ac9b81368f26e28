namespace NewsQuality.Text;

/// <summary>
/// A table from strings to values, looked up by a span of characters (ordinal), that any number of threads read without a lock
/// while one thread at a time adds (under a lock the caller holds): what the checking threads learn once between them instead
/// of each on its own (NQ3003's terms). A slot's key is written after its hash and value and read before them, so a reader that
/// sees the key sees the rest; a table that grows is copied whole and then put in place, so a reader still on the old one reads
/// a complete table (without the newest keys: it asks again under the lock).
/// </summary>
internal sealed class SharedSpanTable<T>
{
    private struct Slot
    {
        public string? Key;
        public uint Hash;
        public T Value;
    }

    private Slot[] _slots;

    public SharedSpanTable(int capacity = 16)
    {
        _slots = new Slot[System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, 2 * capacity))];
    }

    /// <summary>How many keys the table holds.</summary>
    public int Count { get; private set; }

    /// <summary>The value of <paramref name="key"/> (whose hash is <paramref name="hash"/>, any hash the caller gives every key), when the table holds it.</summary>
    public bool TryGet(ReadOnlySpan<char> key, uint hash, out T value)
    {
        var slots = Volatile.Read(ref _slots);
        var mask = slots.Length - 1;
        for (var at = First(hash, mask); ; at = (at + 1) & mask)
        {
            ref var slot = ref slots[at];
            var stored = Volatile.Read(ref slot.Key);
            if (stored is null) break;
            if (slot.Hash == hash && key.SequenceEqual(stored))
            {
                value = slot.Value;
                return true;
            }
        }
        value = default!;
        return false;
    }

    /// <summary>Adds <paramref name="key"/>, which the table does not hold; the caller holds the lock that makes it the only one adding.</summary>
    public void Add(string key, uint hash, T value)
    {
        // At most three quarters full: the probes stay short, and a slot is larger than a key alone.
        if (4 * (Count + 1) > 3 * _slots.Length)
        {
            var grown = new Slot[2 * _slots.Length];
            foreach (ref readonly var slot in _slots.AsSpan())
                if (slot.Key is not null) Put(grown, slot.Key, slot.Hash, slot.Value);
            Volatile.Write(ref _slots, grown);
        }
        Put(_slots, key, hash, value);
        Count++;
    }

    private static void Put(Slot[] slots, string key, uint hash, T value)
    {
        var mask = slots.Length - 1;
        var at = First(hash, mask);
        while (slots[at].Key is not null) at = (at + 1) & mask;
        ref var slot = ref slots[at];
        (slot.Hash, slot.Value) = (hash, value);
        Volatile.Write(ref slot.Key, key);
    }

    /// <summary>The first slot a key of <paramref name="hash"/> is looked for in: the top bits of a Fibonacci multiple, which mixes FNV-1a's low bits in.</summary>
    private static int First(uint hash, int mask) => (int)(hash * 0x9E3779B1u >> 8) & mask;
}
