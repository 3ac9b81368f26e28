using NewsQuality.Model;
using NewsQuality.Rules.Boilerplate;

namespace NewsQuality.Core.Tests.Rules.Boilerplate;

public class NQ4003RecurringChromeTests
{
    private readonly NQ4003RecurringChrome _rule = new();

    private static Article Story(int i, string source, string extra) =>
        new($"a{i}", new ArticleOrigin($"site/{i}.txt"), $"Story number {i} headline\n\nParagraph {i} about topic {i * 7} in detail.\n\n{extra}", new TextSpan(0, $"Story number {i} headline".Length)) { Source = source };

    [Fact]
    public void Flags_a_line_that_recurs_across_a_sources_stories_without_a_catalogue_entry()
    {
        var articles = Enumerable.Range(0, 6).Select(i => Story(i, "farm", "Get the Daily Grind straight to your inbox every morning")).ToList();
        var findings = RuleAssert.Run(_rule, articles);
        Assert.All(findings, f => Assert.Equal("Get the Daily Grind straight to your inbox every morning", Assert.Single(f).Evidence));
    }

    [Fact]
    public void Copies_of_one_story_and_other_sources_do_not_count()
    {
        var copies = Enumerable.Range(0, 6).Select(i => new Article($"c{i}", new ArticleOrigin($"c/{i}.txt"), "Same headline\n\nSame text.\n\nSame closing line", new TextSpan(0, 13)) { Source = "farm" });
        var mixed = Enumerable.Range(0, 6).Select(i => Story(i, $"site{i}", "Get the Daily Grind straight to your inbox every morning"));
        Assert.All(RuleAssert.Run(_rule, copies.Concat(mixed).ToList()), Assert.Empty);
    }
}
