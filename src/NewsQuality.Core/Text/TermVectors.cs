using System.Globalization;
using System.Runtime.InteropServices;
using MathNet.Numerics.LinearAlgebra;
using NewsQuality.Analysis;
using NewsQuality.Model;
using NewsQuality.Storage;

namespace NewsQuality.Text;

/// <summary>Inverse document frequencies: from the run's own corpus when it is large enough, else from a shipped background table.</summary>
public sealed class TermWeights
{
    /// <summary>Below this many articles the run's own frequencies are too noisy to trust.</summary>
    public const int MinimumCorpus = 50;

    private static readonly Lazy<TermWeights> BackgroundTable = new(() => Diagnostics.StartupTrace.Measure("background frequencies", LoadBackground));
    private readonly Func<string, int> _documentFrequency;

    private TermWeights(int documents, Func<string, int> documentFrequency)
    {
        Documents = documents;
        _documentFrequency = documentFrequency;
    }

    public int Documents { get; }

    public static TermWeights Background => BackgroundTable.Value;

    public static TermWeights For(CorpusStatistics corpus) =>
        corpus.DocumentCount >= MinimumCorpus ? new TermWeights(corpus.DocumentCount, corpus.DocumentFrequency) : Background;

    /// <summary>In how many of the articles the lower-case <paramref name="term"/> occurs.</summary>
    public int DocumentFrequency(string term) => _documentFrequency(term);

    /// <summary>Smoothed IDF: unseen words weigh most, words in every article close to nothing.</summary>
    public double Idf(string term) => Math.Log((Documents + 1.0) / (_documentFrequency(term) + 1.0));

    /// <summary>The background table's image (Text/Data/background-df.bin, from background-df.tsv beside it, <see cref="WriteBackground"/>).</summary>
    public const string BackgroundResource = "NewsQuality.Text.background-df.bin";

    private const int BackgroundMagic = 0x3144514E; // "NQD1"

    /// <summary>Where the terms' <see cref="StemRowsImage"/> starts in the background image, after its magic and document count.</summary>
    private const int BackgroundHeaderBytes = 2 * sizeof(int);

    /// <summary>
    /// The background table read in place from its image: parsing its 17,000 lines into a string dictionary was most of NQ3003's
    /// start (70 M instructions, with the collections its growth started) and kept 17,000 strings in the heap for the whole run.
    /// </summary>
    private static TermWeights LoadBackground() => FromImage(EmbeddedResources.Mapped(BackgroundResource), BackgroundResource);

    /// <summary>
    /// The table in a background image (<see cref="WriteBackground"/>): the magic and the document count, then a
    /// <see cref="StemRowsImage"/> of the terms with no dimensions whose per-term scale is the term's document frequency.
    /// </summary>
    internal static TermWeights FromImage(ShippedBytes image, string source)
    {
        var bytes = image.Span;
        var header = bytes.Length >= BackgroundHeaderBytes ? MemoryMarshal.Cast<byte, int>(bytes[..BackgroundHeaderBytes]) : [];
        if (header.Length == 0 || header[0] != BackgroundMagic) throw new InvalidDataException($"{source}: not a background frequency image.");
        var documents = header[1];
        var layout = StemRowsImage.Read(bytes[BackgroundHeaderBytes..], BackgroundMagic) is { Dimensions: 0 } terms
            && terms.Length == bytes.Length - BackgroundHeaderBytes ? terms : throw new InvalidDataException($"{source}: a damaged term table.");
        return new TermWeights(documents, term =>
        {
            var table = image.Span[BackgroundHeaderBytes..];
            return StemRowsImage.RowOf(table, layout, term) is var row and >= 0 ? (int)StemRowsImage.Scale(table, layout, row) : 0;
        });
    }

