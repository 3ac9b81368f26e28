using System.Diagnostics;
using System.Text;
using NewsQuality.Input;

namespace NewsQuality.Core.Tests.Input;

/// <summary>
/// Hostile inputs that used to take minutes or gigabytes: each must now end as an input error within generous
/// bounds of time and memory (an order of magnitude above what they take, so a slow CI machine never fails them;
/// before the fixes they took 132 s to over 400 s, and 1.8 to 4.2 GB).
/// </summary>
public class ResourceBoundsTests
{
    private static readonly TimeSpan TimeBound = TimeSpan.FromSeconds(30);
    private const long MemoryBound = 256L * 1024 * 1024;

    private static (List<ReadResult> Results, TimeSpan Elapsed, long Allocated) Measure(Func<List<ReadResult>> read)
    {
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var results = read();
        return (results, clock.Elapsed, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
    }

    public static TheoryData<string, string> NestedPages() => new()
    {
        { "100,000 nested divs", string.Concat(Enumerable.Repeat("<div>", 100_000)) + "text" + string.Concat(Enumerable.Repeat("</div>", 100_000)) },
        { "100,000 unclosed divs around paragraphs", "<html><body>" + string.Concat(Enumerable.Repeat("<div><p>x</p>", 100_000)) + "</body></html>" },
    };

    [Theory]
    [MemberData(nameof(NestedPages))]
    public void Deeply_nested_html_is_an_input_error_in_bounded_time_and_memory(string name, string html)
    {
        var (results, elapsed, allocated) = Measure(() => new HtmlReader().Read("deep.html", () => new MemoryStream(Encoding.UTF8.GetBytes(html)), new ReaderOptions()).ToList());

        Assert.Contains("nests elements more than 1000 deep", Assert.Single(results).Error!.Message);
        Assert.True(elapsed < TimeBound, $"{name}: {elapsed.TotalSeconds:0.0} s");
        Assert.True(allocated < MemoryBound, $"{name}: {allocated / 1048576} MB allocated");
    }

    [Fact]
    public void A_json_lines_file_without_newlines_is_an_input_error_in_bounded_time_and_memory()
    {
        const long size = 300L * 1024 * 1024;
        var next = Encoding.UTF8.GetBytes("\n{\"text\":\"after\"}\n");
        var (results, elapsed, allocated) = Measure(() =>
            new JsonLinesReader().Read("huge.jsonl", () => new BoundedLineReaderTests.GeneratedStream(size, next), new ReaderOptions()).ToList());

        Assert.Equal("huge.jsonl:1: error: record is 300.0 MB, over the 10 MB article limit (--max-article-mb)", results[0].Error!.ToString());
        Assert.Equal("after", results[1].Article!.Text); // the line after it is still read
        Assert.True(elapsed < TimeBound, $"{elapsed.TotalSeconds:0.0} s");
        // The long line is counted, never kept: the buffer stops at the limit (10 MB, grown by doubling).
        Assert.True(allocated < 64L * 1024 * 1024, $"{allocated / 1048576} MB allocated reading a 300 MB line");
    }

    [Theory]
    [InlineData("<html><body><article><p>One<p>Two<ul><li>a<li>b</ul><br><img src=x></article></body></html>", 2)] // article, ul
    [InlineData("<div><div><script>unclosed <div>", 2)]
    [InlineData("<div><!-- <div><div> --><script>if (a<b) { '<div>' }</script><div/></div>", 1)]
    public void Nesting_depth_counts_only_elements_that_must_be_closed(string html, int depth) =>
        Assert.Equal(depth, HtmlNesting.Depth(html));
}
