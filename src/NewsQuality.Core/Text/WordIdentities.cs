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
    private readonly int[] _ids;
    private readonly List<string> _lower;
    /// <summary>Answers and products made so far, by question or product type: a few per article, so a list.</summary>
    private List<(object Key, object Value)>? _kept;

    private WordIdentities(int[] ids, List<string> lower)
    {
        _ids = ids;
        _lower = lower;
    }

    /// <summary>The lower cases numbered so far, per thread: one table reused from article to article, not one each.</summary>
    [ThreadStatic] private static SpanTable<int>? _numbering;

    /// <summary>The number of each word, in the order of the words given: equal for words equal in lower case.</summary>
    public ReadOnlySpan<int> Ids => _ids;

    /// <summary>How many distinct lower-cased words there are; their numbers are 0 to <c>Count − 1</c>.</summary>
    public int Count => _lower.Count;

    /// <summary>The lower-cased word (<see cref="string.ToLowerInvariant()"/>) numbered <paramref name="id"/>.</summary>
    public string Lower(int id) => _lower[id];

    /// <summary>
    /// The number of the lower-cased word <paramref name="lower"/>, or null when none of the words has that lower case.
    /// A scan: for rare questions (a word's spelling with a straight apostrophe), not per word.
    /// </summary>
    public int? IdOf(string lower) => _lower.IndexOf(lower) is var id and >= 0 ? id : null;

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
    /// <paramref name="question"/>'s answer for each distinct word, asked at most once per word and only when first wanted.
    /// Answers are kept per question instance: pass the same delegate (a static field) each time.
    /// </summary>
    public WordAnswers<T> Answers<T>(Func<string, T> question) => Find<WordAnswers<T>>(question) ?? Keep(question, new WordAnswers<T>(this, question));

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
    private readonly (bool Asked, T Answer)[] _answers;

    internal WordAnswers(WordIdentities words, Func<string, T> question)
    {
        _words = words;
        _question = question;
        _answers = new (bool, T)[words.Count];
    }

    public T this[int id]
    {
        get
        {
            ref var answer = ref _answers[id];
            if (!answer.Asked) answer = (true, _question(_words.Lower(id)));
            return answer.Answer;
        }
    }
}
