using F23.StringSimilarity;
using NewsQuality.Knowledge;
using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Rules.Translation;

/// <summary>
/// A well-known person's name one or two letters off ("Anthony Blinken" for Antony Blinken). Compares given names
/// and surnames separately with Damerau–Levenshtein and Jaro–Winkler (F23.StringSimilarity): the surname must
/// match (a different surname is a different person) and transliteration variants (Zelensky/Zelenskyy) are accepted.
/// </summary>
public sealed class NQ2004MisspelledPublicFigure : IArticleRule
{
    private static readonly Damerau EditDistance = new();
    private static readonly JaroWinkler Similarity = new();

    public RuleDescriptor Descriptor { get; } = new(
        Id: "NQ2004",
        Name: "misspelled-public-figure",
        Category: RuleCategory.Translation,
        DefaultSeverity: Severity.Warning,
        DefaultThreshold: 0.5,
        Summary: "A well-known person's name is misspelled.",
        Rationale: "Translation systems and hurried copy-editors turn Antony Blinken into Anthony Blinken; spell checkers do not notice, " +
                   "because both spellings are real names. Names are compared with a list of public figures (heads of state and government " +
                   "2015–2026 and frequently quoted officials). A warning, not an error: the reader still knows who is meant.",
        FlaggedExample: "The foreign ministers Anthony Blinken and Sergey Lavrov met outside Stockholm.",
        CleanExample: "Antony Blinken met Sergei Lavrov; Anthony Albanese and Volodymyr Zelenskyy spoke later.")
    {
        FixTitle = "Use the person's canonical spelling",
    };

    public void Analyze(ArticleContext context)
    {
        foreach (var (name, span) in PersonMentions.FullNames(context.Text))
        {
            var match = BestNearMiss(name, context.Gazetteer);
            if (match is null) continue;
            var (figure, score) = match.Value;
            context.Report(span, score,
                $"\"{name}\" looks like a misspelling of {figure.Name} ({figure.Roles.FirstOrDefault()?.Title ?? "public figure"}, {figure.Country}).",
                suggestion: figure.Name);
        }
    }

    /// <summary>The public figure this name is a near miss of, with a confidence; null when it is exact or nobody close.</summary>
    internal static (PublicFigure Figure, double Score)? BestNearMiss(string name, Gazetteer gazetteer)
    {
        var words = PersonNames.Words(name);
        if (words.Count < 2) return null;
        var surname = words[^1];
        var given = words[0];
        (PublicFigure, double)? best = null;
        foreach (var figure in Candidates(surname, gazetteer))
        {
            foreach (var variant in figure.AllNames.Select(PersonNames.Words).Where(v => v.Count >= 2))
            {
                if (SameName(words, variant)) return null; // an accepted spelling of someone listed
                var givenScore = NearMiss(given, variant[0], minLength: 3);
                var surnameScore = NearMiss(surname, variant[^1], minLength: 6);
                var score = SameWord(surname, variant[^1]) && givenScore > 0 ? givenScore
                    : SameWord(given, variant[0]) && surnameScore > 0 ? surnameScore
                    : 0;
                if (score > 0 && (best is null || score > best.Value.Item2)) best = (figure, score);
            }
        }
        return best;
    }

    private static IEnumerable<PublicFigure> Candidates(string surname, Gazetteer gazetteer)
    {
        var bySurname = gazetteer.FiguresBySurname;
        // Exact surnames first; near-miss surnames only when the surname is long enough to be distinctive.
        return bySurname.TryGetValue(surname, out var exact)
            ? exact
            : surname.Length >= 6
                ? bySurname.Where(p => Math.Abs(p.Key.Length - surname.Length) <= 1 && EditDistance.Distance(p.Key.ToLowerInvariant(), surname.ToLowerInvariant()) <= 1).SelectMany(p => p.Value).Distinct()
                : [];
    }

    private static bool SameName(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        SameWord(a[0], b[0]) && SameWord(a[^1], b[^1]);

    private static bool SameWord(string a, string b) => PersonNames.Fold(a) == PersonNames.Fold(b);

    /// <summary>A confidence in (0,1] that <paramref name="written"/> is a slip for <paramref name="canonical"/>: one or two edits, similar shape.</summary>
    private static double NearMiss(string written, string canonical, int minLength)
    {
        if (SameWord(written, canonical) || Math.Min(written.Length, canonical.Length) < minLength) return 0;
        var a = written.ToLowerInvariant();
        var b = canonical.ToLowerInvariant();
        if (IsGenderedForm(a, b)) return 0;
        var distance = EditDistance.Distance(a, b);
        var similarity = Similarity.Similarity(a, b);
        // One edit is a slip when the shapes agree; two edits only in longer names, where they are still unlikely to be another name.
        return distance <= 1 && similarity >= 0.8 ? Math.Max(similarity, 0.8)
            : distance <= 2 && Math.Min(a.Length, b.Length) >= 6 && similarity >= 0.9 ? similarity * 0.8
            : 0;
    }

    /// <summary>Ivan/Ivana, Daniel/Daniela, Mario/Maria: one name is the other with a final vowel, which makes another person.</summary>
    private static bool IsGenderedForm(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (longer.Length == shorter.Length + 1 && longer.StartsWith(shorter, StringComparison.Ordinal) && "aeo".Contains(longer[^1])) return true;
        return a.Length == b.Length && a[..^1] == b[..^1] && "aeio".Contains(a[^1]) && "aeio".Contains(b[^1]);
    }
}
