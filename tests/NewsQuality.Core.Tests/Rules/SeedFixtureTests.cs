using System.Text.Json;
using NewsQuality.Analysis;
using NewsQuality.Input;
using NewsQuality.Rules;

namespace NewsQuality.Core.Tests.Rules;

/// <summary>
/// Holds the default rule set to fixtures/seeds/*.expected.json both ways: every expected finding is
/// reported, and nothing else is. Edit the expected file when a rule is added or deliberately changed.
/// </summary>
public class SeedFixtureTests
{
    public static TheoryData<string> Seeds() => new(Fixtures.Files("seeds", "*.txt").Select(Path.GetFileName)!);

    private sealed record Expected(string RuleId, int Line, int Column, string Evidence)
    {
        public override string ToString() => $"{RuleId} {Line}:{Column} '{Evidence}'";
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_produces_exactly_the_expected_findings(string seed)
    {
        var expectedPath = Fixtures.Path("seeds/" + Path.ChangeExtension(seed, ".expected.json"));
        using var document = JsonDocument.Parse(File.ReadAllText(expectedPath));
        var expected = document.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => new Expected(f.GetProperty("ruleId").GetString()!, f.GetProperty("line").GetInt32(), f.GetProperty("column").GetInt32(), f.GetProperty("evidence").GetString()!))
            .ToHashSet();

        var report = Check([Fixtures.Path("seeds/" + seed)]).Single();
        var actual = report.Findings.Select(f => new Expected(f.RuleId, f.Line, f.Column, f.Evidence)).ToHashSet();

        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"{seed}: missing [{string.Join("; ", missing)}], unexpected [{string.Join("; ", extra)}]");
    }

    /// <summary>The seeds checked together, as a user would run them (corpus rules see both).</summary>
    internal static IReadOnlyList<ArticleReport> Check(IReadOnlyList<string> paths) =>
        new AnalysisEngine(RuleCatalog.Default, new AnalysisOptions()).Run(new ArticleSource(paths)).Select(item => item.Report!).ToList();
}
