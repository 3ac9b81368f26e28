using System.Collections;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace NewsQuality.Storage;

/// <summary>
/// An append-only array of fixed-size records in a temporary file: what a corpus pass keeps per article or per
/// paragraph lives here instead of on the heap, so a run's memory does not grow with its corpus. Appends are buffered;
/// records are read back one at a time by index, or in order a block at a time. Appending is not thread-safe (the
/// engine keeps digests in input order, one at a time); reading is, once appending is over. The file never outlives the
/// process (<see cref="TempFile.Create"/>), and is only created when the first block fills: a small run (one article
/// has a corpus rule make a hundred of these arrays) keeps its few records in memory and touches no disk.
/// </summary>
public sealed class DiskArray<T> : IReadOnlyList<T>, IDisposable where T : unmanaged
{
    /// <summary>Bytes buffered before a write, and read per block when scanning.</summary>
    private const int BlockBytes = 1 << 16;

    private static readonly int RecordSize = Unsafe.SizeOf<T>();
    private static readonly int BlockRecords = Math.Max(1, BlockBytes / RecordSize);

    /// <summary>Records the buffer starts with; it doubles up to a block, so that many small arrays stay small.</summary>
    private const int FirstBufferRecords = 16;

    private readonly string? _directory;
    private SafeFileHandle? _handle;
    private T[] _pending;
    private int _pendingCount;
    private long _written;

    /// <param name="expectedRecords">
    /// How many records the caller expects, when it knows: the buffer starts that large (up to a block) instead of doubling
    /// up to it. LSH's bands grow together, a document at a time, so every band's doubled buffers were alive at once
    /// (11 MB of a BBC check's allocation for NQ1001's 106 bands and NQ1002's 38).
    /// </param>
    public DiskArray(string? directory = null, int expectedRecords = 0)
    {
        _directory = directory;
        // Uninitialised: a record is read only after it is written.
        _pending = GC.AllocateUninitializedArray<T>(Math.Min(Math.Max(FirstBufferRecords, expectedRecords), BlockRecords));
    }

    public long LongCount => _written + _pendingCount;

    /// <summary>Records counted as <see cref="int"/> for <see cref="IReadOnlyList{T}"/>; a run holds far fewer than 2³¹ per array.</summary>
    public int Count => checked((int)LongCount);

    public void Add(in T record)
    {
        if (_pendingCount == _pending.Length)
        {
            if (_pending.Length < BlockRecords) Array.Resize(ref _pending, Math.Min(BlockRecords, 2 * _pending.Length));
            else Flush();
        }
        _pending[_pendingCount++] = record;
    }

    public void AddRange(ReadOnlySpan<T> records)
    {
        foreach (var record in records) Add(record);
    }

    public T this[int index] => Get(index);

    public T Get(long index)
    {
        if ((ulong)index >= (ulong)LongCount) throw new ArgumentOutOfRangeException(nameof(index), index, $"The array holds {LongCount} records.");
        if (index >= _written) return _pending[index - _written];
        return (_recent ??= new RecentBlocks()).Get(this, index);
    }

    /// <summary>Records per block that <see cref="Get"/> reads around a record it reads from the file (4 KB of them).</summary>
    private static readonly int RecentBlockRecords = Math.Max(1, 4096 / RecordSize);

    /// <summary>Numbers the arrays, so a thread's <see cref="RecentBlocks"/> tell their blocks apart without holding the arrays.</summary>
    private static long _arrays;

    private readonly long _number = Interlocked.Increment(ref _arrays);

    /// <summary>The blocks <see cref="Get"/> read last on this thread, of any arrays of these records.</summary>
    [ThreadStatic] private static RecentBlocks? _recent;

    /// <summary>
    /// A few blocks of records read from the files, per thread: the comparisons ask for digests and paragraphs one record at
    /// a time, mostly near the last ones (every document in turn, candidate pairs in ascending order), and a system call per
    /// record was about 9,000 of a BBC check's 25,000 reads (docs/performance.md, twentieth round). A record read from the
    /// file never changes (the array only grows), so a block read earlier stays true; it holds the records written when it
    /// was read, and a record past them is read again.
    /// </summary>
    private sealed class RecentBlocks
    {
        private const int Kept = 4;
        private readonly T[][] _blocks = new T[Kept][];
        private readonly long[] _arrays = new long[Kept];
        private readonly long[] _starts = new long[Kept];
        private readonly int[] _counts = new int[Kept];
        /// <summary>The block to replace next (the one read longest ago).</summary>
        private int _next;

        public T Get(DiskArray<T> array, long index)
        {
            for (var b = 0; b < Kept; b++)
                if (_arrays[b] == array._number && (ulong)(index - _starts[b]) < (ulong)_counts[b]) return _blocks[b][index - _starts[b]];
            var kept = _next;
            _next = (_next + 1) % Kept;
            var block = _blocks[kept] ??= GC.AllocateUninitializedArray<T>(RecentBlockRecords);
            var start = index - index % RecentBlockRecords;
            _arrays[kept] = 0; // not valid while it is read: a failed read leaves no block behind
            var count = array.Read(start, block.AsSpan(0, (int)Math.Min(RecentBlockRecords, array._written - start)));
            (_arrays[kept], _starts[kept], _counts[kept]) = (array._number, start, count);
            return block[index - start];
        }
    }

    /// <summary>Reads up to <paramref name="destination"/>'s length of records from <paramref name="start"/>; returns how many.</summary>
    public int Read(long start, Span<T> destination)
    {
        var count = (int)Math.Clamp(LongCount - start, 0, destination.Length);
        if (count == 0) return 0;
        // The records written out come from the file, the rest straight from the buffer.
        var fromFile = (int)Math.Clamp(_written - start, 0, count);
        if (fromFile > 0) TempFile.ReadExactly(_handle!, MemoryMarshal.AsBytes(destination[..fromFile]), start * RecordSize, "record");
        if (count > fromFile) _pending.AsSpan((int)(start + fromFile - _written), count - fromFile).CopyTo(destination[fromFile..count]);
        return count;
    }

    /// <summary>The records in order, read a block at a time.</summary>
    public IEnumerator<T> GetEnumerator()
    {
        var block = new T[BlockRecords];
        for (long start = 0; ;)
        {
            var count = Read(start, block);
            if (count == 0) yield break;
            for (var i = 0; i < count; i++) yield return block[i];
            start += count;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private void Flush()
    {
        _handle ??= TempFile.Create(_directory, "records");
        RandomAccess.Write(_handle, MemoryMarshal.AsBytes(_pending.AsSpan(0, _pendingCount)), _written * RecordSize);
        _written += _pendingCount;
        _pendingCount = 0;
    }

    public void Dispose() => _handle?.Dispose();
}
