using NewsQuality.Rules.Boilerplate;

namespace NewsQuality.Core.Tests.Rules.Boilerplate;

public class NQ4002MastheadTests
{
    private readonly NQ4002Masthead _rule = new();

    [Fact]
    public void Flags_site_name_and_tagline_above_the_headline()
    {
        RuleAssert.Flags(_rule, "[[DealMakerz]]\n\n[[Complete British News World]]\n\nPutin and Biden meeting: Moscow wants NATO's promise\n\nThe talks will take place digitally.");
    }

    [Theory]
    [InlineData("Dollar gains on Greenspan speech\n\nThe dollar has hit its highest level against the euro in almost three months.")]
    [InlineData("Japan turns to beer alternatives\n\nJapanese brewers are increasingly making money from beer-flavoured drinks rather than beer itself\n\nBeer is heavily taxed in Japan.")]
    [InlineData("Putin responds to talks with Biden\n\nPutin responds to talks with Biden\n\nTensions escalated between Washington and Moscow.")]
    // A feed item that is a headline and one summary line: the headline is not a site name above another headline.
    // A photo credit under the article's own headline is not a headline under a masthead.
    [InlineData("Racial Bias in Preschool\n\nCreditJohn Doe for The Daily Paper\n\nBlack preschool pupils are suspended far more often than white ones, federal data show.")]
    [InlineData("Wall Street rallies\n\nShares climbed on Friday as oil prices fell back from their record highs")]
    public void Leaves_articles_that_start_with_their_headline_alone(string text)
    {
        RuleAssert.Clean(_rule, text);
    }
}
