namespace NewsQuality.Storage;

public static class SortedRuns
{
    /// <summary>
    /// Consecutive items with equal keys, one list per run. Over input sorted by the key that is one list per key,
    /// and only the current run is held: how the corpus rules group what <see cref="ExternalSort"/> streams back.
    /// </summary>
    public static IEnumerable<List<T>> RunsBy<T, TKey>(this IEnumerable<T> items, Func<T, TKey> keyOf)
    {
        var equal = EqualityComparer<TKey>.Default;
        var run = new List<T>();
        TKey key = default!;
        foreach (var item in items)
        {
            var itemKey = keyOf(item);
            if (run.Count > 0 && !equal.Equals(itemKey, key))
            {
                yield return run;
                run = [];
            }
            key = itemKey;
            run.Add(item);
        }
        if (run.Count > 0) yield return run;
    }
}
