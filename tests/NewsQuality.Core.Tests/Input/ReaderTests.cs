using System.Text;
using NewsQuality.Input;

namespace NewsQuality.Core.Tests.Input;

public class ReaderTests
{
    private static List<ReadResult> ReadFile(IArticleReader reader, string fixture) =>
        reader.Read(fixture, () => File.OpenRead(Fixtures.Path(fixture)), new ReaderOptions()).ToList();

    [Fact]
    public void Plain_text_title_is_the_headline_under_the_masthead_and_text_is_the_file_unchanged()
    {
        // "DealMakerz" and "Complete British News World" stand above the headline (NQ4002 flags them).
        var result = Assert.Single(ReadFile(new PlainTextReader(), "seeds/000_90e9dc78b7355bf2.txt"));
        var article = result.Article!;
        Assert.Equal("Putin and Biden meeting: Moscow wants NATO’s promise", article.Title);
        Assert.Equal(Fixtures.Read("seeds/000_90e9dc78b7355bf2.txt"), article.Text);
        Assert.Equal("utf-8", article.Encoding);
        var noMasthead = Assert.Single(ReadFile(new PlainTextReader(), "seeds/004_d45996393cbbdd09.txt")).Article!;
        Assert.Equal("Putin responds ‘satisfactorily’ to talks with Biden | the interior", noMasthead.Title);
    }

    /// <summary>Pages written for this test in the style of partisan news sites (site name, slogan, then the headline).</summary>
    [Theory]
    [InlineData("Liberty Eagle Daily\n\nNews The Media Hides\n\nSenate Democrats Block Border Security Bill For Third Time\n\nSenate Democrats on Tuesday blocked the bill again.",
        "Senate Democrats Block Border Security Bill For Third Time")]
    [InlineData("THE RESISTANCE REPORT\n\nEPA Chief Quietly Guts Clean Water Rule While Nobody Is Watching\n\nThe agency published the change late on Friday.",
        "EPA Chief Quietly Guts Clean Water Rule While Nobody Is Watching")]
    [InlineData("Patriot Post\n\nHome | Politics | Videos\n\nCaravan Of 7,000 Heads North As Officials Warn Of Crisis\n\nOfficials said on Monday that the group had grown.",
        "Caravan Of 7,000 Heads North As Officials Warn Of Crisis")]
    // No masthead: a headline first, or a short title above a standfirst that shares its words, stays the title.
    [InlineData("Trump Signs Tax Bill Into Law\n\nPresident Trump signed the tax bill on Friday.", "Trump Signs Tax Bill Into Law")]
    [InlineData("Tax Bill\n\nThe Tax Bill Nobody In Congress Has Read Yet\n\nLawmakers voted before reading it.", "Tax Bill")]
    public void Plain_text_title_skips_a_partisan_sites_masthead(string page, string title)
    {
        var article = new PlainTextReader().Read("page.txt", () => new MemoryStream(Encoding.UTF8.GetBytes(page)), new ReaderOptions()).Single().Article!;
        Assert.Equal(title, article.Title);
    }

    [Fact]
    public void Markdown_title_is_the_first_heading_after_front_matter()
    {
        var article = Assert.Single(ReadFile(new MarkdownReader(), "inputs/article.md")).Article!;
        Assert.Equal("A Markdown headline", article.Title);
        Assert.Equal(Fixtures.Read("inputs/article.md"), article.Text);
    }

    [Fact]
    public void Json_lines_reads_each_record_and_reports_bad_lines_with_their_number()
    {
        var results = ReadFile(new JsonLinesReader(), "inputs/articles.jsonl");
        Assert.Equal(5, results.Count);
        var first = results[0].Article!;
        Assert.Equal("a1", first.Id);
        Assert.Equal("First story", first.Title);
        Assert.Equal("First story\n\nIt was the the best of times.", first.Text);
        Assert.Equal("https://example.org/a1", first.Url);
        Assert.Equal("example", first.Source);
        Assert.Equal(new DateTimeOffset(2021, 12, 7, 0, 0, 0, TimeSpan.Zero).Date, first.Published!.Value.Date);
        Assert.Equal(1, first.Origin.RecordLine);

        Assert.Equal(3, results[2].Error!.Line);
        Assert.StartsWith("malformed JSON", results[2].Error!.Message);
        Assert.Equal(4, results[3].Error!.Line);
        Assert.Contains("no \"text\"", results[3].Error!.Message);
        Assert.Equal("a6", results[4].Article!.Id);
        Assert.Equal(6, results[4].Article!.Origin.RecordLine);
    }

