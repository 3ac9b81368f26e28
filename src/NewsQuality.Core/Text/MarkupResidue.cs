using System.Text.RegularExpressions;
using NewsQuality.Model;

namespace NewsQuality.Text;

/// <summary>The ways a feed's markup or escaping can leak into the text a reader sees.</summary>
public enum ResidueKind
{
    /// <summary>An HTML entity printed as text: "&amp;#39;", "&amp;amp;", "&amp;eacute;".</summary>
    Entity,

    /// <summary>An entity whose "&amp;" was stripped: "it#39;s", "#36;10", "quot;Free Trade quot;".</summary>
    BareEntity,

    /// <summary>An entity encoded twice: "&amp;amp;amp;", "&amp;amp;quot;".</summary>
    DoubleEncoded,

    /// <summary>An HTML tag printed as text: "&lt;b&gt;", "&lt;/p&gt;".</summary>
    Tag,

    /// <summary>Markup that was entity-escaped, with or without its "&amp;": "&amp;lt;TXN.N&amp;gt;", "lt;b gt;".</summary>
    EscapedTag,

    /// <summary>A backslash escape: "\$", "\"", a literal "\n", or a backslash left where a line break was ("dwindling\band").</summary>
    Backslash,

    /// <summary>A name whose "&amp;" was stripped, leaving spaces: "AT T", "Turner   Newall".</summary>
    LostAmpersand,

    /// <summary>
    /// A publishing system's own code: a WordPress or page-builder shortcode ("[caption id=…]", "[/embed]", "[vc_row]"), a forum's
    /// BBCode tag ("[/i]", "[url=…]"), or the placeholder a CDN leaves for an e-mail address it hid ("[email protected]").
    /// </summary>
    Shortcode,
}

/// <summary>One piece of residue: where, what kind, and the text that should stand there instead.</summary>
public sealed record Residue(TextSpan Span, ResidueKind Kind, string Repair)
{
    /// <summary>
    /// Whether the repair restores what was written without guessing: decoding, unescaping and removing markup are safe;
    /// putting back a lost ampersand is a guess a person should confirm.
    /// </summary>
    public bool IsSafe => Kind != ResidueKind.LostAmpersand;
}

/// <summary>
/// Finds scraping and encoding residue in text: HTML entities (decoded, with or without their "&amp;"), literal or escaped
/// tags, backslash escapes, and names that lost their ampersand. Each finder is written against what clean news does
/// contain — "#1", "C#", "AT&amp;T", "R&amp;B", "No. 1", hashtags, Windows paths, initials such as "J K Rowling" — so
/// those never match.
/// </summary>
public static partial class MarkupResidue
{
    /// <summary>Every piece of residue in <paramref name="text"/>, in text order, none overlapping.</summary>
    public static IReadOnlyList<Residue> Find(string text)
    {
        // Nearly every text has no residue: the list is made at the first piece found, and no query is built per finder.
        List<Residue>? found = null;
        // Earlier finders win where two match the same characters: an escaped tag is more than its two entities.
        foreach (var finder in Finders)
        {
            // The earlier finders' pieces (none: nothing can be taken).
            var taken = found is { Count: > 0 } ? new SpanSet(SpansOf(found)) : null;
            foreach (var residue in finder(text))
                if (taken is null || !taken.OverlapsAny(residue.Span)) (found ??= []).Add(residue);
        }
        if (found is null) return [];
        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return found;
    }

    private static TextSpan[] SpansOf(List<Residue> found)
    {
        var spans = new TextSpan[found.Count];
        for (var i = 0; i < spans.Length; i++) spans[i] = found[i].Span;
        return spans;
    }

    private static readonly Func<string, IEnumerable<Residue>>[] Finders =
    [
        EscapedTags, LiteralTags, Entities, BareNumericEntities, BareNamedEntities, BackslashEscapes, LostAmpersands, Shortcodes,
    ];

    // ---- shortcodes ------------------------------------------------------------------------------------------------

