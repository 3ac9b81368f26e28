using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using NewsQuality.Input.Html;
using NewsQuality.Model;

namespace NewsQuality.Input;

/// <summary>
/// Saved web pages: title from og:title, the first h1 or &lt;title&gt;; URL and publication date from metadata; the
/// article body by main-content extraction (<see cref="MainContentExtractor"/>): candidate blocks are scored, navigation,
/// comment sections, share bars and link lists are dropped, and headline, byline, dateline and captions are kept as
/// <see cref="Article.Page"/> metadata rather than body text. Whatever sits among the body's paragraphs (a content farm's
/// "See also" line) is kept so the rules can flag it. Findings point into the HTML file through a map from text offsets
/// to source positions.
/// </summary>
public sealed class HtmlReader : WholeFileReader
{
    public override string Format => "html";
    public override IReadOnlyList<string> Extensions { get; } = [".html", ".htm", ".xhtml"];

    protected override Article Parse(string path, DecodedText decoded) => Extract(path, decoded.Text, decoded.EncodingName, url: null, published: null);

    internal static string Title(IHtmlDocument document) => PageBlocks.Clean(Meta(document, "og:title") ?? document.QuerySelector("h1")?.TextContent ?? document.Title ?? "");

    /// <summary>Also used for pages inside crawl archives, whose URL and date come from the record.</summary>
    public static Article Extract(string path, string html, string? encoding, string? url, DateTimeOffset? published, int? recordLine = null)
    {
        HtmlNesting.Check(html);
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var document = parser.ParseDocument(html);
        var title = Title(document);
        var pageUrl = url ?? Meta(document, "og:url") ?? document.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        var date = published ?? Date(Meta(document, "article:published_time") ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        var declarations = StructuredBody.Declarations(document);
        var content = MainContentExtractor.Extract(document, title);
        // Too little text for an article: read a fresh copy of the page again with looser settings.
        using var again = MainContentExtractor.IsShort(content) ? parser.ParseDocument(html) : null;
        if (again is not null && MainContentExtractor.Extract(again, title, MainContentExtractor.Pass.Relaxed) is var relaxed && MainContentExtractor.Extends(relaxed, content))
            content = relaxed;
        // A script-rendered page declares in its metadata the body its markup lacks.
        content = StructuredBody.Replace(content, declarations, document, title) ?? content;

        var text = new StringBuilder(title);
        var anchors = new List<(int Offset, int SourceIndex)>();
        if (title.Length > 0 && html.IndexOf(FirstWords(title), StringComparison.Ordinal) is >= 0 and var titleIndex) anchors.Add((0, titleIndex));
        var sourceLines = new LineMap(html);
        var subheadings = new List<TextSpan>();
        var listItems = new List<TextSpan>();
        // A list's items come one after another: whether it is a list of links is asked once per list, not once per item.
        (IElement? List, bool OfLinks) lastList = default;
        foreach (var block in content.Body)
        {
            if (text.Length > 0) text.Append("\n\n");
            anchors.Add((text.Length, SourceIndex(html, block.Source, block.Text)));
            if (block.Owner.TagName is "H2" or "H3" or "H4" or "H5" or "H6") subheadings.Add(new TextSpan(text.Length, block.Text.Length));
            else if (block.Owner.TagName is "LI")
            {
                if (block.Owner.ParentElement != lastList.List) lastList = (block.Owner.ParentElement, IsListOfLinks(block.Owner.ParentElement));
                if (!lastList.OfLinks) listItems.Add(new TextSpan(text.Length, block.Text.Length));
            }
            text.Append(block.Text);
        }
        if (content.Body.Count == 0) throw new InvalidDataException("no article text in the page");
        return new Article(path, new ArticleOrigin(path, recordLine), text.ToString(), new TextSpan(0, title.Length))
        {
            Url = pageUrl,
            Published = date,
            Encoding = encoding,
            Page = new PageMetadata(content.Headings, content.Bylines, content.Datelines, content.Captions, subheadings, listItems),
            SourceMap = recordLine is null ? offset => Map(anchors, sourceLines, offset) : null,
        };
    }

    /// <summary>
    /// Every item of <paramref name="list"/> (an item's parent) links elsewhere: "More Great WIRED Stories", a list of other stories'
    /// teasers, not the article's own list (a guide's tips link one item in three).
    /// </summary>
    private static bool IsListOfLinks(IElement? list) =>
        list is not null && list.Children.Where(c => c.TagName == "LI").All(c => c.QuerySelector("a[href]") is not null);

    private static string? Meta(IHtmlDocument document, string property) =>
        document.QuerySelector($"meta[property='{property}'], meta[name='{property}']")?.GetAttribute("content");

    private static DateTimeOffset? Date(string? text) => DateTimeOffset.TryParse(text, out var date) ? date : null;

    /// <summary>Where the block's text starts in the HTML: its first words found after the element's start tag, else the tag itself.</summary>
    private static int SourceIndex(string html, IElement block, string content)
    {
        var tag = block.SourceReference?.Position.Index ?? 0;
        var found = html.IndexOf(FirstWords(content), Math.Clamp(tag, 0, html.Length), StringComparison.Ordinal);
        return found >= 0 ? found : Math.Max(0, tag);
    }

    /// <summary>The opening words of a text (about ten characters), short enough not to cross whitespace the extraction folded.</summary>
    private static string FirstWords(string text)
    {
        var end = text.IndexOf(' ', Math.Min(text.Length, 8));
        return end < 0 ? text : text[..end];
    }

    private static (int Line, int Column) Map(List<(int Offset, int SourceIndex)> anchors, LineMap sourceLines, int offset)
    {
        var index = anchors.FindLastIndex(a => a.Offset <= offset);
        if (index < 0) return (1, 1);
        var (line, column) = sourceLines.GetPosition(Math.Min(sourceLines.TextLength, anchors[index].SourceIndex));
        return (line, column + offset - anchors[index].Offset);
    }
}
