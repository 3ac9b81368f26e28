namespace NewsQuality.Text;

/// <summary>
/// The distinct lower-cased words of a run of words (an article's: <c>Article.WordIds</c>), numbered once in order of first
/// occurrence, and each word's number. Rules that ask the same question of every occurrence of a word (is it English, which
/// word class, its language-model hash) ask it once per distinct word through <see cref="Answers{T}"/> and then work on
/// integers: the word strings, lower cases and string-keyed look-ups per occurrence were most of NQ2010's and NQ2014's
/// per-word CPU (docs/performance.md, tenth round). Not thread-safe: one article is checked on one thread.
/// </summary>
public sealed class WordIdentities
{
    /// <summary>The words' numbers: the first <see cref="_wordCount"/> (of a pooled array for a numbering of a thread's entries).</summary>
    private int[] _ids;
    private int _wordCount;
    /// <summary>The lower cases by number, as strings (<see cref="Of(ReadOnlySpan{Token})"/>) or as a thread's entries (<see cref="Of(ReadOnlySpan{Token}, InternedWord[], Tokenizer.InternTable)"/>).</summary>
    private readonly List<string>? _lower;
    /// <summary>The first <see cref="Count"/> of a pooled array, for a numbering of a thread's entries (else null).</summary>
    private InternedWord[]? _entries;
    private readonly int _entryCount;
    /// <summary>The thread's table <see cref="_entries"/> belong to: their answers are kept only when asked on its thread.</summary>
    private readonly Tokenizer.InternTable? _table;
    /// <summary>Answers and products made so far, by question or product type: a few per article, so a list.</summary>
    private List<(object Key, object Value)>? _kept;

    private WordIdentities(int[] ids, List<string> lower)
    {
        (_ids, _wordCount) = (ids, ids.Length);
        _lower = lower;
    }

    private WordIdentities(int[] ids, int wordCount, InternedWord[] entries, int entryCount, Tokenizer.InternTable table)
    {
        (_ids, _wordCount) = (ids, wordCount);
        (_entries, _entryCount) = (entries, entryCount);
        _table = table;
    }

    /// <summary>The lower cases numbered so far, per thread: one table reused from article to article, not one each.</summary>
    [ThreadStatic] private static SpanTable<int>? _numbering;

    /// <summary>The number of each word, in the order of the words given: equal for words equal in lower case.</summary>
    public ReadOnlySpan<int> Ids => _ids.AsSpan(0, _wordCount);

    /// <summary>How many distinct lower-cased words there are; their numbers are 0 to <c>Count − 1</c>.</summary>
    public int Count => _lower?.Count ?? _entryCount;

    /// <summary>The lower-cased word (<see cref="string.ToLowerInvariant()"/>) numbered <paramref name="id"/>.</summary>
    public string Lower(int id) => _entries is { } entries ? entries[id].Value : _lower![id];

    /// <summary>
    /// The number of the lower-cased word <paramref name="lower"/>, or null when none of the words has that lower case.
    /// A scan: for rare questions (a word's spelling with a straight apostrophe), not per word.
    /// </summary>
    public int? IdOf(string lower)
    {
        if (_entries is null) return _lower!.IndexOf(lower) is var found and >= 0 ? found : null;
        for (var id = 0; id < _entryCount; id++)
            if (_entries[id].Value == lower) return id;
        return null;
    }

    /// <summary>A thread's numbering table is dropped after an article with more distinct words than this, not kept at that size.</summary>
    private const int ForgetAbove = 1 << 14;

