using NewsQuality.Analysis;
using NewsQuality.Input;
using NewsQuality.Rules;

namespace NewsQuality.Reporting;

/// <summary>
/// A Markdown summary fit for a CI job summary or a pull-request comment: verdict and severity counts, findings per
/// rule, the worst articles with their family scores and links to their flagged lines, and input errors. Rule ids link to
/// <paramref name="ruleDocsUrl"/> (<c>{rule}</c> replaced by the id) when given; otherwise each rule that fired is
/// explained in a collapsed <c>&lt;details&gt;</c> block, which reads the same in any repository's pull request.
/// Ids, paths and error messages come from the articles: they are escaped (<see cref="SafeText"/>) so none can close
/// a cell, a link or reach the page as HTML.
/// </summary>
public sealed class MarkdownReportWriter(TextWriter output, string? ruleDocsUrl = null, int worstArticles = 10) : IReportWriter
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
                         $"{Count(summary.Findings, "finding")} ({Count(summary.BySeverity[Model.Severity.Error], "error")}, {Count(summary.BySeverity[Model.Severity.Warning], "warning")}, {Count(summary.BySeverity[Model.Severity.Info], "info")}){TextReportWriter.Grouped(summary)}; {Count(summary.InputErrors, "input error")}.");
        if (summary.ByRule.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("| rule | name | findings |");
            output.WriteLine("|---|---|---|");
            foreach (var (rule, count) in summary.ByRule)
                output.WriteLine($"| {RuleReference(rule)} | {_catalog.Find(rule)?.Descriptor.Name} | {count} |");
            if (ruleDocsUrl is null) WriteRuleTexts(summary.ByRule.Keys);
        }
        var worst = _flagged.OrderBy(r => r.Score).ThenBy(r => r.Article.Id, StringComparer.Ordinal).Take(worstArticles).ToList();
        if (worst.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"### Worst articles");
            output.WriteLine();
            output.WriteLine($"| article | score | verdict | {string.Join(" | ", RuleCategories.All.Select(c => c.ToName()))} | findings |");
            output.WriteLine($"|---|---|---|{string.Concat(RuleCategories.All.Select(_ => "---|"))}---|");
            foreach (var report in worst)
            {
                var problems = report.Problems;
                var links = string.Join(", ", problems.Take(5).Select(f => $"[{f.RuleId}]({Link(report, f.Line)})"));
                var more = problems.Count > 5 ? $" and {problems.Count - 5} more" : "";
                output.WriteLine($"| {SafeText.ForMarkdownCell(report.Article.Id)} | {report.Score} | {report.Verdict.ToString().ToLowerInvariant()} | {string.Join(" | ", report.Families.All.Select(p => p.Score))} | {links}{more} |");
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

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";

    private string RuleReference(string rule) =>
        ruleDocsUrl is null ? rule : $"[{rule}]({ruleDocsUrl.Replace("{rule}", rule)})";

    /// <summary>What each rule finds and why, folded, so the report needs no link out of the repository it is posted in.</summary>
    private void WriteRuleTexts(IEnumerable<string> rules)
    {
        output.WriteLine();
        foreach (var rule in rules)
        {
            if (_catalog.Find(rule)?.Descriptor is not { } d) continue;
            output.WriteLine($"<details><summary>{rule} {d.Name}: {d.Summary}</summary>");
            output.WriteLine();
            output.WriteLine(d.Rationale);
            output.WriteLine();
            output.WriteLine("</details>");
        }
    }

    /// <summary>A repository-relative link to the flagged line (for records, the record's line).</summary>
    private static string Link(ArticleReport report, int line) =>
        $"{SafeText.ForMarkdownLink(report.Article.Origin.Path)}#L{report.Article.Origin.RecordLine ?? line}";

    public void Dispose() => output.Flush();
}
