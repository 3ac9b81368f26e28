namespace NewsQuality.Input;

/// <summary>
/// A bound on how deeply a page nests its elements, checked on the raw HTML before it is parsed: parsing and
/// extraction grow with depth times size, so 100,000 nested &lt;div&gt;s (1 MB) took minutes and unclosed
/// &lt;div&gt;&lt;p&gt; pairs never finished. Real articles nest a few dozen deep. The count is conservative: elements
/// whose end tag HTML lets a page omit (p, li, td, …) and void elements (br, img, …) are not counted, so a valid
/// page without &lt;/p&gt; never trips it.
/// </summary>
public static class HtmlNesting
{
    /// <summary>Deeper than this, a page is refused as an input error (pages met in practice stay under 100).</summary>
    public const int MaxDepth = 1000;

    private static readonly HashSet<string> NotCounted = new(StringComparer.OrdinalIgnoreCase)
    {
        // void elements
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        // end tag optional
        "html", "head", "body", "p", "li", "dt", "dd", "rb", "rt", "rtc", "rp", "optgroup", "option", "colgroup", "caption",
        "thead", "tbody", "tfoot", "tr", "td", "th",
    };

    /// <summary>Elements whose content is text up to their end tag, where a '&lt;' opens nothing.</summary>
    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"];

    /// <summary>Throws <see cref="InvalidDataException"/> (an input error) when the page nests elements past <see cref="MaxDepth"/>.</summary>
    public static void Check(string html)
    {
        if (Depth(html, MaxDepth) > MaxDepth)
            throw new InvalidDataException($"the page nests elements more than {MaxDepth} deep; not read (broken or hostile HTML)");
    }

    /// <summary>The deepest nesting of counted elements, scanning no further once past <paramref name="stopAbove"/>.</summary>
    public static int Depth(string html, int stopAbove = int.MaxValue)
    {
        int depth = 0, deepest = 0;
        for (var i = html.IndexOf('<'); i >= 0 && i < html.Length - 1; i = html.IndexOf('<', i + 1))
        {
            if (html[i + 1] == '!')
            {
                var end = html.AsSpan(i).StartsWith("<!--") ? html.IndexOf("-->", i + 4, StringComparison.Ordinal) : html.IndexOf('>', i);
                if (end < 0) break;
                i = end;
                continue;
            }
            var closing = html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd])) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart])) continue;
            var name = html[nameStart..nameEnd];
            var tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0) break;
            if (NotCounted.Contains(name)) { i = tagEnd; continue; }
            if (closing) depth = Math.Max(0, depth - 1);
            else if (html[tagEnd - 1] != '/')
            {
                if (RawText.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    // Its end tag is skipped with it: raw-text elements are not counted.
                    var close = html.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
                    if (close < 0) break;
                    i = close + 1;
                    continue;
                }
                deepest = Math.Max(deepest, ++depth);
                if (deepest > stopAbove) return deepest;
            }
            i = tagEnd;
        }
        return deepest;
    }
}
