using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsQuality.Text;

/// <summary>
/// A table from strings to values looked up by a span of characters (ordinal), with open addressing: the per-word look-ups
/// of the article's word numbering and NQ3003's term memo. A <see cref="Dictionary{TKey, TValue}"/>'s alternate look-up by span
/// calls its comparer through an interface for the hash and again for each comparison, and the words were lower-cased in
/// one pass and hashed in another; here <see cref="LowerAndHash"/> does both in one pass over an ASCII word and the table
/// compares the stored hash before the characters.
/// </summary>
internal sealed class SpanTable<T>
{
    private string?[] _keys;
    private uint[] _hashes;
    private T[] _values;
    private int _mask;

    public SpanTable(int capacity = 16)
    {
        var size = SizeFor(capacity);
        (_keys, _hashes, _values, _mask) = (new string?[size], new uint[size], new T[size], size - 1);
    }

    /// <summary>The slots for <paramref name="capacity"/> keys: at most half of them taken.</summary>
    private static int SizeFor(int capacity) => (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, 2 * capacity));

    /// <summary>Grows the table at once to hold <paramref name="capacity"/> keys (a table known to fill so far would otherwise double step by step, placing its keys again each time).</summary>
    public void Reserve(int capacity)
    {
        if (SizeFor(capacity) > _keys.Length) Resize(SizeFor(capacity));
    }

    /// <summary>How many keys the table holds.</summary>
    public int Count { get; private set; }

    private const uint Basis = 2166136261, Prime = 16777619;

    /// <summary>The hash <see cref="Find"/> and <see cref="Add"/> take: FNV-1a over the characters.</summary>
    public static uint Hash(ReadOnlySpan<char> key)
    {
        var hash = Basis;
        foreach (var c in key) hash = (hash ^ c) * Prime;
        return hash;
    }

    /// <summary>
    /// Writes the invariant lower case of <paramref name="source"/> into <paramref name="destination"/> (what
    /// <see cref="InvariantCase.ToLower"/> writes) and gives its length (−1 when it does not fit), its <see cref="Hash"/>, and
    /// whether it differs from <paramref name="source"/>. An ASCII word is lowered and hashed in one pass; a word with any other
    /// character is lowered by <see cref="InvariantCase.ToLower"/> and hashed after.
    /// </summary>
    public static int LowerAndHash(ReadOnlySpan<char> source, Span<char> destination, out uint hash, out bool changed)
    {
        if (source.Length <= destination.Length)
        {
            var h = Basis;
            var lowered = false;
            var i = 0;
            // Written through a reference: i stays below source's length, which destination's is not less than.
            ref var target = ref MemoryMarshal.GetReference(destination);
            for (; i < source.Length; i++)
            {
                uint c = source[i];
                if (c >= 0x80) break;
                if (c - 'A' <= 'Z' - 'A')
                {
                    c |= 0x20;
                    lowered = true;
                }
                Unsafe.Add(ref target, i) = (char)c;
                h = (h ^ c) * Prime;
            }
            if (i == source.Length)
            {
                (hash, changed) = (h, lowered);
                return source.Length;
            }
        }
        var length = InvariantCase.ToLower(source, destination);
        if (length < 0)
        {
            (hash, changed) = (0, false);
            return length;
        }
        var lower = destination[..length];
        (hash, changed) = (Hash(lower), !lower.SequenceEqual(source));
        return length;
    }

    /// <summary>The value of <paramref name="key"/> (whose <see cref="Hash"/> is <paramref name="hash"/>), or a null reference when absent.</summary>
    public ref T Find(ReadOnlySpan<char> key, uint hash)
    {
        var keys = _keys;
        for (var slot = Slot(hash); ; slot = (slot + 1) & _mask)
        {
            var stored = keys[slot];
            if (stored is null) return ref Unsafe.NullRef<T>();
            if (_hashes[slot] == hash && key.SequenceEqual(stored)) return ref _values[slot];
        }
    }

    /// <summary>Adds <paramref name="key"/>, which the table does not hold, with its <see cref="Hash"/>.</summary>
    public void Add(string key, uint hash, T value)
    {
        if (2 * (Count + 1) > _keys.Length) Resize(2 * _keys.Length);
        Place(key, hash, value);
        Count++;
    }

    /// <summary>Empties the table, keeping its size (the keys and values are dropped, so nothing stays reachable through it).</summary>
    public void Clear()
    {
        if (Count == 0) return;
        Array.Clear(_keys);
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>()) Array.Clear(_values);
        Count = 0;
    }

    private int Slot(uint hash) => (int)((hash ^ hash >> 15) * 0x2C1B3C6Du >> 7) & _mask;

    private void Place(string key, uint hash, T value)
    {
        var slot = Slot(hash);
        while (_keys[slot] is not null) slot = (slot + 1) & _mask;
        (_keys[slot], _hashes[slot], _values[slot]) = (key, hash, value);
    }

    private void Resize(int size)
    {
        var (keys, hashes, values) = (_keys, _hashes, _values);
        (_keys, _hashes, _values, _mask) = (new string?[size], new uint[size], new T[size], size - 1);
        for (var i = 0; i < keys.Length; i++)
            if (keys[i] is { } key) Place(key, hashes[i], values[i]);
    }
}
