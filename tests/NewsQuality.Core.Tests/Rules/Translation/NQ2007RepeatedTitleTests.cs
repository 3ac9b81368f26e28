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
    // Real crawls (hyperpartisan-2019 mainstream): a copy with a lost space, a copy with a link word after it.
    [InlineData("Only 9% of America Chose Trump and Clinton as the Nominees\n\n[[Only 9% of America Chose Trumpand Clinton as the Nominees]]\n\nBy ALICIA PARLAPIANO")]
    [InlineData("Notre Dame Students Walk Out During Mike Pence's Commencement Speech\n\n[[Notre Dame Students Walk Out During Mike Pence's Commencement Speech More]]\n\nDozens of students walked out.")]
    // The page's <title> with the site's name pasted under the article's heading, after the headline or before it.
    [InlineData("Putin responds to talks with Biden\n\n[[Putin responds to talks with Biden | Complete British News World]]\n\nTensions escalated.")]
    [InlineData("Ad sales boost Time Warner profit\n\n[[CBS News – Ad sales boost Time Warner profit]]\n\nQuarterly profits jumped.")]
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
    // A claim line or standfirst restating the headline as a sentence, and two other lines alike near the top.
    [InlineData("Robert F. Kennedy Jr. Said That “Trump Could Be the Greatest President in History”?\n\nRobert F. Kennedy Jr. said that “Trump could be the greatest president in history.”\n\nThe interview aired in December.")]
    [InlineData("Man arrested after bomb plot\n\nJerry Varnell was arrested August 12 after the FBI reports. (Courtesy of the police)\n\nJerry Varnell was arrested August 12 after the FBI reports. (Courtesy of the police)\n\nAn Oklahoma man has been arrested.")]
    // A title field that carries the site's name over a recipe card naming the dish (a web page's og:title).
    [InlineData("Vegan char kway teow (stir fry flat rice noodles) - Eat What Tonight\n\nOnce in a while I like to go vegan.\n\nVegan char kway teow (stir fry flat rice noodles)\n\nServes two.")]
    // A headline and a different line after a dash.
    [InlineData("Oil prices rise as Opec cuts output\n\nOil prices rise - a million barrels less from April\n\nTraders were surprised.")]
    [InlineData("")]
    public void Leaves_different_headlines_and_late_repeats_alone(string text)
    {
        RuleAssert.Clean(_rule, text);
    }

    [Theory]
    [InlineData("  Putin’s  “Talks”\tend –  NOW ", "putin's \"talks\" end - now")]
    [InlineData("", "")]
    [InlineData(" \n ", "")]
    public void Normalise_lowers_one_kind_of_quote_and_single_spaces(string line, string expected)
    {
        Assert.Equal(expected, NQ2007RepeatedTitle.Normalise(line));
        // A line longer than any headline (the HTML reader keys whole blocks so) is normalised the same, past the stack's room.
        var repeated = string.Concat(Enumerable.Repeat(line + " x ", 90));
        Assert.True(repeated.Length > 250);
        Assert.Equal(string.Join(' ', Enumerable.Repeat((expected + " x").Trim(), 90)), NQ2007RepeatedTitle.Normalise(repeated));
    }
}
