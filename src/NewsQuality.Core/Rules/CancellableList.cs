using System.Collections;

namespace NewsQuality.Rules;

/// <summary>
/// A read-only list that throws <see cref="OperationCanceledException"/> once the run is cancelled, on every element
/// read: corpus rules loop over their digests, so Ctrl-C reaches every comparison loop without each rule checking.
/// </summary>
internal sealed class CancellableList<T>(IReadOnlyList<T> inner, CancellationToken cancellation) : IReadOnlyList<T>
{
    public int Count => inner.Count;

    public T this[int index]
    {
        get
        {
            cancellation.ThrowIfCancellationRequested();
            return inner[index];
        }
    }

    public IEnumerator<T> GetEnumerator()
    {
        foreach (var item in inner)
        {
            cancellation.ThrowIfCancellationRequested();
            yield return item;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
