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
