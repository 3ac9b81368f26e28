using NewsQuality.Analysis;
using NewsQuality.Input;
using NewsQuality.Rules;

namespace NewsQuality.Reporting;

/// <summary>
/// A Markdown summary fit for a CI job summary or a pull-request comment: verdict and severity counts, findings per
/// rule, the worst articles with links to their flagged lines, and input errors. Ids, paths and error messages come
/// from the articles: they are escaped (<see cref="SafeText"/>) so none can close a cell, a link or reach the page as HTML.
/// </summary>
public sealed class MarkdownReportWriter(TextWriter output, int worstArticles = 10) : IReportWriter
{
    private readonly List<ArticleReport> _flagged = [];
    private readonly List<InputError> _errors = [];
    private RuleCatalog _catalog = RuleCatalog.Default;

    public void Begin(RunInfo run) => _catalog = run.Catalog;

    public void Write(ArticleReport report)
    {
        // Only what the summary shows is kept: articles with findings, without their text.
        if (report.Findings.Count > 0) _flagged.Add(report);
    }

    public void Write(InputError error) => _errors.Add(error);

    public void End(RunSummary summary)
    {
        output.WriteLine("## NewsQuality report");
        output.WriteLine();
        output.WriteLine($"{summary.Articles} articles checked: **{summary.ByVerdict[Scoring.Verdict.Fail]} fail**, {summary.ByVerdict[Scoring.Verdict.Review]} review, {summary.ByVerdict[Scoring.Verdict.Pass]} pass; " +
                         $"{summary.Findings} findings ({summary.BySeverity[Model.Severity.Error]} errors, {summary.BySeverity[Model.Severity.Warning]} warnings, {summary.BySeverity[Model.Severity.Info]} infos); {summary.InputErrors} input errors.");
        if (summary.ByRule.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("| rule | name | findings |");
            output.WriteLine("|---|---|---|");
            foreach (var (rule, count) in summary.ByRule)
                output.WriteLine($"| [{rule}](docs/rules/{rule}.md) | {_catalog.Find(rule)?.Descriptor.Name} | {count} |");
        }
        var worst = _flagged.OrderBy(r => r.Score).ThenBy(r => r.Article.Id, StringComparer.Ordinal).Take(worstArticles).ToList();
        if (worst.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"### Worst articles");
            output.WriteLine();
            output.WriteLine("| article | score | verdict | findings |");
            output.WriteLine("|---|---|---|---|");
            foreach (var report in worst)
            {
                var links = string.Join(", ", report.Findings.Take(5).Select(f => $"[{f.RuleId}]({Link(report, f.Line)})"));
                var more = report.Findings.Count > 5 ? $" and {report.Findings.Count - 5} more" : "";
                output.WriteLine($"| {SafeText.ForMarkdownCell(report.Article.Id)} | {report.Score} | {report.Verdict.ToString().ToLowerInvariant()} | {links}{more} |");
            }
        }
        if (_errors.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("### Input errors");
            output.WriteLine();
            foreach (var error in _errors) output.WriteLine($"- {SafeText.ForMarkdownCell(error.ToString())}");
        }
        output.Flush();
    }

    /// <summary>A repository-relative link to the flagged line (for records, the record's line).</summary>
    private static string Link(ArticleReport report, int line) =>
        $"{SafeText.ForMarkdownLink(report.Article.Origin.Path)}#L{report.Article.Origin.RecordLine ?? line}";

    public void Dispose() => output.Flush();
}
