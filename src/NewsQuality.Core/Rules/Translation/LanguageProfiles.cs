using System.Text;

namespace NewsQuality.Rules.Translation;

/// <summary>
/// The shipped language data of NQ2010: character-trigram profiles of English and eight common source languages,
/// a Bloom filter of the English word list, and function-word lists (see tools/langprofile/SOURCES.md).
/// Loaded once from embedded resources; immutable and thread-safe.
/// </summary>
internal sealed class LanguageProfiles
{
    private const string English = "en";
    private const int BloomBits = 1 << 20;
    private const int BloomProbes = 7;

    public static LanguageProfiles Default { get; } = Diagnostics.StartupTrace.Measure("language profiles", Load);

    /// <summary>The profiles' languages, English first.</summary>
    private readonly string[] _languages;

    /// <summary>
    /// Each trigram's row in <see cref="_logProbabilities"/>, keyed by its three characters packed in one number: one
    /// look-up per trigram scores all languages, and the table is two arrays rather than a string and an array per
    /// trigram, which the garbage collector copied about at every start (docs/performance.md).
    /// </summary>
    private readonly Dictionary<ulong, int> _trigramRows;

    /// <summary>Row by row, each trigram's log-probability under every profile (in <see cref="_languages"/> order, the
    /// profile's floor where it lacks the trigram).</summary>
    private readonly float[] _logProbabilities;

    private readonly float[] _floors;
    private readonly byte[] _englishBloom;
    private readonly Dictionary<string, string[]> _functionWords;

    private LanguageProfiles(string[] languages, float[] floors, Dictionary<ulong, int> trigramRows, float[] logProbabilities,
        Dictionary<string, string> names, byte[] englishBloom, Dictionary<string, string[]> functionWords)
    {
        _languages = languages;
        _floors = floors;
        _trigramRows = trigramRows;
        _logProbabilities = logProbabilities;
        Names = names;
        _englishBloom = englishBloom;
        _functionWords = functionWords;
    }

    /// <summary>Language code → English name ("nl" → "Dutch").</summary>
    public IReadOnlyDictionary<string, string> Names { get; }

    /// <summary>
    /// <see cref="IsEnglishWord"/> of the shipped profiles, as one delegate: the question rules ask of an article's distinct
    /// words (<c>WordIdentities.Answers</c>), so that each is asked once per article, whichever rule asks first.
    /// </summary>
    public static Func<string, bool> IsEnglish { get; } = lower => Default.IsEnglishWord(lower);

    /// <summary>True when the lower-cased word is (probably: a Bloom filter) in the English word list.</summary>
    public bool IsEnglishWord(string lower)
    {
        var hash = System.Text.Ascii.IsValid(lower) ? Fnv1a64Ascii(lower) : Fnv1a64(Encoding.UTF8.GetBytes(lower));
        ulong h1 = (uint)hash, h2 = (hash >> 32) | 1;
        for (ulong i = 0; i < BloomProbes; i++)
        {
            var index = (h1 + i * h2) % BloomBits;
            if ((_englishBloom[index >> 3] & (1 << (int)(index & 7))) == 0) return false;
        }
        return true;
    }

    /// <summary>The languages whose function-word list holds the lower-cased word ("het" → Dutch), or none.</summary>
    public IReadOnlyList<string> FunctionWordOf(string lower) =>
        _functionWords.TryGetValue(lower, out var languages) ? languages : [];

    /// <summary>
    /// Mean trigram log-probability of the lower-cased word under the best non-English profile minus under English,
    /// and which language that is. Positive means the spelling looks foreign.
    /// </summary>
    public (double Margin, string Language) ForeignMargin(string lower)
    {
        var padded = "^" + lower + "$";
        // Per language, the mean trigram log-probability of the padded word (the sums run in trigram order for each language).
        Span<double> sums = stackalloc double[_languages.Length];
        sums.Clear();
        var count = padded.Length - 2;
        for (var i = 0; i < count; i++)
        {
            var values = _trigramRows.TryGetValue(Key(padded.AsSpan(i, 3)), out var row)
                ? _logProbabilities.AsSpan(row * _languages.Length, _languages.Length)
                : _floors;
            for (var k = 0; k < sums.Length; k++) sums[k] += values[k];
        }
        var english = sums[0] / count;
        var best = (Score: double.NegativeInfinity, Language: "");
        for (var k = 1; k < sums.Length; k++)
        {
            var score = sums[k] / count;
            if (score > best.Score) best = (score, _languages[k]);
        }
        return (best.Score - english, best.Language);
    }

