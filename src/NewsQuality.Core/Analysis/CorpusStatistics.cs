using System.Collections.Concurrent;
using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Analysis;

/// <summary>
/// Document frequencies of lower-cased words (as <see cref="TermVectors.Terms"/> cuts them) over the run's corpus, gathered in the engine's first pass, so
/// per-article rules can weigh words by how rare they are in the articles being checked.
/// </summary>
public sealed class CorpusStatistics
{
    private readonly ConcurrentDictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private int _documentCount;

    public static CorpusStatistics Empty { get; } = new();

    public int DocumentCount => _documentCount;

    /// <summary>Thread-safe: the first pass calls this from several threads.</summary>
    public void Add(Article article)
    {
        Interlocked.Increment(ref _documentCount);
        foreach (var word in DistinctTerms(article.Text)) _documentFrequency.AddOrUpdate(word, 1, (_, count) => count + 1);
    }

    /// <summary>
    /// The distinct <see cref="TermVectors.Terms"/> of the text, each word lower-cased into a buffer and made a string
    /// only the first time it occurs: most words of an article are repeats.
    /// </summary>
    private static HashSet<string> DistinctTerms(string text)
    {
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        var seen = distinct.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        foreach (var span in TermVectors.TermSpans(text, new TextSpan(0, text.Length)))
        {
            var word = text.AsSpan(span.Start, span.Length);
            if (word.Length > buffer.Length)
            {
                distinct.Add(word.ToString().ToLowerInvariant());
                continue;
            }
            var lower = buffer[..word.ToLowerInvariant(buffer)];
            seen.Add(lower);
        }
        return distinct;
    }

    /// <summary>Every word with its document frequency, to merge statistics gathered apart (the sharded pipeline, one table per shard).</summary>
    public IEnumerable<KeyValuePair<string, int>> DocumentFrequencies => _documentFrequency;

    /// <summary>Adds counts gathered elsewhere: <paramref name="documents"/> more articles, and each word's document frequency among them.</summary>
    public void Merge(int documents, IEnumerable<KeyValuePair<string, int>> frequencies)
    {
        Interlocked.Add(ref _documentCount, documents);
        foreach (var (word, count) in frequencies) _documentFrequency.AddOrUpdate(word, count, (_, sum) => sum + count);
    }

    /// <summary>In how many articles of the run <paramref name="lowerCaseWord"/> occurs.</summary>
    public int DocumentFrequency(string lowerCaseWord) => _documentFrequency.GetValueOrDefault(lowerCaseWord);
}