    /// <summary>
    /// The image of the background table's text (tools/derive-background-idf.py): comment lines starting with '#', a line with the
    /// document count, then "term TAB document frequency" per term. A frequency is kept as a float, exact below 2^24; a term
    /// given twice, or a frequency a float would not hold exactly, is an error.
    /// </summary>
    public static byte[] WriteBackground(IEnumerable<string> lines)
    {
        var documents = 0;
        var terms = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var frequencies = new List<float>();
        foreach (var line in lines)
        {
            if (line.StartsWith('#')) continue;
            var tab = line.IndexOf('\t');
            if (tab < 0)
            {
                documents = int.Parse(line, CultureInfo.InvariantCulture);
                continue;
            }
            var term = line[..tab];
            var frequency = int.Parse(line.AsSpan(tab + 1), CultureInfo.InvariantCulture);
            if (!seen.Add(term)) throw new InvalidDataException($"background frequencies: '{term}' is given twice.");
            if (frequency is < 0 or >= 1 << 24) throw new InvalidDataException($"background frequencies: '{term}' has {frequency}, which a float does not hold exactly.");
            terms.Add(term);
            frequencies.Add(frequency);
        }
        var table = StemRowsImage.Write(BackgroundMagic, 0, terms, CollectionsMarshal.AsSpan(frequencies), []);
        var image = new byte[BackgroundHeaderBytes + table.Length];
        var header = MemoryMarshal.Cast<byte, int>(image.AsSpan(0, BackgroundHeaderBytes));
        (header[0], header[1]) = (BackgroundMagic, documents);
        table.CopyTo(image, BackgroundHeaderBytes);
        return image;
    }
}

