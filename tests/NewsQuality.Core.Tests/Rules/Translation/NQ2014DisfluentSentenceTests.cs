using NewsQuality.Model;
using NewsQuality.Rules;
using NewsQuality.Rules.Translation;

namespace NewsQuality.Core.Tests.Rules.Translation;

public class NQ2014DisfluentSentenceTests
{
    private static readonly NQ2014DisfluentSentence Rule = new();

    private const string Fluent =
        "Talks resume in Geneva\n\n" +
        "Negotiators from both countries will meet in Geneva on Monday to resume talks on the border dispute.\n\n" +
        "The foreign minister said he hoped a deal could be reached before the end of the month.\n\n" +
        "Previous rounds collapsed last year after the two sides failed to agree on how to share the river's water.";

    [Fact]
    public void Garbled_sentence_is_flagged_with_its_blamed_words()
    {
        const string garbled = "Company the of shares fell fell sharp the after of warning it profit the lower lower.";
        var text = Fluent + "\n\n" + garbled;
        var finding = Assert.Single(RuleAssert.Run(Rule, text));
        Assert.Equal(garbled, finding.Evidence);
        Assert.Contains("poor translation", finding.Message);
    }

    [Fact]
    public void Fluent_news_is_clean()
    {
        RuleAssert.Clean(Rule, Fluent);
    }

    [Fact]
    public void Short_sentences_and_headlines_are_not_judged()
    {
        // The same word salad as a headline, as a five-word sentence, and without a full stop (a caption or list item).
        RuleAssert.Clean(Rule, "Company the of shares fell fell sharp the after of warning it profit the lower lower\n\n" +
                               "Shares the of fell fell.\n\n" + Fluent[Fluent.IndexOf("Negotiators", StringComparison.Ordinal)..] +
                               "\n\nCompany the of shares fell fell sharp the after of warning it profit the lower lower");
    }

    [Fact]
    public void Far_worse_sentences_are_raised_to_warnings_and_the_threshold_applies()
    {
        const string garbled = "The the minister of of said that agreement the sign will will to be tomorrow capital in the.";
        var findings = RuleAssert.Run(Rule, [RuleAssert.ArticleOf(Fluent + "\n\n" + garbled)], new RuleSettings(true, Severity.Info, 0.5))[0];
        var finding = Assert.Single(findings);
        Assert.Equal(finding.Score >= 0.9 ? Severity.Warning : Severity.Info, finding.Severity);
        var strict = RuleAssert.Run(Rule, [RuleAssert.ArticleOf(Fluent + "\n\n" + garbled)], new RuleSettings(true, Severity.Info, 1.01))[0];
        Assert.Empty(strict);
    }
}
