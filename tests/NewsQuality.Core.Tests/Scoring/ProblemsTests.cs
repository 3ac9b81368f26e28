using NewsQuality.Core.Tests.Rules;
using NewsQuality.Model;
using NewsQuality.Scoring;

namespace NewsQuality.Core.Tests.Scoring;

public class ProblemsTests
{
    internal static Finding At(string rule, Severity severity, int start, int length, double score = 1) =>
        new() { RuleId = rule, Severity = severity, Score = score, Span = new(start, length), Line = 1, Column = start + 1, Evidence = "", Message = rule };

    [Fact]
    public void Findings_on_the_same_span_are_one_problem_led_by_the_strongest()
    {
        var line = new[] { At("NQ2011", Severity.Info, 100, 70), At("NQ3001", Severity.Warning, 100, 70, 0.9), At("NQ4004", Severity.Info, 100, 70) };
        var problem = Assert.Single(Problems.Group(line));
        Assert.Equal("NQ3001", problem.RuleId);
        Assert.Equal(["NQ2011", "NQ4004"], problem.AlsoFlagged.Select(f => f.RuleId).Order());
    }

    [Fact]
    public void A_word_flagged_inside_a_longer_flagged_line_stays_its_own_problem()
    {
        // "ministers in sweden" (stray heading) and "sweden" (lower-case name) share a sixth of the line: two problems.
        var findings = new[] { At("NQ3002", Severity.Warning, 0, 19), At("NQ2008", Severity.Warning, 13, 6), At("NQ2001", Severity.Warning, 40, 10) };
        Assert.Equal(["NQ3002", "NQ2008", "NQ2001"], Problems.Group(findings).Select(f => f.RuleId));
        Assert.True(Problems.Group(findings).All(f => f.AlsoFlagged.Count == 0));
    }

    [Fact]
    public void The_score_counts_a_problem_once()
    {
        var sameLine = new[] { At("NQ2011", Severity.Info, 0, 40), At("NQ3001", Severity.Warning, 0, 40), At("NQ4004", Severity.Info, 0, 40) };
        Assert.Equal((85, Verdict.Review), ScoringPolicy.Default.Evaluate(sameLine)); // one warning, not 15 + 4 + 4
        var apart = new[] { At("NQ2011", Severity.Info, 0, 40), At("NQ3001", Severity.Warning, 50, 40), At("NQ4004", Severity.Info, 100, 40) };
        Assert.Equal((77, Verdict.Review), ScoringPolicy.Default.Evaluate(apart));
    }

    [Fact]
    public void On_the_seeds_the_see_also_line_is_one_problem_and_the_two_title_errors_another()
    {
        var reports = SeedFixtureTests.Check([Fixtures.Path("seeds/000_90e9dc78b7355bf2.txt"), Fixtures.Path("seeds/004_d45996393cbbdd09.txt")]);
        var seeAlso = Assert.Single(reports[0].Problems, p => p.Evidence.StartsWith("See also", StringComparison.Ordinal));
        Assert.Equal("NQ3001", seeAlso.RuleId);
        Assert.Equal(["NQ2011", "NQ4004"], seeAlso.AlsoFlagged.Select(f => f.RuleId).Order());
        var title = Assert.Single(reports[1].Problems, p => p.Evidence.StartsWith("Russian Chancellor", StringComparison.Ordinal));
        Assert.Equal(["NQ2002", "NQ2003"], title.AlsoFlagged.Select(f => f.RuleId).Append(title.RuleId).Order());
        // Every finding is still there for what needs them all (clean, baselines, evaluations).
        Assert.Equal(reports[0].Findings.Count, reports[0].Problems.Sum(p => 1 + p.AlsoFlagged.Count));
    }
}