    private static ulong Fnv1a64(ReadOnlySpan<byte> data)
    {
        var hash = 0xCBF29CE484222325UL;
        foreach (var b in data) hash = (hash ^ b) * 0x100000001B3UL;
        return hash;
    }

    /// <summary>
    /// <see cref="Fnv1a64"/> of an ASCII word's UTF-8 bytes, which are its characters: nearly every word asked about, hashed
    /// without encoding it first.
    /// </summary>
    private static ulong Fnv1a64Ascii(string ascii)
    {
        var hash = 0xCBF29CE484222325UL;
        foreach (var c in ascii) hash = (hash ^ c) * 0x100000001B3UL;
        return hash;
    }

    /// <summary>A trigram's three UTF-16 characters in one number.</summary>
    private static ulong Key(ReadOnlySpan<char> trigram) => trigram[0] | (ulong)trigram[1] << 16 | (ulong)trigram[2] << 32;

    /// <summary>
    /// Lines "language TAB trigram TAB log-probability", each language's block opened by "language TAB * TAB floor TAB
    /// name". Read twice: the languages and floors first, so that each trigram's row is filled in place on the second
    /// pass and nothing per trigram outlives the line it was read from.
    /// </summary>
    private static LanguageProfiles Load()
    {
        const string File = "language-profiles.tsv";
        var floorOf = new Dictionary<string, float>();
        var names = new Dictionary<string, string>();
        foreach (var line in EmbeddedData.ReadLines(File))
            // Only the block headers are split: the first pass makes nothing of the trigram lines.
            if (line.Contains("\t*\t", StringComparison.Ordinal) && line.Split('\t') is [var language, "*", var floor, var name, ..])
            {
                floorOf[language] = float.Parse(floor, System.Globalization.CultureInfo.InvariantCulture);
                names[language] = name;
            }
        if (floorOf.Count < 2 || !floorOf.ContainsKey(English)) throw new InvalidOperationException($"{File} needs English and another language.");
        string[] languages = [English, .. floorOf.Keys.Where(language => language != English)];
        var floors = languages.Select(language => floorOf[language]).ToArray();
        var column = languages.Select((language, k) => (language, k)).ToDictionary(p => p.language, p => p.k);
        var rows = new Dictionary<ulong, int>();
        var table = new List<float>();
        foreach (var line in EmbeddedData.ReadLines(File))
        {
            var first = line.IndexOf('\t');
            var second = line.IndexOf('\t', first + 1);
            var trigram = line.AsSpan(first + 1, second - first - 1);
            // Scoring looks trigrams up three characters at a time: a longer one (a character outside the BMP) is never found.
            if (trigram.Length != 3) continue;
            var end = line.IndexOf('\t', second + 1);
            var value = float.Parse(line.AsSpan(second + 1, (end < 0 ? line.Length : end) - second - 1), System.Globalization.CultureInfo.InvariantCulture);
            var key = Key(trigram);
            if (!rows.TryGetValue(key, out var row))
            {
                rows[key] = row = rows.Count;
                table.AddRange(floors);
            }
            table[row * languages.Length + column[line[..first]]] = value;
        }
        var functionWords = EmbeddedData.ReadLines("function-words.tsv")
            .Select(line => line.Split('\t'))
            .SelectMany(parts => parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => (Word: word, Language: parts[0])))
            .GroupBy(p => p.Word, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Language).ToArray(), StringComparer.Ordinal);
        using var bloom = EmbeddedData.Open("english-words.bloom");
        using var memory = new MemoryStream();
        bloom.CopyTo(memory);
        return new LanguageProfiles(languages, floors, rows, [.. table], names, memory.ToArray(), functionWords);
    }
}
