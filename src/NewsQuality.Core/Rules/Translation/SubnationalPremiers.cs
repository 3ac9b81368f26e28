using System.Text.RegularExpressions;
using NewsQuality.Model;

namespace NewsQuality.Rules.Translation;

/// <summary>
/// A premier given to a state, province or prefecture whose country's subdivisions have none ("the premier of Delta State", "the
/// premier of Fukushima Prefecture", "Texas Premier Greg Abbott"): English news gives premiers to the provinces and territories of
/// Canada, the states and territories of Australia, the provinces of South Africa and of the Solomon Islands, the states of Germany
/// (the minister-president, as Reuters writes "Bavarian premier") and Nevis; a state, province or prefecture elsewhere has a governor,
/// a chief minister or a president, and a translation that renders the head of a region by "premier" names an office that does not
/// exist. Read from the wording alone: a subdivision named with its kind ("… State", "… province", "… Prefecture"), or a US state.
/// </summary>
internal static partial class SubnationalPremiers
{
    /// <summary>The spans of premiers' titles given to subdivisions without premiers, in the order the text has them.</summary>
    public static IEnumerable<TextSpan> Find(string text)
    {
        foreach (Match match in PremierOfSubdivision().Matches(text))
            if (HaveNoPremier(match.Groups["unit"].Value, match.Groups["kind"].Value) is not null)
                yield return new TextSpan(match.Index, match.Length);
        foreach (Match match in SubdivisionsPremier().Matches(text))
            // The words before the title may begin with a sentence's first word ("Then Texas Premier …"): the subdivision is a run
            // of their last ones.
            if (HaveNoPremier(match.Groups["unit"].Value, match.Groups["kind"].Value) is { } start)
                yield return TextSpan.FromBounds(match.Groups["unit"].Index + start, match.Index + match.Length);
    }

    /// <summary>
    /// Where in <paramref name="unit"/> (capitalised words, each followed by a space) the subdivision without a premier begins, or
    /// null: a prefecture never has one; a state or province (<paramref name="kind"/>) has none unless its last words, or those with
    /// the kind, are one of <see cref="WithPremiers"/>; with no kind written, only a US state's name (its last words) is known to have none.
    /// </summary>
    private static int? HaveNoPremier(string unit, string kind)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < unit.Length - 1; i++)
            if (unit[i] == ' ') starts.Add(i + 1);
        if (kind.Length > 0)
            // The kind may be the name's own last word ("the Free State").
            return kind.Equals("prefecture", StringComparison.OrdinalIgnoreCase)
                   || !starts.Any(s => WithPremiers.Contains(unit[s..].Trim()) || WithPremiers.Contains(unit[s..] + kind)) ? 0 : null;
        foreach (var s in starts)
            if (UsStates.Contains(unit[s..].Trim())) return s;
        return null;
    }

    /// <summary>"premier of Delta State", "the premier of Gujarat state", "premier of Fukushima Prefecture"; not "premier of the State Council".</summary>
    [GeneratedRegex(@"\b[Pp]remier of (?:the )?(?<unit>(?:[A-Z][\p{L}'’-]* ){1,3})(?<kind>[Ss]tate|[Pp]rovince|[Pp]refecture)\b(?![ \t]+[A-Z])")]
    private static partial Regex PremierOfSubdivision();

    /// <summary>"Texas Premier Greg Abbott", "Fukushima Prefecture premier", "Delta state premier"; not the "Premier League".</summary>
    [GeneratedRegex(@"\b(?<unit>(?:[A-Z][\p{L}'’-]* ){1,3}?)(?:(?<kind>[Ss]tate|[Pp]rovince|[Pp]refecture) )?[Pp]remier\b(?! (?:League|Division|Cup|Inn|Foods|Oil|Bank|Automobiles|Motors|Health))")]
    private static partial Regex SubdivisionsPremier();

    /// <summary>Subdivisions whose heads English news calls premiers (names as news writes them, with and without accents, and the
    /// adjectives of some).</summary>
    private static readonly HashSet<string> WithPremiers = new(StringComparer.OrdinalIgnoreCase)
    {
        // Canada
        "Alberta", "British Columbia", "Manitoba", "New Brunswick", "Newfoundland", "Newfoundland and Labrador", "Nova Scotia", "Ontario",
        "Prince Edward Island", "Quebec", "Québec", "Saskatchewan", "Northwest Territories", "Nunavut", "Yukon",
        // Australia
        "New South Wales", "Queensland", "South Australia", "Tasmania", "Victoria", "Western Australia", "Northern Territory",
        // South Africa
        "Eastern Cape", "Free State", "Gauteng", "KwaZulu-Natal", "Limpopo", "Mpumalanga", "North West", "Northern Cape", "Western Cape",
        // Germany
        "Baden-Wuerttemberg", "Baden-Württemberg", "Bavaria", "Berlin", "Brandenburg", "Bremen", "Hamburg", "Hesse", "Lower Saxony",
        "Mecklenburg-Vorpommern", "Mecklenburg-Western Pomerania", "North Rhine-Westphalia", "Rhineland-Palatinate", "Saarland", "Saxony",
        "Saxony-Anhalt", "Schleswig-Holstein", "Thuringia",
        // Adjectives written before "state premier" ("Bavarian state premier Markus Soeder").
        "Bavarian", "Saxon", "Hessian", "Thuringian", "Victorian", "Tasmanian", "Western Australian", "South Australian",
        // Solomon Islands, Nevis
        "Guadalcanal", "Malaita", "Western", "Isabel", "Choiseul", "Makira-Ulawa", "Temotu", "Central", "Rennell and Bellona", "Nevis",
    };

    /// <summary>The name is one of the US states (<see cref="UsStates"/>).</summary>
    public static bool IsUsState(string name) => UsStates.Contains(name);

    /// <summary>The fifty US states, whose heads are governors (Georgia left out: the country has a premier in the news).</summary>
    private static readonly HashSet<string> UsStates = new(StringComparer.Ordinal)
    {
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Hawaii", "Idaho",
        "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
        "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York",
        "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota",
        "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
    };
}
