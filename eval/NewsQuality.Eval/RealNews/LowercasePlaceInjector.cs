using System.Text.RegularExpressions;
using NewsQuality.Eval.Translation;
using NewsQuality.Knowledge;
using NewsQuality.Model;

namespace NewsQuality.Eval.RealNews;

/// <summary>
/// One mention of a place or nationality the story itself names, written in lower case as a lower-casing step or a
/// translation from a language that does not capitalise them leaves it: a country or its demonym ("the swedish government"),
/// a US state ("elections in ohio") or a large city, one word or several ("talks in new york"). The names are the gazetteer's
/// countries and demonyms, the 50 states and a list of large cities written for this planting; a name that is also a lower-case
/// English word or a given name ("turkey", "china", "nice", "jordan") is left out, as no rule can tell it from the word.
/// </summary>
public sealed partial class LowercasePlaceInjector : IErrorInjector
{
    private static readonly string[] StatesAndCities =
    [
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Hawaii", "Idaho",
        "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
        "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina",
        "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
        "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
        "London", "Paris", "Berlin", "Moscow", "Beijing", "Tokyo", "Madrid", "Rome", "Brussels", "Stockholm", "Oslo", "Copenhagen",
        "Amsterdam", "Vienna", "Warsaw", "Kiev", "Kyiv", "Istanbul", "Cairo", "Tehran", "Baghdad", "Damascus", "Jerusalem", "Delhi",
        "Mumbai", "Shanghai", "Hong Kong", "Seoul", "Sydney", "Toronto", "Chicago", "Los Angeles", "San Francisco", "Houston",
        "Boston", "Seattle", "Miami", "Atlanta", "Dallas", "Philadelphia", "Detroit", "Manchester", "Liverpool", "Glasgow",
        "Edinburgh", "Dublin", "Geneva", "Munich", "Milan", "Barcelona", "Lisbon", "Athens", "Johannesburg", "Nairobi", "Lagos",
    ];

    private static readonly Lazy<string[]> Names = new(() =>
    [
        .. StatesAndCities,
        .. Gazetteer.Default.Countries.SelectMany(c => c.Adjectives.Concat(c.Nouns).Prepend(c.Name)),
    ]);

    private static readonly Lazy<Regex> Mention = new(() => new Regex(
        @"\b(?:" + string.Join("|", Names.Value.Where(n => n.Length >= 4 && n.All(c => char.IsLetter(c) || c == ' ') && !IsEnglishWord(n))
            .Distinct().OrderByDescending(n => n.Length).Select(Regex.Escape)) + @")\b", RegexOptions.CultureInvariant));

    /// <summary>Place names that are lower-case English words or given names as well ("turkey", "china", "jordan").</summary>
    private static readonly HashSet<string> Ambiguous = new(StringComparer.OrdinalIgnoreCase)
    {
        "Turkey", "China", "Chad", "Jordan", "Georgia", "Nice", "Reading", "Bath", "Split", "Guinea", "Japan", "Polish", "Mobile",
        "Phoenix", "Buffalo", "Orange", "Victoria", "Cuba", "Niger", "Monaco", "Malta", "Panama", "Jersey", "Man", "Lebanon", "Mali",
        "French", "Chile", "Morocco", "Afghan", "Pole", "Cork", "Derby", "Hull", "Wells", "Sale", "Deal",
    };

    private static bool IsEnglishWord(string name) => Ambiguous.Contains(name);

    public string RuleId => "NQ2008";
    public string Description => "a place or nationality the story names, in lower case";

    public Injection? Inject(Article host, Random random, IReadOnlyList<Article> donors)
    {
        var mentions = Mention.Value.Matches(host.Text).Where(m => m.Index >= host.BodyStart && InProse(host.Text, m.Index)).ToList();
        if (mentions.Count == 0) return null;
        var mention = mentions[random.Next(mentions.Count)];
        var text = host.Text[..mention.Index] + mention.Value.ToLowerInvariant() + host.Text[(mention.Index + mention.Length)..];
        return new Injection(BbcCorpus.WithText(host, text, "+lowercase-place"), new TextSpan(mention.Index, mention.Length));
    }

    /// <summary>Inside a sentence: a word or a comma before it, so the capital is the name's, not the sentence's.</summary>
    private static bool InProse(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && text[i] == ' ') i--;
        return i >= 0 && (char.IsLetterOrDigit(text[i]) || text[i] == ',');
    }
}
