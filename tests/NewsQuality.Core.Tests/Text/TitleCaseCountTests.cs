using NewsQuality.Text;

namespace NewsQuality.Core.Tests.Text;

public class TitleCaseCountTests
{
    // Words shorter than four letters are not judged; four in five of the rest capitalised is Title Case (six of seven), fewer is not (five of seven).
    [Theory]
    [InlineData("How To Easily Kill Mold of the Home", 4, true)]
    [InlineData("Talks Hold Over Fresh Claims with Rivals", 7, true)]
    [InlineData("Talks Hold Over Fresh Claims with rivals", 7, false)]
    [InlineData("is it the end", 0, true)]
    public void Judges_words_of_four_letters_or_more(string line, int longWords, bool mostCapitalised)
    {
        var count = new TitleCaseCount();
        foreach (var word in line.Split(' ')) count.Add(word);
        Assert.Equal(longWords, count.LongWords);
        Assert.Equal(mostCapitalised, count.MostCapitalised);
    }
}
