using System.Text.RegularExpressions;
using NewsQuality.Knowledge;
using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Rules.Translation;

/// <summary>
/// Country, city and demonym names written in lower case ("ministers in sweden", "the swedish government", "talks in
/// new york"): machine translation from languages that do not capitalise demonyms, or text run through a lower-casing
/// step. Names that are also ordinary English words ("turkey", "china", "polish", "nice") or people's names ("jordan",
/// "georgia") are never flagged, nor are names inside addresses, handles and hashtags ("bbc.co.uk/sweden", "#paris").
/// </summary>
public sealed partial class NQ2008LowercaseProperNoun : IArticleRule
{
    public RuleDescriptor Descriptor { get; } = new(
        Id: "NQ2008",
        Name: "lowercase-proper-noun",
        Category: RuleCategory.Translation,
        DefaultSeverity: Severity.Warning,
        DefaultThreshold: 0.5,
        Summary: "A country, US state, city or nationality is written in lower case.",
        Rationale: "English capitalises the names of countries, US states, cities and nationalities (\"Sweden\", \"Ohio\", \"Swedish\", \"New York\"), " +
                   "before a possessive and in a compound too (\"Russia's\", \"Paris-based\"). Swedish, Dutch, " +
                   "French and Spanish do not capitalise nationalities, and a lower-cased name in English copy is a sign of unedited machine " +
                   "translation or of text that went through a lower-casing step. Place names that are also ordinary words (\"turkey\", " +
                   "\"china\", \"nice\", \"polish\") and people's names (\"jordan\") are left alone, and so are words amid text in another language (Malay \"cuba\", try).",
        FlaggedExample: "The talks were attended by ministers in sweden and the german chancellor.",
        CleanExample: "Ministers in Sweden ate turkey off fine china in Nice, then flew to Jordan; see bbc.co.uk/sweden and #paris.")
    {
        FixTitle = "Capitalise the name",
        EnglishOnly = true,
    };

    /// <summary>
    /// Place or demonym + noun phrases that English writes in lower case or that are not about the place ("french fries"): names that
    /// have acquired a meaning of their own, which the AP Stylebook lowercases ("india ink", "panama hat", "venetian blind",
    /// "manila envelope").
    /// </summary>
    private static readonly HashSet<string> Idioms = new(StringComparer.Ordinal)
    {
        "danish pastry", "danish pastries", "swiss roll", "swiss cheese", "swiss army", "brussels sprouts", "brussels sprout", "german measles",
        "turkish delight", "russian roulette", "dutch courage", "dutch auction", "mexican wave", "chinese whispers", "french fries",
        "french windows", "french toast", "french kiss", "scotch egg", "scotch whisky", "english breakfast", "english mustard",
        "india ink", "india rubber", "panama hat", "panama hats", "venetian blind", "venetian blinds", "manila envelope", "manila envelopes",
        "manila paper", "french horn", "french bread", "french dressing", "russian dressing", "dutch oven", "brazil nut", "brazil nuts",
        "lima bean", "lima beans", "bermuda shorts",
    };

    /// <summary>Built on the first article: the rule catalogue creates every rule, enabled or not, and the place names
    /// come from the gazetteer, which only the rules that run should load.</summary>
    private readonly Lazy<Dictionary<string, List<(string[] Words, string Name)>>> _namesByFirstWord;

    public NQ2008LowercaseProperNoun() : this(PlaceNames.Default) { }

    /// <summary>The place names (and with them the gazetteer).</summary>
    public void WarmUp(Analysis.AnalysisOptions options) => _ = _namesByFirstWord.Value;

    /// <summary>A rule over the given proper names (as they should be written: "Sweden", "New York"), read on first use.</summary>
    internal NQ2008LowercaseProperNoun(IEnumerable<string> names)
    {
        _namesByFirstWord = new(() => ByFirstWord(names));
        // "russia's", "paris-based": the name is the word before the possessive or the hyphen.
        _namesStartingWith = word => _namesByFirstWord.Value.GetValueOrDefault(word)
                                     ?? (NameLength(word) is > 0 and var length ? NamesStartingWith(word.AsSpan(0, length)) : null);
    }

