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
                   "with quotation marks. A hyphen counts only in the translated shapes, since English plain text bullets lines with it: speech " +
                   "attributed at the end after a comma without quotation marks, in the present tense or the speaker's own person (\"- We are " +
                   "satisfied, says the minister.\"; \"- Three people were killed, police said.\" is a wire bullet), or first, to a " +
                   "bare pronoun before a quotation (\"- He said last Friday, \u201cI do not accept…\u201d\") or with the source set off by commas " +
                   "(\"- The spokesman said, according to Interfax, that…\"). Dashes inside a sentence, and " +
                   "runs of three or more dash-led lines (bulleted lists), are not flagged, unless the run is an exchange: every line a " +
                   "sentence and one attributed so.",
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
            // A list bullets its lines with one mark: a hyphen-bulleted list beside an en-dash paragraph is not one run with it.
            while (runEnd + 1 < lines.Length && StartsWithDash(text, lines[runEnd + 1]) && text[lines[runEnd + 1].Start] == text[lines[i].Start]) runEnd++;
            if (runEnd - i + 1 < ListRun || IsExchange(text, lines[i..(runEnd + 1)]))
                for (var k = i; k <= runEnd; k++)
                    if (!OpensTheStory(context, lines, k) && (text[lines[k].Start] != '-' || IsTranslatedSpeech(text, lines[k])))
                        Check(context, lines[k]);
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

    /// <summary>What a dash-led line says after its dash, trimmed.</summary>
    private static ReadOnlySpan<char> AfterTheDash(string text, TextSpan line) => text.AsSpan(line.Start + 1, line.Length - 1).Trim();

    /// <summary>A line of an exchange is a sentence of at least this many words; a list's items are shorter or fragments.</summary>
    private const int MinExchangeLineWords = 5;

    /// <summary>
    /// Three or more dash-led lines that are an exchange of quoted speech, not a list: each a sentence (closing punctuation, five
    /// words or more) and one of them spoken (<see cref="SoundsSpoken"/>) and attributed after a comma ("– This is a good day, says the mayor. / – We have worked for
    /// this. / – Now the work begins, she adds."). A list's items are fragments ("– raised spending on schools") or name no
    /// speaker so.
    /// </summary>
    private static bool IsExchange(string text, ReadOnlySpan<TextSpan> run)
    {
        var attributed = false;
        foreach (var line in run)
        {
            var content = AfterTheDash(text, line);
            if (content.IsEmpty || content[^1] is not ('.' or '!' or '?' or '"' or '”' or '’') || Tokenizer.CountWords(text, line, MinExchangeLineWords) < MinExchangeLineWords)
                return false;
            attributed |= EndAttribution().IsMatch(content) && SoundsSpoken().IsMatch(content);
        }
        return attributed;
    }

    /// <summary>
    /// A hyphen-led line is speech only in the translated shapes: attributed at its end after a comma, spoken (<see
    /// cref="SoundsSpoken"/>: "- We are satisfied, says the minister."), with no quotation marks; or attributed first as no bullet is, to a bare pronoun ("- He said last Friday,
    /// “…”": a list item names whom it is about) or with the source set off by commas before "that" ("- Kremlin spokesman
    /// Dmitry Peskov said, according to Interfax, that…", the Scandinavian "sa ifølge NTB at"), the seed's two lines with the
    /// en dash an ASCII pipeline turned into a hyphen. English plain text bullets a line with a hyphen ("- Manchester United boss
    /// Sir Alex Ferguson: "…"", "- Police said that …").
    /// </summary>
    private static bool IsTranslatedSpeech(string text, TextSpan line)
    {
        var content = AfterTheDash(text, line);
        return content.IndexOfAny("\"“”„«»") < 0 && EndAttribution().IsMatch(content) && SoundsSpoken().IsMatch(content)
               || AttributedFirstAsTranslated().IsMatch(content);
    }

    /// <summary>
    /// Speech as the dialogue dash carries it: attributed in the present tense, as Scandinavian copy reports speech ("…, says the
    /// minister."), or in the speaker's own person ("We lost, the coach said."). A wire bullet reports in the third person and the
    /// past ("- Three people were killed, police said.").
    /// </summary>
    [GeneratedRegex(@"\b(?:says|adds|explains|writes|tells|I|we|We|my|My|our|Our|us|me|you|You)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SoundsSpoken();

    [GeneratedRegex(@"^(?:He|She|They|We|I) (?:said|says|told|tells|added|adds|wrote|writes)\b[^""“”„«»]{0,60}[,:] *[""“„«]|\b(?:said|says|told|tells|added|adds|stated|states|explained|explains), according to [^,.;:]{2,60}, that\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AttributedFirstAsTranslated();

    /// <summary>
    /// A sentence's last clause, after a comma, names who spoke: the verb first ("…, says Anna Lindqvist.", "…, said the minister.")
    /// or after the speaker ("…, Lindqvist adds.", "…, the coach says to NTB."), at the line's end or before the speech goes on
    /// ("- It is a sad day, says Winkelmann. But we have found a solution.").
    /// </summary>
    [GeneratedRegex(@",\s+(?:(?:says|said|adds|added|tells|told|explains|explained|writes|wrote)\s+[^,.!?;:]{1,60}|[^,.!?;:]{1,60}?\s(?:says|said|adds|added|explains|explained|writes|wrote)(?:\s+to\s+[^,.!?;:]{1,40})?)[.!?](?:$|\s+(?=[A-Z]))",
        RegexOptions.CultureInvariant)]
    private static partial Regex EndAttribution();

    private static void Check(ArticleContext context, TextSpan line)
    {
        var text = context.Text;
        var rest = AfterTheDash(text, line).ToString();
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
    /// An en or em dash or a hyphen, then a space, then a word or quotation: "– He said", not "–5C" or "—". A hyphen-minus is
    /// how English plain text bullets a line ("- Manchester United boss: …"), so a hyphen-led line is judged only in the
    /// translated shape (<see cref="IsAttributedWithoutQuotes"/>).
    /// </summary>
    private static bool StartsWithDash(string text, TextSpan line) =>
        line.Length >= 3 && text[line.Start] is '–' or '—' or '-' && text[line.Start + 1] is ' ' or '\u00A0'
        && (char.IsLetter(text[line.Start + 2]) || text[line.Start + 2] is '"' or '“' or '„' or '«');
}
