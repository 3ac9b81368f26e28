using System.Text;
using System.Xml;

namespace NewsQuality.Reporting;

/// <summary>
/// Article text and ids come from untrusted pages; these make them safe for one output format each without
/// losing what they were: characters a format cannot carry become visible stand-ins, never silently dropped.
/// </summary>
public static class SafeText
{
    /// <summary>
    /// For XML 1.0: characters it cannot carry (C0 controls other than tab and line breaks, lone surrogates, U+FFFE/U+FFFF)
    /// become their Unicode control picture (U+0001 → ␁) or U+FFFD, so a hostile title cannot make the writer throw.
    /// </summary>
    public static string ForXml(string text)
    {
        if (IsXmlClean(text)) return text;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c)) builder.Append(c).Append(text[++i]);
            else if (XmlConvert.IsXmlChar(c)) builder.Append(c);
            else builder.Append(Picture(c));
        }
        return builder.ToString();
    }

    /// <summary>
    /// For one line on a terminal: control characters (ESC and BEL, which could retitle or repaint it, and line
    /// breaks, which could fake a report line) become their control picture (ESC → ␛); only tabs stay.
    /// </summary>
    public static string ForTerminal(string text)
    {
        if (!text.Any(IsTerminalControl)) return text;
        var builder = new StringBuilder(text.Length);
        foreach (var c in text) builder.Append(IsTerminalControl(c) ? Picture(c) : c);
        return builder.ToString();
    }

    /// <summary>
    /// For a Markdown table cell or list item: the punctuation Markdown or HTML could act on is backslash-escaped (so
    /// no raw tag, code span, link or pipe gets through), and line breaks and controls become visible pictures, so a
    /// hostile id stays plain text in one cell of one row.
    /// </summary>
    public static string ForMarkdownCell(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (MarkdownPunctuation.Contains(c)) builder.Append('\\').Append(c);
            else builder.Append(char.IsControl(c) ? Picture(c) : c);
        }
        return builder.ToString();
    }

    /// <summary>What could open markup: code spans, links and images, raw HTML and entities, a table cell's end; emphasis is harmless.</summary>
    private const string MarkdownPunctuation = "\\`[]<>|&";

    /// <summary>A path as a Markdown link target: each segment percent-encoded, so no character can close the link or open markup.</summary>
    public static string ForMarkdownLink(string path) =>
        string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));

    private static bool IsXmlClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) continue;
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i])) { i++; continue; }
            return false;
        }
        return true;
    }

    private static bool IsTerminalControl(char c) => char.IsControl(c) && c != '\t';

    /// <summary>The Unicode control picture of a C0 control (U+2400–U+241F), ␡ for DEL, U+FFFD for anything else.</summary>
    private static char Picture(char c) => c switch
    {
        < ' ' => (char)(0x2400 + c),
        '\u007F' => '\u2421',
        _ => '\uFFFD',
    };
}
