using System.Text;
using NewsQuality.Model;
using NewsQuality.Reporting;
using NewsQuality.Rules;
using static NewsQuality.Reporting.HtmlMarks;

namespace NewsQuality.Review;

/// <summary>
/// The review app's pages, in the HTML report's look (<see cref="HtmlMarks"/>). Everything from articles (text, titles,
/// URLs, ids) and from reviewers (names, notes) is HTML-encoded; URLs become links only when they are http(s).
/// </summary>
public static class ReviewPages
{
    private const string ExtraStyle =
        "tr.finding.current{outline:2px solid #333}mark.current{outline:2px solid #000}.status{font-weight:bold}.disputed{color:#b00}" +
        ".pair{display:grid;grid-template-columns:1fr 1fr;gap:1em}.pair .text{border:1px solid #eee;padding:.5em;max-height:30em;overflow:auto}" +
        "#error{color:#b00}kbd{border:1px solid #aaa;border-radius:3px;padding:0 3px;font-size:.85em}";

    private static string Page(string title, string token, string nonce, string body, string? script = null) =>
        $"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"nq-token\" content=\"{Encode(token)}\"><title>{Encode(title)}</title>" +
        $"<style>{Stylesheet}{ExtraStyle}</style></head><body>\n{body}\n" +
        (script is null ? "" : $"<script nonce=\"{nonce}\">{script}</script>") + "</body></html>\n";

