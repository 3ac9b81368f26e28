using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using NewsQuality.Model;

namespace NewsQuality.Input;

/// <summary>
/// Saved web pages: title from og:title, the first h1 or &lt;title&gt;; URL and publication date from metadata; the
/// article body by main-content extraction. Navigation, headers, footers, asides, scripts, forms and comment sections
/// are dropped, but whatever sits inside the body (a content farm's "See also" paragraphs) is kept so the rules can
/// flag it. Findings point into the HTML file through a map from text offsets to source positions.
/// </summary>
public sealed class HtmlReader : WholeFileReader
{
    private static readonly string[] Dropped = ["script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button", "select"];

    /// <summary>Class or id fragments of page chrome around an article (comment sections, share bars, related links).</summary>
    private static readonly string[] ChromeMarkers = ["comment", "share", "social", "related", "newsletter", "cookie", "sidebar", "breadcrumb", "menu", "promo", "advert"];

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase) { "P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "FIGCAPTION", "TD", "DT", "DD" };

    public override string Format => "html";
    public override IReadOnlyList<string> Extensions { get; } = [".html", ".htm", ".xhtml"];

    protected override Article Parse(string path, DecodedText decoded) => Extract(path, decoded.Text, decoded.EncodingName, url: null, published: null);

    /// <summary>Also used for pages inside crawl archives, whose URL and date come from the record.</summary>
    public static Article Extract(string path, string html, string? encoding, string? url, DateTimeOffset? published, int? recordLine = null)
    {
        HtmlNesting.Check(html);
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var document = parser.ParseDocument(html);
        var title = Clean(Meta(document, "og:title") ?? document.QuerySelector("h1")?.TextContent ?? document.Title ?? "");
        var body = MainContent(document);
        foreach (var element in body.QuerySelectorAll(string.Join(",", Dropped)).ToList()) element.Remove();
        foreach (var element in body.QuerySelectorAll("*").Where(IsChrome).ToList()) element.Remove();

        var text = new StringBuilder(title);
        var anchors = new List<(int Offset, int SourceIndex)>();
        if (title.Length > 0 && html.IndexOf(FirstWords(title), StringComparison.Ordinal) is >= 0 and var titleIndex) anchors.Add((0, titleIndex));
        var sourceLines = new LineMap(html);
        foreach (var block in Paragraphs(body))
        {
            var content = Clean(block.TextContent);
            if (content.Length == 0 || (text.Length == title.Length && content == title)) continue;
            if (text.Length > 0) text.Append("\n\n");
            anchors.Add((text.Length, SourceIndex(html, block, content)));
            text.Append(content);
        }
        var article = text.ToString();
        if (anchors.Count == 0 || (anchors.Count == 1 && title.Length > 0 && anchors[0].Offset == 0)) throw new InvalidDataException("no article text in the page");
        return new Article(path, new ArticleOrigin(path, recordLine), article, new TextSpan(0, title.Length))
        {
            Url = url ?? Meta(document, "og:url") ?? document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"),
            Published = published ?? Date(Meta(document, "article:published_time") ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime")),
            Encoding = encoding,
            SourceMap = recordLine is null ? offset => Map(anchors, sourceLines, offset) : null,
        };
    }

    /// <summary>&lt;article&gt;, else &lt;main&gt;, else the element holding the most paragraph text, else &lt;body&gt;.</summary>
    private static IElement MainContent(IHtmlDocument document)
    {
        if (document.QuerySelector("article") is { } article) return article;
        if (document.QuerySelector("main, [role=main]") is { } main) return main;
        var best = document.QuerySelectorAll("p").Select(p => p.ParentElement).Where(p => p is not null)
            .GroupBy(p => p!).OrderByDescending(g => g.Sum(p => p!.TextContent.Length)).FirstOrDefault()?.Key;
        return best ?? document.Body ?? document.DocumentElement;
    }

    /// <summary>Block elements in document order, innermost only, so nested blocks are not read twice; bare text in the container counts too.</summary>
    private static IEnumerable<IElement> Paragraphs(IElement container)
    {
        var blocks = container.QuerySelectorAll("*").Where(e => Blocks.Contains(e.TagName) && !e.QuerySelectorAll("*").Any(c => Blocks.Contains(c.TagName))).ToList();
        return blocks.Count > 0 ? blocks : [container];
    }

    private static bool IsChrome(IElement element)
    {
        var marks = $"{element.ClassName} {element.Id}".ToLowerInvariant();
        return element.TagName is not ("P" or "ARTICLE" or "MAIN" or "BODY") && ChromeMarkers.Any(marks.Contains);
    }

    private static string? Meta(IHtmlDocument document, string property) =>
        document.QuerySelector($"meta[property='{property}'], meta[name='{property}']")?.GetAttribute("content");

    private static DateTimeOffset? Date(string? text) => DateTimeOffset.TryParse(text, out var date) ? date : null;

    private static string Clean(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

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

    private static (int Line, int Column) Map(List<(int Offset, int SourceIndex)> anchors, LineMap source, int offset)
    {
        var index = anchors.FindLastIndex(a => a.Offset <= offset);
        if (index < 0) return (1, 1);
        var (line, column) = source.GetPosition(Math.Min(source.TextLength, anchors[index].SourceIndex));
        return (line, column + offset - anchors[index].Offset);
    }
}
