using System.Text;
using NewsQuality.Analysis;
using NewsQuality.Input;
using NewsQuality.Model;
using NewsQuality.Rules;

namespace NewsQuality.Reporting;

/// <summary>
/// One self-contained HTML file for reviewers (inline CSS and JavaScript, no network): each flagged article's text
/// with its findings highlighted in place and coloured by rule family, the message and suggestion on hover, its family
/// scores (translation first) and the weakest sentences of the translation estimate listed and underlined, filters
/// by rule and verdict, sorting by score, and an SVG histogram of all articles' scores.
/// </summary>
public sealed class HtmlReportWriter(TextWriter output) : IReportWriter
{
    /// <summary>Highlight colours by family; tests look for these exact colours in a screenshot.</summary>
    public static IReadOnlyDictionary<RuleCategory, string> Colours => HtmlMarks.Colours;

    private readonly List<ArticleReport> _flagged = [];
    private readonly List<int> _scores = [];
    private readonly List<InputError> _errors = [];
    private RunInfo? _run;

    public void Begin(RunInfo run) => _run = run;

    public void Write(ArticleReport report)
    {
        _scores.Add(report.Score);
        if (report.Findings.Count > 0) _flagged.Add(report);
    }

    public void Write(InputError error) => _errors.Add(error);

    public void End(RunSummary summary)
    {
        var catalog = _run?.Catalog ?? RuleCatalog.Default;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>NewsQuality report</title><style>");
        html.Append(HtmlMarks.Stylesheet);
        html.Append("</style></head><body>\n<h1>NewsQuality report</h1>\n");
        html.Append($"<p>{summary.Articles} articles: <b class=\"fail\">{summary.ByVerdict[Scoring.Verdict.Fail]} fail</b>, <span class=\"review\">{summary.ByVerdict[Scoring.Verdict.Review]} review</span>, <span class=\"pass\">{summary.ByVerdict[Scoring.Verdict.Pass]} pass</span>; {summary.Findings} findings; {summary.InputErrors} input errors.</p>\n");
        html.Append(Histogram());
        html.Append("<p>").AppendJoin(" ", Colours.Select(c => $"<mark class=\"{c.Key.ToName()}\">{c.Key.ToName()}</mark>")).Append("</p>\n");
        html.Append("<div class=\"controls\">Rule <select id=\"rule\"><option value=\"\">all</option>");
        foreach (var (rule, count) in summary.ByRule) html.Append($"<option value=\"{rule}\">{rule} {Encode(catalog.Find(rule)?.Descriptor.Name ?? "")} ({count})</option>");
        html.Append("</select> Verdict <select id=\"verdict\"><option value=\"\">all</option><option>fail</option><option>review</option><option>pass</option></select> ");
        html.Append("<button id=\"sort\">Sort by score</button></div>\n<div id=\"articles\">\n");
        foreach (var report in _flagged) html.Append(Article(report, catalog));
        html.Append("</div>\n");
        if (_errors.Count > 0)
        {
            html.Append("<h2>Input errors</h2><ul>");
            foreach (var error in _errors) html.Append($"<li><code>{Encode(error.ToString())}</code></li>");
            html.Append("</ul>\n");
        }
        html.Append("<script>").Append(Script).Append("</script></body></html>\n");
        output.Write(html.ToString());
        output.Flush();
    }

    private static string Article(ArticleReport report, RuleCatalog catalog)
    {
        var verdict = report.Verdict.ToString().ToLowerInvariant();
        var rules = string.Join(' ', report.Findings.Select(f => f.RuleId).Distinct());
        var html = new StringBuilder();
        html.Append($"<article data-score=\"{report.Score}\" data-translation=\"{report.Families[RuleCategory.Translation]}\" data-verdict=\"{verdict}\" data-rules=\"{rules}\"><header><h2>{Encode(report.Article.Title)}</h2>");
        html.Append($"<div><code>{Encode(report.Article.Origin.Display)}</code> — score <b>{report.Score}</b>/100, <span class=\"{verdict}\">{verdict}</span></div>");
        html.Append(FamilyScores(report)).Append("</header>");
        html.Append("<div class=\"text\">").Append(Highlighted(report, catalog)).Append("</div><table>");
        foreach (var f in report.Problems)
            html.Append($"<tr><td>{f.Line}:{f.Column}</td><td>{f.Severity.ToName()}</td><td>{f.RuleId}</td><td>{Encode(f.Message)}{(f.Suggestion is null ? "" : $" <i>Suggestion: {Encode(f.Suggestion)}</i>")}{string.Concat(f.AlsoFlagged.Select(a => $"<br><small>also {a.RuleId}: {Encode(a.Message)}</small>"))}</td></tr>");
        html.Append("</table></article>\n");
        return html.ToString();
    }

