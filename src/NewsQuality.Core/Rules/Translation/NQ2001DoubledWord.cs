using NewsQuality.Knowledge;
using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Rules.Translation;

/// <summary>
/// The same word twice in a row ("Eastern Eastern Europe"), case-insensitive and across a line break, but not
/// across punctuation or a paragraph break. Legitimate doublings ("had had", "that that", "Walla Walla") are ignored.
/// </summary>
public sealed class NQ2001DoubledWord : IArticleRule
{
    public RuleDescriptor Descriptor { get; } = new(
        Id: "NQ2001",
        Name: "doubled-word",
        Category: RuleCategory.Translation,
        DefaultSeverity: Severity.Warning,
        DefaultThreshold: 0.5,
        Summary: "A word is repeated back to back.",
        Rationale: "Machine translation and careless editing both leave doubled words behind; in professional copy they are almost always a slip. " +
                   "Grammatical doublings (\"had had\", \"that that\") and names that are doubled (\"Walla Walla\", \"Bora Bora\") are not flagged.",
        FlaggedExample: "Russian forces massed on the borders of Eastern Eastern Europe.",
        CleanExample: "She had had enough, and said that that was the end of it; they flew to Walla Walla.")
    {
        FixTitle = "Delete the repeated word",
        EnglishOnly = true,
    };

    /// <summary>Doublings that English grammar or idiom allows once ("had had"); tripled they are slips.</summary>
    private static readonly HashSet<string> LegitimateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "had", "that", "so", "very", "really", "far", "knock", "chop", "night", "tom", "well", "now", "there", "goody", "pom",
    };

    /// <summary>Interjections repeated for effect, any number of times ("no no no", "ha ha ha").</summary>
    private static readonly HashSet<string> Interjections = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "bye", "yeah", "ha", "hey", "boo", "pooh", "tsk", "tut", "cha", "yada", "blah", "bla", "hip", "ho", "uh", "oh", "ah", "mm", "la", "yes", "go",
    };

    /// <summary>Adjectives that are always capitalised, so a capitalised doubling of them is still a slip ("Eastern Eastern Europe").</summary>
    private static readonly HashSet<string> AlwaysCapitalised = new(StringComparer.OrdinalIgnoreCase)
    {
        "Eastern", "Western", "Northern", "Southern", "Central", "North", "South", "East", "West",
    };

    /// <summary>Names that are a word said twice: places, people, bands, brands.</summary>
    private static readonly HashSet<string> DoubledNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "walla", "bora", "pago", "wagga", "sing", "baden", "duran", "mahi", "dum", "berri", "bura", "mau", "tuk", "chi",
        "ylang", "kyi", "bam", "cous", "lin", "bul", "cho", "ngo",
    };

    public void Analyze(ArticleContext context)
    {
        var text = context.Text;
        var tokens = Tokenizer.Words(text).ToList();
        var i = 0;
        while (i < tokens.Count)
        {
            // A run of the same word joined only by spaces: "the the", or "that that that".
            var last = i;
            while (last + 1 < tokens.Count
                   && string.Equals(tokens[last + 1].Value, tokens[i].Value, StringComparison.OrdinalIgnoreCase)
                   && OnlySpaceBetween(text, tokens[last].Span.End, tokens[last + 1].Span.Start))
                last++;
            var count = last - i + 1;
            var run = tokens.Skip(i).Take(count).Select(t => t.Value).ToList();
            // Legitimate doublings are still slips when tripled ("that that that").
            if (count >= 2 && !Interjections.Contains(run[0]) && (count >= 3 || !IsLegitimate(run[0], i > 0 ? tokens[i - 1].Value : null)))
            {
                var score = Score(run);
                context.Report(TextSpan.FromBounds(tokens[i].Span.Start, tokens[last].Span.End), score,
                    $"\"{run[0]}\" is repeated: \"{string.Join(' ', run)}\".",
                    suggestion: run[0]);
            }
            i = last + 1;
        }
    }

    /// <summary>
    /// How sure the run is a slip. A run in Title Case is usually the name of a work, team or place ("Please Please Me",
    /// "Bafana Bafana") and scores below the default threshold, unless the word is one that is always capitalised
    /// (a demonym, "Eastern"). "law lord Lord Bingham" (lower case, then a title before a name) is not a slip at all.
    /// </summary>
    private static double Score(IReadOnlyList<string> run)
    {
        var capitalised = run.Select(w => char.IsUpper(w[0])).ToList();
        if (!capitalised[0] && capitalised.Skip(1).Any(c => c)) return 0;
        if (capitalised.All(c => c) && !AlwaysCapitalised.Contains(run[0]) && Gazetteer.Default.FindCountry(run[0]) is null) return 0.3;
        return 1.0;
    }

    private static bool IsLegitimate(string word, string? wordBefore)
    {
        if (word.Any(char.IsDigit)) return true;
        if (LegitimateWords.Contains(word) || DoubledNames.Contains(word)) return true;
        // "What it is is a failure": a clause ending in "is" followed by the main verb "is".
        return word.Equals("is", StringComparison.OrdinalIgnoreCase)
            && wordBefore is not null && (wordBefore.Equals("it", StringComparison.OrdinalIgnoreCase) || wordBefore.Equals("this", StringComparison.OrdinalIgnoreCase) || wordBefore.Equals("what", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Only spaces and at most one line break: a blank line starts a new paragraph, where a repeat is not a slip.</summary>
    private static bool OnlySpaceBetween(string text, int start, int end)
    {
        var lineBreaks = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '\n') lineBreaks++;
            else if (!char.IsWhiteSpace(c)) return false;
        }
        return lineBreaks <= 1 && end > start;
    }
}
