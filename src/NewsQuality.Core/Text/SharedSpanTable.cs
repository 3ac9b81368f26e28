namespace NewsQuality.Text;

/// <summary>
/// A table from strings to values, looked up by a span of characters (ordinal), that any number of threads read without a lock
/// while one thread at a time adds (under a lock the caller holds): what the checking threads learn once between them instead
/// of each on its own (NQ3003's terms). The keys and values are kept in the order added; an index of 64-bit slots (the key's
/// hash and its entry's number, at most half full) finds them, so a probe reads eight bytes and a hit one entry. An entry is
/// written before the slot that names it, and a slot is written whole, so a reader that sees the slot sees the entry; a table
/// that grows is copied whole and then put in place, so a reader still on the old one reads a complete table (without the
/// newest keys: the caller asks again under the lock).
/// </summary>
internal sealed class SharedSpanTable<T>
{
    private readonly record struct Entry(string Key, T Value);

    /// <summary>The index and the entries, replaced together when they grow.</summary>
    /// <param name="Index">Empty (0) or the key's hash in the low half and its entry's number + 1 in the high half.</param>
    /// <param name="Entries">Room for as many entries as the index may hold (half its slots).</param>
    /// <param name="Shift">How far a Fibonacci multiple of a hash is shifted to give its first slot (32 less the index's bits).</param>
    private sealed record Tables(ulong[] Index, Entry[] Entries, int Shift);

    private Tables _tables;

    public SharedSpanTable(int capacity = 8)
    {
        _tables = Allocate(Math.Max(8, capacity));
    }

    /// <summary>How many keys the table holds.</summary>
    public int Count { get; private set; }

    /// <summary>The value of <paramref name="key"/> (whose hash is <paramref name="hash"/>, any hash the caller gives every key), when the table holds it.</summary>
    public bool TryGet(ReadOnlySpan<char> key, uint hash, out T value)
    {
        var tables = Volatile.Read(ref _tables);
        var index = tables.Index;
        for (var at = First(hash, tables.Shift); ; at = (at + 1) & (index.Length - 1))
        {
            var slot = Volatile.Read(ref index[at]);
            if (slot == 0) break;
            if ((uint)slot != hash) continue;
            ref readonly var entry = ref tables.Entries[(int)(slot >> 32) - 1];
            if (key.SequenceEqual(entry.Key))
            {
                value = entry.Value;
                return true;
            }
        }
        value = default!;
        return false;
    }

    /// <summary>Adds <paramref name="key"/>, which the table does not hold; the caller holds the lock that makes it the only one adding.</summary>
    public void Add(string key, uint hash, T value)
    {
        var tables = _tables;
        if (Count == tables.Entries.Length)
        {
            // The entries keep their numbers; the index is made again from the old one's slots (each holds its key's hash).
            var grown = Allocate(2 * tables.Entries.Length);
            tables.Entries.AsSpan(0, Count).CopyTo(grown.Entries);
            foreach (var slot in tables.Index)
                if (slot != 0) Place(grown, slot);
            Volatile.Write(ref _tables, tables = grown);
        }
        tables.Entries[Count] = new Entry(key, value);
        Place(tables, (ulong)(uint)(Count + 1) << 32 | hash);
        Count++;
    }

    /// <summary>Empty tables with room for <paramref name="entries"/> keys.</summary>
    private static Tables Allocate(int entries)
    {
        var slots = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(2 * entries));
        return new Tables(new ulong[slots], new Entry[slots / 2], 32 - System.Numerics.BitOperations.Log2((uint)slots));
    }

    /// <summary>Puts <paramref name="slot"/> in the first free slot of its hash's probe sequence, written whole, after its entry.</summary>
    private static void Place(Tables tables, ulong slot)
    {
        var index = tables.Index;
        var at = First((uint)slot, tables.Shift);
        while (index[at] != 0) at = (at + 1) & (index.Length - 1);
        Volatile.Write(ref index[at], slot);
    }

    /// <summary>The first slot a key of <paramref name="hash"/> is looked for in: the top bits of its Fibonacci multiple.</summary>
    private static int First(uint hash, int shift) => (int)(hash * 0x9E3779B1u >> shift);
}
