using System.Text.Json;
using NewsQuality.Analysis;
using NewsQuality.Input;
using NewsQuality.Model;
using NewsQuality.Rules;

namespace NewsQuality.Reporting;

/// <summary>
/// SARIF 2.1.0 (written with System.Text.Json): rules from the descriptors with their help text, one result per
/// finding with its physical location and a partial fingerprint that survives unrelated edits, input errors as
/// tool notifications. GitHub code scanning and other SARIF viewers read it.
/// </summary>
public sealed class SarifReportWriter(Stream output) : IReportWriter
{
    private readonly Utf8JsonWriter _json = new(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    private readonly List<InputError> _errors = [];
    private Dictionary<string, int> _ruleIndex = [];

    public void Begin(RunInfo run)
    {
        var descriptors = run.Catalog.Descriptors.ToList();
        _ruleIndex = descriptors.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i);
        _json.WriteStartObject();
        _json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        _json.WriteString("version", "2.1.0");
        _json.WriteStartArray("runs");
        _json.WriteStartObject();
        _json.WriteStartObject("tool");
        _json.WriteStartObject("driver");
        _json.WriteString("name", "newsquality");
        _json.WriteString("version", run.ToolVersion);
        _json.WriteString("semanticVersion", run.ToolVersion);
        _json.WriteStartArray("rules");
        foreach (var d in descriptors)
        {
            _json.WriteStartObject();
            _json.WriteString("id", d.Id);
            _json.WriteString("name", d.Name);
            Text("shortDescription", d.Summary);
            Text("fullDescription", d.Rationale);
            _json.WriteStartObject("help");
            _json.WriteString("text", $"{d.Summary} {d.Rationale}");
            _json.WriteString("markdown", Rules.RuleDocumentation.Render(d));
            _json.WriteEndObject();
            _json.WriteStartObject("defaultConfiguration");
            _json.WriteString("level", Level(run.Options.SettingsFor(d).Severity));
            _json.WriteBoolean("enabled", run.Options.SettingsFor(d).Enabled);
            _json.WriteEndObject();
            _json.WriteStartObject("properties");
            _json.WriteString("category", d.Category.ToString().ToLowerInvariant());
            _json.WriteEndObject();
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.WriteEndObject();
        _json.WriteStartArray("results");
    }

    public void Write(ArticleReport report)
    {
        // Fingerprints count occurrences over every finding, so a problem keeps its lead's fingerprint however it is grouped.
        var fingerprints = report.Findings.Zip(FindingFingerprint.Of(report)).ToLookup(p => (p.First.RuleId, p.First.Span), p => p.Second);
        foreach (var finding in report.Problems)
        {
            _json.WriteStartObject();
            _json.WriteString("ruleId", finding.RuleId);
            if (_ruleIndex.TryGetValue(finding.RuleId, out var index)) _json.WriteNumber("ruleIndex", index);
            _json.WriteString("level", Level(finding.Severity));
            var alsoFlagged = finding.AlsoFlagged.Count == 0 ? "" : " Also flagged: " + string.Join(" ", finding.AlsoFlagged.Select(a => $"{a.RuleId}: {a.Message}"));
            Text("message", (finding.Suggestion is null ? finding.Message : $"{finding.Message} Suggestion: {finding.Suggestion}") + alsoFlagged);
            _json.WriteStartArray("locations");
            Location(report.Article, finding.Span, finding.Line, finding.Column, finding.Evidence);
            _json.WriteEndArray();
            if (finding.Related.Count > 0)
            {
                _json.WriteStartArray("relatedLocations");
                foreach (var (related, id) in finding.Related.Select((r, k) => (r, k)))
                {
                    _json.WriteStartObject();
                    _json.WriteNumber("id", id);
                    _json.WriteStartObject("physicalLocation");
                    _json.WriteStartObject("artifactLocation");
                    _json.WriteString("uri", Uri(related.Path ?? report.Article.Origin.Path));
                    _json.WriteEndObject();
                    _json.WriteStartObject("region");
                    _json.WriteNumber("startLine", Math.Max(1, related.Line));
                    _json.WriteNumber("startColumn", Math.Max(1, related.Column));
                    _json.WriteEndObject();
                    _json.WriteEndObject();
                    Text("message", related.Message);
                    _json.WriteEndObject();
                }
                _json.WriteEndArray();
            }
            _json.WriteStartObject("partialFingerprints");
            _json.WriteString("newsquality/v1", fingerprints[(finding.RuleId, finding.Span)].First());
            _json.WriteEndObject();
            _json.WriteStartObject("properties");
            _json.WriteNumber("score", Math.Round(finding.Score, 4));
            _json.WriteString("articleId", report.Article.Id);
            _json.WriteNumber("articleScore", report.Score);
            _json.WriteString("verdict", report.Verdict.ToString().ToLowerInvariant());
            _json.WriteStartObject("articleScores");
            foreach (var (family, score) in report.Families.All) _json.WriteNumber(family.ToName(), score);
            _json.WriteEndObject();
            if (report.Translation is { } translation) _json.WriteNumber("translationEstimate", Math.Round(translation.Quality, 3));
            if (finding.AlsoFlagged.Count > 0)
            {
                _json.WriteStartArray("alsoFlagged");
                foreach (var also in finding.AlsoFlagged) _json.WriteStringValue(also.RuleId);
                _json.WriteEndArray();
            }
            _json.WriteEndObject();
            _json.WriteEndObject();
        }
    }

    /// <summary>For files, the finding's own line and column; for JSON Lines records, the record's line in the file.</summary>
    private void Location(Article article, TextSpan span, int line, int column, string snippet)
    {
        _json.WriteStartObject();
        _json.WriteStartObject("physicalLocation");
        _json.WriteStartObject("artifactLocation");
        _json.WriteString("uri", Uri(article.Origin.Path));
        _json.WriteEndObject();
        _json.WriteStartObject("region");
        if (article.Origin.RecordLine is { } record)
            _json.WriteNumber("startLine", record);
        else
        {
            _json.WriteNumber("startLine", line);
            _json.WriteNumber("startColumn", column);
            _json.WriteNumber("charOffset", span.Start);
            _json.WriteNumber("charLength", span.Length);
        }
        _json.WriteStartObject("snippet");
        _json.WriteString("text", snippet);
        _json.WriteEndObject();
        _json.WriteEndObject();
        _json.WriteEndObject();
        _json.WriteEndObject();
    }

    public void Write(InputError error) => _errors.Add(error);

    public void End(RunSummary summary)
    {
        _json.WriteEndArray();
        _json.WriteStartArray("invocations");
        _json.WriteStartObject();
        _json.WriteBoolean("executionSuccessful", true);
        _json.WriteStartArray("toolExecutionNotifications");
        foreach (var error in _errors)
        {
            _json.WriteStartObject();
            _json.WriteString("level", "error");
            Text("message", error.ToString());
            _json.WriteStartArray("locations");
            _json.WriteStartObject();
            _json.WriteStartObject("physicalLocation");
            _json.WriteStartObject("artifactLocation");
            _json.WriteString("uri", Uri(error.Path));
            _json.WriteEndObject();
            if (error.Line is { } line)
            {
                _json.WriteStartObject("region");
                _json.WriteNumber("startLine", line);
                _json.WriteEndObject();
            }
            _json.WriteEndObject();
            _json.WriteEndObject();
            _json.WriteEndArray();
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
    }

    public void Dispose() => _json.Dispose();

    private void Text(string property, string text)
    {
        _json.WriteStartObject(property);
        _json.WriteString("text", text);
        _json.WriteEndObject();
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>A relative URI with forward slashes, as SARIF viewers resolve against the checkout root.</summary>
    private static string Uri(string path) => string.Join('/', path.Replace('\\', '/').Split('/').Select(System.Uri.EscapeDataString));
}
