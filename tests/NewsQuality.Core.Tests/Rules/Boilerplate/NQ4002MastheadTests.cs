using NewsQuality.Model;
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
    // A short headline looks like a masthead line too: the longest masthead with a headline under it; three masthead lines.
    [InlineData("[[Trending Pulse]]\n\n[[Complete British News World]]\n\nSantini resigns as Spurs manager\n\nTottenham manager Jacques Santini has resigned after 13 games.\n\nHe cited personal reasons.")]
    [InlineData("[[NewsHub24]]\n\n[[Monday 14 March 2022]]\n\n[[Home » World » Europe]]\n\nMinisters meet over Baltic gas pipeline\n\nEuropean ministers met on Monday to discuss the pipeline.")]
    // A tagline as long as the headline: the headline is the line the story under it is about.
    [InlineData("[[WorldNewsNow]]\n\n[[Complete British News World]]\n\nPalestinian economy in decline\n\nDespite a short rise in Palestinian jobs, the economy shrank again.")]
    // A slogan about the site's news, longer than five words, under the site's name.
    [InlineData("[[Headline Hive]]\n\n[[Latest News, Breaking News and Today's Headlines]]\n\nS Korean consumers spending again\n\nSouth Korea's revival goes on as consumers spend again.")]
    // The story happens to use a tagline's word ("World"), or the slogan runs longer than the headline under it.
    [InlineData("[[WorldNewsNow]]\n\n[[Monday 14 March 2022]]\n\n[[Complete British News World]]\n\nPalestinian economy in decline\n\nDespite a short rise in Palestinian jobs, the economy is performing below its potential, said a World Bank report.")]
    [InlineData("[[Headline Hive]]\n\n[[Latest News, Breaking News and Today's Headlines]]\n\nS Korean consumers spending again\n\nSouth Korea looks set to sustain its revival thanks to renewed private consumption, its central bank says.")]
    // A site named after its country, over a headline about it.
    [InlineData("[[India Headlines Now]]\n\nIndia scraps high-value banknotes in surprise move against black money\n\nPrime Minister Narendra Modi on Tuesday abolished India's two largest banknotes.")]
    [InlineData("[[GlobeWire Today]]\n\n[[Your trusted source for news from around the world]]\n\n[[Home » Business]]\n\nErdogan says Turkey will open embassy\n\nTurkey will open an embassy in East Jerusalem, Erdogan said.")]
    // A headline that asks or exclaims, as partisan pages' do: in Title Case, or a question standing on its own.
    [InlineData("[[NEWSFLASH DAILY]]\n\n[[Sat, Oct 21, 2017]]\n\n[[Independent journalism since 2009]]\n\nAccuser: Senator Apologized; Where's The Governor's Apology?\n\nFour women who have accused the governor spoke at a press conference on Sunday.")]
    [InlineData("[[Trending Pulse]]\n\nCould the harbour strike close Rotterdam for a week?\n\nDock workers in Rotterdam voted to strike from Monday.")]
    public void Flags_mastheads_of_several_shapes(string marked)
    {
        RuleAssert.Flags(_rule, marked);
    }

    [Fact]
    public void A_record_s_own_title_has_no_masthead_above_it()
    {
        const string text = "Brentford v Southampton\n\nGriffin Park\n\nFixtures resume on Tuesday evening\n\nMidfielder Andrew Frampton is a doubt with a hamstring injury.";
        var asRecord = new Article("r", new ArticleOrigin("r.jsonl", 1), text, new TextSpan(0, "Brentford v Southampton".Length)) { TitleFromRecord = true };
        Assert.Empty(asRecord.Masthead.Lines);
    }

    [Theory]
    [InlineData("Dollar gains on Greenspan speech\n\nThe dollar has hit its highest level against the euro in almost three months.")]
    [InlineData("Japan turns to beer alternatives\n\nJapanese brewers are increasingly making money from beer-flavoured drinks rather than beer itself\n\nBeer is heavily taxed in Japan.")]
    [InlineData("Putin responds to talks with Biden\n\nPutin responds to talks with Biden\n\nTensions escalated between Washington and Moscow.")]
    // A feed item that is a headline and one summary line: the headline is not a site name above another headline.
    // A photo credit under the article's own headline is not a headline under a masthead.
    [InlineData("Racial Bias in Preschool\n\nCreditJohn Doe for The Daily Paper\n\nBlack preschool pupils are suspended far more often than white ones, federal data show.")]
    [InlineData("Wall Street rallies\n\nShares climbed on Friday as oil prices fell back from their record highs")]
    // A fixture's teams, venue and date over its kick-off time; a title over a page's chrome.
    [InlineData("Blackburn v Burnley\n\nEwood Park\n\nTuesday, 1 March\n\n2000 GMT\n\nDefender Andy Todd is suspended and could be replaced.")]
    [InlineData("I Have a Dream\n\nVideo Purchase\n\nOff-Site audio mp3 of Address\n\nYour browser does not support the audio element.\n\nI am happy to join with you today.")]
    // A headline about the news business is no slogan: a text's first line is its headline or a site's name.
    [InlineData("Fake news crackdown: Facebook updates its rules\n\nThe social network will label disputed stories from Monday\n\nFacebook said on Sunday that it would label stories that fact-checkers dispute.")]
    // A short title over a text that opens with the writer's own question (BBC News 2005, politics).
    [InlineData("Lib Dems target the poll\n\nSo what is the gap between Labour and the Tories nowadays?\n\nThe answer, on most policies, is very little.")]
    public void Leaves_articles_that_start_with_their_headline_alone(string text)
    {
        RuleAssert.Clean(_rule, text);
    }
}
