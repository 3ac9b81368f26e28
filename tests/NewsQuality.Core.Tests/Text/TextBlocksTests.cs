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
    public void Non_blank_lines_are_every_line_trimmed_and_left_out_when_empty()
    {
        // Against the definition on line breaks of each kind, blank and space-only lines, a text without a final break,
        // and texts of more lines than the thread's room keeps (64 at first, 4,096 at most), one after the other.
        var random = new Random(17);
        string[] pieces = ["word", "  two words ", "\t", " ", "", "é—x", "\u00A0nbsp\u00A0"];
        string[] breaks = ["\n", "\r\n", "\r", "\n\n"];
        var texts = new List<string> { "", "\n", " \r\n \r", "one", "  one  ", "a\r\n\r\nb", "a\rb\n" };
        foreach (var lines in new[] { 3, 70, 5000, 10 })
            texts.Add(string.Concat(Enumerable.Range(0, lines).Select(_ => pieces[random.Next(pieces.Length)] + breaks[random.Next(breaks.Length)])));
        foreach (var text in texts)
        {
            var expected = TextBlocks.Lines(text).Select(line => TextBlocks.Trim(text, line)).Where(line => line.Length > 0).ToArray();
            Assert.Equal(expected, TextBlocks.NonBlankLineArray(text));
            Assert.Equal(expected, TextBlocks.NonBlankLines(text));
            Assert.Equal(expected, new Article("a", new ArticleOrigin("a.txt"), text, default).NonBlankLines.ToArray());
        }
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
