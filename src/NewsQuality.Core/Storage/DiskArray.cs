using System.Buffers;
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
    /// <summary>
    /// Pooled, and given back when outgrown and on <see cref="Dispose"/>: LSH keeps one array per band (a hundred in a BBC
    /// check), and each one's fresh buffers doubling up to a block were 11 MB of a check's allocation.
    /// </summary>
    private T[] _pending;
    /// <summary>The records <see cref="_pending"/> holds before it grows or is written: a pooled array may be longer than asked for.</summary>
    private int _capacity;
    private int _pendingCount;
    private long _written;

    /// <param name="expectedRecords">
    /// How many records the caller expects, when it knows: the buffer starts that large (up to a block), not doubling up to
    /// it. LSH's bands grow together, a document at a time, so all of their doubled buffers were alive at once.
    /// </param>
    public DiskArray(string? directory = null, int expectedRecords = 0)
    {
        _directory = directory;
        _capacity = Math.Min(Math.Max(FirstBufferRecords, expectedRecords), BlockRecords);
        _pending = ArrayPool<T>.Shared.Rent(_capacity);
    }

    public long LongCount => _written + _pendingCount;

    /// <summary>Records counted as <see cref="int"/> for <see cref="IReadOnlyList{T}"/>; a run holds far fewer than 2³¹ per array.</summary>
    public int Count => checked((int)LongCount);

    public void Add(in T record)
    {
        if (_pendingCount == _capacity)
        {
            if (_capacity < BlockRecords) Grow();
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
        T record = default;
        TempFile.ReadExactly(_handle!, MemoryMarshal.AsBytes(new Span<T>(ref record)), index * RecordSize, "record");
        return record;
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

    private void Grow()
    {
        _capacity = Math.Min(BlockRecords, 2 * _capacity);
        var grown = ArrayPool<T>.Shared.Rent(_capacity);
        _pending.AsSpan(0, _pendingCount).CopyTo(grown);
        ArrayPool<T>.Shared.Return(_pending);
        _pending = grown;
    }

    private void Flush()
    {
        _handle ??= TempFile.Create(_directory, "records");
        RandomAccess.Write(_handle, MemoryMarshal.AsBytes(_pending.AsSpan(0, _pendingCount)), _written * RecordSize);
        _written += _pendingCount;
        _pendingCount = 0;
    }

    public void Dispose()
    {
        _handle?.Dispose();
        if (_pending.Length == 0) return;
        ArrayPool<T>.Shared.Return(_pending);
        // Read after disposing (a bug) finds no records in memory rather than another array's.
        _pending = [];
    }
}