    public static string Queue(ReviewSession session, QueueFilter filter, string token, string nonce)
    {
        var html = new StringBuilder("<h1>NewsQuality review</h1>\n");
        if (filter.Problem() is { } problem)
        {
            html.Append($"<p id=\"error\">{Encode(problem)}</p>");
            filter = new QueueFilter(null, null, null, null, null, null);
        }
        var log = session.Log();
        var progress = log.Progress(session.Articles);
        html.Append($"<p id=\"progress\">{progress.Sum(p => p.Reviewed)} findings reviewed, {progress.Sum(p => p.Left)} left; {progress.Sum(p => p.Disputed)} disputed.</p>\n");
        html.Append("<table id=\"rules\"><tr><th>rule</th><th>reviewed</th><th>left</th><th>confirmed</th><th>dismissed</th><th>disputed</th><th>agreement (Cohen's κ)</th></tr>");
        foreach (var p in progress)
            html.Append($"<tr><td>{Encode(session.Catalog.Label(p.RuleId))}</td><td>{p.Reviewed}</td><td>{p.Left}</td><td>{p.Confirmed}</td><td>{p.Dismissed}</td><td>{p.Disputed}</td>" +
                        $"<td>{(p.Kappa is { } k ? $"{k:0.00} ({p.KappaPairs} reviewer pair{(p.KappaPairs == 1 ? "" : "s")})" : "–")}</td></tr>");
        html.Append("</table>\n<form class=\"controls\" method=\"get\" action=\"/\">");
        html.Append(Select("rule", "Rule", filter.Rule, session.Articles.SelectMany(a => a.Findings).Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal)));
        html.Append(Select("family", "Family", filter.Family, RuleCategories.All.Select(c => c.ToName())));
        html.Append(Select("verdict", "Verdict", filter.Verdict, ["fail", "review", "pass"]));
        html.Append(Select("source", "Source", filter.Source, session.Articles.Select(a => a.Source).OfType<string>().Distinct().Order(StringComparer.Ordinal)));
        html.Append(Select("status", "Status", filter.Status, [QueueFilter.Unreviewed, QueueFilter.Reviewed, QueueFilter.Disputed]));
        html.Append(Select("sort", "Sort by", filter.Sort, ["score", .. RuleCategories.All.Select(c => c.ToName())], allLabel: "score"));
        html.Append("<button>Apply</button></form>\n<table id=\"queue\"><tr><th>score</th><th>verdict</th><th>article</th><th>source</th><th>reviewed</th></tr>");
        var query = filter.QueryString();
        foreach (var a in ReviewQueue.Select(session, filter, log))
        {
            var verdict = a.Verdict.ToString().ToLowerInvariant();
            var reviewed = a.Findings.Count(f => log.Status(f.Fingerprint) != ReviewStatus.Unreviewed);
            html.Append($"<tr><td>{a.Score}</td><td class=\"{verdict}\">{verdict}</td><td><a class=\"article\" href=\"{Encode(ArticleHref(a.Id, query))}\">{Encode(a.Title.Length > 0 ? a.Title : a.Id)}</a></td>" +
                        $"<td>{Encode(a.Source ?? "")}</td><td>{reviewed}/{a.Findings.Count}</td></tr>");
        }
        html.Append("</table>");
        return Page("NewsQuality review", token, nonce, html.ToString());
    }

    private static string ArticleHref(string id, string query) => $"/article?id={Uri.EscapeDataString(id)}{(query.Length > 0 ? "&" + query : "")}";

    private static string Select(string name, string label, string? chosen, IEnumerable<string> values, string allLabel = "all")
    {
        var html = new StringBuilder($"{label} <select name=\"{name}\"><option value=\"\">{allLabel}</option>");
        foreach (var value in values.Where(v => !(allLabel != "all" && v == allLabel)))
            html.Append($"<option value=\"{Encode(value)}\"{(value == chosen ? " selected" : "")}>{Encode(value)}</option>");
        return html.Append("</select> ").ToString();
    }

    public static string Article(ReviewSession session, ReviewArticle article, QueueFilter filter, string token, string nonce)
    {
        var log = session.Log();
        var query = filter.QueryString();
        var queue = ReviewQueue.Select(session, filter, log);
        var position = queue.ToList().FindIndex(a => a.Id == article.Id);
        var next = position >= 0 && position + 1 < queue.Count ? ArticleHref(queue[position + 1].Id, query) : "";
        var verdict = article.Verdict.ToString().ToLowerInvariant();
        var html = new StringBuilder();
        html.Append($"<p><a href=\"/{(query.Length > 0 ? "?" + Encode(query) : "")}\">← queue</a> · keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous finding, <kbd>c</kbd> confirm, <kbd>d</kbd> dismiss, <kbd>n</kbd> note, <kbd>]</kbd> next article · ");
        html.Append($"reviewer <input id=\"reviewer\" value=\"{Encode(session.DefaultReviewer)}\" size=\"12\"></p><p id=\"error\"></p>\n");
        html.Append($"<article id=\"article\" data-id=\"{Encode(article.Id)}\" data-next=\"{Encode(next)}\"><header><h2>{Encode(article.Title)}</h2>");
        html.Append($"<div><code>{Encode(article.Path)}</code>{Link(article.Url)} — score <b>{article.Score}</b>/100, <span class=\"{verdict}\">{verdict}</span>");
        html.Append($" · article: <span class=\"status\" id=\"article-status\">{ReviewServer.Name(log.Status(Decision.ArticleSubject(article.Id)))}</span> ");
        html.Append("<button data-article=\"clean\">clean</button> <button data-article=\"not-clean\">not clean</button></div></header>");
        var marks = article.Findings.Select(f => HtmlMarks.Of(f.Finding, session.Catalog)).ToList();
        html.Append(article.Text is null
            ? "<p><i>The article's text is no longer readable; each finding shows its evidence.</i></p>"
            : $"<div class=\"text\">{Highlight(article.Text, marks, indexed: true)}</div>");
        html.Append("<table id=\"findings\"><tr><th>where</th><th>severity</th><th>rule</th><th>finding</th><th>decision</th><th></th></tr>");
        for (var i = 0; i < article.Findings.Count; i++) html.Append(FindingRow(session, article, i, log));
        html.Append("</table>");
        html.Append(SideBySide(session, article));
        html.Append("</article>");
        return Page($"{article.Title} — NewsQuality review", token, nonce, html.ToString(), Script);
    }

    /// <summary>A link for http(s) URLs only; anything else (a <c>javascript:</c> URL) is shown as text.</summary>
    private static string Link(string? url) =>
        url is null ? ""
        : Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? $" <a href=\"{Encode(uri.AbsoluteUri)}\" rel=\"noreferrer noopener\" target=\"_blank\">{Encode(url)}</a>"
            : $" <code>{Encode(url)}</code>";

    private static string FindingRow(ReviewSession session, ReviewArticle article, int index, DecisionLog log)
    {
        var (fingerprint, f) = (article.Findings[index].Fingerprint, article.Findings[index].Finding);
        var html = new StringBuilder($"<tr class=\"finding\" data-index=\"{index}\" data-rule=\"{Encode(f.RuleId)}\" data-fingerprint=\"{fingerprint}\"><td>{f.Line}:{f.Column}</td><td>{f.Severity.ToName()}</td>");
        html.Append($"<td>{Encode(session.Catalog.Label(f.RuleId))}<br><small>score {f.Score:0.###}</small></td><td>{Encode(f.Message)}");
        if (f.Suggestion is not null) html.Append($" <i>Suggestion: {Encode(f.Suggestion)}</i>");
        if (article.Text is null) html.Append($"<br><q>{Encode(f.Evidence)}</q>");
        foreach (var related in f.Related)
        {
            var where = related.ArticleId is { } other && session.Article(other) is not null
                ? $"<a href=\"{Encode(ArticleHref(other, ""))}\">{Encode(related.Path ?? other)}</a>"
                : Encode(related.Path ?? related.ArticleId ?? "this article");
            html.Append($"<br><small>{Encode(related.Message)} — {where} {related.Line}:{related.Column}</small>");
        }
        var status = log.Status(fingerprint);
        html.Append($"</td><td><span class=\"status {ReviewServer.Name(status)}\">{ReviewServer.Name(status)}</span><small class=\"reviewers\">");
        foreach (var d in log.Latest(fingerprint).Values.OrderBy(d => d.Reviewer, StringComparer.Ordinal)) html.Append($"<br>{Encode(d.Reviewer)}: {d.Kind}");
        foreach (var note in log.History(fingerprint).Where(d => d.Kind == DecisionKinds.Note)) html.Append($"<br>note by {Encode(note.Reviewer)}: {Encode(note.Note ?? "")}");
        html.Append("</small></td><td><button data-decision=\"confirm\">confirm</button> <button data-decision=\"dismiss\">dismiss</button> <button data-decision=\"note\">note</button></td></tr>");
        return html.ToString();
    }

    /// <summary>Near-duplicates: this article beside each article it shares passages with, both with the shared passages marked.</summary>
    private static string SideBySide(ReviewSession session, ReviewArticle article)
    {
        if (article.Text is null) return "";
        var html = new StringBuilder();
        var pairs = article.Findings
            .Where(f => CategoryOf(f.RuleId, session.Catalog) == RuleCategory.Duplicate)
            .SelectMany(f => f.Finding.Related.Where(r => r.ArticleId is not null && r.ArticleId != article.Id).Select(r => (Finding: f.Finding, Related: r)))
            .GroupBy(p => p.Related.ArticleId!);
        foreach (var pair in pairs)
        {
            if (session.Article(pair.Key) is not { Text: { } otherText } other) continue;
            var here = pair.Select(p => HtmlMarks.Of(p.Finding, session.Catalog)).ToList();
            var there = pair.Select(p => new Mark(p.Related.Span, RuleCategory.Duplicate, p.Finding.Severity, p.Related.Message)).ToList();
            html.Append($"<h3>Shared with {Encode(other.Title.Length > 0 ? other.Title : other.Id)}</h3><div class=\"pair\">");
            html.Append($"<div class=\"text\">{Highlight(article.Text, here)}</div><div class=\"text\">{Highlight(otherText, there)}</div></div>");
        }
        return html.ToString();
    }

    private const string Script = """
        const token = document.querySelector('meta[name="nq-token"]').content;
        const article = document.getElementById('article');
        const rows = [...document.querySelectorAll('tr.finding')];
        const reviewer = document.getElementById('reviewer');
        const error = document.getElementById('error');
        reviewer.value = localStorage.getItem('nq-reviewer') || reviewer.value;
        reviewer.onchange = () => localStorage.setItem('nq-reviewer', reviewer.value);
        let current = 0;
        function select(i) {
          if (!rows.length) return;
          current = Math.max(0, Math.min(rows.length - 1, i));
          rows.forEach((r, k) => r.classList.toggle('current', k === current));
          for (const m of document.querySelectorAll('mark[data-marks]'))
            m.classList.toggle('current', m.dataset.marks.split(' ').includes(String(current)));
          rows[current].scrollIntoView({ block: 'nearest' });
        }
        function requestId() {
          return [...crypto.getRandomValues(new Uint8Array(16))].map(b => b.toString(16).padStart(2, '0')).join('');
        }
        async function post(body) {
          body.requestId = requestId();
          body.reviewer = reviewer.value;
          const response = await fetch('/api/decisions', { method: 'POST', credentials: 'same-origin',
            headers: { 'Content-Type': 'application/json', 'X-NQ-Token': token }, body: JSON.stringify(body) });
          const answer = await response.json();
          error.textContent = response.ok ? '' : answer.error;
          return response.ok ? answer : null;
        }
        async function decide(row, decision) {
          let note = null;
          if (decision === 'note' && !(note = prompt('Note on this finding'))) return;
          const answer = await post({ fingerprint: row.dataset.fingerprint, decision, note });
          if (!answer) return;
          const status = row.querySelector('.status');
          status.textContent = answer.status;
          status.className = 'status ' + answer.status;
          const list = row.querySelector('.reviewers');
          list.textContent = '';
          for (const r of answer.reviewers) { list.append(document.createElement('br'), r.reviewer + ': ' + r.kind); }
          if (decision === 'note') list.append(document.createElement('br'), 'note by ' + reviewer.value + ': ' + note);
          row.dataset.saved = (Number(row.dataset.saved || 0) + 1).toString();
        }
        rows.forEach((row, i) => row.querySelectorAll('button[data-decision]').forEach(b => b.onclick = () => { select(i); decide(row, b.dataset.decision); }));
        for (const b of document.querySelectorAll('button[data-article]'))
          b.onclick = async () => {
            const answer = await post({ articleId: article.dataset.id, decision: b.dataset.article });
            if (answer) document.getElementById('article-status').textContent = answer.status;
          };
        document.addEventListener('keydown', e => {
          if (e.target.matches('input, textarea, select') || e.ctrlKey || e.metaKey || e.altKey) return;
          const row = rows[current];
          switch (e.key) {
            case 'j': select(current + 1); break;
            case 'k': select(current - 1); break;
            case 'c': if (row) decide(row, 'confirm'); break;
            case 'd': if (row) decide(row, 'dismiss'); break;
            case 'n': if (row) decide(row, 'note'); break;
            case ']': if (article.dataset.next) location.href = article.dataset.next; break;
            default: return;
          }
          e.preventDefault();
        });
        select(0);
        """;
}
