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
    [InlineData("Title\n\nBody text here.\n\n[[Subscribe now to our eNATION edition for the full story.]]\n\n[[For the latest stories and breaking news updates download the Nationnews apps for iOS and Android.]]")]
    [InlineData("Title\n\nBody text here.\n\n[[To view the full story, please subscribe to The Daily Example. You can choose a weekly pass.]]")]
    [InlineData("Title\n\nBody text here.\n\n[[If you're seeing this message but you're already a subscriber, you can log in for immediate access to this story.]]")]
    [InlineData("Title\n\nBody text here.\n\n[[Never miss the latest news by signing up to our newsletter today!]]\n\n[[We want to hear what you think about this article.]]")]
    [InlineData("Title\n\nBody text here.\n\n[[Follow Jane Doe on Twitter @janedoe.]]\n\n[[Print Recipe]]\n\n[[Sign up for the Example Daily newsletter]]")]
    [InlineData("Title\n\nBody text here.\n\n[[Newsletter]]\n\n[[© 2024 Example Media. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.]]")]
    [InlineData("Title\n\nBody text here.\n\n[[Y\u043eur \u0430d \u0456s \u0455\u0435\u0435n by th\u043eu\u0455\u0430nd\u0455 \u043ef r\u0435\u0430d\u0435r\u0455 \u0435v\u0435ry d\u0430y!]]")]
    // WordPress's share buttons, comment form and theme credit as a scrape leaves them, one line each.
    [InlineData("Title\n\nBody text here.\n\n[[Click to share on Twitter (Opens in new window)]]\n\n[[Like this:]]\n\n[[Leave a Reply Cancel reply]]\n\n[[Powered by WordPress | Theme by ThemeGrill]]")]
    public void Flags_template_lines(string marked)
    {
        RuleAssert.Flags(_rule, marked);
    }

    /// <summary>
    /// The paywall and copyright patterns are skipped for lines longer than their longest alternative: a line as long as that
    /// alternative allows, padded with white space the patterns' outer "\s*" takes, is still caught.
    /// </summary>
    [Theory]
    [InlineData(119, "you're already a subscriber", 199, "paywall note")]
    [InlineData(159, "must not be redistributed in whole redistributed", 159, "copyright line")]
    public void Longest_bounded_lines_are_still_caught(int before, string middle, int after, string kind)
    {
        var line = " \t\u00A0" + new string('x', before) + " " + middle + " " + new string('y', after) + "\u2003 \n";
        Assert.Equal(kind, NewsQuality.Text.BoilerplatePhrases.Kind(line));
        Assert.Null(NewsQuality.Text.BoilerplatePhrases.Kind(line.Replace(middle, middle + " and more")));
    }

    /// <summary>
    /// The four patterns that are only tried on a line holding one of their words: each alternative, in capitals and in mixed
    /// case, is still caught (the words are searched for ignoring case, as the patterns match).
    /// </summary>
    [Theory]
    [InlineData("SIGN IN TO CONTINUE.", "subscription prompt")]
    [InlineData("Readers are Signing Up For our newsletter every day", "subscription prompt")]
    [InlineData("DON'T MISS OUT on our offers", "subscription prompt")]
    [InlineData("Do you Want To Stay Informed?", "subscription prompt")]
    [InlineData("DOWNLOAD OUR NEWS APP today", "app prompt")]
    [InlineData("Read more in our news APPS FOR ANDROID", "app prompt")]
    [InlineData("TO READ THE FULL ARTICLE, log in", "paywall note")]
    [InlineData("ALREADY A SUBSCRIBER? Log in", "paywall note")]
    [InlineData("Get UNLIMITED ACCESS TO all our journalism", "paywall note")]
    [InlineData("(C) 2024 Example Media", "copyright line")]
    [InlineData("ALL RIGHTS RESERVED.", "copyright line")]
    [InlineData("Terms And Conditions", "copyright line")]
    [InlineData("CONTACT US", "copyright line")]
    public void Lines_in_any_case_are_caught_by_the_patterns_tried_only_on_their_words(string line, string kind)
    {
        Assert.Equal(kind, NewsQuality.Text.BoilerplatePhrases.Kind(line));
        Assert.Equal(kind, NewsQuality.Text.BoilerplatePhrases.Kind("  " + line.ToLowerInvariant() + "\t"));
    }

    [Theory]
    [InlineData("Title\n\nReaders can leave a reply below, the site said, and cookies are optional.")]
    [InlineData("Comments\n\nThe minister's comments were welcomed by unions.")]
    [InlineData("Title\n\nThe band went back to top the charts again in March.")]
    [InlineData("Title\n\nThe streaming service now has 40 million subscribers, the company said on Tuesday.")]
    [InlineData("Title\n\nUsers who download the company's app are asked to share their location.")]
    [InlineData("Title\n\nThe senator said she would follow the money wherever it led.")]
    [InlineData("Title\n\nLogin problems hit the bank's customers for a second day on Friday.")]
    [InlineData("Title\n\nThe paper said the story may not be published in full until the trial ends, and its newsletter will carry a summary.")]
    [InlineData("Title\n\nThe band's new single, \"\u0420усская весна\", topped the charts in Moscow and Kiev last week.")]
    [InlineData("Title\n\nPowered by solar panels, the village now runs its own grid.\n\nIt looks like this:\n\nClick to see the map, the council said.")]
    // Sentences that begin as a widget label does ("Supported by", "Continue reading", "Jump to") and go on as the story.
    [InlineData("Title\n\nSupported by a majority of members, the motion passed on Tuesday.\n\nContinue reading the report, and you find the cost doubled.\n\nJump to the end and the minister admits as much.")]
    // A news sentence quoting a site's prompt reports it (found by probing wire copy about publishers).
    [InlineData("Title\n\nVisitors see a pop-up reading \"Subscribe to our newsletter\" after reading two articles, executives said.")]
    [InlineData("Title\n\nThe banner says “Download our app for iOS and Android” in six languages, the company said.")]
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
