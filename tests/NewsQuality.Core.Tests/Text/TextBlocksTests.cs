using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Core.Tests.Text;

public class TextBlocksTests
{
    [Fact]
    public void Paragraphs_are_blocks_between_blank_lines_trimmed()
    {
        const string text = "Title\n\n  First line\nsecond line  \n\n\nLast";
        var paragraphs = TextBlocks.Paragraphs(text).Select(span => text.Substring(span.Start, span.Length));
        Assert.Equal(["Title", "First line\nsecond line", "Last"], paragraphs);
    }

    [Fact]
    public void Lines_handle_crlf_and_keep_blank_lines()
    {
        const string text = "a\r\n\r\nb";
        Assert.Equal([new TextSpan(0, 1), new TextSpan(3, 0), new TextSpan(5, 1)], TextBlocks.Lines(text));
    }

    [Fact]
    public void Tokenizer_keeps_inner_apostrophes_and_hyphens_with_spans()
    {
        const string text = "NATO’s high-speed talks -- 90,000 'soldiers'";
        var words = Tokenizer.Words(text).Select(t => t.Value);
        Assert.Equal(["NATO’s", "high-speed", "talks", "90", "000", "soldiers"], words);
        var talks = Tokenizer.Words(text).Single(t => t.Value == "talks");
        Assert.Equal("talks", text.Substring(talks.Span.Start, talks.Span.Length));
    }
}
