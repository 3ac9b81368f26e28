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

    public static LanguageProfiles Default { get; } = Load();

    /// <summary>The profiles' languages, English first.</summary>
    private readonly string[] _languages;

    /// <summary>
    /// Each trigram's log-probability under every profile (in <see cref="_languages"/> order, the profile's floor where
    /// it lacks the trigram): one look-up per trigram scores all languages. Looked up by span, so scoring allocates no substrings.
    /// </summary>
    private readonly Dictionary<string, float[]>.AlternateLookup<ReadOnlySpan<char>> _trigrams;

    private readonly float[] _floors;
    private readonly byte[] _englishBloom;
    private readonly Dictionary<string, string[]> _functionWords;

    private LanguageProfiles(Dictionary<string, Dictionary<string, float>> trigrams, Dictionary<string, float> floors,
        Dictionary<string, string> names, byte[] englishBloom, Dictionary<string, string[]> functionWords)
    {
        _languages = trigrams.Keys.Where(language => language == English).Concat(trigrams.Keys.Where(language => language != English)).ToArray();
        if (_languages.Length < 2 || _languages[0] != English) throw new InvalidOperationException("language-profiles.tsv needs English and another language.");
        _floors = _languages.Select(language => floors[language]).ToArray();
        var all = new Dictionary<string, float[]>(StringComparer.Ordinal);
        for (var k = 0; k < _languages.Length; k++)
            foreach (var (trigram, logProbability) in trigrams[_languages[k]])
            {
                if (!all.TryGetValue(trigram, out var values)) all[trigram] = values = (float[])_floors.Clone();
                values[k] = logProbability;
            }
        _trigrams = all.GetAlternateLookup<ReadOnlySpan<char>>();
        Names = names;
        _englishBloom = englishBloom;
        _functionWords = functionWords;
    }

    /// <summary>Language code → English name ("nl" → "Dutch").</summary>
    public IReadOnlyDictionary<string, string> Names { get; }

    /// <summary>True when the lower-cased word is (probably: a Bloom filter) in the English word list.</summary>
    public bool IsEnglishWord(string lower)
    {
        var bytes = lower.Length <= 256 ? stackalloc byte[Encoding.UTF8.GetMaxByteCount(lower.Length)] : new byte[Encoding.UTF8.GetMaxByteCount(lower.Length)];
        var hash = Fnv1a64(bytes[..Encoding.UTF8.GetBytes(lower, bytes)]);
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
            var values = _trigrams.TryGetValue(padded.AsSpan(i, 3), out var found) ? found : _floors;
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

    private static LanguageProfiles Load()
    {
        var trigrams = new Dictionary<string, Dictionary<string, float>>();
        var floors = new Dictionary<string, float>();
        var names = new Dictionary<string, string>();
        foreach (var line in EmbeddedData.ReadLines("language-profiles.tsv"))
        {
            var parts = line.Split('\t');
            var value = float.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture);
            if (parts[1] == "*")
            {
                floors[parts[0]] = value;
                names[parts[0]] = parts[3];
                trigrams[parts[0]] = new Dictionary<string, float>(StringComparer.Ordinal);
            }
            else trigrams[parts[0]][parts[1]] = value;
        }
        var functionWords = EmbeddedData.ReadLines("function-words.tsv")
            .Select(line => line.Split('\t'))
            .SelectMany(parts => parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => (Word: word, Language: parts[0])))
            .GroupBy(p => p.Word, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Language).ToArray(), StringComparer.Ordinal);
        using var bloom = EmbeddedData.Open("english-words.bloom");
        using var memory = new MemoryStream();
        bloom.CopyTo(memory);
        return new LanguageProfiles(trigrams, floors, names, memory.ToArray(), functionWords);
    }
}