    // Only names a publishing system gives its codes: an editor's bracket in a quotation ("[and]", "[laughs]", "[video clip]",
    // "official[s]") or an endnote mark ("[i]") is text, so one-letter forum tags count only closing ("[/i]"). The same run rule
    // as tags: "[vc_row][vc_column]" is one piece.
    [GeneratedRegex(@"(?:\[(?:/?(?:caption|embed|gallery|vc_[a-z_]+|et_pb_[a-z_]+|fusion_[a-z_]+|url|img|quote|color|size)(?:[= ][^\[\]\n]{0,300})?|/[bius])\])+|\[email(?:&#160;|\u00A0| )protected\]")]
    private static partial Regex ShortcodePattern();

    private static IEnumerable<Residue> Shortcodes(string text)
    {
        if (text.IndexOf('[') < 0) yield break;
        foreach (Match m in ShortcodePattern().Matches(text))
            yield return Removal(text, m, ResidueKind.Shortcode, separates: false);
    }

    // ---- tags ------------------------------------------------------------------------------------------------------

    /// <summary>Tag names of HTML that feeds carry into text; "&lt;TXN.N&gt;" (a Reuters ticker) is not one, so only its escaped form is residue.</summary>
    private static readonly HashSet<string> HtmlTagNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "article", "aside", "audio", "b", "big", "blockquote", "body", "br", "button", "caption", "center", "cite",
        "code", "dd", "del", "div", "dl", "dt", "em", "embed", "figcaption", "figure", "font", "footer", "form", "h1", "h2",
        "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "i", "iframe", "img", "input", "ins", "label", "li", "link",
        "main", "meta", "nav", "noscript", "object", "ol", "option", "p", "param", "pre", "q", "s", "script", "section",
        "select", "small", "source", "span", "strike", "strong", "style", "sub", "sup", "table", "tbody", "td", "tfoot",
        "th", "thead", "time", "title", "tr", "tt", "u", "ul", "video", "wbr",
    };

    /// <summary>Tags that separate text: removing one between two words must leave a space.</summary>
    private static readonly HashSet<string> BreakingTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "br", "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "blockquote", "section", "article",
    };

    // A run of tags ("</p><p>") is one piece of markup.
    [GeneratedRegex(@"(?:</?(?<name>[A-Za-z][A-Za-z0-9]*)(?:\s+[^<>\n]{0,300}?)?\s*/?>)+|<!--[^\n]{0,300}?-->")]
    private static partial Regex LiteralTagPattern();

    // "&lt;" (or "&amp;lt;", or "lt;" that lost its "&") opening a tag or comment, closed by the matching "&gt;" on the same line.
    [GeneratedRegex(@"(?:&(?:amp;)*|(?<![A-Za-z&]))lt;\s?(?<name>/?[A-Za-z][\w.:-]*?|!--)(?:\s[^\n]{0,300}?)?\s?/?(?:&(?:amp;)*|(?<![A-Za-z&;]))gt;")]
    private static partial Regex EscapedTagPattern();

    private static IEnumerable<Residue> LiteralTags(string text)
    {
        if (text.IndexOf('<') < 0) yield break;
        foreach (Match m in LiteralTagPattern().Matches(text))
        {
            var names = m.Groups["name"].Captures.Select(c => c.Value).ToList();
            if (!names.All(HtmlTagNames.Contains) || IsNamedInProse(text, m)) continue;
            yield return Removal(text, m, ResidueKind.Tag, names.Any(BreakingTags.Contains));
        }
    }

    /// <summary>
    /// One tag the prose talks about, a word "element", "tag" or "attribute" after it ("the bug was in the &lt;div&gt; element",
    /// "the &lt;blink&gt; tag"): a technology story naming markup, not markup a scrape left.
    /// </summary>
    private static bool IsNamedInProse(string text, Match tag)
    {
        if (tag.Groups["name"].Captures.Count != 1) return false;
        var after = text.AsSpan(tag.Index + tag.Length);
        foreach (var noun in MarkupNouns)
            if (after.StartsWith(noun, StringComparison.OrdinalIgnoreCase) && (after.Length == noun.Length || !char.IsLetter(after[noun.Length])))
                return true;
        return false;
    }

    private static readonly string[] MarkupNouns = [" elements", " element", " tags", " tag", " attributes", " attribute"];

    private static IEnumerable<Residue> EscapedTags(string text)
    {
        if (!text.Contains("lt;", StringComparison.Ordinal)) yield break;
        foreach (Match m in EscapedTagPattern().Matches(text))
            yield return Removal(text, m, ResidueKind.EscapedTag, BreakingTags.Contains(m.Groups["name"].Value.TrimStart('/')));
    }

    /// <summary>
    /// Markup to take out. Between two words a separating tag becomes a space; between two spaces (or a space and punctuation)
    /// the space before it goes too, so "Inc &amp;lt;TXN.N&amp;gt; said" repairs to "Inc said".
    /// </summary>
    private static Residue Removal(string text, Match m, ResidueKind kind, bool separates)
    {
        var start = m.Index;
        var end = m.Index + m.Length;
        var spaceBefore = start > 0 && text[start - 1] == ' ';
        var after = end < text.Length ? text[end] : '\n';
        if (spaceBefore && (after is ' ' or '\n' or '\r' || char.IsPunctuation(after) && after is not ('(' or '"' or '\'' or '“' or '‘')))
            return new Residue(TextSpan.FromBounds(start - 1, end), kind, "");
        var joinsWords = start > 0 && !char.IsWhiteSpace(text[start - 1]) && !char.IsWhiteSpace(after);
        return new Residue(TextSpan.FromBounds(start, end), kind, separates && joinsWords ? " " : "");
    }

    // ---- entities --------------------------------------------------------------------------------------------------

    [GeneratedRegex(@"&(?<amps>(?:amp;)*)(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")]
    private static partial Regex EntityPattern();

    // "#39;" or "#x27;" after anything but "&" or another digit: "it#39;s", "Google #39;s", "#36;10 million".
    [GeneratedRegex(@"(?<![&#0-9])#(?:(?<dec>[0-9]{2,5})|[xX](?<hex>[0-9a-fA-F]{2,4}));")]
    private static partial Regex BareNumericEntityPattern();

    // Named entities that lost their "&". Only names that are not English words before a semicolon: "per cent;", "the
    // pound;", "a copy;" and "free trade;" are ordinary text, "quot;" and "rsquo;" are not. "amp", "lt" and "gt" end
    // words ("camp;", "felt;"), so they must start one; the others may follow a word they were glued to ("impactquot;").
    [GeneratedRegex(@"(?<![A-Za-z0-9&])(?<name>" + WordEndingEntityNames + @");|(?<![&])(?<name>" + GluableEntityNames + @");")]
    private static partial Regex BareNamedEntityPattern();

    /// <summary>Bare entity names that also end English words, so they must start one (the pattern's first branch).</summary>
    private const string WordEndingEntityNames = "amp|lt|gt";

    /// <summary>Bare entity names that may follow a word they were glued to (the pattern's second branch).</summary>
    private const string GluableEntityNames = "quot|apos|nbsp|ndash|mdash|lsquo|rsquo|ldquo|rdquo|sbquo|bdquo|hellip|laquo|raquo|middot|eacute|egrave|aacute|agrave|oacute|uacute|iacute|ntilde|ouml|uuml|auml|ccedil|szlig";

    private static IEnumerable<Residue> Entities(string text)
    {
        if (text.IndexOf('&') < 0) yield break;
        foreach (Match m in EntityPattern().Matches(text))
        {
            var decoded = DecodeFully(m.Value);
            if (decoded == m.Value) continue; // "&T;" after "AT": not an entity HTML knows
            // "Blair&#191;s": an apostrophe a transcoder could not map became "¿"; the reader needs the apostrophe back.
            if (decoded == "¿" && m.Index > 0 && char.IsLetter(text[m.Index - 1]) && ContractionFollows(text, m.Index + m.Length)) decoded = "’";
            var kind = m.Groups["amps"].Length > 0 ? ResidueKind.DoubleEncoded : ResidueKind.Entity;
            yield return new Residue(new TextSpan(m.Index, m.Length), kind, decoded);
        }
    }

    private static IEnumerable<Residue> BareNumericEntities(string text)
    {
        if (text.IndexOf('#') < 0) yield break;
        foreach (Match m in BareNumericEntityPattern().Matches(text))
        {
            var code = m.Groups["dec"].Success
                ? int.Parse(m.Groups["dec"].Value, System.Globalization.CultureInfo.InvariantCulture)
                : Convert.ToInt32(m.Groups["hex"].Value, 16);
            if (CharacterOf(code) is not { } decoded) continue;
            if (char.IsAsciiLetterOrDigit(decoded[0])) continue; // "#65;" for "A" is not what feeds leak
            // "ranked #38; the" is a number and a semicolon; only a quote mark or a dash standing alone is clearly an entity.
            var alone = IsSpaceOrEdge(text, m.Index - 1) && IsSpaceOrEdge(text, m.Index + m.Length);
            if (alone && !IsQuoteMark(decoded[0]) && decoded[0] is not ('–' or '—')) continue;
            yield return BareEntity(text, m, decoded);
        }
    }

    /// <summary>The names of <see cref="BareNamedEntityPattern"/>, from the same lists as the pattern.</summary>
    private static readonly string[] BareEntityNames = (WordEndingEntityNames + "|" + GluableEntityNames).Split('|');

    /// <summary>
    /// Whether one of <see cref="BareEntityNames"/> stands before a semicolon: the text's few semicolons are found and the
    /// names compared before each (a search for the thirty names anywhere in the text read every character at some cost).
    /// </summary>
    private static bool HasBareEntityName(string text)
    {
        for (var at = text.IndexOf(';'); at >= 0; at = text.IndexOf(';', at + 1))
            foreach (var name in BareEntityNames)
                if (at >= name.Length && text.AsSpan(at - name.Length, name.Length).SequenceEqual(name)) return true;
        return false;
    }

    private static IEnumerable<Residue> BareNamedEntities(string text)
    {
        // Every match is one of the names and its semicolon: a text with none of them (nearly every text) is not scanned by
        // the pattern, whose alternation has no common start to search for and was tried at every position.
        if (!HasBareEntityName(text)) yield break;
        foreach (Match m in BareNamedEntityPattern().Matches(text))
            yield return BareEntity(text, m, System.Net.WebUtility.HtmlDecode("&" + m.Value));
    }

    /// <summary>
    /// Feeds that stripped "&amp;" often left a space in its place: "it #39;s", "Free Trade quot; said". An apostrophe before
    /// a contraction and a closing quote take that space back.
    /// </summary>
    private static Residue BareEntity(string text, Match m, string decoded)
    {
        var start = m.Index;
        var end = m.Index + m.Length;
        var spaceAfterWord = start >= 2 && text[start - 1] == ' ' && !char.IsWhiteSpace(text[start - 2]);
        var closes = decoded[0] is '\'' or '’' ? ContractionFollows(text, end) : IsQuoteMark(decoded[0]) && !char.IsLetterOrDigit(CharAt(text, end));
        if (spaceAfterWord && closes) start--;
        return new Residue(TextSpan.FromBounds(start, end), ResidueKind.BareEntity, decoded);
    }

    private static string DecodeFully(string value)
    {
        for (var pass = 0; pass < 4; pass++)
        {
            var decoded = System.Net.WebUtility.HtmlDecode(value);
            if (decoded == value) break;
            value = decoded;
        }
        return value;
    }

    /// <summary>The character an HTML numeric reference stands for; 128–159 are read as Windows-1252, as browsers do ("#151;" is a dash).</summary>
    private static string? CharacterOf(int code)
    {
        if (code is >= 0x80 and <= 0x9F) code = Windows1252.High[code - 0x80];
        if (code < 32 || code is >= 0x7F and <= 0x9F || code > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF) return null;
        return char.ConvertFromUtf32(code);
    }

    private static bool IsQuoteMark(char c) => c is '"' or '\'' or '‘' or '’' or '“' or '”';

    [GeneratedRegex(@"\G(?:s|t|re|ve|ll|d|m)(?![A-Za-z])")]
    private static partial Regex ContractionPattern();

    private static bool ContractionFollows(string text, int at) => ContractionPattern().IsMatch(text, at);

    // ---- backslashes -----------------------------------------------------------------------------------------------

    // A run of escaped controls ("\n", "\r\n", "\t"), a \uXXXX escape, or a backslash before one character.
    [GeneratedRegex(@"(?:\\[nrt](?![a-z]))+|\\u[0-9a-fA-F]{4}|\\(?<next>[^\s\\])")]
    private static partial Regex BackslashPattern();

    // Paths and code keep their backslashes: "C:\Users", "\\server\share", "%APPDATA%\x", "HKEY_LOCAL_MACHINE\Software".
    [GeneratedRegex(@"[A-Za-z]:\\|\\\\\w|%\w+%\\|\bHKEY_|\bHK(?:LM|CU)\\|\w\\\w+\\\w|\\\w*\.[A-Za-z0-9]{2,4}\b")]
    private static partial Regex PathPattern();

    // Lines that read as program text: escapes there are the program's own.
    [GeneratedRegex(@"[{}]|;\s*$|==|=>|\bprintf\(|\becho\s+[""'$]|\bprint\(|\bconsole\.log\(|#include\b|\breturn\s+\w+;", RegexOptions.Multiline)]
    private static partial Regex CodeLinePattern();

    private static IEnumerable<Residue> BackslashEscapes(string text)
    {
        if (text.IndexOf('\\') < 0) yield break;
        foreach (Match m in BackslashPattern().Matches(text))
        {
            var word = Slice(text, TokenAround(text, m.Index));
            var line = LineAround(text, m.Index);
            if (IsEmoticon(text, m.Index) || InPath(text, line, word, m.Index) || CodeLinePattern().IsMatch(Slice(text, line))) continue;
            var next = m.Groups["next"];
            if (!next.Success)
            {
                var repair = m.Value[1] == 'u'
                    ? ((char)Convert.ToInt32(m.Value[2..], 16)).ToString()
                    : SpaceUnlessBeside(text, m.Index, m.Index + m.Length);
                yield return new Residue(new TextSpan(m.Index, m.Length), ResidueKind.Backslash, repair);
            }
            else if (char.IsLetter(next.Value[0]))
            {
                // The feed turned a line break into a backslash: "dwindling\band" is "dwindling band". Regex or TeX is not.
                if (!CodeWordPattern().IsMatch(EscapedWord(text, m.Index)))
                    yield return new Residue(new TextSpan(m.Index, 1), ResidueKind.Backslash, SpaceUnlessBeside(text, m.Index, m.Index + 1));
            }
            else if (IsEscapableSymbol(next.Value[0]))
            {
                yield return new Residue(new TextSpan(m.Index, 2), ResidueKind.Backslash, next.Value);
            }
        }
    }

    private static bool IsEscapableSymbol(char c) => c is '$' or '"' or '\'' or '&' or '%' or '#' or '@' or '*' or '_' or '[' or ']'
        or '(' or ')' or '/' or '-' or '.' or ',' or '!' or '?' or ':' or ';' or '<' or '>' or '|' or '~' or '^' or '`' or '+' or '=';

    /// <summary>"¯\_(ツ)_/¯" and "\o/" are drawn with backslashes.</summary>
    private static bool IsEmoticon(string text, int backslash) =>
        backslash > 0 && text[backslash - 1] == '¯' || string.CompareOrdinal(text, backslash, "\\o/", 0, 3) == 0;

    // A word with regex or program characters after its backslash ("^\d+$", "\frac{1}{2}") is code, not a line break.
    [GeneratedRegex(@"[\^$*+?{}\[\]|=<>();]")]
    private static partial Regex CodeWordPattern();

    /// <summary>What follows the backslash up to the next space or backslash: "which" in "Group,\which", "d+$" in "^\d+$".</summary>
    private static string EscapedWord(string text, int backslash)
    {
        var end = backslash + 1;
        while (end < text.Length && end - backslash <= Reach && !char.IsWhiteSpace(text[end]) && text[end] != '\\') end++;
        return text[(backslash + 1)..end];
    }

    private static bool InPath(string text, TextSpan line, string word, int at)
    {
        if (PathPattern().IsMatch(word)) return true;
        // "C:\Program Files\Common Files": a path with spaces; a drive earlier on the line, in the same sentence.
        var before = text.Substring(line.Start, at - line.Start);
        var drive = before.LastIndexOf(":\\", StringComparison.Ordinal);
        return drive >= 0 && !before[drive..].Contains(". ", StringComparison.Ordinal);
    }

    private static string SpaceUnlessBeside(string text, int start, int end) =>
        IsSpaceOrEdge(text, start - 1) || IsSpaceOrEdge(text, end) ? "" : " ";

    // ---- lost ampersands -------------------------------------------------------------------------------------------

    /// <summary>Names written with an ampersand between capitals; without it they read "AT T", "S P 500".</summary>
    private static readonly HashSet<string> AmpersandNames = new(StringComparer.Ordinal)
    {
        "AT&T", "S&P", "R&D", "M&A", "P&G", "Q&A", "B&Q", "H&M", "A&E", "J&J", "R&B", "P&O", "M&S", "A&M", "D&D", "H&R",
        "S&L", "E&Y", "C&W", "A&W", "T&C", "B&B", "BB&T", "AT&T", "PG&E", "M&T", "L&G", "P&L",
    };

    /// <summary>The names <see cref="LostAmpersands"/> knows, for tests.</summary>
    internal static IReadOnlyCollection<string> KnownAmpersandNames => AmpersandNames;

    [GeneratedRegex(@"(?<![\w&.])(?<a>[A-Z]{1,2})(?<gap> {1,3})(?<b>[A-Z]{1,2})(?![\w&'’])")]
    private static partial Regex CapitalPairPattern();

    [GeneratedRegex(@"(?<![\w&])(?<a>[A-Z][A-Za-z]*[a-z])(?<gap> {2,3})(?<b>[A-Z][A-Za-z]*[a-z])\b")]
    private static partial Regex SpacedNamesPattern();

    /// <summary>
    /// Every way <see cref="CapitalPairPattern"/> can write one of <see cref="AmpersandNames"/>: its two parts with one to
    /// three spaces between ("AT T", "S  P"). A match the names take is one of these strings, so a text with none of them
    /// (nearly every text: the pattern, which begins with a look-behind, was tried at every position) is not searched.
    /// </summary>
    private static readonly System.Buffers.SearchValues<string> SpacedAmpersandNames = System.Buffers.SearchValues.Create(
        AmpersandNames.SelectMany(name => new[] { 1, 2, 3 }.Select(gap => name.Replace("&", new string(' ', gap)))).ToArray(),
        StringComparison.Ordinal);

    private static IEnumerable<Residue> LostAmpersands(string text)
    {
        if (text.AsSpan().ContainsAny(SpacedAmpersandNames))
            foreach (var residue in CapitalPairs(text)) yield return residue;
        // Its gap is two or three spaces: a text without two spaces in a row (most) is not searched.
        if (!text.Contains("  ", StringComparison.Ordinal)) yield break;
        foreach (Match m in SpacedNamesPattern().Matches(text))
        {
            // A layout line ("Yes  No   Results") has several wide gaps; a sentence with one lost "&" has one.
            if (WideGapPattern().Count(Slice(text, LineAround(text, m.Index))) != 1) continue;
            yield return new Residue(new TextSpan(m.Index, m.Length), ResidueKind.LostAmpersand, $"{m.Groups["a"].Value} & {m.Groups["b"].Value}");
        }
    }

    private static IEnumerable<Residue> CapitalPairs(string text)
    {
        foreach (Match m in CapitalPairPattern().Matches(text))
        {
            var name = m.Groups["a"].Value + "&" + m.Groups["b"].Value;
            if (!AmpersandNames.Contains(name) || !PairReadsAsName(text, m)) continue;
            yield return new Residue(new TextSpan(m.Index, m.Length), ResidueKind.LostAmpersand, name);
        }
    }

    [GeneratedRegex(@"\S {2,}\S")]
    private static partial Regex WideGapPattern();

    /// <summary>
    /// "AT T" is never anything else. Two initials could be a person ("J J Abrams", "M A Smith", "J R R Tolkien") or a time
    /// ("8 A M"): then a capitalised name follows or an initial or a number goes before.
    /// </summary>
    private static bool PairReadsAsName(string text, Match m)
    {
        if (InCapitals(text, LineAround(text, m.Index))) return false; // "LOOK AT THIS"
        if (m.Groups["a"].Value == "AT") return true;
        var previous = WordBefore(text, m.Index);
        if (previous.Length > 0 && (previous.All(char.IsDigit) || previous.Length == 1 && char.IsUpper(previous[0]))) return false;
        var following = WordAfter(text, m.Index + m.Length);
        return !(following.Length > 1 && char.IsUpper(following[0]) && following.Skip(1).Any(char.IsLower));
    }

    /// <summary>Whether most letters of <paramref name="span"/> are capitals.</summary>
    private static bool InCapitals(string text, TextSpan span)
    {
        int letters = 0, capitals = 0;
        for (var i = span.Start; i < span.End; i++)
        {
            if (!char.IsLetter(text[i])) continue;
            letters++;
            if (char.IsUpper(text[i])) capitals++;
        }
        return capitals * 2 > letters;
    }

    // ---- text helpers ----------------------------------------------------------------------------------------------

    private static string Slice(string text, TextSpan span) => text.Substring(span.Start, span.Length);

    private static char CharAt(string text, int i) => i >= 0 && i < text.Length ? text[i] : '\n';

    private static bool IsSpaceOrEdge(string text, int i) => char.IsWhiteSpace(CharAt(text, i));

    /// <summary>How far either side of a piece of residue its context reaches: a page crawled as one line stays linear.</summary>
    private const int Reach = 200;

    /// <summary>The line around <paramref name="at"/>, cut to <see cref="Reach"/> characters either side.</summary>
    private static TextSpan LineAround(string text, int at)
    {
        var from = Math.Max(0, at - Reach);
        var newlineBefore = at == from ? -1 : text.LastIndexOf('\n', at - 1, at - from);
        var to = Math.Min(text.Length, at + Reach);
        var newlineAfter = text.IndexOf('\n', at, to - at);
        return TextSpan.FromBounds(newlineBefore >= 0 ? newlineBefore + 1 : from, newlineAfter >= 0 ? newlineAfter : to);
    }

    /// <summary>The run of non-space characters around <paramref name="at"/>, cut to <see cref="Reach"/> characters either side.</summary>
    private static TextSpan TokenAround(string text, int at)
    {
        var start = at;
        while (start > 0 && at - start < Reach && !char.IsWhiteSpace(text[start - 1])) start--;
        var end = at;
        while (end < text.Length && end - at < Reach && !char.IsWhiteSpace(text[end])) end++;
        return TextSpan.FromBounds(start, end);
    }

    private static string WordBefore(string text, int at)
    {
        var end = at;
        while (end > 0 && text[end - 1] == ' ') end--;
        var start = end;
        while (start > 0 && char.IsLetterOrDigit(text[start - 1])) start--;
        return text[start..end];
    }

    private static string WordAfter(string text, int at)
    {
        var start = at;
        while (start < text.Length && text[start] == ' ') start++;
        var end = start;
        while (end < text.Length && char.IsLetterOrDigit(text[end])) end++;
        return text[start..end];
    }
}
