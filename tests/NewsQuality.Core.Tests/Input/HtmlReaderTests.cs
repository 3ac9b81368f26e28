using NewsQuality.Analysis;
using NewsQuality.Input;
using NewsQuality.Rules;

namespace NewsQuality.Core.Tests.Input;

public class HtmlReaderTests
{
    internal static ReadResult Read(string fixture) =>
        new HtmlReader().Read(fixture, () => File.OpenRead(Fixtures.Path(fixture)), new ReaderOptions()).Single();

    [Fact]
    public void Takes_title_url_and_date_from_metadata_and_keeps_only_the_article_body()
    {
        var article = Read("inputs/seed-004.html").Article!;
        Assert.Equal("Putin responds ‘satisfactorily’ to talks with Biden | the interior", article.Title);
        Assert.Equal("https://news.example/putin-responds", article.Url);
        Assert.Equal(new DateTimeOffset(2021, 12, 31, 9, 30, 0, TimeSpan.FromHours(1)), article.Published);
        Assert.Contains("Eastern Eastern Europe", article.Text);
        Assert.Contains("See also Everyone is waiting", article.Text); // inserted inside the body: kept for the rules
        foreach (var chrome in new[] { "Share on Facebook", "Leave a Reply", "Most read", "All rights reserved", "window.analytics", "Home World Sport" })
            Assert.DoesNotContain(chrome, article.Text);
    }

    [Fact]
    public void Findings_point_into_the_html_source()
    {
        var article = Read("inputs/seed-004.html").Article!;
        var report = new AnalysisEngine(RuleCatalog.Default, new AnalysisOptions()).Analyze([article])[0];
        var html = File.ReadAllLines(Fixtures.Path("inputs/seed-004.html"));
        foreach (var rule in new[] { "NQ2001", "NQ2002", "NQ3001" })
        {
            var finding = report.Findings.First(f => f.RuleId == rule);
            Assert.Equal(finding.Evidence[..8], html[finding.Line - 1].Substring(finding.Column - 1, 8));
        }
    }

    [Theory]
    [InlineData("<html><head><title>Only a title</title></head></html>")]
    [InlineData("<html><body></body></html>")]
    public void A_page_without_body_text_is_an_error(string html)
    {
        var result = new HtmlReader().Read("empty.html", () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(html)), new ReaderOptions()).Single();
        Assert.NotNull(result.Error);
        Assert.Contains("no article text", result.Error!.Message);
    }

    [Fact]
    public void Deeply_nested_markup_does_not_overflow_the_stack()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 20_000)) + "<p>Deep text here.</p>" + string.Concat(Enumerable.Repeat("</div>", 20_000)) + "</body></html>";
        var result = new HtmlReader().Read("deep.html", () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(html)), new ReaderOptions()).Single();
        Assert.True(result.Article is not null || result.Error is not null);
    }
}
