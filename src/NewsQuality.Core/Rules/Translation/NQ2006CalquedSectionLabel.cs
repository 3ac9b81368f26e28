using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Rules.Translation;

/// <summary>
/// A headline ending in a site-section label that is a word-for-word translation of a foreign section name:
/// "… | the interior" (Dutch Binnenland), "… | abroad" (Buitenland, Utrikes), "… | pleasure" (Swedish Nöje).
/// Every headline line at the top that carries such a label is reported (both copies of a repeated headline),
/// because each is a place where the label must be fixed. A lower-case label that is not in the list is reported
/// with a lower score: English sites capitalise section names ("| Politics | The Guardian").
/// </summary>
public sealed class NQ2006CalquedSectionLabel : IArticleRule
{
    public RuleDescriptor Descriptor { get; } = new(
        Id: "NQ2006",
        Name: "calqued-section-label",
        Category: RuleCategory.Translation,
        DefaultSeverity: Severity.Warning,
        DefaultThreshold: 0.5,
        Summary: "The headline carries a literally translated site-section label, such as \"| the interior\".",
        Rationale: "Page titles of foreign news sites end with the site section: Dutch \"Binnenland\" (home news), Swedish \"Inrikes\", German \"Ausland\". " +
                   "Machine translation renders them word for word (\"the interior\", \"domestic\", \"foreign countries\"), which no English site uses and " +
                   "which reveals the article as an unedited translation. English section labels (\"| BBC News\", \"| Politics | The Guardian\") are not flagged. " +
                   "After a dash instead of a bar (\"… – the interior\") only a known calque of two words or more is, since the rest of a " +
                   "headline often follows a dash.",
        FlaggedExample: "Putin responds ‘satisfactorily’ to talks with Biden | the interior\n\nTensions escalated between Washington and Moscow.",
        CleanExample: "Putin responds to talks with Biden | Politics | The Guardian\n\nTensions escalated between Washington and Moscow.")
    {
        FixTitle = "Remove the section label or use the English section name",
    };

    /// <summary>How many non-blank lines from the top can be headline copies.</summary>
    private const int TopLines = 6;

    private const int MaxHeadlineLength = 250;

    /// <summary>Longest label, in words, read as a lower-case section phrase.</summary>
    private const int MaxLabelWords = 4;

    /// <summary>Literal renderings of common Dutch, Scandinavian and German section names, with the source and the English section name.</summary>
    private static readonly Dictionary<string, (string Source, string English)> Calques = new(StringComparer.OrdinalIgnoreCase)
    {
        ["the interior"] = ("Dutch \"Binnenland\"", "Home news"),
        ["interior"] = ("Dutch \"Binnenland\"", "Home news"),
        ["inland"] = ("Danish \"Indland\", German \"Inland\"", "Home news"),
        ["domestic"] = ("Swedish \"Inrikes\", Norwegian \"Innenriks\"", "Home news"),
        ["the domestic"] = ("Swedish \"Inrikes\"", "Home news"),
        ["domestic affairs"] = ("Swedish \"Inrikes\", Norwegian \"Innenriks\"", "Home news"),
        ["home country"] = ("Dutch \"Binnenland\"", "Home news"),
        ["abroad"] = ("Dutch \"Buitenland\", Danish \"Udland\", Swedish \"Utrikes\"", "World"),
        ["foreign countries"] = ("Dutch \"Buitenland\", German \"Ausland\"", "World"),
        ["foreign country"] = ("Dutch \"Buitenland\", German \"Ausland\"", "World"),
        ["the foreign"] = ("Dutch \"Buitenland\"", "World"),
        ["outland"] = ("Danish \"Udland\"", "World"),
        ["foreign affairs"] = ("Swedish \"Utrikes\", Norwegian \"Utenriks\"", "World"),
        ["from all over the world"] = ("German \"Aus aller Welt\"", "World"),
        ["out of all the world"] = ("German \"Aus aller Welt\"", "World"),
        ["miscellaneous"] = ("German \"Vermischtes\"", "In brief"),
        ["mixed"] = ("German \"Vermischtes\"", "In brief"),
        ["remarkable"] = ("Dutch \"Opmerkelijk\"", "Offbeat"),
        ["striking"] = ("Dutch \"Opmerkelijk\"", "Offbeat"),
        ["pleasure"] = ("Swedish \"Nöje\"", "Entertainment"),
        ["culture & pleasure"] = ("Swedish \"Kultur & Nöje\"", "Culture"),
        ["culture and pleasure"] = ("Swedish \"Kultur och nöje\"", "Culture"),
        ["net world"] = ("German \"Netzwelt\"", "Technology"),
        ["the region"] = ("Dutch \"Regio\"", "Local news"),
        ["backstage"] = ("Dutch \"Achterklap\"", "Entertainment"),
    };

