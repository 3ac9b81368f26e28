namespace NewsQuality.Text;

/// <summary>
/// An array one thread (or one per-thread object) reuses from one article or sentence to the next, so that working room is
/// not allocated per call: grown as asked, at least doubling (a run of growing requests costs a few arrays), up to
/// <c>kept</c> elements. A request for more gets an array of its own that is not kept, so one huge page does not leave a
/// huge buffer to the thread for the rest of the run. The contents are whatever the last user left: clear what must be clear.
/// </summary>
/// <remarks>A mutable struct: keep it in a field (a <c>[ThreadStatic]</c> static or a per-thread object's) and call it there, never on a copy.</remarks>
public struct ReusedArray<T>
{
    private T[]? _array;

    /// <summary>An array of at least <paramref name="length"/> elements: the kept one, grown if needed, or a new one not kept beyond <paramref name="kept"/>.</summary>
    public T[] Room(int length, int kept)
    {
        var array = _array ?? [];
        if (array.Length >= length) return array;
        if (length > kept) return new T[length];
        return _array = new T[Math.Min(kept, Math.Max(length, 2 * array.Length))];
    }

    /// <summary>
    /// <see cref="Room"/> for <paramref name="length"/> elements with the first <paramref name="used"/> of <paramref name="current"/> (an
    /// array this one gave) copied in: for filling an array whose final length is not known in advance.
    /// </summary>
    public T[] Grown(T[] current, int used, int length, int kept)
    {
        if (current.Length >= length) return current;
        var grown = Room(Math.Max(length, 2 * current.Length), kept);
        current.AsSpan(0, used).CopyTo(grown);
        return grown;
    }
}
