using NewsQuality.Text;

namespace NewsQuality.Core.Tests.Text;

public class InvariantCaseTests
{
    [Theory]
    [InlineData("")]
    [InlineData("said")]
    [InlineData("NATO")]
    [InlineData("McDonald's-Owned 2,000 Things!")]
    [InlineData("A long ASCII run of more than thirty-two characters, Mixed CASE")]
    [InlineData("CAFÉ")]
    [InlineData("Ærø ΣΊΣΥΦΟΣ Москва İstanbul ǅ")]
    [InlineData("NATO’S")]
    [InlineData("Emoji 😀 and 𐐀 (a deseret capital)")]
    public void Lower_cases_as_the_runtime_does(string word)
    {
        var expected = new char[word.Length];
        var expectedLength = word.AsSpan().ToLowerInvariant(expected);
        var actual = new char[word.Length];
        Assert.Equal(expectedLength, InvariantCase.ToLower(word, actual));
        Assert.Equal(new string(expected, 0, expectedLength), new string(actual, 0, expectedLength));
    }

    [Fact]
    public void A_destination_too_short_gives_minus_one()
    {
        Assert.Equal(-1, InvariantCase.ToLower("Words", new char[4]));
        Assert.Equal(-1, InvariantCase.ToLower("Wörds", new char[4]));
    }
}
