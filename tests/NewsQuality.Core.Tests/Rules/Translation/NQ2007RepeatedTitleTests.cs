using NewsQuality.Rules.Translation;

namespace NewsQuality.Core.Tests.Rules.Translation;

public class NQ2007RepeatedTitleTests
{
    private readonly NQ2007RepeatedTitle _rule = new();

    [Theory]
    [InlineData("Putin and Biden meeting: Moscow wants NATO’s promise\n\n[[Putin and Biden meeting: Moscow wants NATO’s promise]]\n\nUnlike this summer’s meeting in Geneva, talks will be digital.")]
    [InlineData("DealMakerz\n\nComplete British News World\n\nPutin and Biden meeting: Moscow wants NATO’s promise\n\n[[Putin and Biden meeting: Moscow wants NATO’s promise]]\n\nBody text follows here.")]
    [InlineData("Putin responds ‘satisfactorily’ to talks with Biden | the interior\n\n[[Putin responds 'satisfactorily' to talks with Biden |  the interior]]\n\nTensions escalated.")]
    [InlineData("Ad sales boost Time Warner profit\n[[AD SALES BOOST TIME WARNER PROFIT]]\nQuarterly profits jumped.")]
    [InlineData("Ad sales boost Time Warner profits\n\n[[Ad sales boost Time Warner profit]]\n\nQuarterly profits jumped.")]
    public void Flags_the_second_copy_of_the_headline(string marked)
    {
        var finding = RuleAssert.Flags(_rule, marked).Single();
        Assert.Equal("NQ2007", finding.RuleId);
        var related = Assert.Single(finding.Related);
        Assert.True(related.Line < finding.Line);
    }

    [Theory]
    [InlineData("Ad sales boost Time Warner profit\n\nQuarterly profits at US media giant TimeWarner jumped 76%.")]
    [InlineData("Dollar gains on Greenspan speech\n\nDollar falls on jobs data\n\nThe dollar has hit its highest level.")]
    [InlineData("UK economy 'to grow 3%'\n\nUK economy 'to slow in 2005'\n\nThe economy will grow.")]
    [InlineData("Sport\n\nSport\n\nSport\n\nA short label is not a headline.")]
    [InlineData("Title of the story\n\nPara one is here.\n\nPara two.\n\nPara three.\n\nPara four.\n\nPara five.\n\nTitle of the story")]
    [InlineData("")]
    public void Leaves_different_headlines_and_late_repeats_alone(string text)
    {
        RuleAssert.Clean(_rule, text);
    }
}
