using NewsQuality.TranslationQuality;

namespace NewsQuality.Core.Tests.TranslationQuality;

public class SentencesTests
{
    private static IEnumerable<string> Split(string text) => Sentences.Split(text).Select(span => text.Substring(span.Start, span.Length));

    [Fact]
    public void Splits_after_terminal_punctuation_before_a_new_sentence()
    {
        Assert.Equal(["He left.", "“It is over,” she said!", "Why?", "2004 was worse."],
            Split("He left. “It is over,” she said! Why? 2004 was worse."));
    }

    [Fact]
    public void Titles_initials_and_dotted_abbreviations_do_not_end_a_sentence()
    {
        Assert.Equal(["Mr. Smith met Dr. Jones and George W. Bush in the U.S. Senate on Monday."],
            Split("Mr. Smith met Dr. Jones and George W. Bush in the U.S. Senate on Monday."));
        Assert.Equal(["It fell 2.5 percent, to 3.1 billion."], Split("It fell 2.5 percent, to 3.1 billion."));
    }

    [Fact]
    public void Each_line_is_at_least_one_sentence()
    {
        Assert.Equal(["Headline without stop", "Body starts here. Then more."[..17], "Then more."],
            Split("Headline without stop\n\nBody starts here. Then more.\n"));
    }
}
