using System.Text;

namespace NewsQuality.Reporting;

/// <summary>Every report format by name. Adding a format means adding its writer class and one line here.</summary>
public static class ReportFormats
{
    private static readonly Dictionary<string, Func<Stream, ReportOptions, IReportWriter>> Writers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["text"] = (stream, o) => new TextReportWriter(Utf8(stream), o.Errors, o.ShowClean),
        ["json"] = (stream, _) => new JsonReportWriter(stream),
        ["sarif"] = (stream, _) => new SarifReportWriter(stream),
        ["junit"] = (stream, _) => new JUnitReportWriter(stream),
        ["markdown"] = (stream, o) => new MarkdownReportWriter(Utf8(stream), o.RuleDocsUrl),
        ["html"] = (stream, _) => new HtmlReportWriter(Utf8(stream)),
    };

    private static StreamWriter Utf8(Stream stream) => new(stream, new UTF8Encoding(false), leaveOpen: true);

    public static IReadOnlyCollection<string> Names => Writers.Keys;

    public static IReportWriter Create(string format, Stream output, ReportOptions? options = null) =>
        Writers.TryGetValue(format, out var create) ? create(output, options ?? new ReportOptions()) : throw new ArgumentException($"unknown format '{format}'; known: {string.Join(", ", Names)}");
}

/// <param name="Errors">Where the text format reports input errors as they happen (null: in the report itself).</param>
/// <param name="ShowClean">Whether the text format lists articles without findings.</param>
/// <param name="RuleDocsUrl">
/// Where the Markdown report links rule ids, with <c>{rule}</c> for the id (e.g.
/// <c>https://github.com/you/newsquality/blob/main/docs/rules/{rule}.md</c>); null: each rule's text inline instead.
/// </param>
public sealed record ReportOptions(TextWriter? Errors = null, bool ShowClean = false, string? RuleDocsUrl = null);
