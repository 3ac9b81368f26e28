using NewsQuality.Rules.Boilerplate;

namespace NewsQuality.Core.Tests.Rules.Boilerplate;

public class NQ4001BoilerplatePhraseTests
{
    private readonly NQ4001BoilerplatePhrase _rule = new();

    [Theory]
    [InlineData("Title\n\nBody text here.\n\n[[Leave a Reply]]")]
    [InlineData("Title\n\nBody text here.\n\n[[Your email address will not be published. Required fields are marked *]]")]
    [InlineData("Title\n\nBody text here.\n\n[[Back To Top]]")]
    [InlineData("Title\n\nBody text here.\n\n[[Share this article]]\n\n[[We use cookies to improve your experience. Accept to continue.]]")]
    [InlineData("Title\n\nBody text here.\n\n[[Subscribe to our newsletter for daily updates]]\n\n[[© 2021 Example Media. All rights reserved.]]")]
    public void Flags_template_lines(string marked)
    {
        RuleAssert.Flags(_rule, marked);
    }

    [Theory]
    [InlineData("Title\n\nReaders can leave a reply below, the site said, and cookies are optional.")]
    [InlineData("Comments\n\nThe minister's comments were welcomed by unions.")]
    [InlineData("Title\n\nThe band went back to top the charts again in March.")]
    public void Leaves_sentences_that_mention_such_words_alone(string text)
    {
        RuleAssert.Clean(_rule, text);
    }

    [Fact]
    public void Clean_bbc_articles_stay_clean()
    {
        foreach (var file in Fixtures.Files("clean", "*.txt")) RuleAssert.Clean(_rule, File.ReadAllText(file));
    }
}
