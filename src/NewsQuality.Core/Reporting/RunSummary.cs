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
    /// <summary>Every rule's findings, including those grouped under another rule's on the same span.</summary>
    public SortedDictionary<string, int> ByRule { get; } = new(StringComparer.Ordinal);

    /// <summary>Problems reported: findings on the same span count once (see <see cref="ArticleReport.Problems"/>).</summary>
    public int Findings => BySeverity.Values.Sum();

    /// <summary>Findings reported as evidence under a stronger finding on the same span.</summary>
    public int Grouped { get; private set; }

    /// <summary>The lowest article score of the run (100 when no article was read).</summary>
    public int LowestScore { get; private set; } = 100;

    /// <summary>The lowest score of each rule family over the run (100 when no article was read).</summary>
    public Dictionary<Rules.RuleCategory, int> LowestFamilyScores { get; } = Rules.RuleCategories.All.ToDictionary(c => c, _ => 100);

    /// <summary>The first of <paramref name="floors"/> some article of the run scored below, or null when every article met them all.</summary>
    public ScoreFloor? BrokenFloor(IEnumerable<ScoreFloor> floors) =>
        floors.FirstOrDefault(floor => (floor.Family is { } family ? LowestFamilyScores[family] : LowestScore) < floor.Minimum);

    /// <summary>The most severe problem of the run (a grouped finding is never more severe than its lead), or null when there were none.</summary>
    public Severity? WorstSeverity => BySeverity.Where(p => p.Value > 0).Select(p => (Severity?)p.Key).Max();

    public void Add(ArticleReport report)
    {
        Articles++;
        ByVerdict[report.Verdict]++;
        LowestScore = Math.Min(LowestScore, report.Score);
        foreach (var (family, score) in report.Families.All) LowestFamilyScores[family] = Math.Min(LowestFamilyScores[family], score);
        foreach (var problem in report.Problems)
        {
            BySeverity[problem.Severity]++;
            Grouped += problem.AlsoFlagged.Count;
        }
        foreach (var finding in report.Findings) ByRule[finding.RuleId] = ByRule.GetValueOrDefault(finding.RuleId) + 1;
    }

    public void Add(InputError error) => InputErrors++;
}
