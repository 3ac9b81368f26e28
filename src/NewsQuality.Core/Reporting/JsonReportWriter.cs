using System.Text.Json;
using NewsQuality.Analysis;
using NewsQuality.Input;
using NewsQuality.Model;
using NewsQuality.Rules;

namespace NewsQuality.Reporting;

/// <summary>
/// The complete machine format: one JSON object per run (schema in docs/json-report.md, version
/// <see cref="SchemaVersion"/>), written as articles stream in so memory stays flat on large runs.
/// </summary>
public sealed class JsonReportWriter : IReportWriter
{
    public const string SchemaVersion = "1.3";

    /// <summary>Decimals of <c>unroundedScores</c>: to a thousandth of a point.</summary>
    private const int UnroundedDecimals = 3;

    private readonly Utf8JsonWriter _json;
    private readonly List<InputError> _errors = [];

    public JsonReportWriter(Stream output, bool indented = true) =>
        _json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public void Begin(RunInfo run)
    {
        _json.WriteStartObject();
        _json.WriteString("schemaVersion", SchemaVersion);
        _json.WriteStartObject("tool");
        _json.WriteString("name", "newsquality");
        _json.WriteString("version", run.ToolVersion);
        _json.WriteEndObject();
        _json.WriteStartArray("inputs");
        foreach (var input in run.Inputs) _json.WriteStringValue(input);
        _json.WriteEndArray();
        WriteConfig(run);
        _json.WriteStartArray("articles");
    }

    private void WriteConfig(RunInfo run)
    {
        _json.WritePropertyName("config");
        Configuration.EffectiveConfig.Write(_json, run.Options, run.Catalog);
    }

    public void Write(ArticleReport report)
    {
        var article = report.Article;
        _json.WriteStartObject();
        _json.WriteString("id", article.Id);
        _json.WriteString("path", article.Origin.Path);
        if (article.Origin.RecordLine is { } line) _json.WriteNumber("recordLine", line);
        _json.WriteString("title", article.Title);
        if (article.Url is not null) _json.WriteString("url", article.Url);
        if (article.Published is { } published) _json.WriteString("published", published);
        if (article.Source is not null) _json.WriteString("source", article.Source);
        if (article.Encoding is not null) _json.WriteString("encoding", article.Encoding);
        _json.WriteNumber("score", report.Score);
        _json.WriteString("verdict", report.Verdict.ToString().ToLowerInvariant());
        _json.WriteStartObject("scores");
        foreach (var (family, score) in report.Families.All) _json.WriteNumber(family.ToName(), score);
        _json.WriteEndObject();
        // The same scores before rounding (1.3), for means over many articles (a source's, a translation system's).
        _json.WriteStartObject("unroundedScores");
        _json.WriteNumber(Scoring.ScoreFloor.OverallName, Math.Round(report.Families.UnroundedOverall, UnroundedDecimals));
        foreach (var (family, _) in report.Families.All) _json.WriteNumber(family.ToName(), Math.Round(report.Families.Unrounded(family), UnroundedDecimals));
        _json.WriteEndObject();
        if (report.Translation is { } translation) WriteTranslationEstimate(article, translation);
        _json.WriteStartArray("findings");
        foreach (var finding in report.Problems) WriteFinding(finding);
        _json.WriteEndArray();
        _json.WriteEndObject();
        if (_json.BytesPending >= FlushAt) _json.Flush();
    }

    /// <summary>
    /// Articles' objects are sent to the output once this many bytes are pending: still a bounded buffer on any run, where a
    /// flush per article was a write call per article (2,224 on the BBC check, about 1.7 KB each).
    /// </summary>
    private const int FlushAt = 32 * 1024;