    /// <summary>The names whose first word is the lower-cased word or its part before a possessive or a compound's hyphen, or null: asked once per distinct word of an article (<see cref="WordIdentities"/>).</summary>
    private readonly Func<string, List<(string[] Words, string Name)>?> _namesStartingWith;

    private static Dictionary<string, List<(string[] Words, string Name)>> ByFirstWord(IEnumerable<string> names)
    {
        var ambiguous = PlaceNames.Ambiguous;
        return names
            .Where(name => name.Length >= 4 && char.IsUpper(name[0]) && !ambiguous.Contains(name.ToLowerInvariant()))
            .Select(name => (Words: Tokenizer.Words(name.ToLowerInvariant()).Select(t => t.Value).ToArray(), Name: name))
            .Where(entry => entry.Words.Length > 0)
            .DistinctBy(entry => string.Join(' ', entry.Words))
            .GroupBy(entry => entry.Words[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Words.Length).ToList(), StringComparer.Ordinal);
    }

    public void Analyze(ArticleContext context)
    {
        var text = context.Text;
        var tokens = context.Article.Words;
        var numbers = context.Article.WordIds;
        var namesStartingWith = numbers.Answers(_namesStartingWith);
        var wordSpan = TokenSpans.Of(tokens); // the loop's own reads without an interface call per word
        for (var i = 0; i < wordSpan.Length; i++)
        {
            // A word in lower case is its own lower case, so the names its number starts are the ones it starts. The
            // answer first: it is read from the word's entry, and few words start a name, while every word needed a scan.
            if (namesStartingWith[numbers.Ids[i]] is not { } candidates || !IsLowerCase(wordSpan[i].Value)) continue;
            foreach (var (words, name) in candidates)
            {
                if (!Matches(text, tokens, i, words)) continue;
                var last = tokens[i + words.Length - 1];
                var span = TextSpan.FromBounds(tokens[i].Span.Start, NameLength(last.Value) is > 0 and var nameLength ? last.Span.Start + nameLength : last.Span.End);
                if (Addresses.Contain(text, span) || IsIdiom(tokens, i + words.Length - 1, words) || !AmongEnglish(tokens, numbers, i) || InUncapitalisedQuote(text, span)) break;
                context.Report(span, 1.0,
                    $"\"{text.Substring(span.Start, span.Length)}\" is a proper name written in lower case; English writes \"{name}\".",
                    suggestion: name);
                i += words.Length - 1;
                break;
            }
        }
    }

    /// <summary>
    /// Most words around token <paramref name="i"/> are English: "cuba" in Malay ("jangan cuba melakukan", do not try
    /// to do) is not a lower-cased Cuba.
    /// </summary>
    private static bool AmongEnglish(IReadOnlyList<Token> tokens, WordIdentities numbers, int i)
    {
        var isEnglish = numbers.Answers(LanguageProfiles.IsEnglish);
        var (english, words) = (0, 0);
        for (var k = Math.Max(0, i - 4); k < Math.Min(tokens.Count, i + 5); k++)
        {
            if (k == i || !tokens[k].Value.Any(char.IsLetter)) continue;
            words++;
            if (isEnglish[numbers.Ids[k]]) english++;
        }
        return 2 * english >= words;
    }

