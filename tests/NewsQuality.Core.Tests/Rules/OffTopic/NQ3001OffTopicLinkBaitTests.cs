using NewsQuality.Rules.OffTopic;

namespace NewsQuality.Core.Tests.Rules.OffTopic;

public class NQ3001OffTopicLinkBaitTests
{
    private readonly NQ3001OffTopicLinkBait _rule = new();

    private const string Story = "Putin and Biden talks\n\nPresident Biden and President Putin will discuss Ukraine and Russian troops at the border on Tuesday.\n\n";
    private const string Ending = "\n\nThe White House warned Russia that an invasion of Ukraine would bring sanctions.";

    [Theory]
    [InlineData("[[See also\u00a0 That's why McDonald's is changing the Happy Meal after 38 years]]")]
    [InlineData("[[Read also: Ten recipes for a perfect summer barbecue]]")]
    [InlineData("[[Related: Premier League club sacks manager after heavy defeat]]")]
    [InlineData("[[Also read - Best smartphones of the year reviewed]]")]
    // Labels the crawl's pages use, with a colon after them.
    [InlineData("[[NOW WATCH: How a supermodel responded to being called 'too big' will inspire you]]")]
    [InlineData("[[Trending: Baseball player hits home runs in seven straight games]]")]
    [InlineData("[[Sponsored: Is this the secret cancer cure doctors hate?]]")]
    [InlineData("[[Up next: The ten best beaches in Portugal this summer]]")]
    // Headlines opening with a number, a hashtag or a quote, as listicles and link bait do.
    [InlineData("[[You may also like: 7 Reasons Why Everyone Is Moving To Lisbon]]")]
    [InlineData("[[Related: 15-year-old cyclist hurt in crash on coastal road]]")]
    [InlineData("[[Related Stories: #Trending Celebrity chef reveals secret pancake recipe]]")]
    // The same labels left in the source language by a translation pipeline.
    [InlineData("[[Läs också: Tio recept för en perfekt sommargrill]]")]
    [InlineData("[[Lees ook | Voetbalclub ontslaat trainer na zware nederlaag]]")]
    [InlineData("[[Lesen Sie auch: Die zehn besten Strände in Portugal]]")]
    public void Flags_link_lines_promoting_unrelated_stories(string marked)
    {
        var finding = Assert.Single(RuleAssert.Flags(_rule, Story + marked + Ending));
        Assert.StartsWith("Link line promotes a story on another subject than the article's: \"", finding.Message);
        Assert.InRange(finding.Measures["topicSimilarity"], 0, 0.2); // the figure is kept for the JSON report
    }

    [Theory]
    [InlineData("Read more: Biden warns Putin over Ukraine invasion")]
    [InlineData("See also: Russian troops gather at the Ukraine border")]
    [InlineData("Read more about the talks below.")]
    [InlineData("See also")]
    // A section label of related links, as scraped wire pages print it above the links.
    [InlineData("Related Coverage")]
    [InlineData("Related Topics")]
    [InlineData("Related Video:")]
    // Sentences that open with a word some labels use.
    [InlineData("More than 90,000 Russian soldiers are present on the Ukrainian border, officials said.")]
    [InlineData("Watch the video of the summit below to see how the leaders greeted each other.")]
    [InlineData("Trending topics on social media on Tuesday included the summit and the weather.")]
    public void Leaves_on_topic_links_and_bare_labels_alone(string line)
    {
        RuleAssert.Clean(_rule, Story + line + Ending);
    }

    [Fact]
    public void Clean_bbc_articles_stay_clean()
    {
        foreach (var file in Fixtures.Files("clean", "*.txt")) RuleAssert.Clean(_rule, File.ReadAllText(file));
    }
}
