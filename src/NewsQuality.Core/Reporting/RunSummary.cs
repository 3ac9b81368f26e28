using NewsQuality.Analysis;
using NewsQuality.Input;
using NewsQuality.Model;
using NewsQuality.Scoring;

namespace NewsQuality.Reporting;

/// <summary>Counts over a whole run, accumulated as reports stream past.</summary>
public sealed class RunSummary
{
    public int Articles { get; private set; }
    public int InputErrors { get; private set; }
    public Dictionary<Verdict, int> ByVerdict { get; } = Enum.GetValues<Verdict>().ToDictionary(v => v, _ => 0);
    public Dictionary<Severity, int> BySeverity { get; } = Enum.GetValues<Severity>().ToDictionary(s => s, _ => 0);
    public SortedDictionary<string, int> ByRule { get; } = new(StringComparer.Ordinal);
    public int Findings => BySeverity.Values.Sum();

    /// <summary>The lowest article score of the run (100 when no article was read).</summary>
    public int LowestScore { get; private set; } = 100;

    /// <summary>The most severe finding of the run, or null when there were none.</summary>
    public Severity? WorstSeverity => BySeverity.Where(p => p.Value > 0).Select(p => (Severity?)p.Key).Max();

    public void Add(ArticleReport report)
    {
        Articles++;
        ByVerdict[report.Verdict]++;
        LowestScore = Math.Min(LowestScore, report.Score);
        foreach (var finding in report.Findings)
        {
            BySeverity[finding.Severity]++;
            ByRule[finding.RuleId] = ByRule.GetValueOrDefault(finding.RuleId) + 1;
        }
    }

    public void Add(InputError error) => InputErrors++;
}
