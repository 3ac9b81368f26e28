using System.Buffers;
using System.Numerics;

namespace NewsQuality.Storage;

/// <summary>
/// Sorts integers ascending in place, the same result as <see cref="Array.Sort{T}(T[])"/> (equal integers cannot be
/// told apart, so the order is the only possible one).
/// </summary>
/// <remarks>
/// In the Native AOT tool <c>Array.Sort</c> of integers goes through <c>Comparer&lt;T&gt;.Default</c>, a virtual call per
/// comparison (the JIT build's sort compares inline): sorting shingle hashes, LSH band keys and NQ2014's word ids was 3 %
/// of a BBC check's CPU there (docs/performance.md, eighth round). This introsort (median-of-three quicksort, heapsort
/// past a depth limit, insertion sort for short ranges, as the runtime's) is compiled per integer type, with the
/// comparisons inline in both builds.
/// </remarks>
internal static class NumberSort
{
    private const int InsertionSortUpTo = 16;

    public static void Sort<T>(Span<T> values) where T : struct, IBinaryInteger<T>
    {
        if (values.Length > 1) IntroSort(values, 2 * (BitOperations.Log2((uint)values.Length) + 1));
    }

    /// <summary>Buckets of up to this many values are sorted by insertion in place of the comparison sort.</summary>
    private const int BucketInsertionSortUpTo = 8;

    /// <summary>Past this many values the bucket sort's second array would be a large one (512 KB): the introsort sorts them in place.</summary>
    private const int BucketSortUpTo = 1 << 16;

    /// <summary>Up to this many values the bucket sort's second array is on the stack (2 KB).</summary>
    private const int StackScratchUpTo = 256;

    /// <summary>
    /// Sorts ascending, for values spread over their range: shingle hashes, LSH entries (a band key's hash above a document
    /// number), candidate pairs. One pass counts the values by the bits below the prefix they all share (the top bits of
    /// random hashes), as many bits as make about one bucket per value, at most eight; a second moves each into its bucket
    /// (in ascending order) in a second array, and each bucket, a few values on average, is sorted by insertion or by
    /// <see cref="Sort{T}"/> (so a bucket of one value repeated many times stays n log n). The order is the same as any
    /// sort's. LSH's bands of a few thousand entries sorted by the introsort alone spent a dozen partitions per value, and a
    /// paragraph's few dozen shingles half their time in its mispredicted partitions (docs/performance.md, twenty-first and
    /// twenty-second rounds); an eight-pass least-significant-digit radix sort of the shingles took five times the instructions of this.
    /// </summary>
    /// <remarks>Its stack arrays are not zeroed first (<see cref="System.Runtime.CompilerServices.SkipLocalsInitAttribute"/>): the counts are cleared, the rest written before it is read.</remarks>
    [System.Runtime.CompilerServices.SkipLocalsInit]
    public static void SortByLeadingBits(Span<ulong> values)
    {
        if (values.Length <= InsertionSortUpTo || values.Length > BucketSortUpTo)
        {
            Sort(values);
            return;
        }
        // The bits above the highest one in which a value differs from the first are the same in all: the next ones
        // (from the top for random hashes) order the buckets.
        var differing = 0UL;
        foreach (var value in values) differing |= value ^ values[0];
        if (differing == 0) return;
        var bits = Math.Min(8, BitOperations.Log2((uint)values.Length));
        var (shift, mask) = (Math.Max(0, 64 - BitOperations.LeadingZeroCount(differing) - bits), (1 << bits) - 1);
        var pooled = values.Length > StackScratchUpTo ? ArrayPool<ulong>.Shared.Rent(values.Length) : null;
        try
        {
            // starts[b] is where bucket b begins once the counts are summed; starts[mask + 1] is the length.
            Span<int> starts = stackalloc int[mask + 2];
            starts.Clear();
            foreach (var value in values) starts[((int)(value >> shift) & mask) + 1]++;
            var largest = 0;
            for (var b = 1; b <= mask + 1; b++)
            {
                largest = Math.Max(largest, starts[b]);
                starts[b] += starts[b - 1];
            }
            Span<int> next = stackalloc int[mask + 1];
            starts[..(mask + 1)].CopyTo(next);
            var sorted = pooled is null ? stackalloc ulong[values.Length] : pooled.AsSpan(0, values.Length);
            foreach (var value in values) sorted[next[(int)(value >> shift) & mask]++] = value;
            // With every bucket small, one insertion sort of the whole moves each value only within its bucket (inlined here).
            if (largest <= BucketInsertionSortUpTo) InsertionSort(sorted);
            else
                for (var b = 0; b <= mask; b++)
                {
                    var bucket = sorted[starts[b]..starts[b + 1]];
                    if (bucket.Length > BucketInsertionSortUpTo) Sort(bucket);
                    else InsertionSort(bucket);
                }
            sorted.CopyTo(values);
        }
        finally
        {
            if (pooled is not null) ArrayPool<ulong>.Shared.Return(pooled);
        }
    }

