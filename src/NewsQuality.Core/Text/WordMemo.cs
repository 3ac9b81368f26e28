namespace NewsQuality.Text;

/// <summary>
/// A costly pure function of a word, remembered per thread (no lock on look-ups) and emptied when it holds
/// <see cref="Capacity"/> words, so a corpus with an endless vocabulary (numbers, typos) cannot grow it without bound.
/// Only for functions dearer than a look-up in a table of a corpus's vocabulary, which misses the cache: measured on
/// the BBC check, remembering lower cases, stems or interned word strings cost more CPU than making them again.
/// </summary>
public sealed class WordMemo<T>(Func<string, T> compute)
{
    public const int Capacity = 1 << 16;

    private readonly ThreadLocal<Dictionary<string, T>> _memo = new(() => new Dictionary<string, T>(StringComparer.Ordinal));

    public T this[string word]
    {
        get
        {
            var memo = _memo.Value!;
            if (memo.TryGetValue(word, out var value)) return value;
            if (memo.Count >= Capacity) memo.Clear();
            value = compute(word);
            memo.Add(word, value);
            return value;
        }
    }
}
