using NewsQuality.Rules.Translation;

namespace NewsQuality.Core.Tests.Rules.Translation;

public class NQ2011TypographyShiftTests
{
    private readonly NQ2011TypographyShift _rule = new();

    private const string CurlyBody =
        "Unlike this summer’s meeting, Tuesday’s talks will be digital.\n\nThe White House warned of “serious economic damage”.\n\n" +
        "“I do not accept a red line,” Biden said.\n\n";

    private const string StraightBody =
        "Unlike this summer's meeting, Tuesday's talks will be digital.\n\nThe White House warned of \"serious economic damage\".\n\n" +
        "\"I do not accept a red line,\" Biden said.\n\n";

    [Theory]
    [InlineData(CurlyBody + "[[See also  That's why McDonald's is changing the Happy Meal after 38 years]]")]
    [InlineData("Putin responds ‘satisfactorily’ to talks\n\n[[Putin responds 'satisfactorily' to talks]]\n\n" + CurlyBody)]
    [InlineData(StraightBody + "[[Read more: “Why the Happy Meal is changing”]]")]
    // Real chrome in crawled pages (hyperpartisan-2019 mainstream): a newsletter prompt and a donation prompt in the other style.
    [InlineData(CurlyBody + "[[Today's top news by email]]\n\nThe local news you need to start your day")]
    [InlineData(CurlyBody + "Snopes.com has long been engaged in the battle against misinformation.\n\n[[If you'd like to learn more about how you can support us, click here.]]")]
    // A link line stays flagged whatever of the story it repeats.
    [InlineData(CurlyBody + "[[See also: Biden's warning that \"I do not accept a red line\" from Putin]]")]
    public void Flags_lines_in_the_other_quote_style(string marked)
    {
        var finding = RuleAssert.Flags(_rule, marked).Single();
        Assert.Single(finding.Related);
    }

    [Fact]
    public void Flags_a_teaser_listed_twice_although_each_copy_repeats_the_other()
    {
        var findings = RuleAssert.Flags(_rule, CurlyBody + CurlyBody +
            "[[Iconic 'Caddyshack' Scene Has One Huge Flaw No One Noticed]]\n\n[[Iconic 'Caddyshack' Scene Has One Huge Flaw No One Noticed]]");
        Assert.Equal(2, findings.Count);
    }

    [Theory]
    [InlineData(CurlyBody + "See also Why the Happy Meal is changing")]
    [InlineData(StraightBody + "He is 6'2\" tall and ran 400m in 45\".")]
    [InlineData(CurlyBody + "It’s the “end”, he said, and that's that.")]
    [InlineData("Biden’s talks.\n\nPutin's talks.\n\nNATO’s promise.\n\nRussia's army.")]
    [InlineData("Biden’s talks.\n\nPutin's talks.")]
    [InlineData("Trump teases 'strong action' on border security\n\n" + CurlyBody)]
    [InlineData(CurlyBody + "Our border laws are \"very weak\", the post said, and we're going to fix them\n\n— Jane Doe (@janedoe) April 3, 2018")]
    [InlineData(CurlyBody + "The senator speaks at a rally in Ohio's capital on Monday. (Photo by John Smith/Getty Images)")]
    [InlineData("DealMakerz\n\nComplete British News World\n\nPutin's 'red line' for NATO dominates the talks\n\n" + CurlyBody)]
    // A paragraph of the story typed by another hand: it ends a sentence and shares words with the rest (wire copy, a statement).
    [InlineData(CurlyBody + "Biden said he had warned Putin that a red line would be met with \"serious economic damage.\"")]
    // A pull quote or caption: the story's own words set again in another field of the CMS, with that field's quotes.
    [InlineData(CurlyBody + "Biden: 'I do not accept a red line'")]
    // Odd lines in more than one place, or a line with both styles: the article's own hands type both.
    [InlineData(CurlyBody + "Weather: 'sunny'\n\nThe meeting’s agenda is long.\n\nIt’s Biden’s call.\n\nTuesday’s vote is close.\n\nSport: 'rain'")]
    [InlineData(CurlyBody + "“I do not accept a red line,” Biden said, \"from anyone.\"\n\nSee also That's why McDonald's is changing")]
    // One item of a list of headlines, each typed on its own.
    [InlineData(StraightBody + "Trump's talks with Putin\n\nBiden's red line\n\nHere’s the real reason why talks failed\n\nNext")]
    [InlineData("")]
    public void Leaves_consistent_or_mixed_articles_alone(string text)
    {
        RuleAssert.Clean(_rule, text);
    }
}