    [Theory]
    [InlineData("title")]
    [InlineData("text")]
    [InlineData("id")]
    public void A_lone_surrogate_escape_is_malformed_JSON_and_the_next_record_still_reads(string field)
    {
        var record = new Dictionary<string, string> { ["id"] = "\"x\"", ["title"] = "\"T\"", ["text"] = "\"Body\"" };
        record[field] = "\"Body \\uDDDD\"";
        var lines = "{" + string.Join(",", record.Select(p => $"\"{p.Key}\":{p.Value}")) + "}\n{\"id\":\"next\",\"text\":\"Fine.\"}\n";
        var results = new JsonLinesReader().Read("lone.jsonl", () => new MemoryStream(Encoding.UTF8.GetBytes(lines)), new ReaderOptions()).ToList();

        Assert.Equal("lone.jsonl:1: error: malformed JSON: Cannot read invalid UTF-16 JSON text as string. Invalid surrogate value: '0xDDDD'.", results[0].Error!.ToString());
        Assert.Equal("next", results[1].Article!.Id);
    }

    [Fact]
    public void Empty_file_is_an_error_naming_the_file()
    {
        var error = Assert.Single(ReadFile(new PlainTextReader(), "inputs/empty.txt")).Error!;
        Assert.Equal("inputs/empty.txt", error.Path);
        Assert.Equal("inputs/empty.txt: error: empty article (no text)", error.ToString());
    }

    [Fact]
    public void Binary_file_is_refused()
    {
        var error = Assert.Single(ReadFile(new PlainTextReader(), "inputs/binary.txt")).Error!;
        Assert.Contains("binary", error.Message);
    }

    [Fact]
    public void Legacy_single_byte_text_is_decoded_as_windows_1252_and_says_so()
    {
        var article = Assert.Single(ReadFile(new PlainTextReader(), "inputs/latin1.txt")).Article!;
        Assert.Equal("Café society", article.Title);
        Assert.Contains("naïve résumé", article.Text);
        Assert.Equal("windows-1252", article.Encoding);
    }

    [Fact]
    public void Utf16_with_bom_is_decoded()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Titel\n\nKörper")).ToArray();
        var article = new PlainTextReader().Read("x.txt", () => new MemoryStream(bytes), new ReaderOptions()).Single().Article!;
        Assert.Equal("Titel", article.Title);
        Assert.Equal("utf-16le", article.Encoding);
    }

    [Fact]
    public void Articles_over_the_size_limit_are_refused_with_the_limit_named()
    {
        var bytes = Encoding.UTF8.GetBytes("Title\n\n" + new string('x', 5000));
        var error = new PlainTextReader().Read("big.txt", () => new MemoryStream(bytes), new ReaderOptions { MaxArticleBytes = 1000 }).Single().Error!;
        Assert.Contains("over the", error.Message);
        Assert.Contains("--max-article-mb", error.Message);
    }

    [Theory]
    [InlineData(200_000, false)]
    [InlineData(200_000, true)]
    public void A_stream_without_a_length_or_longer_than_it_said_is_read_whole(int bodyLength, bool statesShortLength)
    {
        // Larger than one 80 KB chunk, so the rest is read a chunk at a time after the part the stream's length announced.
        var text = "Title\n\n" + string.Concat(Enumerable.Range(0, bodyLength / 10).Select(i => $"word{i % 100000,5} "));
        var bytes = Encoding.UTF8.GetBytes(text);
        Stream Open() => statesShortLength ? new ShortLengthStream(bytes, 1000) : new NonSeekableStream(bytes);
        var article = Assert.Single(new PlainTextReader().Read("stdin.txt", Open, new ReaderOptions())).Article!;
        Assert.Equal(text, article.Text);
        var refused = Assert.Single(new PlainTextReader().Read("stdin.txt", Open, new ReaderOptions { MaxArticleBytes = 150_000 })).Error!;
        Assert.Contains("over the", refused.Message);
    }

    /// <summary>A pipe: no length, no seeking.</summary>
    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
        public override long Length => throw new NotSupportedException();
    }

    /// <summary>A file that grew after its length was taken: it says fewer bytes than it then gives.</summary>
    private sealed class ShortLengthStream(byte[] bytes, long statedLength) : MemoryStream(bytes)
    {
        public override long Length => statedLength;
    }
}
