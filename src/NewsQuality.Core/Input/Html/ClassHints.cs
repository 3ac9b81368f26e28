using AngleSharp.Dom;

namespace NewsQuality.Input.Html;

/// <summary>
/// What an element's class and id say about it, read as whole tokens: "content-with-sidebar-wrp" is the tokens
/// content, with, sidebar, wrp. Readability.js weighs class names the same way (its "positive" and "negative" patterns)
/// but matches substrings, which is how a body wrapper named "…-with-sidebar-…" or
/// "l-sidebar-fixed" gets dropped with the article inside; tokens plus a share-of-text guard (see
/// <see cref="MainContentExtractor"/>) keep those.
/// </summary>
internal static class ClassHints
{
    /// <summary>
    /// Tokens of what surrounds an article: comment sections, share bars, related links, promos, newsletter and donation
    /// boxes. "article-comments" is still comments: a body token beside one of these does not make it the article.
    /// </summary>
    private static readonly HashSet<string> Chrome = new(StringComparer.Ordinal)
    {
        "ad", "ads", "adv", "advert", "advertisement", "advertising", "combx", "comment", "comments", "commentlist", "community",
        "cookie", "cookies", "disqus", "gdpr", "newsletter", "newsletters", "outbrain", "popular", "promo", "promos", "recommended",
        "recirc", "related", "remark", "replies", "reply", "respond", "rss", "share", "sharing", "shoutbox", "skyscraper", "social",
        "sponsor", "sponsored", "subscribe", "subscription", "signup", "taboola", "teaser", "teasers", "trending", "mostread",
        "most", "donate", "donation", "paywall", "bio", "login", "responses", "discussion", "contribution", "contributions",
    };

    /// <summary>
    /// Tokens of page layout: sidebars, menus, widgets, pop-ups. Page builders wrap article text in them too
    /// ("elementor-widget-container", "l-sidebar-fixed"), so they mark chrome only without a body token and without prose.
    /// </summary>
    private static readonly HashSet<string> Layout = new(StringComparer.Ordinal)
    {
        "banner", "breadcrumb", "breadcrumbs", "footer", "masthead", "menu", "nav", "navbar", "navigation", "pagination", "pager",
        "popup", "sidebar", "toolbar", "widget", "jump", "skip", "overlay", "lightbox", "modal", "tags", "tag", "topics",
    };

    /// <summary>Tokens of an article body ("article-body", "entry-content", "post-text", "story").</summary>
    private static readonly HashSet<string> Body = new(StringComparer.Ordinal)
    {
        "article", "articlebody", "body", "content", "entry", "hentry", "main", "post", "text", "blog", "story", "prose", "richtext",
    };

    /// <summary>Tokens of the byline, dateline and picture captions: kept out of the body, kept as metadata.</summary>
    private static readonly HashSet<string> Byline = new(StringComparer.Ordinal) { "byline", "author", "authors", "writer", "contributor", "dateline", "date", "time", "timestamp", "published", "updated", "meta" };

    private static readonly HashSet<string> Caption = new(StringComparer.Ordinal) { "caption", "figcaption", "credit", "credits", "copyright" };

    /// <summary>
    /// The names an element carries: class, id, itemprop, and the test and component names that script-built pages give
    /// their blocks instead of meaningful classes (React's data-testid "authorName", Wix's data-hook "image-caption", BBC's
    /// data-component "byline-block"), whose classes are hashes ("css-1q0x1qg", "_1ZGUf"). Not on a link: a link inside a
    /// paragraph named by its component ("auto-linked-tag") is part of the sentence.
    /// </summary>
    public static IEnumerable<string> Tokens(IElement element)
    {
        var id = IsAnchorOfOwnText(element) ? "" : element.Id;
        var marks = element.TagName == "A" ? $"{element.GetAttribute("class")} {id} {element.GetAttribute("itemprop")}"
            : $"{element.GetAttribute("class")} {id} {element.GetAttribute("itemprop")} {element.GetAttribute("data-testid")} {element.GetAttribute("data-hook")} {element.GetAttribute("data-component")}";
        var start = -1;
        for (var i = 0; i <= marks.Length; i++)
        {
            var boundary = i == marks.Length || !char.IsLetterOrDigit(marks[i]) || (i > start + 1 && start >= 0 && char.IsUpper(marks[i]) && char.IsLower(marks[i - 1]));
            if (boundary && start >= 0)
            {
                yield return marks[start..i].ToLowerInvariant();
                start = -1;
            }
            if (i < marks.Length && char.IsLetterOrDigit(marks[i]) && start < 0) start = i;
        }
    }

    /// <summary>A generated anchor names a heading by its own text only from this many words: "related-posts" may be a name the site gave.</summary>
    private const int MinAnchorWords = 4;

    /// <summary>
    /// The id of a heading that spells the heading's own words, as Markdown renderers and table-of-contents plugins write
    /// (GitHub's blog: an &lt;h3&gt; pull quote with id "leadership-is-about-enabling-those-below-above-and-around-you-…"): an
    /// anchor for links, which names nothing, though its words ("most", "share", "comment") are chrome tokens in a class.
    /// </summary>
    private static bool IsAnchorOfOwnText(IElement element)
    {
        // Tokens are asked for many times per element: the word count, which needs no string, turns most ids away first.
        if (element.TagName is not ("H1" or "H2" or "H3" or "H4" or "H5" or "H6") || element.Id is not { Length: > 0 } id
            || id.AsSpan().Count('-') + id.AsSpan().Count('_') + 1 < MinAnchorWords) return false;
        var idLetters = LettersAndDigits(id);
        return idLetters.Length > 0 && LettersAndDigits(element.TextContent).StartsWith(idLetters, StringComparison.Ordinal);
    }

    private static string LettersAndDigits(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    /// <summary>Comments, share bars, related links and the like, by name.</summary>
    public static bool IsChrome(IElement element) => Has(element, Chrome);

    /// <summary>A sidebar, menu or widget by name, with no body token beside it.</summary>
    public static bool IsLayout(IElement element) => Has(element, Layout) && !Has(element, Body);

    /// <summary>readability.js's class weight: +25 for a body token, −25 for a chrome or layout token.</summary>
    public static int Weight(IElement element) => (Has(element, Body) ? 25 : 0) - (IsChrome(element) || IsLayout(element) ? 25 : 0)
        + (string.Equals(element.GetAttribute("itemprop"), "articleBody", StringComparison.OrdinalIgnoreCase) ? 25 : 0);

    public static bool IsBylineOrDate(IElement element) => Has(element, Byline) || element.GetAttribute("rel") == "author";

    public static bool IsCaption(IElement element) => Has(element, Caption);

    private static bool Has(IElement element, HashSet<string> set) => Tokens(element).Any(set.Contains);
}
