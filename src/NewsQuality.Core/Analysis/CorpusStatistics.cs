using System.Collections.Concurrent;
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
                foreach (var (word, counted) in tally.Words) CollectionsMarshal.GetValueRefOrAddDefault(_documentFrequency, word, out _) += counted.Articles;
        }
        return _documentFrequency;
    }

    /// <summary>One thread's document frequencies.</summary>
    /// <remarks>
    /// Each word carries the number of the last article that counted it, so one look-up per word occurrence (by span, in
    /// a buffer) both finds the word and tells whether the article counted it already; a string is made only for a word
    /// new to the thread. Before, a set of the article's distinct words made a string per distinct word of every article
    /// and a second look-up for each.
    /// </remarks>
    private sealed class Tally
    {
        public Dictionary<string, (int Articles, int LastArticle)> Words { get; } = new(StringComparer.Ordinal);
        private int _added;

        public void Add(string text)
        {
            var article = ++_added;
            var words = Words.GetAlternateLookup<ReadOnlySpan<char>>();
            Span<char> buffer = stackalloc char[64];
            foreach (var span in TermVectors.TermSpans(text, new TextSpan(0, text.Length)))
            {
                var word = text.AsSpan(span.Start, span.Length);
                ReadOnlySpan<char> lower = word.Length <= buffer.Length ? buffer[..Lower(word, buffer)] : word.ToString().ToLowerInvariant();
                ref var counted = ref CollectionsMarshal.GetValueRefOrAddDefault(words, lower, out _);
                if (counted.LastArticle == article) continue;
                counted = (counted.Articles + 1, article);
            }
        }

        /// <summary>
        /// <see cref="InvariantCase.ToLower"/> of a word that fits <paramref name="buffer"/>: an ASCII word (nearly every
        /// one) in this loop, which costs a few instructions a letter where the call cost about a hundred a word.
        /// </summary>
        private static int Lower(ReadOnlySpan<char> word, Span<char> buffer)
        {
            for (var i = 0; i < word.Length; i++)
            {
                var c = word[i];
                if (c >= 0x80) return InvariantCase.ToLower(word, buffer);
                buffer[i] = (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
            }
            return word.Length;
        }
    }
}