/// <summary>TF-IDF vectors of text spans and their cosine similarity (MathNet.Numerics sparse vectors).</summary>
public static class TermVectors
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "but", "by",
        "can", "could", "did", "do", "does", "for", "from", "had", "has", "have", "he", "her", "his", "how", "i", "if", "in", "into", "is", "it",
        "its", "just", "more", "most", "mr", "mrs", "ms", "no", "not", "now", "of", "on", "one", "or", "other", "our", "out", "over", "said",
        "says", "she", "so", "some", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "to", "two",
        "up", "us", "was", "we", "were", "what", "when", "which", "while", "who", "will", "with", "would", "year", "years", "you", "your",
        "s", "t", "new", "last", "first", "see", "read", "why", "that's", "it's",
    };

    /// <summary>Lower-cased letter runs of the span, as the background table counts them.</summary>
    public static IEnumerable<string> Terms(string text, TextSpan span)
    {
        foreach (var term in TermSpans(text, span)) yield return text.Substring(term.Start, term.Length).ToLowerInvariant();
    }

    /// <summary>Where the <see cref="Terms"/> of the span are (letter runs), for callers that lower-case them without a string each.</summary>
    /// <remarks>
    /// A struct to <c>foreach</c> over, not an iterator: NQ1003 and NQ3003 each walk every word of every
    /// article with it, and the iterator's allocation and interface call per term were a visible share of a check.
    /// </remarks>
    public static LetterRuns TermSpans(string text, TextSpan span) => new(text, span);

    /// <summary>The letter runs of a span of text, in order (see <see cref="TermSpans"/>).</summary>
    public readonly struct LetterRuns(string text, TextSpan span)
    {
        public Enumerator GetEnumerator() => new(text, span);

        public struct Enumerator(string text, TextSpan span)
        {
            private int _next = span.Start;

            public TextSpan Current { get; private set; }

            public bool MoveNext()
            {
                // The text up to the span's end in a local: the loops then read neither the fields nor the bounds again per character.
                var chars = text.AsSpan(0, span.End);
                var i = _next;
                while (i < chars.Length && !char.IsLetter(chars[i])) i++;
                var start = i;
                while (i < chars.Length && char.IsLetter(chars[i])) i++;
                _next = i;
                Current = TextSpan.FromBounds(start, i);
                return i > start;
            }
        }
    }

    /// <summary>Content terms: no stop words, at least three letters.</summary>
    /// <remarks>
    /// Short words and stop words (four words in ten) are dropped before they are made strings, and the others are
    /// lower-cased into a buffer before the one string is made (a capitalised word made two).
    /// </remarks>
    public static IEnumerable<string> ContentTerms(string text, TextSpan span)
    {
        var buffer = new char[32];
        foreach (var term in TermSpans(text, span))
        {
            var length = LowerContentTerm(text, term, ref buffer);
            if (length > 0) yield return new string(buffer, 0, length);
        }
    }

    /// <summary>
    /// Lower-cases the term (a letter run of <see cref="TermSpans"/>) into <paramref name="buffer"/> (grown when too short)
    /// and gives its length, or 0 when it is no content term: for callers that look terms up by span and make a string
    /// only for a term they keep.
    /// </summary>
    public static int LowerContentTerm(string text, TextSpan term, ref char[] buffer)
    {
        if (term.Length < 3) return 0;
        if (term.Length > buffer.Length) buffer = new char[term.Length];
        var lower = buffer.AsSpan(0, InvariantCase.ToLower(text.AsSpan(term.Start, term.Length), buffer));
        return IsStopWord(lower) ? 0 : lower.Length;
    }

    /// <summary>A lower-cased term is a stop word (<see cref="LowerContentTerm"/> gives 0 for it).</summary>
    public static bool IsStopWord(ReadOnlySpan<char> lower) => lower.Length <= MaxStopWordLength && StopWordSpans.Contains(lower);

    private static readonly int MaxStopWordLength = StopWords.Max(word => word.Length);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordSpans = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static Dictionary<string, double> TfIdf(string text, TextSpan span, TermWeights weights) =>
        ContentTerms(text, span).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count() * weights.Idf(g.Key), StringComparer.Ordinal);

    public static Dictionary<string, double> Sum(IEnumerable<Dictionary<string, double>> vectors)
    {
        var sum = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var vector in vectors)
            foreach (var (term, weight) in vector) sum[term] = sum.GetValueOrDefault(term) + weight;
        return sum;
    }

    /// <summary>Cosine similarity of each query with one target, in one term space: the target is built once however many queries.</summary>
    public static double[] Cosines(IReadOnlyList<IReadOnlyDictionary<string, double>> queries, IReadOnlyDictionary<string, double> target)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in target.Keys.Concat(queries.SelectMany(q => q.Keys))) index.TryAdd(term, index.Count);
        Vector<double> Build(IReadOnlyDictionary<string, double> terms) =>
            Vector<double>.Build.SparseOfIndexed(index.Count, terms.Select(p => Tuple.Create(index[p.Key], p.Value)));
        var targetVector = Build(target);
        var targetNorm = targetVector.L2Norm();
        return queries.Select(query =>
        {
            if (query.Count == 0 || target.Count == 0) return 0;
            var queryVector = Build(query);
            var norms = queryVector.L2Norm() * targetNorm;
            return norms == 0 ? 0 : queryVector.DotProduct(targetVector) / norms;
        }).ToArray();
    }

    private static readonly string[] Suffixes = ["ians", "ian", "ings", "ing", "ers", "er", "ed", "es", "s", "e", "y"];

    /// <summary>A light stem for overlap tests: common English suffixes stripped, so "Ukraine"/"Ukrainian" and "soldier"/"soldiers" meet.</summary>
    public static string Stem(string term) => StemLength(term) is var length && length == term.Length ? term : term[..length];

    /// <summary>How long <see cref="Stem"/> of <paramref name="term"/> is: it is the term's first that many characters.</summary>
    public static int StemLength(ReadOnlySpan<char> term)
    {
        foreach (var suffix in Suffixes)
            if (term.Length - suffix.Length >= 4 && term.EndsWith(suffix))
                return term.Length - suffix.Length;
        return term.Length;
    }
}
