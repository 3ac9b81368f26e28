using NewsQuality.Model;

namespace NewsQuality.Core.Tests.Model;

public class LineMapTests
{
    [Theory]
    [InlineData("abc", 0, 1, 1)]
    [InlineData("abc", 2, 1, 3)]
    [InlineData("abc", 3, 1, 4)]
    [InlineData("ab\ncd", 3, 2, 1)]
    [InlineData("ab\ncd", 4, 2, 2)]
    [InlineData("ab\r\ncd", 4, 2, 1)]
    [InlineData("ab\rcd", 3, 2, 1)]
    [InlineData("\n\n\nx", 3, 4, 1)]
    public void Maps_offsets_to_one_based_line_and_column(string text, int offset, int line, int column)
    {
        Assert.Equal((line, column), new LineMap(text).GetPosition(offset));
    }

    [Fact]
    public void Counts_lines_for_every_line_ending()
    {
        Assert.Equal(4, new LineMap("a\nb\r\nc\rd").LineCount);
        Assert.Equal(7, new LineMap("a\nb\r\nc\rd").GetLineStart(4));
    }

    [Fact]
    public void Rejects_offsets_outside_the_text()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new LineMap("abc").GetPosition(4));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LineMap("abc").GetPosition(-1));
    }

    [Fact]
    public void Seed_doubled_word_position_matches_the_file()
    {
        var text = Fixtures.Read("seeds/004_d45996393cbbdd09.txt");
        var offset = text.IndexOf("Eastern Eastern", StringComparison.Ordinal);
        var (line, column) = new LineMap(text).GetPosition(offset);
        Assert.Equal("Eastern Eastern", File.ReadAllLines(Fixtures.Path("seeds/004_d45996393cbbdd09.txt"))[line - 1].Substring(column - 1, 15));
    }
}
