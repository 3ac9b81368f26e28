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
            var frequencies = _documentFrequency.GetAlternateLookup<ReadOnlySpan<char>>();
            while (_tallies.TryPop(out var tally))
            {
                // Sized once for the first tally's words, not grown by doubling through them (later tallies share most words).
                _documentFrequency.EnsureCapacity(tally.Count);
                for (var w = 0; w < tally.Count; w++)
                    CollectionsMarshal.GetValueRefOrAddDefault(frequencies, tally.WordAt(w, out var articles), out _) += articles;
            }
        }
        return _documentFrequency;
    }

    /// <summary>One thread's document frequencies.</summary>
    /// <remarks>
    /// Each word carries the number of the last article that counted it, so one look-up per word occurrence both finds the
    /// word and tells whether the article counted it already. The table is its own (open addressing over the words' numbers,
    /// the words' characters in one array): a <see cref="Dictionary{TKey, TValue}"/> looked up by span lowered the word in
    /// one pass and hashed it in another through its comparer's interface, and kept a string per word new to the thread
    /// (each thread its own), which the merge now makes once per word of the run. Its arrays hold no references, so the
    /// collector does not trace the thread's tens of thousands of words.
    /// </remarks>
    private sealed class Tally
    {
        /// <summary>A word: where its lower case is in <see cref="_characters"/>, its hash, and its counts.</summary>
        private struct Word
        {
            public int Start, Length, Articles, LastArticle;
            public uint Hash;
        }

        private const int InitialWords = 2048;

        /// <summary>Each slot a word's number + 1, or 0 when empty; at most half the slots are taken.</summary>
        private int[] _slots = new int[2 * InitialWords];
        private int _shift = 32 - System.Numerics.BitOperations.Log2(2 * InitialWords);
        private Word[] _words = new Word[InitialWords];
        private char[] _characters = new char[8 * InitialWords];
        private int _charactersUsed;
        private char[] _lower = new char[64];
        private int _added;

        /// <summary>How many distinct words the thread counted.</summary>
        public int Count { get; private set; }

        /// <summary>The lower case of the <paramref name="number"/>th word counted and in how many articles.</summary>
        public ReadOnlySpan<char> WordAt(int number, out int articles)
        {
            ref var word = ref _words[number];
            articles = word.Articles;
            return _characters.AsSpan(word.Start, word.Length);
        }

        public void Add(string text)
        {
            var article = ++_added;
            var chars = text.AsSpan();
            for (var i = 0; i < chars.Length;)
            {
                if (!IsLetter(chars[i]))
                {
                    i++;
                    continue;
                }
                // A letter run, as TermVectors.TermSpans finds them: a loop without a call over its ASCII letters (nearly
                // every word has no other), char.IsLetter only where one outside ASCII stops it.
                var start = i;
                while (true)
                {
                    while (i < chars.Length && IsAsciiLetter(chars[i])) i++;
                    if (i < chars.Length && chars[i] >= 0x80 && char.IsLetter(chars[i])) i++;
                    else break;
                }
                // Invariant lower case keeps the length of UTF-16 text, so the word fits.
                if (i - start > _lower.Length) _lower = new char[Math.Max(i - start, 2 * _lower.Length)];
                var lower = _lower.AsSpan(0, SpanTable<int>.LowerAndHash(chars[start..i], _lower, out var hash, out _));
                ref var counted = ref Find(lower, hash);
                if (counted.LastArticle == article) continue;
                counted.Articles++;
                counted.LastArticle = article;
            }
        }

        /// <summary><see cref="char.IsLetter(char)"/>, without a call for ASCII.</summary>
        private static bool IsLetter(char c) => c < 0x80 ? IsAsciiLetter(c) : char.IsLetter(c);

        /// <summary>An ASCII letter: setting the 0x20 bit lowers A–Z and moves no other character, in ASCII or not, into a–z.</summary>
        private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

        /// <summary>The word whose lower case is <paramref name="lower"/> (hash <paramref name="hash"/>), added with no counts when new.</summary>
        private ref Word Find(ReadOnlySpan<char> lower, uint hash)
        {
            var mask = _slots.Length - 1;
            for (var slot = FirstSlot(hash); ; slot = (slot + 1) & mask)
            {
                var number = _slots[slot] - 1;
                if (number < 0) return ref Add(slot, lower, hash);
                ref var word = ref _words[number];
                if (word.Hash == hash && lower.SequenceEqual(_characters.AsSpan(word.Start, word.Length))) return ref word;
            }
        }

        private ref Word Add(int slot, ReadOnlySpan<char> lower, uint hash)
        {
            if (_charactersUsed + lower.Length > _characters.Length)
                Array.Resize(ref _characters, Math.Max(2 * _characters.Length, _charactersUsed + lower.Length));
            lower.CopyTo(_characters.AsSpan(_charactersUsed));
            if (Count == _words.Length) Array.Resize(ref _words, 2 * _words.Length);
            var number = Count++;
            _words[number] = new Word { Start = _charactersUsed, Length = lower.Length, Hash = hash };
            _charactersUsed += lower.Length;
            if (2 * Count > _slots.Length) Grow();
            else _slots[slot] = number + 1;
            return ref _words[number];
        }

        /// <summary>Where a word's probe starts: the top bits of its hash's Fibonacci product (FNV-1a's low bits alone cluster).</summary>
        private int FirstSlot(uint hash) => (int)(hash * 0x9E3779B1u >> _shift);

        /// <summary>Doubles the slots and places every word again (the word just added included).</summary>
        private void Grow()
        {
            _slots = new int[2 * _slots.Length];
            _shift--;
            var mask = _slots.Length - 1;
            for (var number = 0; number < Count; number++)
            {
                var slot = FirstSlot(_words[number].Hash);
                while (_slots[slot] != 0) slot = (slot + 1) & mask;
                _slots[slot] = number + 1;
            }
        }
    }
}
