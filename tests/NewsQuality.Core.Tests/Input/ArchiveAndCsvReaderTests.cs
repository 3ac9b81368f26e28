using System.IO.Compression;
using System.Text;
using NewsQuality.Input;

namespace NewsQuality.Core.Tests.Input;

public class ArchiveAndCsvReaderTests
{
    /// <summary>A WARC archive as news crawls write it: a request, HTML responses, a non-HTML response.</summary>
    internal static byte[] Warc(params (string Url, string ContentType, string Body)[] responses)
    {
        var warc = new StringBuilder();
        void Record(string type, string url, string block)
        {
            var bytes = Encoding.UTF8.GetByteCount(block);
            warc.Append($"WARC/1.0\r\nWARC-Type: {type}\r\nWARC-Target-URI: {url}\r\nWARC-Date: 2021-12-31T08:00:00Z\r\nContent-Length: {bytes}\r\n\r\n{block}\r\n\r\n");
        }
        foreach (var (url, contentType, body) in responses)
        {
            Record("request", url, $"GET {url} HTTP/1.1\r\nHost: news.example\r\n\r\n");
            Record("response", url, $"HTTP/1.1 200 OK\r\nContent-Type: {contentType}\r\n\r\n{body}");
        }
        return Encoding.UTF8.GetBytes(warc.ToString());
    }

    internal static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest)) gzip.Write(bytes);
        return output.ToArray();
    }

    private static readonly (string, string, string)[] Pages =
    [
        ("https://news.example/a", "text/html; charset=utf-8", "<html><body><article><h1>First page</h1><p>The first story text, with the the slip.</p></article></body></html>"),
        ("https://news.example/logo.png", "image/png", "PNGDATA"),
        ("https://news.example/b", "text/html", "<html><body><article><h1>Second page</h1><p>The second story text.</p></article></body></html>"),
    ];

    private static List<ReadResult> Read(IArticleReader reader, string path, byte[] bytes) =>
        reader.Read(path, () => new MemoryStream(bytes), new ReaderOptions()).ToList();

    [Theory]
    [InlineData("crawl.warc", false)]
    [InlineData("crawl.warc.gz", true)]
    public void Warc_response_records_of_html_become_articles_with_url_and_date(string name, bool gzip)
    {
        var bytes = Warc(Pages);
        var results = Read(new WarcReader(), name, gzip ? Gzip(bytes) : bytes);
        Assert.Equal(["https://news.example/a", "https://news.example/b"], results.Select(r => r.Article!.Id));
        Assert.Equal("First page", results[0].Article!.Title);
        Assert.Equal(new DateTimeOffset(2021, 12, 31, 8, 0, 0, TimeSpan.Zero), results[0].Article!.Published);
        Assert.Equal("https://news.example/b", results[1].Article!.Url);
    }

    [Fact]
    public void A_truncated_gzip_archive_keeps_the_records_read_and_ends_with_an_error_naming_the_record()
    {
        var whole = Gzip(Warc(Pages));
        var results = Read(new WarcReader(), "cut.warc.gz", whole[..(whole.Length * 2 / 3)]);
        Assert.NotNull(results[^1].Error);
        Assert.Contains("record", results[^1].Error!.Message);
        Assert.Equal("cut.warc.gz", results[^1].Error!.Path);
    }

    [Fact]
    public void A_file_that_is_not_a_warc_is_an_error()
    {
        var results = Read(new WarcReader(), "fake.warc", Encoding.UTF8.GetBytes("just some text\n"));
        Assert.Contains("expected a WARC version line", Assert.Single(results).Error!.Message);
    }

    [Fact]
    public void Csv_reads_quoted_multiline_fields_with_mapped_columns_and_reports_bad_rows_by_line()
    {
        var options = new ReaderOptions { CsvColumns = new Dictionary<string, string> { ["id"] = "guid", ["title"] = "headline", ["text"] = "body" } };
        var results = new CsvReader().Read("a.csv", () => File.OpenRead(Fixtures.Path("inputs/articles.csv")), options).ToList();
        Assert.Equal(4, results.Count);
        Assert.Equal("c1", results[0].Article!.Id);
        Assert.Equal("Talks end, finally\n\nThe talks ended on Friday.\n\nThey had lasted \"three\" days.", results[0].Article!.Text);
        Assert.Equal(2, results[0].Article!.Origin.RecordLine);
        Assert.Equal(5, results[1].Article!.Origin.RecordLine);
        Assert.Equal(6, results[2].Error!.Line);
        Assert.Contains("3 fields, the header 4", results[2].Error!.Message);
        Assert.Equal("c4", results[3].Article!.Id);
    }

    [Fact]
    public void Csv_without_a_text_column_says_how_to_name_it()
    {
        var error = new CsvReader().Read("a.csv", () => File.OpenRead(Fixtures.Path("inputs/articles.csv")), new ReaderOptions()).Single().Error!;
        Assert.Contains("no \"text\" column", error.Message);
        Assert.Contains("--columns text=COLUMN", error.Message);
    }
}
