using NewsQuality.Rules.Translation;

namespace NewsQuality.Core.Tests.Rules.Translation;

public class NQ2006CalquedSectionLabelTests
{
    private readonly NQ2006CalquedSectionLabel _rule = new();

    [Theory]
    [InlineData("Putin responds to talks with Biden | [[the interior]]\n\nBody.")]
    [InlineData("Putin responds to talks with Biden | [[the interior]]\n\nPutin responds to talks with Biden |  [[the interior]]\n\nBody.")]
    [InlineData("Storm closes bridge | [[Domestic]]\n\nBody.")]
    [InlineData("Storm closes bridge | [[foreign countries]]\n\nBody.")]
    [InlineData("Eurovision entry chosen | [[culture & pleasure]]\n\nBody.")]
    [InlineData("Man finds snake in toilet | [[news in brief]]\n\nBody.")]
    [InlineData("Putin responds to talks with Biden – [[the interior]]\n\nBody.")] // a page title's dash, a calque of two words
    public void Flags_calqued_or_lower_case_section_labels(string marked)
    {
        var findings = RuleAssert.Flags(_rule, marked);
        Assert.All(findings, f => Assert.Equal("NQ2006", f.RuleId));
    }

    [Fact]
    public void Names_the_foreign_section_and_suggests_the_english_one()
    {
        var finding = RuleAssert.Flags(_rule, "Putin responds to talks with Biden | [[the interior]]\n\nBody.").Single();
        Assert.Contains("Binnenland", finding.Message);
        Assert.Equal("Home news", finding.Suggestion);
        Assert.Equal(1.0, finding.Score);
    }

    [Fact]
    public void A_label_not_in_the_list_scores_lower()
    {
        var finding = RuleAssert.Flags(_rule, "Storm closes bridge | [[news in brief]]\n\nBody.").Single();
        Assert.True(finding.Score < 1.0);
    }

    [Theory]
    [InlineData("Putin responds to talks with Biden | BBC News\n\nBody.")]
    [InlineData("Putin responds to talks with Biden | Politics | The Guardian\n\nBody.")]
    [InlineData("Storm closes bridge | bbc.co.uk\n\nBody.")]
    [InlineData("Storm closes bridge | @bbcnews\n\nBody.")]
    [InlineData("Storm closes bridge\n\nThe vote was 3|4 in the committee | and the interior minister said so.")]
    [InlineData("Storm closes bridge\n\nP1.\n\nP2.\n\nP3.\n\nP4.\n\nP5.\n\nP6.\n\nA line | the interior")]
    [InlineData("Either | or\n\nBody.")]
    [InlineData("Storm closes bridge |\n\nBody.")]
    // After a dash, the headline's own second half.
    [InlineData("Oil prices rise - a million barrels less\n\nBody.")]
    [InlineData("Markets close — mixed\n\nBody.")]
    [InlineData("")]
    public void Leaves_english_labels_and_body_text_alone(string text)
    {
        RuleAssert.Clean(_rule, text);
    }
}
