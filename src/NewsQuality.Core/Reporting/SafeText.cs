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
    /// For a terminal: control characters (ESC, BEL and the rest, which could retitle or repaint it) become their
    /// control picture (ESC → ␛); tabs and line breaks stay, since the text report lays lines out itself.
    /// </summary>
    public static string ForTerminal(string text)
    {
        if (!text.Any(IsTerminalControl)) return text;
        var builder = new StringBuilder(text.Length);
        foreach (var c in text) builder.Append(IsTerminalControl(c) ? Picture(c) : c);
        return builder.ToString();
    }

    /// <summary>
    /// For a Markdown table cell: HTML-significant characters as entities (no raw tags reach a renderer), pipes
    /// escaped, line breaks and controls as visible pictures, so a hostile id stays one cell of one row.
    /// </summary>
    public static string ForMarkdownCell(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '|' => "&#124;",
                '`' => "&#96;",
                '\\' => "&#92;",
                '*' or '_' or '[' or ']' or '(' or ')' or '#' or '!' or '~' => $"&#{(int)c};",
                _ when char.IsControl(c) => Picture(c).ToString(),
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }

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

    private static bool IsTerminalControl(char c) => char.IsControl(c) && c is not ('\t' or '\n' or '\r');

    /// <summary>The Unicode control picture of a C0 control (U+2400–U+241F), ␡ for DEL, U+FFFD for anything else.</summary>
    private static char Picture(char c) => c switch
    {
        < ' ' => (char)(0x2400 + c),
        '\u007F' => '\u2421',
        _ => '\uFFFD',
    };
}
