using NewsQuality.Analysis;
using NewsQuality.Input;
using NewsQuality.Model;

namespace NewsQuality.Reporting;

/// <summary>
/// Compiler-style text for people and editors: <c>path:line:col: warning NQ2001 message</c>, grouped by article
/// under its score, verdict, family scores and title, then a summary. Input errors go to <paramref name="errors"/> as they happen (the
/// report itself when none is given, as in a report file). Control characters from the articles are shown as
/// control pictures (ESC as ␛), never sent to the terminal.
/// </summary>
public sealed class TextReportWriter(TextWriter output, TextWriter? errors = null, bool showClean = false) : IReportWriter
{
    private Rules.RuleCatalog _catalog = Rules.RuleCatalog.Default;

    public void Begin(RunInfo run) => _catalog = run.Catalog;

    public void Write(ArticleReport report)
    {
        if (report.Findings.Count == 0 && !showClean) return;
        var article = report.Article;
        var id = article.Id == article.Origin.Display ? "" : $"  [{article.Id}]";
        var title = article.Title.Length == 0 ? "" : $"  \"{OneLine(article.Title)}\"";
        Line($"{article.Origin.Display}{id}  score {report.Score}/100  {report.Verdict.ToString().ToLowerInvariant()}  ({report.Families}){title}");
        foreach (var finding in report.Problems)
        {
            Line($"{Location(article, finding)}: {finding.Severity.ToName()} {finding.RuleId} {finding.Message}");
            Line($"    | {OneLine(finding.Evidence)}");
            if (finding.Suggestion is { } suggestion) Line($"    = suggestion: {OneLine(suggestion)}");
            foreach (var related in finding.Related)
                Line($"    = see {(related.Path ?? article.Origin.Display)}:{related.Line}:{related.Column}: {related.Message}");
            foreach (var also in finding.AlsoFlagged)
                Line($"    = also {also.Severity.ToName()} {also.RuleId}: {also.Message}");
        }
        output.WriteLine();
    }

    public void Write(InputError error) => (errors ?? output).WriteLine(error.ToString());

    /// <summary>One report line; what came from an article cannot send the terminal escape sequences or break the line.</summary>
    private void Line(string text) => output.WriteLine(SafeText.ForTerminal(text));

    public void End(RunSummary summary)
    {
        var verdicts = string.Join(", ", summary.ByVerdict.Select(p => $"{p.Value} {p.Key.ToString().ToLowerInvariant()}"));
        var severities = string.Join(", ", summary.BySeverity.OrderByDescending(p => p.Key).Select(p => $"{p.Value} {p.Key.ToName()}{(p.Value == 1 ? "" : "s")}"));
        output.WriteLine($"{summary.Articles} article{(summary.Articles == 1 ? "" : "s")} checked: {verdicts}; {summary.Findings} finding{(summary.Findings == 1 ? "" : "s")} ({severities}){Grouped(summary)}; {summary.InputErrors} input error{(summary.InputErrors == 1 ? "" : "s")}.");
        if (summary.ByRule.Count > 0)
            output.WriteLine("by rule: " + string.Join(", ", summary.ByRule.Select(p => $"{_catalog.Label(p.Key)} {p.Value}")));
        output.Flush();
    }

    public void Dispose() => output.Flush();

    internal static string Grouped(RunSummary summary) =>
        summary.Grouped == 0 ? "" : $", and {summary.Grouped} more grouped with them on the same text";

    /// <summary>For records (JSON Lines) the line and column are within the article's text, after the record's locator.</summary>
    private static string Location(Article article, Finding finding) => $"{article.Origin.Display}:{finding.Line}:{finding.Column}";

    private static string OneLine(string text)
    {
        var flat = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 160 ? flat : flat[..157] + "...";
    }
}
