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
    public void Flags_lines_in_the_other_quote_style(string marked)
    {
        var finding = RuleAssert.Flags(_rule, marked).Single();
        Assert.Single(finding.Related);
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
    [InlineData("")]
    public void Leaves_consistent_or_mixed_articles_alone(string text)
    {
        RuleAssert.Clean(_rule, text);
    }
}