    /// <summary>Numbers the lower cases of <paramref name="words"/>; a string is made only for each distinct lower case.</summary>
    public static WordIdentities Of(ReadOnlySpan<Token> words)
    {
        var ids = new int[words.Length];
        // Sized for the distinct words of a news article's length (about half its words), to spare most regrowing.
        var lower = new List<string>(words.Length / 2);
        var numbers = _numbering ??= new SpanTable<int>(512);
        Span<char> buffer = stackalloc char[64];
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i].Value;
            // Long words (rare) are lower-cased into a string; the rest into the buffer (lowered and hashed in one pass),
            // looked up by span.
            var longWord = word.Length > buffer.Length ? word.ToLowerInvariant() : null;
            uint hash;
            bool changed = true;
            scoped ReadOnlySpan<char> folded;
            if (longWord is null) folded = buffer[..SpanTable<int>.LowerAndHash(word, buffer, out hash, out changed)];
            else
            {
                folded = longWord;
                hash = SpanTable<int>.Hash(longWord);
            }
            ref var found = ref numbers.Find(folded, hash);
            int id;
            if (!System.Runtime.CompilerServices.Unsafe.IsNullRef(ref found)) id = found;
            else
            {
                // A word already in lower case (most of them) is its own lower case: no new string.
                var made = longWord ?? (changed ? folded.ToString() : word);
                numbers.Add(made, hash, id = lower.Count);
                lower.Add(made);
            }
            ids[i] = id;
        }
        // Emptied, so that the article's words do not stay reachable through the table; dropped when one huge text grew it.
        if (numbers.Count > ForgetAbove) _numbering = null;
        else numbers.Clear();
        return new WordIdentities(ids, lower);
    }

    /// <summary>
    /// <see cref="Of(ReadOnlySpan{Token})"/> for words found by <see cref="Tokenizer.PooledWords"/>,
    /// with their <paramref name="entries"/> (the first <paramref name="words"/>.Length of them) in <paramref name="table"/>: each entry knows its lower case's entry, which
    /// carries its number in this numbering, so no word is lower-cased, hashed or looked up. On another thread than the
    /// table's (whose numbering fields only that thread may write), the words are numbered from their strings.
    /// The numbers and the lower cases' entries are in pooled arrays, given back by <see cref="LetGo"/> (the article's,
    /// once its rules have run): they were 8 MB of a BBC check.
    /// </summary>
    internal static WordIdentities Of(ReadOnlySpan<Token> words, InternedWord[] entries, Tokenizer.InternTable table)
    {
        if (!Tokenizer.IsThisThreads(table) || entries.Length < words.Length) return Of(words);
        var stamp = ++table.Numberings;
        var ids = System.Buffers.ArrayPool<int>.Shared.Rent(words.Length);
        // At most one lower case per word: room for all, the part used kept.
        var numbered = System.Buffers.ArrayPool<InternedWord>.Shared.Rent(words.Length);
        var count = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var lower = entries[i].LowerCase;
            if (lower.Stamp != stamp)
            {
                (lower.Stamp, lower.Number) = (stamp, count);
                numbered[count++] = lower;
            }
            ids[i] = lower.Number;
        }
        return new WordIdentities(ids, words.Length, numbered, count, table);
    }

    /// <summary>
    /// Gives back the pooled arrays of a numbering of a thread's entries, once nothing reads them (its article's rules have
    /// run): it has no words afterwards, and asking for a lower case fails. A thread's per-article rooms may still hold it
    /// as a key, and read its <see cref="Count"/>.
    /// </summary>
    internal void LetGo()
    {
        if (_entries is null) return;
        PooledArray.Return(_entries, _entryCount);
        PooledArray.Return(_ids, 0);
        (_entries, _ids, _wordCount) = ([], [], 0);
    }

    /// <summary>
    /// <paramref name="question"/>'s answer for each distinct word, asked at most once per word and only when first wanted.
    /// Answers are kept per question instance: pass the same delegate (a static field) each time.
    /// </summary>
    public WordAnswers<T> Answers<T>(Func<string, T> question)
    {
        // A thread's entries keep their answers across articles, read and written on that thread only; elsewhere the
        // answers are kept for this article alone.
        var acrossArticles = _entries is not null && Tokenizer.IsThisThreads(_table!);
        if (_kept is not null)
            foreach (var (kept, value) in _kept)
                if (ReferenceEquals(kept, question) && value is WordAnswers<T> answers && answers.AcrossArticles == acrossArticles) return answers;
        return Keep(question, new WordAnswers<T>(this, question, acrossArticles));
    }

    /// <summary>The entry of the lower case numbered <paramref name="id"/> (only for numberings of a thread's entries).</summary>
    internal InternedWord Entry(int id) => _entries![id];

    /// <summary>The entries of the lower cases by number (only for numberings of a thread's entries).</summary>
    internal InternedWord[] Entries => _entries!;

    /// <summary>
    /// What <paramref name="make"/> derives from these words as a whole (one per product type), made on first use: the
    /// translation estimate's numbering of its model words, for one.
    /// </summary>
    public T Product<T>(Func<WordIdentities, T> make) where T : class => Find<T>(typeof(T)) ?? Keep(typeof(T), make(this));

    // Found, else made and kept, without a closure per call: the rules ask at every sentence (and NQ2010 at some words).

    private T? Find<T>(object key) where T : class
    {
        if (_kept is null) return null;
        foreach (var (kept, value) in _kept)
            if (ReferenceEquals(kept, key)) return (T)value;
        return null;
    }

    private T Keep<T>(object key, T made) where T : class
    {
        (_kept ??= []).Add((key, made));
        return made;
    }
}

/// <summary>One question's answers for the words of a <see cref="WordIdentities"/>, by word number, each found on first use.</summary>
public sealed class WordAnswers<T>
{
    private readonly WordIdentities _words;
    private readonly Func<string, T> _question;
    /// <summary>The answers asked for so far, by word number; none when the thread's entries keep them in a slot.</summary>
    private readonly (bool Asked, T Answer)[]? _answers;
    /// <summary>The words' entries, whose slot <see cref="_slot"/> keeps this question's answers (else null).</summary>
    private readonly InternedWord[]? _entries;

    internal WordAnswers(WordIdentities words, Func<string, T> question, bool acrossArticles)
    {
        _words = words;
        _question = question;
        AcrossArticles = acrossArticles;
        _slot = acrossArticles ? WordQuestions.SlotOf(question) : -1;
        // A question with a slot is answered from the entries at every occurrence (a bit and a field to read), with no
        // array per article and question: those arrays were about 6 % of a BBC check's allocation.
        if (_slot >= 0) _entries = words.Entries;
        else _answers = new (bool, T)[words.Count];
    }

    /// <summary>The question's slot in the thread's entries (<see cref="WordQuestions"/>), or −1.</summary>
    private readonly int _slot;

    /// <summary>First answers come from the thread's entries (which keep them across articles), not from the question itself.</summary>
    internal bool AcrossArticles { get; }

    public T this[int id]
    {
        get
        {
            // In the entry's slot (asked once per thread); else kept here for the article's other occurrences of the word,
            // asked of the thread's entry (which keeps it for the next articles) or of the question.
            if (_entries is { } entries) return entries[id].Answer(_question, _slot);
            ref var answer = ref _answers![id];
            if (!answer.Asked) answer = (true, AcrossArticles ? _words.Entry(id).Answer(_question, _slot) : _question(_words.Lower(id)));
            return answer.Answer;
        }
    }
}
