using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace NewsQuality.Input.Html;

/// <summary>
/// The article body a page declares in its schema.org metadata (JSON-LD <c>articleBody</c>). Script-rendered news sites
/// (the South China Morning Post's pages, among the dev set's) ship the body only as data for their scripts: the markup holds
/// the standfirst, a caption and the author's card, and no extraction of the markup finds the story. Trafilatura and
/// newspaper read JSON-LD for metadata; here the declared body stands in for the markup's reading only when that reading
/// is much shorter, since the declared body is often a teaser, loses the paragraph breaks and holds none of the page's
/// chrome the rules should see.
/// </summary>
internal static class StructuredBody
{
    /// <summary>
    /// The page's JSON-LD blocks as written, taken before extraction removes the scripts; <see cref="Replace"/> parses them only
    /// when a body in them could replace the markup's reading.
    /// </summary>
    public static List<string> Declarations(IHtmlDocument document) =>
        document.QuerySelectorAll("script[type='application/ld+json']").Select(script => script.TextContent).ToList();

    /// <summary>The longest <c>articleBody</c> of the JSON-LD blocks, HTML entities decoded.</summary>
    private static string? LongestBody(List<string> declarations)
    {
        string? longest = null;
        foreach (var declaration in declarations)
        {
            try
            {
                using var json = JsonDocument.Parse(declaration, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                foreach (var body in ArticleBodies(json.RootElement))
                    if (body.Length > (longest?.Length ?? 0)) longest = body;
            }
            catch (JsonException)
            {
                // A page's broken metadata is no reason to lose its markup's reading.
            }
        }
        return longest is null ? null : WebUtility.HtmlDecode(longest);
    }

    private static IEnumerable<string> ArticleBodies(JsonElement element)
    {
        // Iterative: metadata nests @graph arrays and objects to any depth.
        var stack = new Stack<JsonElement>();
        stack.Push(element);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            if (e.ValueKind == JsonValueKind.Array)
                foreach (var item in e.EnumerateArray()) stack.Push(item);
            else if (e.ValueKind == JsonValueKind.Object)
                foreach (var property in e.EnumerateObject())
                    if (property.Name == "articleBody" && property.Value.ValueKind == JsonValueKind.String) yield return property.Value.GetString()!;
                    else stack.Push(property.Value);
        }
    }

    /// <summary>How many times longer than the markup's reading (in paragraphs of sentences) the declared body must be to replace it.</summary>
    private const int MinTimesLonger = 2;

    /// <summary>
    /// The declared body as the article's blocks, when it is an article's length and more than <see cref="MinTimesLonger"/> times
    /// the prose the markup gave (<paramref name="read"/>); the markup's headline, bylines, datelines and captions stay.
    /// Markup inside it (WordPress's &lt;p&gt;s) gives its paragraphs; plain text is split at its line breaks.
    /// </summary>
    public static ExtractedContent? Replace(ExtractedContent read, List<string> declarations, IHtmlDocument document, string title)
    {
        // The body's text is never longer than the blocks that declare it (escapes, entities and tags only shorten it), so on a
        // page whose blocks are too short to win (most pages) nothing is parsed.
        var prose = MainContentExtractor.Prose(read);
        var room = declarations.Sum(d => d.Length);
        if (room < MainContentExtractor.MinArticleChars || room <= MinTimesLonger * prose || LongestBody(declarations) is not { } declared) return null;
        var holder = document.CreateElement("div");
        if (declared.Contains('<'))
            holder.InnerHtml = declared;
        else
            foreach (var line in declared.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var paragraph = document.CreateElement("p");
                paragraph.TextContent = line;
                holder.AppendChild(paragraph);
            }
        var blocks = PageBlocks.Of(holder);
        var chars = blocks.Sum(b => b.Text.Length);
        if (chars < MainContentExtractor.MinArticleChars || chars <= MinTimesLonger * prose) return null;
        var body = BlockRoles.Sort(blocks, title).Body;
        return read with { Body = body };
    }
}
