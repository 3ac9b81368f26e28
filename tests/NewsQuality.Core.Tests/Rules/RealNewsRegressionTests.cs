using NewsQuality.Analysis;
using NewsQuality.Rules;

namespace NewsQuality.Core.Tests.Rules;

/// <summary>
/// Real-style news text, written for the tests, of each class of false alarm found on real copy (issue 13, docs/false-flags.md):
/// a straight-quoted headline over a curly body, embedded posts and captions, lists of names and figures, editors' notes,
/// legitimate repeated words, a one-line feed item, sub-headed articles with credits and date lines. Every rule must stay silent.
/// </summary>
public class RealNewsRegressionTests
{
    public static TheoryData<string> Files() => Fixtures.TextFileNames("regression");

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_rule_stays_silent(string file)
    {
        var article = RuleAssert.ArticleOf(Fixtures.Read("regression/" + file), file);
        var findings = new AnalysisEngine(RuleCatalog.Default, new AnalysisOptions()).Analyze([article])[0].Findings;
        Assert.True(findings.Count == 0, string.Join("; ", findings.Select(f => $"{f.RuleId} '{f.Evidence}'")));
    }
}
