using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsQuality.Eval.Extraction;

/// <summary>
/// The layout zoo (fixtures/html-zoo): small page templates in our own markup that reproduce how widely used publishing
/// systems and big publishers lay out an article page (WordPress, Drupal, Ghost, Medium, Substack, Blogger, Squarespace,
/// Wix, Arc XP, AMP, Bootstrap themes, CNN, Guardian, BBC, NYT, Vox Media, Forbes, wire services, div-soup React pages…),
/// filled with real body text, with the gold known by construction:
/// <list type="bullet">
/// <item><c>{{TITLE}}</c> is the article's title (not scored: the headline is metadata);</item>
/// <item><c>{{P}}</c> is the next paragraph of the body text (each must be kept, whole);</item>
/// <item>an element marked <c>data-gold="keep"</c> holds text that must be kept (a subhead, a quoted post), one marked
/// <c>data-gold="drop"</c> text that must be left out (byline, caption, related links, comments, newsletter box…).</item>
/// </list>
/// The marks are taken out before the page is read, so the extractor sees only the publisher-like markup. Shared by
/// <c>extraction --zoo</c> (bodies from the BBC corpus) and the Core tests (bodies from fixtures/clean).
/// </summary>
public static partial class LayoutZoo
{
    public sealed record Filled(string Html, string[] Keep, string[] Drop);

    /// <summary>How many body paragraphs <paramref name="template"/> takes.</summary>
    public static int Paragraphs(string template) => Placeholder().Matches(template).Count;

    /// <summary>The page with its placeholders filled from <paramref name="paragraphs"/> (in order) and its gold.</summary>
    public static Filled Fill(string template, string title, IReadOnlyList<string> paragraphs)
    {
        var next = 0;
        var keep = new List<string>();
        var html = Placeholder().Replace(template, _ =>
        {
            var paragraph = paragraphs[next++ % paragraphs.Count];
            keep.Add(Normalise(paragraph));
            return WebUtility.HtmlEncode(paragraph);
        }).Replace("{{TITLE}}", WebUtility.HtmlEncode(title));
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(html);
        string[] Marked(string gold) => document.QuerySelectorAll($"[data-gold=\"{gold}\"]")
            .Select(e => Normalise(e.TextContent)).Where(t => t.Length > 0).ToArray();
        keep.AddRange(Marked("keep"));
        return new Filled(GoldMark().Replace(html, ""), keep.ToArray(), Marked("drop"));
    }

    /// <summary>Paragraphs of a plain-text article: its blank-line separated blocks.</summary>
    public static string[] Body(string text) =>
        text.Replace("\r", "").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToArray();

    /// <summary>Whitespace folded and no-break spaces made plain, as the dev set's snippets are compared.</summary>
    public static string Normalise(string text) => Whitespace().Replace(text.Replace('\u00A0', ' '), " ").Trim();

    [GeneratedRegex(@"\{\{P\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\s+data-gold=""(keep|drop)""")]
    private static partial Regex GoldMark();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