    /// <summary>Keeps the first of each run of equal values of a sorted span, moved to its front; returns how many were kept.</summary>
    public static int Distinct<T>(Span<T> sorted) where T : struct, IBinaryInteger<T>
    {
        var distinct = 0;
        for (var i = 0; i < sorted.Length; i++)
            if (distinct == 0 || sorted[i] != sorted[distinct - 1]) sorted[distinct++] = sorted[i];
        return distinct;
    }

    /// <summary>Past <paramref name="depthLimit"/> partitions deep (inputs that defeat the pivot choice) a range is heap-sorted.</summary>
    internal static void IntroSort<T>(Span<T> values, int depthLimit) where T : struct, IBinaryInteger<T>
    {
        while (values.Length > InsertionSortUpTo)
        {
            if (depthLimit-- == 0)
            {
                HeapSort(values);
                return;
            }
            var pivot = Partition(values);
            // Recurse into the shorter side, loop on the longer: the stack stays logarithmic.
            var left = values[..pivot];
            var right = values[(pivot + 1)..];
            if (left.Length < right.Length)
            {
                IntroSort(left, depthLimit);
                values = right;
            }
            else
            {
                IntroSort(right, depthLimit);
                values = left;
            }
        }
        InsertionSort(values);
    }

    /// <summary>Median of the first, middle and last values as pivot; those three also bound the scans, so no index check is needed.</summary>
    private static int Partition<T>(Span<T> values) where T : struct, IBinaryInteger<T>
    {
        var last = values.Length - 1;
        var middle = last >> 1;
        SwapIfGreater(ref values[0], ref values[middle]);
        SwapIfGreater(ref values[0], ref values[last]);
        SwapIfGreater(ref values[middle], ref values[last]);
        var pivot = values[middle];
        Swap(ref values[middle], ref values[last - 1]);
        int left = 0, right = last - 1;
        while (left < right)
        {
            while (values[++left] < pivot) { }
            while (pivot < values[--right]) { }
            if (left >= right) break;
            Swap(ref values[left], ref values[right]);
        }
        if (left != last - 1) Swap(ref values[left], ref values[last - 1]);
        return left;
    }

    private static void HeapSort<T>(Span<T> values) where T : struct, IBinaryInteger<T>
    {
        for (var root = values.Length / 2 - 1; root >= 0; root--) SiftDown(values, root, values.Length);
        for (var end = values.Length - 1; end > 0; end--)
        {
            Swap(ref values[0], ref values[end]);
            SiftDown(values, 0, end);
        }
    }

    private static void SiftDown<T>(Span<T> values, int root, int count) where T : struct, IBinaryInteger<T>
    {
        var value = values[root];
        for (var child = 2 * root + 1; child < count; child = 2 * root + 1)
        {
            if (child + 1 < count && values[child] < values[child + 1]) child++;
            if (!(value < values[child])) break;
            values[root] = values[child];
            root = child;
        }
        values[root] = value;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void InsertionSort<T>(Span<T> values) where T : struct, IBinaryInteger<T>
    {
        for (var i = 1; i < values.Length; i++)
        {
            var value = values[i];
            var j = i - 1;
            for (; j >= 0 && value < values[j]; j--) values[j + 1] = values[j];
            values[j + 1] = value;
        }
    }

    private static void SwapIfGreater<T>(ref T a, ref T b) where T : struct, IBinaryInteger<T>
    {
        if (a > b) Swap(ref a, ref b);
    }

    private static void Swap<T>(ref T a, ref T b) => (a, b) = (b, a);
}
