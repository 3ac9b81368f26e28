namespace NewsQuality.Storage;

/// <summary>
/// The slot table of the shipped binary images read in place (<see cref="Text.StemRowsImage"/>, the language profiles):
/// open addressing over a power of two of at least twice as many slots as rows, each slot holding a row's number + 1
/// (0 for empty), a row filed at the first free slot from its key's first slot, probed linearly. The key's hash is the
/// image's own (it is part of the image's format); the table only files and finds.
/// </summary>
internal static class ImageSlots
{
    /// <summary>The slots of <paramref name="rows"/> rows, row <c>r</c> tried first at <c>firstSlot(r, mask)</c> (mask = slots - 1).</summary>
    public static int[] Build(int rows, Func<int, int, int> firstSlot)
    {
        var size = 1;
        while (size < 2 * rows) size *= 2;
        var slots = new int[size];
        for (var row = 0; row < rows; row++)
        {
            var slot = firstSlot(row, size - 1);
            while (slots[slot] != 0) slot = (slot + 1) & (size - 1);
            slots[slot] = row + 1;
        }
        return slots;
    }

    /// <summary>
    /// The rows filed from <paramref name="firstSlot"/> on, in probing order, up to the first empty slot: the only rows a
    /// key whose first slot this is can be (<c>foreach</c>, then compare each row's key).
    /// </summary>
    public static Probe Candidates(ReadOnlySpan<int> slots, int firstSlot) => new(slots, firstSlot);

    public ref struct Probe(ReadOnlySpan<int> slots, int firstSlot)
    {
        private readonly ReadOnlySpan<int> _slots = slots;
        private int _next = firstSlot;

        public int Current { get; private set; }

        public readonly Probe GetEnumerator() => this;

        public bool MoveNext()
        {
            Current = _slots[_next] - 1;
            _next = (_next + 1) & (_slots.Length - 1);
            return Current >= 0;
        }
    }
}
