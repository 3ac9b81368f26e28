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
    };

    /// <summary>Doublings that English grammar or idiom allows, in lower case.</summary>
    private static readonly HashSet<string> LegitimateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "had", "that", "bye", "no", "so", "very", "really", "far", "knock", "tut", "chop", "night", "yeah", "ha", "hey",
        "boo", "pooh", "pom", "tsk", "goody", "cha", "yada", "blah", "bla", "tom", "hip", "ho", "well", "now", "there",
        "uh", "oh", "ah", "mm", "la",
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
            // Legitimate doublings are still slips when tripled ("that that that").
            if (count >= 2 && (count >= 3 || !IsLegitimate(tokens[i].Value, i > 0 ? tokens[i - 1].Value : null)))
            {
                var word = tokens[i].Value;
                var evidence = string.Join(' ', tokens.Skip(i).Take(count).Select(t => t.Value));
                context.Report(TextSpan.FromBounds(tokens[i].Span.Start, tokens[last].Span.End), 1.0,
                    $"\"{word}\" is repeated: \"{evidence}\".",
                    suggestion: word);
            }
            i = last + 1;
        }
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