    /// <summary>
    /// The family scores, translation first (the learned estimate's own figure beside it), then the weakest sentences
    /// by that estimate, worst first: what a reviewer of machine translations reads before the text.
    /// </summary>
    private static string FamilyScores(ArticleReport report)
    {
        var families = report.Families.All.OrderBy(p => p.Family != RuleCategory.Translation);
        var html = new StringBuilder("<div class=\"families\">");
        foreach (var (family, score) in families) html.Append($"<span class=\"{family.ToName()}\">{family.ToName()} {score}/100</span>");
        if (report.Translation is not { } translation) return html.Append("</div>").ToString();
        html.Append($"<small>translation estimate {Quality(translation.Quality)} over {translation.Sentences} sentence{(translation.Sentences == 1 ? "" : "s")} (DA z-score scale: 0 is an average machine translation)</small></div>");
        html.Append("<ol class=\"weakest\" title=\"Weakest sentences by the translation estimate\">");
        foreach (var sentence in translation.Weakest)
        {
            var (line, _) = report.Article.Position(sentence.Span.Start);
            html.Append($"<li>{Quality(sentence.Quality)} line {line}: {Encode(report.Article.Text.Substring(sentence.Span.Start, sentence.Span.Length))}</li>");
        }
        return html.Append("</ol>").ToString();
    }

    private static string Quality(double quality) => quality.ToString("+0.00;−0.00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The text with findings marked in place and the weakest sentences by the translation estimate underlined.</summary>
    private static string Highlighted(ArticleReport report, RuleCatalog catalog) =>
        HtmlMarks.Highlight(report.Article.Text, report.Findings.Select(f => HtmlMarks.Of(f, catalog)).ToList(),
            underlines: (report.Translation?.Weakest ?? [])
                .Select(s => new Underline(s.Span, $"translation estimate {Quality(s.Quality)}: one of the article's weakest sentences")).ToList());

    private string Histogram()
    {
        var bins = new int[10];
        foreach (var score in _scores) bins[Math.Min(9, score / 10)]++;
        var max = Math.Max(1, bins.Max());
        var svg = new StringBuilder("<svg width=\"420\" height=\"150\" role=\"img\" aria-label=\"score distribution\"><title>Articles per score band</title>");
        for (var b = 0; b < 10; b++)
        {
            var height = 110.0 * bins[b] / max;
            var colour = b < 6 ? "#d9534f" : b < 9 ? "#f0ad4e" : "#5cb85c";
            svg.Append($"<rect x=\"{10 + b * 40}\" y=\"{120 - height:0.#}\" width=\"34\" height=\"{height:0.#}\" fill=\"{colour}\"><title>{b * 10}–{b * 10 + 9}: {bins[b]}</title></rect>");
            svg.Append($"<text x=\"{27 + b * 40}\" y=\"138\" font-size=\"10\" text-anchor=\"middle\">{b * 10}</text>");
        }
        return svg.Append("</svg>\n").ToString();
    }

    private static string Encode(string text) => HtmlMarks.Encode(text);

    private const string Script = """
        const rule = document.getElementById('rule'), verdict = document.getElementById('verdict');
        function filter() {
          for (const a of document.querySelectorAll('article')) {
            const okRule = !rule.value || a.dataset.rules.split(' ').includes(rule.value);
            const okVerdict = !verdict.value || a.dataset.verdict === verdict.value;
            a.style.display = okRule && okVerdict ? '' : 'none';
          }
        }
        rule.onchange = filter; verdict.onchange = filter;
        let ascending = true;
        document.getElementById('sort').onclick = () => {
          const list = document.getElementById('articles');
          [...list.children].sort((x, y) => (ascending ? 1 : -1) * (x.dataset.score - y.dataset.score)).forEach(a => list.appendChild(a));
          ascending = !ascending;
        };
        """;

    public void Dispose() => output.Flush();
}
