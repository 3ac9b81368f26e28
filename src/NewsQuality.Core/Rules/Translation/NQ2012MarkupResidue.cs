using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Rules.Translation;

/// <summary>
/// Scraping and encoding residue (<see cref="MarkupResidue"/>): HTML entities with or without their "&amp;", entities
/// encoded twice, literal or escaped tags, backslash escapes, and names whose "&amp;" was stripped. Each finding suggests
/// the repaired text. Characters lost in decoding (U+FFFD) and UTF-8 read as Windows-1252 stay with NQ2009.
/// </summary>
public sealed class NQ2012MarkupResidue : IArticleRule
{
    public RuleDescriptor Descriptor { get; } = new(
        Id: "NQ2012",
        Name: "markup-residue",
        Category: RuleCategory.Translation,
        DefaultSeverity: Severity.Warning,
        DefaultThreshold: 0.5,
        Summary: "HTML entities, tags or backslash escapes from the feed are printed as text.",
        Rationale: "A feed that was decoded or stripped badly shows its plumbing to the reader: `it#39;s` or `it&#39;s` for \"it's\", " +
                   "`quot;Free Trade quot;` for a quoted \"Free Trade\", `&amp;amp;` for \"&\", `&lt;TXN.N&gt;` or `<b>` in a sentence, " +
                   "`\\$10 million`, a backslash where a line break was, `AT T` and `Turner   Newall` where an ampersand was stripped, or the publishing " +
                   "system's own code: a WordPress or page-builder shortcode (`[caption id=…]`, `[vc_row]`), a forum's closing tag (`[/i]`), " +
                   "a CDN's `[email protected]` where an address was hidden. " +
                   "Each finding suggests the repaired text; `newsquality clean --fix-encoding` applies the safe repairs (decoding, unescaping, " +
                   "removing markup) and leaves the lost ampersands, which are a guess, for a person. Clean text such as \"#1\", \"C#\", " +
                   "\"AT&T\", \"R&B\", \"#MeToo\", \"5 per cent;\", initials (\"J K Rowling\"), Windows paths and an editor's brackets (\"[laughs]\", " +
                   "\"official[s]\", an endnote's \"[i]\") is left alone. " +
                   "Characters lost in decoding (U+FFFD) and UTF-8 read as Windows-1252 are NQ2009's.",
        FlaggedExample: "Shares of AT T rose #36;2 after the company said it#39;s &lt;b&gt;buying&lt;/b&gt; a rival,\\which analysts called quot;bold quot;.",
        CleanExample: "AT&T was ranked #1 and R&B sales rose 5 per cent; the C# team saved files to C:\\Users\\news and J K Rowling tweeted #MeToo.")
    {
        FixTitle = "Decode the entity, remove the markup or escape, or restore the ampersand",
    };

    public void Analyze(ArticleContext context)
    {
        foreach (var residue in MarkupResidue.Find(context.Text))
        {
            var evidence = context.Text.Substring(residue.Span.Start, residue.Span.Length);
            context.Report(residue.Span, residue.IsSafe ? 1.0 : 0.8, Message(residue.Kind, evidence.Trim(), residue.Repair), suggestion: residue.Repair);
        }
    }

    private static string Message(ResidueKind kind, string evidence, string repair) => kind switch
    {
        ResidueKind.Entity => $"\"{evidence}\" is an HTML entity printed as text; it should read {Quote(repair)}.",
        ResidueKind.BareEntity => $"\"{evidence}\" is an HTML entity that lost its \"&\"; it should read {Quote(repair)}.",
        ResidueKind.DoubleEncoded => $"\"{evidence}\" is an HTML entity encoded twice; it should read {Quote(repair)}.",
        ResidueKind.Tag => $"\"{evidence}\" is an HTML tag printed as text; remove it.",
        ResidueKind.EscapedTag => $"\"{evidence}\" is escaped HTML markup printed as text; remove it.",
        ResidueKind.Backslash when repair.Trim().Length == 0 => $"\"{evidence}\" is an escaped line break from the feed; it should be a space.",
        ResidueKind.Backslash => $"\"{evidence}\" is a backslash escape from the feed; it should read {Quote(repair)}.",
        ResidueKind.Shortcode => $"\"{evidence}\" is the publishing system's own code (a shortcode, a forum tag or a hidden address's placeholder) printed as text; remove it.",
        _ => $"\"{evidence}\" looks like a name whose \"&\" was stripped; probably {Quote(repair)}.",
    };

    private static string Quote(string repair) => repair switch
    {
        "\u00A0" => "as a no-break space",
        _ => $"\"{repair}\"",
    };
}
