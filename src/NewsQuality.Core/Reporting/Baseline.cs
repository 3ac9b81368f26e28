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
        AtomicFile.Write(path, stream =>
        {
            using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
            json.WriteStartObject();
            json.WriteNumber("version", FormatVersion);
            json.WriteStartArray("findings");
            foreach (var report in reports)
            {
                var fingerprints = FindingFingerprint.Of(report);
                for (var i = 0; i < report.Findings.Count; i++)
                {
                    json.WriteStartObject();
                    json.WriteString("fingerprint", fingerprints[i]);
                    json.WriteString("ruleId", report.Findings[i].RuleId);
                    json.WriteString("article", report.Article.Id);
                    json.WriteString("evidence", report.Findings[i].Evidence);
                    json.WriteEndObject();
                }
            }
            json.WriteEndArray();
            json.WriteEndObject();
        });
}
