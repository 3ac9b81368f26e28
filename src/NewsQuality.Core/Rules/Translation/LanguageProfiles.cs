using System.Runtime.InteropServices;
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
    private const int Magic = 0x314C514E; // "NQL1"

    /// <summary>The profiles' text, the image's source (tools/langprofile/derive_profiles.py writes it; not shipped).</summary>
    public const string TextFile = "language-profiles.tsv";

    /// <summary>The profiles as shipped: <see cref="Write"/>'s image of <see cref="TextFile"/>, read in place.</summary>
    public const string ImageFile = "language-profiles.bin";

    public static LanguageProfiles Default { get; } = Diagnostics.StartupTrace.Measure("language profiles", Load);

    /// <summary>The profiles' languages, English first.</summary>
    private readonly string[] _languages;

    /// <summary>
    /// The trigram table in <see cref="Layout"/>'s form: one look-up of a trigram's three characters packed in one number
    /// scores all languages, read where the resource's bytes lie (parsing the text cost about 44 M instructions at every
    /// start, and its dictionary and arrays were copied by the first pass's collections: docs/performance.md).
    /// </summary>
    private readonly byte[] _image;

    private readonly Layout _layout;
    private readonly float[] _floors;
    private readonly byte[] _englishBloom;
    private readonly Dictionary<string, string[]> _functionWords;

    private LanguageProfiles(byte[] image, byte[] englishBloom, Dictionary<string, string[]> functionWords)
    {
        _image = image;
        _layout = Layout.Of(image) ?? throw new InvalidDataException($"{ImageFile}: not a language-profile image.");
        _floors = MemoryMarshal.Cast<byte, float>(image.AsSpan(_layout.FloorsStart, _layout.Languages * sizeof(float))).ToArray();
        var names = new Dictionary<string, string>();
        var languages = new List<string>();
        foreach (var line in MemoryMarshal.Cast<byte, char>(image.AsSpan(_layout.CharsStart, _layout.Chars * sizeof(char))).ToString().Split('\n'))
        {
            var tab = line.IndexOf('\t');
            languages.Add(line[..tab]);
            names[line[..tab]] = line[(tab + 1)..];
        }
        _languages = [.. languages];
        Names = names;
        _englishBloom = englishBloom;
        _functionWords = functionWords;
    }

    /// <summary>Language code → English name ("nl" → "Dutch").</summary>
    public IReadOnlyDictionary<string, string> Names { get; }

    /// <summary>The profiles' languages, English first: the order of <see cref="LogProbabilities"/>' values.</summary>
    public IReadOnlyList<string> Languages => _languages;

    /// <summary>
    /// <see cref="IsEnglishWord"/> of the shipped profiles, as one delegate: the question rules ask of an article's distinct
    /// words (<c>WordIdentities.Answers</c>), so that each is asked once per article, whichever rule asks first.
    /// </summary>
    public static Func<string, bool> IsEnglish { get; } = lower => Default.IsEnglishWord(lower);

    /// <summary><see cref="IsEnglishWord"/> of a word as written, in any case ("Chrome", "POLICE").</summary>
    public bool IsEnglishWordInAnyCase(string word) => IsEnglishWord(word.ToLowerInvariant());

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
            var values = LogProbabilities(padded.AsSpan(i, 3));
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

    /// <summary>The trigram's log-probability under each profile (<see cref="Languages"/>' order), each profile's floor where it lacks it.</summary>
    public ReadOnlySpan<float> LogProbabilities(ReadOnlySpan<char> trigram)
    {
        var row = _layout.RowOf(_image, Key(trigram));
        return row < 0 ? _floors : _layout.Values(_image).Slice(row * _layout.Languages, _layout.Languages);
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

    /// <summary>A trigram's three UTF-16 characters in one number (never 0: a trigram of three NULs is not a word's).</summary>
    private static ulong Key(ReadOnlySpan<char> trigram) => trigram[0] | (ulong)trigram[1] << 16 | (ulong)trigram[2] << 32;

    /// <summary>
    /// The image's parts, little-endian: six 32-bit words (magic, language count L, trigram count R, slot count H, a power
    /// of two, character count C, 0); R trigram keys (<see cref="Key"/>, 64 bits each); H slots (a trigram's row + 1, 0 for
    /// empty; open addressing on <see cref="Slot"/>, probed linearly); L floors; R × L log-probabilities, row by row; C UTF-16
    /// characters, "language TAB name" lines joined by line feeds, English first.
    /// </summary>
    private readonly record struct Layout(int Languages, int Rows, int Slots, int Chars)
    {
        private const int HeaderWords = 6;

        private static int KeysStart => HeaderWords * sizeof(int);
        private int SlotsStart => KeysStart + Rows * sizeof(ulong);
        public int FloorsStart => SlotsStart + Slots * sizeof(int);
        private int ValuesStart => FloorsStart + Languages * sizeof(float);
        public int CharsStart => ValuesStart + Rows * Languages * sizeof(float);
        private int Length => CharsStart + Chars * sizeof(char);

        public static Layout? Of(byte[] image)
        {
            if (image.Length < HeaderWords * sizeof(int)) return null;
            var header = MemoryMarshal.Cast<byte, int>(image.AsSpan(0, HeaderWords * sizeof(int)));
            var layout = new Layout(header[1], header[2], header[3], header[4]);
            return header[0] == Magic && image.Length == layout.Length ? layout : null;
        }

        public ReadOnlySpan<float> Values(byte[] image) =>
            MemoryMarshal.Cast<byte, float>(image.AsSpan(ValuesStart, Rows * Languages * sizeof(float)));

        /// <summary>The row of the trigram <paramref name="key"/>, -1 when the image has none.</summary>
        public int RowOf(byte[] image, ulong key)
        {
            var keys = MemoryMarshal.Cast<byte, ulong>(image.AsSpan(KeysStart, Rows * sizeof(ulong)));
            var slots = MemoryMarshal.Cast<byte, int>(image.AsSpan(SlotsStart, Slots * sizeof(int)));
            foreach (var row in Storage.ImageSlots.Candidates(slots, Slot(key, Slots - 1)))
                if (keys[row] == key) return row;
            return -1;
        }

        /// <summary>The image of the trigrams' <paramref name="keys"/> with their <paramref name="values"/> (row by row).</summary>
        public static byte[] Write(IReadOnlyList<(string Language, string Name)> languages, ReadOnlySpan<float> floors,
            IReadOnlyList<ulong> keys, ReadOnlySpan<float> values)
        {
            var slots = Storage.ImageSlots.Build(keys.Count, (row, mask) => Slot(keys[row], mask));
            var chars = string.Join('\n', languages.Select(l => l.Language + "\t" + l.Name));
            using var image = new MemoryStream();
            image.Write(MemoryMarshal.AsBytes<int>([Magic, languages.Count, keys.Count, slots.Length, chars.Length, 0]));
            image.Write(MemoryMarshal.AsBytes<ulong>([.. keys]));
            image.Write(MemoryMarshal.AsBytes<int>(slots));
            image.Write(MemoryMarshal.AsBytes(floors));
            image.Write(MemoryMarshal.AsBytes(values));
            image.Write(MemoryMarshal.AsBytes(chars.AsSpan()));
            return image.ToArray();
        }

        /// <summary>A key's first slot: the high bits of its Fibonacci product, the same in every process.</summary>
        private static int Slot(ulong key, int mask) => (int)((key * 0x9E3779B97F4A7C15UL) >> 32) & mask;
    }

    /// <summary>
    /// The image of the profiles' text: lines "language TAB trigram TAB log-probability", each language's block opened by
    /// "language TAB * TAB floor TAB name". Read twice: the languages and floors first, so that each trigram's row is
    /// filled in place on the second pass. Trigrams in the order the text first gives them.
    /// </summary>
    public static byte[] Write(IEnumerable<string> text)
    {
        var lines = text.Where(EmbeddedData.IsDataLine).ToList();
        var floorOf = new Dictionary<string, float>();
        var names = new Dictionary<string, string>();
        foreach (var line in lines)
            // Only the block headers are split: the first pass makes nothing of the trigram lines.
            if (line.Contains("\t*\t", StringComparison.Ordinal) && line.Split('\t') is [var language, "*", var floor, var name, ..])
            {
                floorOf[language] = float.Parse(floor, System.Globalization.CultureInfo.InvariantCulture);
                names[language] = name;
            }
        if (floorOf.Count < 2 || !floorOf.ContainsKey(English)) throw new InvalidOperationException($"{TextFile} needs English and another language.");
        string[] languages = [English, .. floorOf.Keys.Where(language => language != English)];
        var floors = languages.Select(language => floorOf[language]).ToArray();
        var column = languages.Select((language, k) => (language, k)).ToDictionary(p => p.language, p => p.k);
        var rows = new Dictionary<ulong, int>();
        var table = new List<float>();
        foreach (var line in lines)
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
        return Layout.Write([.. languages.Select(language => (language, names[language]))], floors, [.. rows.Keys], CollectionsMarshal.AsSpan(table));
    }

    /// <summary>The profiles from their image, the function words from their text and the Bloom filter's bytes.</summary>
    private static LanguageProfiles Load()
    {
        var functionWords = EmbeddedData.ReadLines("function-words.tsv")
            .Select(line => line.Split('\t'))
            .SelectMany(parts => parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => (Word: word, Language: parts[0])))
            .GroupBy(p => p.Word, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Language).ToArray(), StringComparer.Ordinal);
        return new LanguageProfiles(EmbeddedData.ReadAllBytes(ImageFile), EmbeddedData.ReadAllBytes("english-words.bloom"), functionWords);
    }
}