    public void Analyze(ArticleContext context)
    {
        var text = context.Text;
        // A photo credit near the top ("Imgur | floridali": the host, then the user) is no headline with a section label.
        // The photo-credit patterns are the dearer test, so they are only run on a line with a label.
        var lines = context.Article.NonBlankLines;
        foreach (var line in lines[..Math.Min(lines.Length, TopLines)])
        {
            if (line.Length > MaxHeadlineLength || LastSegment(text, line) is not ({ } span, var afterBar)
                || PageFurniture.IsPhotoCredit(text.Substring(line.Start, line.Length))) continue;
            var value = text.Substring(span.Start, span.Length);
            var key = string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (context.SectionLabels.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase)) is { Key: not null } own)
            {
                context.Report(span, 1.0, $"\"{value}\" is a section label listed in your configuration as a translation of \"{own.Value}\".", suggestion: own.Value);
            }
            // After a dash a one-word calque may be the headline's own last word ("Markets close — mixed").
            else if (Calques.TryGetValue(key, out var calque) && (afterBar || key.Contains(' ')))
            {
                context.Report(span, char.IsLower(value[0]) ? 1.0 : 0.8,
                    $"\"{value}\" is a literal translation of the site section {calque.Source}; English sites call it \"{calque.English}\".",
                    suggestion: calque.English);
            }
            // After a dash a lower-case phrase is as often the headline's own second half ("Oil prices rise - a million barrels
            // less"): only a known calque of two words or more, or the user's own label, is one there.
            else if (afterBar && IsLowerCasePhrase(key))
            {
                context.Report(span, 0.6,
                    $"\"{value}\" after the headline looks like a translated site-section label: English sites capitalise section names.",
                    suggestion: "Remove the label, or capitalise the English section name.");
            }
        }
    }

    /// <summary>
    /// The trimmed text after the last " | " of a headline line, else after its last spaced dash (" - ", " – ", " — ", which page
    /// titles use as well: "Putin responds to talks with Biden – the interior"), and whether a bar set it off; null when there is none.
    /// </summary>
    private static (TextSpan Span, bool AfterBar)? LastSegment(string text, TextSpan line)
    {
        var afterBar = true;
        var at = text.LastIndexOf('|', line.End - 1, line.Length);
        if (at <= line.Start || text[at - 1] != ' ')
        {
            afterBar = false;
            at = text.LastIndexOfAny(['-', '–', '—'], line.End - 1, line.Length);
            if (at <= line.Start || text[at - 1] != ' ' || at + 1 >= line.End || text[at + 1] != ' ') return null;
        }
        var segment = TextBlocks.Trim(text, TextSpan.FromBounds(at + 1, line.End));
        return segment.Length == 0 ? null : (segment, afterBar);
    }

    /// <summary>
    /// One to four lower-case words ("the interior"): a common-noun phrase standing where a section name belongs.
    /// Domain names ("bbc.co.uk") and handles contain other characters and do not qualify, nor do lone short words ("Either | or").
    /// </summary>
    private static bool IsLowerCasePhrase(string label)
    {
        var words = label.Split(' ');
        return words.Length <= MaxLabelWords && words.Any(w => w.Length >= 4)
            && words.All(w => w.Length > 0 && w.All(c => char.IsLower(c) || c is '&' or '-'));
    }
}
