using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Analysis;

/// <summary>
/// Document frequencies of lower-cased words (as <see cref="TermVectors.Terms"/> cuts them) over the run's corpus, gathered in the engine's first pass, so
/// per-article rules can weigh words by how rare they are in the articles being checked.
/// </summary>
public sealed class CorpusStatistics
{
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    // Counts added since the last read, one tally per thread that was adding at the same time: adding takes no lock
    // per word (a concurrent dictionary update per distinct word of every article was a third of this class's CPU).
    private readonly ConcurrentStack<Tally> _tallies = new();
    private readonly Lock _merging = new();
    private volatile bool _unmerged;
    private int _documentCount;

    public static CorpusStatistics Empty { get; } = new();

    public int DocumentCount => _documentCount;

    /// <summary>Thread-safe: the first pass calls this from several threads. Reads see what was added before them (the engine reads only after its first pass).</summary>
    public void Add(Article article)
    {
        Interlocked.Increment(ref _documentCount);
        var tally = _tallies.TryPop(out var idle) ? idle : new Tally();
        tally.Add(article.Text);
        _tallies.Push(tally);
        _unmerged = true;
    }

    /// <summary>Adds counts gathered elsewhere: <paramref name="documents"/> more articles, and each word's document frequency among them.</summary>
    public void Merge(int documents, IEnumerable<KeyValuePair<string, int>> frequencies)
    {
        Interlocked.Add(ref _documentCount, documents);
        lock (_merging)
            foreach (var (word, count) in frequencies) CollectionsMarshal.GetValueRefOrAddDefault(_documentFrequency, word, out _) += count;
    }

    /// <summary>Every word with its document frequency, to merge statistics gathered apart (the sharded pipeline, one table per shard).</summary>
    public IEnumerable<KeyValuePair<string, int>> DocumentFrequencies => Merged();

    /// <summary>In how many articles of the run <paramref name="lowerCaseWord"/> occurs.</summary>
    public int DocumentFrequency(string lowerCaseWord) => Merged().GetValueOrDefault(lowerCaseWord);

    /// <summary>The frequencies with every tally added so far; once merged, reads take no lock.</summary>
    private Dictionary<string, int> Merged()
    {
        if (!_unmerged) return _documentFrequency;
        lock (_merging)
        {
            _unmerged = false;
            while (_tallies.TryPop(out var tally))
                for (var i = 0; i < tally.Words.Count; i++) CollectionsMarshal.GetValueRefOrAddDefault(_documentFrequency, tally.Words[i], out _) += tally.Articles(i);
        }
        return _documentFrequency;
    }

    /// <summary>One thread's document frequencies.</summary>
    /// <remarks>
    /// Each word carries the number of the last article that counted it, so one look-up per word occurrence (by span, in
    /// a buffer) both finds the word and tells whether the article counted it already; a string is made only for a word
    /// new to the thread. Before, a set of the article's distinct words made a string per distinct word of every article
    /// and a second look-up for each. The look-up is a <see cref="SpanTable{T}"/>: an ASCII word is lowered and hashed in one
    /// pass, where a dictionary's look-up by span lowered it in one and hashed it in another, through its comparer.
    /// </remarks>
    private sealed class Tally
    {
        /// <summary>Each word's place in <see cref="Words"/> and <see cref="_counts"/>.</summary>
        private readonly SpanTable<int> _places = new(4096);
        private readonly List<(int Articles, int LastArticle)> _counts = [];
        private int _added;

        /// <summary>The words counted, each once, in the order first met.</summary>
        public List<string> Words { get; } = [];

        /// <summary>In how many of this tally's articles <see cref="Words"/>[<paramref name="word"/>] occurs.</summary>
        public int Articles(int word) => _counts[word].Articles;

        public void Add(string text)
        {
            var article = ++_added;
            Span<char> buffer = stackalloc char[64];
            foreach (var span in TermVectors.TermSpans(text, new TextSpan(0, text.Length)))
            {
                var word = text.AsSpan(span.Start, span.Length);
                // InvariantCase.ToLower's lower case, as TermVectors.Terms counts words: a word too long for the buffer is lowered apart.
                var length = SpanTable<int>.LowerAndHash(word, buffer, out var hash, out _);
                var longLower = length < 0 ? word.ToString().ToLowerInvariant() : null;
                var lower = longLower is null ? buffer[..length] : longLower.AsSpan();
                if (longLower is not null) hash = SpanTable<int>.Hash(lower);
                ref var place = ref _places.Find(lower, hash);
                if (Unsafe.IsNullRef(ref place))
                {
                    var key = longLower ?? lower.ToString();
                    _places.Add(key, hash, Words.Count);
                    Words.Add(key);
                    _counts.Add((1, article));
                    continue;
                }
                ref var counted = ref CollectionsMarshal.AsSpan(_counts)[place];
                if (counted.LastArticle == article) continue;
                counted = (counted.Articles + 1, article);
            }
        }
    }
}
