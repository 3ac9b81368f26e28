using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsQuality.Storage;

/// <summary>
/// Sorts a <see cref="DiskArray{T}"/> in bounded memory: runs of at most <see cref="RunBytes"/> are sorted in memory
/// and written out, then merged a block at a time. What a corpus pass sorts (LSH band keys, candidate pairs, findings)
/// can so exceed memory without the run needing more.
/// </summary>
public static class ExternalSort
{
    /// <summary>Memory for one in-memory run: a million-article corpus's band of LSH keys sorts in one or two runs.</summary>
    public const int RunBytes = 32 << 20;

    private const int MergeBlockBytes = 1 << 16;

    /// <summary>The records in ascending order; equal records in no particular order.</summary>
    /// <param name="runRecords">Records per in-memory run; by default as many as fit in <see cref="RunBytes"/>.</param>
    public static IEnumerable<T> Sorted<T>(DiskArray<T> records, IComparer<T>? comparer = null, int runRecords = 0) where T : unmanaged
    {
        foreach (var block in SortedBlocks(records, comparer, runRecords))
            for (var i = 0; i < block.Count; i++)
                yield return block[i];
    }

    /// <summary>
    /// <see cref="Sorted{T}"/> a block at a time: one block of all the records when they sort in one run, else blocks of
    /// the merge. Each block is valid until the next is asked for. A caller that reads every record (LSH's bands: a few
    /// instructions each) so pays no enumerator call per record.
    /// </summary>
    public static IEnumerable<ArraySegment<T>> SortedBlocks<T>(DiskArray<T> records, IComparer<T>? comparer = null, int runRecords = 0) where T : unmanaged
    {
        comparer ??= Comparer<T>.Default;
        var size = Unsafe.SizeOf<T>();
        if (runRecords <= 0) runRecords = Math.Max(1, RunBytes / size);
        if (records.LongCount <= runRecords) return SortedInMemory(records, comparer);
        return Merged(records, comparer, runRecords, Math.Max(1, MergeBlockBytes / size));
    }

    /// <remarks>
    /// The array is pooled: LSH sorts one band after another, each a large array (a million articles: 8 MB), and fresh
    /// ones piled up on the large-object heap until a full collection (a 400 MB burst above the run's 140 MB).
    /// </remarks>
    private static IEnumerable<ArraySegment<T>> SortedInMemory<T>(DiskArray<T> records, IComparer<T> comparer) where T : unmanaged
    {
        var count = records.Count;
        var all = ArrayPool<T>.Shared.Rent(count);
        try
        {
            records.Read(0, all.AsSpan(0, count));
            SortRun(all.AsSpan(0, count), comparer);
            yield return new ArraySegment<T>(all, 0, count);
        }
        finally
        {
            ArrayPool<T>.Shared.Return(all);
        }
    }

    /// <summary>Integer keys (LSH bands, candidate pairs) by <see cref="NumberSort.SortByLeadingBits"/>; other records by their comparer.</summary>
    private static void SortRun<T>(Span<T> run, IComparer<T> comparer) where T : unmanaged
    {
        if (typeof(T) == typeof(ulong) && ReferenceEquals(comparer, Comparer<T>.Default))
            NumberSort.SortByLeadingBits(MemoryMarshal.Cast<T, ulong>(run));
        else
            run.Sort(comparer);
    }

    private static IEnumerable<ArraySegment<T>> Merged<T>(DiskArray<T> records, IComparer<T> comparer, int runRecords, int blockRecords) where T : unmanaged
    {
        using var runs = new DiskArray<T>();
        var bounds = new List<(long Start, long End)>();
        var buffer = new T[runRecords];
        for (long start = 0; ;)
        {
            var count = records.Read(start, buffer);
            if (count == 0) break;
            SortRun(buffer.AsSpan(0, count), comparer);
            runs.AddRange(buffer.AsSpan(0, count));
            bounds.Add((start, start + count));
            start += count;
        }
        buffer = null; // the iterator would otherwise hold the run buffer through the whole merge

        var cursors = bounds.Select(run => new RunCursor<T>(runs, run.Start, run.End, blockRecords)).ToArray();
        var next = new PriorityQueue<int, T>(comparer);
        for (var run = 0; run < cursors.Length; run++)
            if (cursors[run].MoveNext()) next.Enqueue(run, cursors[run].Current);
        var block = new T[blockRecords];
        var filled = 0;
        while (next.TryDequeue(out var run, out var record))
        {
            block[filled++] = record;
            if (cursors[run].MoveNext()) next.Enqueue(run, cursors[run].Current);
            if (filled == block.Length)
            {
                yield return block;
                filled = 0;
            }
        }
        if (filled > 0) yield return new ArraySegment<T>(block, 0, filled);
    }

    /// <summary>Reads one sorted run back a block at a time.</summary>
    private sealed class RunCursor<T>(DiskArray<T> runs, long start, long end, int blockRecords) where T : unmanaged
    {
        private readonly T[] _block = new T[(int)Math.Min(blockRecords, end - start)];
        private long _next = start;
        private int _position;
        private int _count;

        public T Current => _block[_position];

        public bool MoveNext()
        {
            if (++_position < _count) return true;
            if (_next >= end) return false;
            _count = runs.Read(_next, _block.AsSpan(0, (int)Math.Min(_block.Length, end - _next)));
            _next += _count;
            _position = 0;
            return _count > 0;
        }
    }
}
