using System.Text.Json;
using NewsQuality.Analysis;
using NewsQuality.IO;
using NewsQuality.Scoring;

namespace NewsQuality.Reporting;

/// <summary>
/// Findings accepted as they are (<c>--write-baseline</c>), so that later runs (<c>--baseline</c>) report only new
/// ones: the way a team adopts the tool on an archive full of old problems and gates only regressions.
/// </summary>
public sealed class Baseline
{
    public const int FormatVersion = 1;

    private readonly HashSet<string> _fingerprints;

    private Baseline(HashSet<string> fingerprints) => _fingerprints = fingerprints;

    public int Count => _fingerprints.Count;

    public static Baseline Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        if (!root.TryGetProperty("version", out var version) || version.GetInt32() != FormatVersion)
            throw new InvalidDataException($"{path} is not a NewsQuality baseline of version {FormatVersion}");
        return new Baseline(root.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("fingerprint").GetString()!).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>The report without baselined findings, re-scored on what is left.</summary>
    public ArticleReport Filter(ArticleReport report, ScoringPolicy scoring)
    {
        var fingerprints = FindingFingerprint.Of(report);
        var kept = report.Findings.Where((_, i) => !_fingerprints.Contains(fingerprints[i])).ToList();
        if (kept.Count == report.Findings.Count) return report;
        var (score, verdict) = scoring.Evaluate(kept);
        return report with { Findings = kept, Score = score, Verdict = verdict, Families = scoring.Families(kept) };
    }

    /// <summary>Writes every finding of the reports as the new baseline (atomically).</summary>
    public static void Write(string path, IEnumerable<ArticleReport> reports) =>
        Write(path, reports.SelectMany(report => FindingFingerprint.Of(report).Select((fingerprint, i) =>
            new BaselineEntry(fingerprint, report.Findings[i].RuleId, report.Article.Id, report.Findings[i].Evidence))));

    /// <summary>Writes these findings as the baseline (atomically): a run's, or those reviewers dismissed.</summary>
    public static void Write(string path, IEnumerable<BaselineEntry> entries) =>
        AtomicFile.Write(path, stream =>
        {
            using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
            json.WriteStartObject();
            json.WriteNumber("version", FormatVersion);
            json.WriteStartArray("findings");
            foreach (var entry in entries)
            {
                json.WriteStartObject();
                json.WriteString("fingerprint", entry.Fingerprint);
                json.WriteString("ruleId", entry.RuleId);
                json.WriteString("article", entry.ArticleId);
                json.WriteString("evidence", entry.Evidence);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        });
}

/// <summary>One accepted finding: its fingerprint, and what it was, for people reading the file.</summary>
public sealed record BaselineEntry(string Fingerprint, string RuleId, string ArticleId, string Evidence);
