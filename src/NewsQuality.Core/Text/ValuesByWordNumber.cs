namespace NewsQuality.Text;

/// <summary>
/// A value for each distinct word of one numbering (<see cref="WordIdentities"/>: an article's, or the words of a span that
/// cuts one), made for all of them when a rule first reads that numbering and then read by number: a rule that works out the
/// same thing at every occurrence of a word works it out once per word and article (on the first 300 BBC articles, 44 % of
/// an article's words repeat one before them). Per thread (a <c>[ThreadStatic]</c> field or a per-thread object's), like the rooms of <see cref="ReusedArray{T}"/>.
/// </summary>
/// <remarks>A mutable struct: keep it in a field and call it there, never on a copy.</remarks>
internal struct ValuesByWordNumber<T>
{
    /// <summary>The largest numbering whose room is kept for the next one: a page of more distinct words gets room of its own.</summary>
    private const int KeptWords = 1 << 14;

    private ReusedArray<T> _room;
    private T[]? _values;
    private WordIdentities? _numbering;

    /// <summary>Whether the values are those of <paramref name="numbers"/> (made by <see cref="Start"/> for it and not forgotten since).</summary>
    public readonly bool AreFor(WordIdentities numbers) => ReferenceEquals(numbers, _numbering);

    /// <summary>Room for a value per word of <paramref name="numbers"/>, by number, for the caller to fill: the values are then theirs.</summary>
    public Span<T> Start(WordIdentities numbers)
    {
        _values = _room.Room(numbers.Count, KeptWords);
        _numbering = numbers;
        return _values.AsSpan(0, numbers.Count);
    }

    /// <summary>The value of word <paramref name="id"/> of the numbering the values are for.</summary>
    public readonly ref T this[int id] => ref _values![id];

    /// <summary>
    /// Lets go of the numbering (the article it came from), so that the next read of it starts again; values that are references
    /// are cleared, so that nothing stays reachable through the thread's room.
    /// </summary>
    public void Forget()
    {
        if (_numbering is null) return;
        if (System.Runtime.CompilerServices.RuntimeHelpers.IsReferenceOrContainsReferences<T>()) _values!.AsSpan(0, _numbering.Count).Clear();
        _numbering = null;
    }
}
