using System.Net;
using System.Text;
using NewsQuality.Model;
using NewsQuality.Rules;

namespace NewsQuality.Reporting;

/// <summary>One stretch to highlight: where, the family colour, how severe (the most severe wins the colour) and its hover text.</summary>
public sealed record Mark(TextSpan Span, RuleCategory Category, Severity Severity, string Title);

/// <summary>A stretch to underline rather than colour (the translation estimate's weakest sentences), with its hover text.</summary>
public sealed record Underline(TextSpan Span, string Title);

/// <summary>
/// The look the HTML report and the review app share: the stylesheet, and article text with findings marked in place
/// and coloured by rule family. Text is untrusted, so every piece of it is HTML-encoded here.
/// </summary>
public static class HtmlMarks
{
    /// <summary>Highlight colours by family; tests look for these exact colours in a screenshot.</summary>
    public static readonly IReadOnlyDictionary<RuleCategory, string> Colours = new Dictionary<RuleCategory, string>
    {
        [RuleCategory.Duplicate] = "#9ecbff",
        [RuleCategory.Translation] = "#ffd666",
        [RuleCategory.OffTopic] = "#ff9c9c",
        [RuleCategory.Boilerplate] = "#c8c8c8",
    };

    public static string Stylesheet { get; } =
        "body{font:15px/1.5 system-ui,sans-serif;margin:2em;color:#222}article{border:1px solid #ddd;border-radius:6px;padding:1em;margin:1em 0}" +
        ".text{white-space:pre-wrap;font-family:Georgia,serif}mark{padding:1px 0;border-radius:2px;color:#000}.fail{color:#b00}.review{color:#a60}.pass{color:#070}" +
        ".families span{display:inline-block;margin-right:.6em;padding:0 .4em;border-radius:3px}.families .translation{font-weight:bold}" +
        ".weak{text-decoration:underline dotted #b00 2px;text-underline-offset:3px}ol.weakest{margin:.3em 0;font-size:.9em}" +
        "header h2{font-size:1.05em;margin:0}.controls{position:sticky;top:0;background:#fff;padding:.5em 0}table{border-collapse:collapse}td,th{padding:2px 8px;border-bottom:1px solid #eee;text-align:left}" +
        string.Concat(Colours.Select(c => $"mark.{c.Key.ToName()},.families span.{c.Key.ToName()}{{background:{c.Value}}}"));

    public static RuleCategory CategoryOf(string ruleId, RuleCatalog catalog) => catalog.Find(ruleId)?.Descriptor.Category ?? RuleCategory.Translation;

    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>
    /// The text cut at every mark boundary; each piece covered by marks is one &lt;mark&gt; with all their titles, and,
    /// when <paramref name="indexed"/>, a <c>data-marks</c> list of the covering marks' positions in <paramref name="marks"/>.
    /// Pieces inside an <paramref name="underlines"/> stretch are underlined with its title.
    /// Marks and underlines that do not fit inside the text are left out.
    /// </summary>
    public static string Highlight(string text, IReadOnlyList<Mark> marks, bool indexed = false, IReadOnlyList<Underline>? underlines = null)
    {
        var fitting = marks.Select((mark, index) => (Mark: mark, Index: index)).Where(m => Fits(m.Mark.Span, text)).ToList();
        var underlined = (underlines ?? []).Where(u => Fits(u.Span, text)).ToList();
        var cuts = fitting.Select(m => m.Mark.Span).Concat(underlined.Select(u => u.Span))
            .SelectMany(span => new[] { span.Start, span.End }).Append(0).Append(text.Length).Distinct().Order().ToList();
        var html = new StringBuilder();
        for (var i = 0; i + 1 < cuts.Count; i++)
        {
            var piece = new TextSpan(cuts[i], cuts[i + 1] - cuts[i]);
            var covering = fitting.Where(m => m.Mark.Span.Overlaps(piece)).OrderByDescending(m => m.Mark.Severity).ToList();
            var encoded = Encode(text.Substring(piece.Start, piece.Length));
            if (underlined.FirstOrDefault(u => u.Span.Overlaps(piece)) is { } underline)
                encoded = $"<span class=\"weak\" title=\"{Encode(underline.Title)}\">{encoded}</span>";
            if (covering.Count == 0) { html.Append(encoded); continue; }
            var title = string.Join("\n", covering.Select(m => m.Mark.Title));
            var indices = indexed ? $" data-marks=\"{string.Join(' ', covering.Select(m => m.Index).Order())}\"" : "";
            html.Append($"<mark class=\"{covering[0].Mark.Category.ToName()}\" title=\"{Encode(title)}\"{indices}>{encoded}</mark>");
        }
        return html.ToString();
    }

    private static bool Fits(TextSpan span, string text) => span.Start >= 0 && span.End <= text.Length;

    /// <summary>A finding as a mark, its hover text the rule, message and suggestion.</summary>
    public static Mark Of(Finding finding, RuleCatalog catalog) =>
        new(finding.Span, CategoryOf(finding.RuleId, catalog), finding.Severity,
            $"{finding.RuleId}: {finding.Message}{(finding.Suggestion is null ? "" : $" Suggestion: {finding.Suggestion}")}");
}
