using System.Text.Json;
using NewsQuality.Analysis;
using NewsQuality.Input;
using NewsQuality.Model;
using NewsQuality.Reporting;
using NewsQuality.Scoring;

namespace NewsQuality.Review;

/// <summary>
/// Reads the flagged articles back from a JSON report (<c>check --format json</c>). The report keeps findings, not
/// article text, so the report's inputs are read again for the text; an article whose text is gone or changed under a
/// finding is still reviewable from the evidence, its highlights left out.
/// </summary>
public static class ReportFile
{
    public static IReadOnlyList<ReviewArticle> Load(string path, string currentDirectory)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("schemaVersion", out _) || !root.TryGetProperty("articles", out var articles))
            throw new InvalidDataException($"{path} is not a NewsQuality JSON report (check --format json)");
        var texts = Texts(root, currentDirectory);
        var result = new List<ReviewArticle>();
        foreach (var article in articles.EnumerateArray())
        {
            var id = article.GetProperty("id").GetString()!;
            var findings = article.GetProperty("findings").EnumerateArray().SelectMany(Flatten).ToList();
            if (findings.Count == 0) continue;
            findings.Sort(AnalysisEngine.FindingOrder);
            var text = texts.GetValueOrDefault(id);
            if (text is not null && findings.Any(f => f.Span.End > text.Length || text.Substring(f.Span.Start, f.Span.Length) != f.Evidence)) text = null;
            var fingerprints = FindingFingerprint.Of(id, findings);
            var display = article.GetProperty("path").GetString()! + (article.TryGetProperty("recordLine", out var line) ? $"#L{line.GetInt32()}" : "");
            result.Add(new ReviewArticle(id, article.GetProperty("title").GetString() ?? "", text, display, Optional(article, "url"), Optional(article, "source"),
                article.GetProperty("score").GetInt32(), Enum.Parse<Verdict>(article.GetProperty("verdict").GetString()!, ignoreCase: true),
                findings.Select((f, i) => new ReviewFinding(fingerprints[i], f)).ToList()));
        }
        return result;
    }

    /// <summary>A reported problem and the findings grouped under it: fingerprints are over every finding.</summary>
    private static IEnumerable<Finding> Flatten(JsonElement json)
    {
        var span = json.GetProperty("span");
        yield return new Finding
        {
            RuleId = json.GetProperty("ruleId").GetString()!,
            Severity = SeverityNames.TryParse(json.GetProperty("severity").GetString(), out var severity) ? severity : Severity.Warning,
            Score = json.GetProperty("score").GetDouble(),
            Span = new TextSpan(span.GetProperty("offset").GetInt32(), span.GetProperty("length").GetInt32()),
            Line = span.GetProperty("line").GetInt32(),
            Column = span.GetProperty("column").GetInt32(),
            Evidence = json.GetProperty("evidence").GetString()!,
            Message = json.GetProperty("message").GetString()!,
            Suggestion = Optional(json, "suggestion"),
            Related = json.TryGetProperty("related", out var related) ? related.EnumerateArray().Select(Related).ToList() : [],
        };
        if (json.TryGetProperty("alsoFlagged", out var also))
            foreach (var grouped in also.EnumerateArray().SelectMany(Flatten)) yield return grouped;
    }

    private static RelatedLocation Related(JsonElement json) =>
        new(json.GetProperty("message").GetString()!, new TextSpan(json.GetProperty("offset").GetInt32(), json.GetProperty("length").GetInt32()),
            json.GetProperty("line").GetInt32(), json.GetProperty("column").GetInt32(), Optional(json, "articleId"), Optional(json, "path"))
        {
            Similarity = json.TryGetProperty("similarity", out var similarity) ? similarity.GetDouble() : null,
        };

    /// <summary>Article text by id, from the report's inputs read again; inputs that are gone give nothing.</summary>
    private static Dictionary<string, string> Texts(JsonElement root, string currentDirectory)
    {
        var inputs = root.TryGetProperty("inputs", out var list) ? list.EnumerateArray().Select(i => i.GetString()!).Where(i => i != "-").ToList() : [];
        var existing = inputs.Where(i => Path.Exists(Path.GetFullPath(i, currentDirectory))).ToList();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (existing.Count == 0) return texts;
        foreach (var read in new ArticleSource(existing, new ArticleSourceOptions { BaseDirectory = currentDirectory }).Read())
            if (read.Article is { } article) texts.TryAdd(article.Id, article.Text);
        return texts;
    }

    private static string? Optional(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