    /// <summary>
    /// Inside a quotation whose writer does not capitalise at all (a sentence in it starts in lower case): a social-media bio or
    /// post quoted as written ("His Twitter bio reads, “Alt-Left resistance leader. iraq war survivor.”"), not the article's slip.
    /// </summary>
    private static bool InUncapitalisedQuote(string text, TextSpan span)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, span.Start - 1)) + 1;
        var lineEnd = text.IndexOf('\n', span.End) is var end and >= 0 ? end : text.Length;
        int? open = null;
        for (var k = lineStart; k < span.Start; k++)
            if (text[k] is '“' || text[k] == '"' && open is null) open = k;
            else if (text[k] is '”' || text[k] == '"') open = null;
        if (open is not { } from) return false;
        var close = text.IndexOfAny(['”', '"'], span.End, lineEnd - span.End);
        var quoted = text.AsSpan(from + 1, (close < 0 ? lineEnd : close) - from - 1);
        return LowerCaseSentenceStart().IsMatch(quoted);
    }

    /// <summary>
    /// A sentence's end, then a word in lower case; not the full stop of an initialism ("the F.B.I. would", "U.S. officials") or of
    /// an abbreviation ("Mr.", "etc."), after which a sentence goes on.
    /// </summary>
    [GeneratedRegex(@"(?<!(?:^|[\s.(])\p{L})(?<!\b(?:Mr|Mrs|Ms|Dr|St|vs|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Inc|Co|Corp|Ltd|etc|approx|Jan|Feb|Aug|Sept|Oct|Nov|Dec))[.!?]\s+\p{Ll}", RegexOptions.CultureInvariant)]
    private static partial Regex LowerCaseSentenceStart();

    /// <summary>No capital letter in the word (a loop, not LINQ: every word of every article is asked).</summary>
    private static bool IsLowerCase(string word)
    {
        foreach (var c in word)
        {
            // An ASCII letter is lower case unless it is A to Z; other characters go to the Unicode table.
            if (c < 0x80)
            {
                if ((uint)(c - 'A') <= 'Z' - 'A') return false;
            }
            else if (char.IsLetter(c) && !char.IsLower(c)) return false;
        }
        return true;
    }

    /// <summary>
    /// The length of the word before a possessive ("russia's", "new york’s") or before the hyphen of a compound of two words
    /// ("paris-based", "british-born"), or 0 for a word that is neither. A run of hyphenated words is a web address's slug
    /// ("bishkek-odkb-summit-live"), not a compound.
    /// </summary>
    private static int NameLength(string word)
    {
        var end = word.AsSpan().IndexOfAny('-', '\'', '’');
        if (end <= 0) return 0;
        if (word[end] != '-') return word.AsSpan(end + 1) is "s" ? end : 0;
        var rest = word.AsSpan(end + 1);
        foreach (var c in rest)
            if (!char.IsLetter(c)) return 0;
        return rest.IsEmpty ? 0 : end;
    }

    /// <summary>The word is <paramref name="name"/> with a possessive or a compound's hyphen after it.</summary>
    private static bool IsNameWithin(string word, string name) => NameLength(word) == name.Length && word.StartsWith(name, StringComparison.Ordinal);

    /// <summary>The names starting with a word given as characters (no string made for a possessive's or a compound's first word).</summary>
    private List<(string[] Words, string Name)>? NamesStartingWith(ReadOnlySpan<char> word) =>
        _namesByFirstWord.Value.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var names) ? names : null;

    /// <summary>The name's words follow token <paramref name="i"/> in lower case, one space apart; the last may carry a possessive or a compound's hyphen.</summary>
    private static bool Matches(string text, IReadOnlyList<Token> tokens, int i, string[] words)
    {
        if (i + words.Length > tokens.Count) return false;
        for (var k = 0; k < words.Length; k++)
        {
            var token = tokens[i + k];
            if (!string.Equals(token.Value, words[k], StringComparison.Ordinal)
                && (k < words.Length - 1 || !IsNameWithin(token.Value, words[k]))) return false;
            if (k > 0 && (token.Span.Start - tokens[i + k - 1].Span.End != 1 || text[token.Span.Start - 1] != ' ')) return false;
        }
        return true;
    }

    private static bool IsIdiom(IReadOnlyList<Token> tokens, int last, string[] words) =>
        last + 1 < tokens.Count && Idioms.Contains(string.Join(' ', words) + " " + tokens[last + 1].Value.ToLowerInvariant());

    /// <summary>The place names: cities, continents and regions (tools/placenames), countries and demonyms (the shared gazetteer), and the words never flagged.</summary>
    private static class PlaceNames
    {
        /// <summary>Read, and the gazetteer loaded, when the rule's table is built, not before.</summary>
        public static IEnumerable<string> Default
        {
            get
            {
                foreach (var place in EmbeddedData.ReadLines("places.txt")) yield return place;
                foreach (var country in Gazetteer.Default.Countries)
                {
                    yield return country.Name;
                    foreach (var name in country.Adjectives.Concat(country.Nouns)) yield return name;
                }
            }
        }

        public static HashSet<string> Ambiguous { get; } = new(EmbeddedData.ReadLines("ambiguous-place-words.txt"), StringComparer.Ordinal);
    }
}
