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

    [Fact]
    public void A_digest_of_unrelated_briefs_has_no_outlier()
    {
        // No paragraph shares a word with any other, so the median share is zero: nothing stands out, and no score is NaN.
        const string briefs = "News in brief\n\n" +
            "Volcanic eruption grounded flights across Iceland yesterday evening.\n\n" +
            "Striker Mendes signed contract extension keeping him until 2029.\n\n" +
            "Central bankers trimmed interest rates citing weaker consumer spending.\n\n" +
            "Orchestra premiered symphony composed entirely underwater microphones.\n\n" +
            "Farmers harvested record pumpkin crops despite drought warnings.\n\n" +
            "Astronomers photographed comet approaching Jupiter's moons.";
        RuleAssert.Clean(_rule, briefs);
    }
}
