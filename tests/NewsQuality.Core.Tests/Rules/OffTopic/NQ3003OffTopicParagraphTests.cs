using NewsQuality.Rules.OffTopic;

namespace NewsQuality.Core.Tests.Rules.OffTopic;

public class NQ3003OffTopicParagraphTests
{
    private readonly NQ3003OffTopicParagraph _rule = new();

    [Fact]
    public void Flags_the_paragraph_from_another_story()
    {
        var findings = RuleAssert.Run(_rule, _rule.Descriptor.FlaggedExample);
        Assert.Equal("The striker scored twice in the second half as the champions beat their rivals at the stadium to go top of the league table.", Assert.Single(findings).Evidence);
    }

    [Fact]
    public void Clean_bbc_articles_stay_clean()
    {
        foreach (var file in Fixtures.Files("clean", "*.txt")) RuleAssert.Clean(_rule, File.ReadAllText(file));
    }
}
