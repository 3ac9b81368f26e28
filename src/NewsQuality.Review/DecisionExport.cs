using System.Text.Json;
using NewsQuality.IO;
using NewsQuality.Reporting;
using NewsQuality.Tuning;

namespace NewsQuality.Review;

/// <summary>
/// Turns the stored decisions into what the other commands read: labelled articles for <c>tune</c>, a baseline of the
/// findings reviewers dismissed, and per-rule scored examples for <c>tune --decisions</c>. Disputed findings count for
/// nothing until the reviewers settle them.
/// </summary>
public sealed class DecisionExport(ReviewStore store)
{
    private readonly DecisionLog _log = new(store.Decisions());
    private readonly IReadOnlyList<ReviewStore.StoredFinding> _findings = store.Findings();

    public sealed record LabelSummary(int Written, int Unfinished, int Disputed, int WithoutText);

    /// <summary>
    /// One JSON line per article whose every finding is settled (or that reviewers agreed is clean, every finding then a
    /// false alarm): id, title, text and <c>labels</c>, the rules with a confirmed finding, in the format <c>tune</c> reads.
    /// </summary>
    public LabelSummary WriteLabels(string path)
    {
        var byArticle = _findings.ToLookup(f => f.ArticleId);
        int written = 0, unfinished = 0, disputed = 0, withoutText = 0;
        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
            foreach (var article in store.Articles())
            {
                var statuses = byArticle[article.Id].Select(f => (f.RuleId, Status: _log.Status(f.Fingerprint))).ToList();
                var verdict = _log.Status(Decision.ArticleSubject(article.Id));
                if (verdict == ReviewStatus.Disputed || statuses.Any(s => s.Status == ReviewStatus.Disputed)) { disputed++; continue; }
                var clean = verdict == ReviewStatus.Dismissed;
                if (!clean && statuses.Any(s => s.Status == ReviewStatus.Unreviewed)) { unfinished++; continue; }
                if (article.Text is null) { withoutText++; continue; }
                var labels = clean ? [] : statuses.Where(s => s.Status == ReviewStatus.Confirmed).Select(s => s.RuleId).Distinct().Order(StringComparer.Ordinal).ToList();
                writer.WriteLine(JsonSerializer.Serialize(new LabelledArticle(article.Id, article.Title, Body(article), article.Url, article.Source, labels), LabelJson));
                written++;
            }
        });
        return new LabelSummary(written, unfinished, disputed, withoutText);
    }

    private sealed record LabelledArticle(string Id, string Title, string Text, string? Url, string? Source, IReadOnlyList<string> Labels);

    private static readonly JsonSerializerOptions LabelJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The text without its title line: the JSON Lines reader puts the title back in front.</summary>
    private static string Body(ReviewStore.StoredArticle article) =>
        article.Title.Length > 0 && article.Text!.StartsWith(article.Title, StringComparison.Ordinal)
            ? article.Text[article.Title.Length..].TrimStart('\r', '\n')
            : article.Text!;

    /// <summary>The findings reviewers dismissed (and none disputes), as baseline entries: a known false alarm stops failing CI.</summary>
    public IReadOnlyList<BaselineEntry> Dismissed() =>
        _findings.Where(f => _log.Status(f.Fingerprint) == ReviewStatus.Dismissed)
            .Select(f => new BaselineEntry(f.Fingerprint, f.RuleId, f.ArticleId, f.Evidence)).ToList();

    /// <summary>
    /// Per rule, each settled finding as an example: confirmed or not, scored as it was when last decided (the
    /// finding's stored score when the decision kept none).
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Example>> Examples() =>
        _findings.Select(f => (Finding: f, Status: _log.Status(f.Fingerprint)))
            .Where(x => x.Status is ReviewStatus.Confirmed or ReviewStatus.Dismissed)
            .GroupBy(x => x.Finding.RuleId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Example>)g.Select(x => new Example(
                x.Status == ReviewStatus.Confirmed,
                _log.Latest(x.Finding.Fingerprint).Values.MaxBy(d => d.Sequence)!.Score ?? x.Finding.Score)).ToList());
}
