using System.Buffers;

namespace NewsQuality.Text;

/// <summary>
/// Arrays from <see cref="ArrayPool{T}.Shared"/> that an article's words, their entries and numbers and its runs of name words
/// live in while its rules run (<c>Article.Words</c>, <c>NameWords</c>, <c>WordIds</c>, <c>NameRuns</c>): filled as found,
/// given back when the article lets go of them.
/// </summary>
internal static class PooledArray
{
    /// <summary>A pooled array twice as long as <paramref name="array"/> with its first <paramref name="used"/> copied in; <paramref name="array"/> goes back.</summary>
    public static T[] Grown<T>(T[] array, int used)
    {
        var larger = ArrayPool<T>.Shared.Rent(Math.Max(2 * array.Length, 16));
        array.AsSpan(0, used).CopyTo(larger);
        Return(array, used);
        return larger;
    }

    /// <summary>The first <paramref name="used"/> of <paramref name="array"/> in an array of their own; <paramref name="array"/> goes back.</summary>
    public static T[] CopiedOut<T>(T[] array, int used)
    {
        var exact = array.AsSpan(0, used).ToArray();
        Return(array, used);
        return exact;
    }

    /// <summary>
    /// Gives <paramref name="array"/> back to the pool, its first <paramref name="used"/> cleared (the rest were cleared by
    /// whoever used them before): the pool must not keep an article's strings alive.
    /// </summary>
    public static void Return<T>(T[] array, int used)
    {
        if (array.Length == 0) return; // the pool's empty array, not one of its own
        if (System.Runtime.CompilerServices.RuntimeHelpers.IsReferenceOrContainsReferences<T>()) array.AsSpan(0, used).Clear();
        ArrayPool<T>.Shared.Return(array);
    }
}
