using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Rules.Translation;

/// <summary>
/// Encoding damage: UTF-8 text decoded as Windows-1252 ("â€™" for ’, "Ã©" for é, "Â£" for £), stray "Â" left from a
/// mis-decoded no-break space, and U+FFFD replacement characters. A run is mojibake when re-encoding it as
/// Windows-1252 and decoding the bytes as UTF-8 gives valid text; that text is the suggested repair.
/// </summary>
public sealed class NQ2009Mojibake : IArticleRule
{
    public RuleDescriptor Descriptor { get; } = new(
        Id: "NQ2009",
        Name: "mojibake",
        Category: RuleCategory.Translation,
        DefaultSeverity: Severity.Error,
        DefaultThreshold: 0.5,
        Summary: "Characters were garbled by decoding UTF-8 text with the wrong encoding.",
        Rationale: "When UTF-8 bytes are read as Windows-1252 or Latin-1, every non-ASCII character turns into two or three junk characters: " +
                   "’ becomes \"â€™\", é becomes \"Ã©\", £ becomes \"Â£\". Text that went through such a step, or that lost characters entirely " +
                   "(shown as the replacement character �), cannot be published as is; a closing quote ” often comes out as \"â€\" alone, its last byte " +
                   "having no Windows-1252 character. The rule reverses the mis-decoding to suggest the repair, " +
                   "so accented names such as \"Zoë\", \"Malmö\" or \"São Paulo\" written correctly are never flagged.",
        FlaggedExample: "Unlike this summerâ€™s meeting in Geneva, the talks took place in MalmÃ¶.",
        CleanExample: "Unlike this summer’s meeting in Geneva, the talks took place in Malmö; São Paulo, Zoë and Âge d'or stay as they are.")
    {
        FixTitle = "Re-decode the text as UTF-8, or retype the damaged characters",
    };

    public void Analyze(ArticleContext context)
    {
        var text = context.Text;
        var i = 0;
        while ((i = Mojibake.NextCandidate(text, i)) < text.Length)
        {
            var length = Mojibake.RunLength(text, i);
            if (length > 0)
            {
                var run = text.Substring(i, length);
                var repaired = Mojibake.Repair(run);
                context.Report(new TextSpan(i, length), 1.0,
                    $"\"{run}\" is garbled text: UTF-8 read as Windows-1252; it should read {Describe(repaired)}.",
                    suggestion: repaired);
                i += length;
                continue;
            }
            if (text[i] == '\uFFFD')
            {
                var end = i;
                while (end < text.Length && text[end] == '\uFFFD') end++;
                context.Report(TextSpan.FromBounds(i, end), 1.0,
                    "Replacement character: a character was lost when the text was decoded; the original must be restored by hand.");
                i = end;
                continue;
            }
            if (IsTruncatedQuote(text, i))
            {
                context.Report(new TextSpan(i, 2), 0.9,
                    "\"â€\" is what is left of a UTF-8 character read as Windows-1252 whose last byte had no Windows-1252 character and was dropped: most often a closing quote (”).",
                    suggestion: "”");
                i += 2;
                continue;
            }
            if (IsStrayCapitalACircumflex(text, i))
            {
                context.Report(new TextSpan(i, 1), 0.9,
                    "A stray \"Â\": the remains of a no-break space decoded as Windows-1252.",
                    suggestion: "");
            }
            i++;
        }
    }

    private static string Describe(string repaired) =>
        repaired.All(char.IsWhiteSpace) ? "as a no-break space" : $"\"{repaired}\"";

    /// <summary>
    /// "â€" not followed by a third byte's character: the first two bytes of U+2000–U+203F (E2 80 …) whose last byte is one
    /// Windows-1252 leaves undefined (0x9D of ”, 0x8D, 0x8F, 0x90, 0x81) and a decoder dropped ("â€œno commentâ€ to reporters").
    /// No English word has "â€".
    /// </summary>
    private static bool IsTruncatedQuote(string text, int i) => text[i] == 'â' && i + 1 < text.Length && text[i + 1] == '€';

    /// <summary>"Â" standing alone before a space ("See alsoÂ  That's…"): English words never contain a capital A circumflex.</summary>
    private static bool IsStrayCapitalACircumflex(string text, int i) =>
        text[i] == 'Â'
        && i + 1 < text.Length && text[i + 1] is ' ' or '\u00A0' or '\t'
        && (i == 0 || !char.IsUpper(text[i - 1]));
}
