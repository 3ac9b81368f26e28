using System.Text.RegularExpressions;
using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Rules.Translation;

/// <summary>
/// A paragraph that opens with a dash to introduce speech ("– Kremlin spokesman Dmitry Peskov said…"): the
/// Scandinavian/Dutch dialogue dash, which machine translation carries over into English where quotation marks belong.
/// Three or more dash-led lines in a row are a list, not dialogue, and are left alone.
/// </summary>
public sealed partial class NQ2005DialogueDash : IArticleRule
{
    public RuleDescriptor Descriptor { get; } = new(
        Id: "NQ2005",
        Name: "dialogue-dash",
        Category: RuleCategory.Translation,
        DefaultSeverity: Severity.Warning,
        DefaultThreshold: 0.5,
        Summary: "A paragraph introduces speech with a leading dash instead of quotation marks.",
        Rationale: "Swedish, Norwegian, Danish, Finnish and Dutch newspapers open quoted speech with a dash (\"– Vi är nöjda, säger ministern.\"). " +
                   "Machine translation keeps the dash, so the English reads \"– We are satisfied, says the minister.\" English news quotes speech " +
                   "with quotation marks. Dashes inside a sentence, and runs of three or more dash-led lines (bulleted lists), are not flagged.",
        FlaggedExample: "Talks resumed on Monday.\n\n– He said last Friday, \"I do not accept a red line from anyone.\"",
        CleanExample: "The attacks have continued since then – and according to the White House, the issue is still high on the agenda.\n\n" +
                      "The budget:\n- raised spending on schools\n- cut duty on capital goods\n- widened the service tax net")
    {
        FixTitle = "Quote the speech with quotation marks instead of a leading dash",
        EnglishOnly = true,
    };

    /// <summary>This many dash-led lines in a row form a list.</summary>
    private const int ListRun = 3;

    /// <summary>Verbs and phrases that introduce or attribute speech, plus quotation marks and first-person speech.</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3} (?:is|was) (?:a|an|the)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ContributorNote();

    [GeneratedRegex(@"\b(?:said|says|say|told|tells|asked|asks|added|adds|replied|replies|stated|states|wrote|writes|explained|explains|insisted|insists|stressed|stresses|argued|argues|warned|warns|noted|notes|claimed|claims|declared|declares|according to|I|we|We|my|My|our|Our|us|me|you|You)\b|[""“”„«»]",
        RegexOptions.CultureInvariant)]
    private static partial Regex SpeechCue();

    public void Analyze(ArticleContext context)
    {
        var text = context.Text;
        var lines = context.Article.NonBlankLines;
        var i = 0;
        while (i < lines.Length)
        {
            if (!StartsWithDash(text, lines[i])) { i++; continue; }
            var runEnd = i;
            while (runEnd + 1 < lines.Length && StartsWithDash(text, lines[runEnd + 1])) runEnd++;
            if (runEnd - i + 1 < ListRun)
                for (var k = i; k <= runEnd; k++)
                    if (!OpensTheStory(context, lines, k)) Check(context, lines[k]);
            i = runEnd + 1;
        }
    }

    /// <summary>
    /// An em dash opening the story's first paragraph is what is left of an American dateline or byline the crawl put on a line
    /// of its own ("WASHINGTON —", "By Jane Doe —"), whatever the lead says; the dialogue dash is an en dash. Only the title,
    /// captions, credits and bylines stand above it.
    /// </summary>
    private static bool OpensTheStory(ArticleContext context, ReadOnlySpan<TextSpan> lines, int index)
    {
        var text = context.Text;
        var bodyStart = context.Article.BodyStart;
        if (text[lines[index].Start] != '—' || lines[index].Start < bodyStart) return false;
        foreach (var line in lines[..index])
            if (line.End > bodyStart && !IsFurniture(text.Substring(line.Start, line.Length))) return false;
        return true;
    }

    private static bool IsFurniture(string line) => PageFurniture.Is(line) || PageFurniture.IsByline(line);

    private static void Check(ArticleContext context, TextSpan line)
    {
        var text = context.Text;
        var rest = text.Substring(line.Start + 1, line.Length - 1).Trim();
        // "— Jane Doe is a reporter for …": a contributor's note closing the page, not speech; "— Jane Doe (@janedoe) May 2,
        // 2017" under an embedded post and "— Ben, age 8" under a quotation name who said the words above.
        if (ContributorNote().IsMatch(rest) || IsFurniture(text.Substring(line.Start, line.Length))) return;
        // Speech is attributed anywhere in the line: "– Kremlin spokesman Dmitry Peskov said, …", or after the
        // quoted sentences ("– It is a good day. We are pleased, says the minister.").
        if (!SpeechCue().IsMatch(rest)) return;
        var preview = rest.Length > 60 ? rest[..60] + "…" : rest;
        context.Report(new TextSpan(line.Start, 1), 1.0,
            $"The paragraph opens with a dialogue dash (\"{text[line.Start]} {preview}\"), a Scandinavian/Dutch convention; English news quotes speech with quotation marks.",
            suggestion: "Remove the dash and put the quoted words in quotation marks.");
    }

    /// <summary>
    /// An en or em dash, then a space, then a word or quotation: "– He said", not "–5C" or "—". A hyphen-minus is
    /// how English plain text bullets a line ("- Manchester United boss: …"), so it is not taken for a dialogue dash.
    /// </summary>
    private static bool StartsWithDash(string text, TextSpan line) =>
        line.Length >= 3 && text[line.Start] is '–' or '—' && text[line.Start + 1] is ' ' or '\u00A0'
        && (char.IsLetter(text[line.Start + 2]) || text[line.Start + 2] is '"' or '“' or '„' or '«');
}