    private void WriteTranslationEstimate(Article article, TranslationQuality.ArticleTranslationEstimate translation)
    {
        _json.WriteStartObject("translationEstimate");
        _json.WriteNumber("quality", Math.Round(translation.Quality, 3));
        _json.WriteNumber("sentences", translation.Sentences);
        _json.WriteStartArray("weakest");
        foreach (var sentence in translation.Weakest)
        {
            var (line, column) = article.Position(sentence.Span.Start);
            _json.WriteStartObject();
            _json.WriteNumber("quality", Math.Round(sentence.Quality, 3));
            _json.WriteStartObject("span");
            _json.WriteNumber("offset", sentence.Span.Start);
            _json.WriteNumber("length", sentence.Span.Length);
            _json.WriteNumber("line", line);
            _json.WriteNumber("column", column);
            _json.WriteEndObject();
            _json.WriteString("text", article.Text.AsSpan(sentence.Span.Start, sentence.Span.Length));
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
        _json.WriteEndObject();
    }

    private void WriteFinding(Finding finding)
    {
        _json.WriteStartObject();
        _json.WriteString("ruleId", finding.RuleId);
        _json.WriteString("severity", finding.Severity.ToName());
        _json.WriteNumber("score", Math.Round(finding.Score, 4));
        _json.WriteStartObject("span");
        _json.WriteNumber("offset", finding.Span.Start);
        _json.WriteNumber("length", finding.Span.Length);
        _json.WriteNumber("line", finding.Line);
        _json.WriteNumber("column", finding.Column);
        _json.WriteEndObject();
        _json.WriteString("evidence", finding.Evidence);
        _json.WriteString("message", finding.Message);
        if (finding.Suggestion is not null) _json.WriteString("suggestion", finding.Suggestion);
        if (finding.Related.Count > 0)
        {
            _json.WriteStartArray("related");
            foreach (var related in finding.Related)
            {
                _json.WriteStartObject();
                _json.WriteString("message", related.Message);
                if (related.ArticleId is not null) _json.WriteString("articleId", related.ArticleId);
                if (related.Path is not null) _json.WriteString("path", related.Path);
                _json.WriteNumber("offset", related.Span.Start);
                _json.WriteNumber("length", related.Span.Length);
                _json.WriteNumber("line", related.Line);
                _json.WriteNumber("column", related.Column);
                if (related.Similarity is { } similarity) _json.WriteNumber("similarity", Math.Round(similarity, 3));
                _json.WriteEndObject();
            }
            _json.WriteEndArray();
        }
        if (finding.Measures.Count > 0)
        {
            _json.WriteStartObject("measures");
            foreach (var (name, value) in finding.Measures) _json.WriteNumber(name, Math.Round(value, 4));
            _json.WriteEndObject();
        }
        if (finding.AlsoFlagged.Count > 0)
        {
            _json.WriteStartArray("alsoFlagged");
            foreach (var also in finding.AlsoFlagged) WriteFinding(also);
            _json.WriteEndArray();
        }
        _json.WriteEndObject();
    }

    public void Write(InputError error) => _errors.Add(error);

    public void End(RunSummary summary)
    {
        _json.WriteEndArray();
        _json.WriteStartArray("inputErrors");
        foreach (var error in _errors)
        {
            _json.WriteStartObject();
            _json.WriteString("path", error.Path);
            if (error.Line is { } line) _json.WriteNumber("line", line);
            _json.WriteString("message", error.Message);
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
        _json.WriteStartObject("summary");
        _json.WriteNumber("articles", summary.Articles);
        _json.WriteNumber("findings", summary.Findings);
        _json.WriteNumber("grouped", summary.Grouped);
        _json.WriteNumber("inputErrors", summary.InputErrors);
        _json.WriteStartObject("verdicts");
        foreach (var (verdict, count) in summary.ByVerdict) _json.WriteNumber(verdict.ToString().ToLowerInvariant(), count);
        _json.WriteEndObject();
        _json.WriteStartObject("severities");
        foreach (var (severity, count) in summary.BySeverity) _json.WriteNumber(severity.ToName(), count);
        _json.WriteEndObject();
        _json.WriteStartObject("rules");
        foreach (var (rule, count) in summary.ByRule) _json.WriteNumber(rule, count);
        _json.WriteEndObject();
        _json.WriteEndObject();
        _json.WriteEndObject();
        _json.Flush();
    }

    public void Dispose() => _json.Dispose();
}
