using System.Text.RegularExpressions;
using NewsQuality.Model;

namespace NewsQuality.Eval.Residue;

/// <summary>One damaged article: the damaged text, where the damage is, and the clean text it came from.</summary>
public sealed record Damage(Article Article, TextSpan Span, string Original);

/// <summary>
/// One way a feed damages text, applied at a random clean site of the article's body: each variant names the sites it
/// can damage (a regex over the clean text) and what a site becomes.
/// </summary>
public sealed record ResidueDamage(string Kind, string RuleId, IReadOnlyList<ResidueDamage.Variant> Variants)
{
    public sealed record Variant(Regex Site, Func<Match, Random, string> Damaged);

    public Damage? Apply(Article host, Random random)
    {
        var sites = Variants
            .SelectMany(v => v.Site.Matches(host.Text).Where(m => m.Index >= host.BodyStart && m.Length > 0).Select(m => (Variant: v, Match: m)))
            .ToList();
        if (sites.Count == 0) return null;
        var (variant, match) = sites[random.Next(sites.Count)];
        var damaged = variant.Damaged(match, random);
        var text = host.Text[..match.Index] + damaged + host.Text[(match.Index + match.Length)..];
        // The span covers what changed: the damaged site minus what it shares with the clean site at either end.
        var prefix = CommonPrefix(damaged, match.Value);
        var suffix = CommonSuffix(damaged[prefix..], match.Value[Math.Min(prefix, match.Length)..]);
        var span = TextSpan.FromBounds(match.Index + prefix, match.Index + Math.Max(prefix + 1, damaged.Length - suffix));
        return new Damage(BbcCorpus.WithText(host, text, "+" + Kind.Replace(' ', '-')), span, host.Text);
    }

    private static int CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n]) n++;
        return n;
    }

    private static int CommonSuffix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[^(n + 1)] == b[^(n + 1)]) n++;
        return n;
    }

    private static Variant V(string site, Func<Match, Random, string> damaged) => new(new Regex(site, RegexOptions.Compiled), damaged);

    private static string Pick(Random random, params string[] choices) => choices[random.Next(choices.Length)];

    private const string Contraction = @"(?<=[A-Za-z])['’](?=(?:s|t|re|ve|ll|d|m)\b)";
    // A quotation standing between spaces or punctuation, so that its marks open and close it (not the gap between two quotations).
    private const string QuotedPhrase = "(?<=^|[\\s(])\"(?=[A-Za-z])[^\"\\n]{1,80}(?<=[A-Za-z.,!?])\"(?=[\\s.,;:!?)]|$)";
    private const string CurlyQuotedPhrase = "“[^”\\n]{1,80}”";
    private const string CleanAmpersand = "&(?![#A-Za-z0-9]+;)"; // not the start of an entity the crawl already left
    private const string WordBetweenWords = @"(?<=[a-z,] )[a-z]{3,}(?= [a-z])";

    /// <summary>A quotation with its marks replaced: <paramref name="open"/> and <paramref name="close"/> around the words.</summary>
    private static string Requote(Match m, string open, string close) => open + m.Value[1..^1] + close;

    /// <summary>The apostrophe at <paramref name="m"/> as one of the entities for it: straight (') or curly (’) as in the text.</summary>
    private static string Apostrophe(Match m, Random random, string[] straight, string[] curly) =>
        m.Value == "'" ? Pick(random, straight) : Pick(random, curly);

    private static readonly Dictionary<string, string> NamedEntities = new()
    {
        ["“"] = "&ldquo;", ["”"] = "&rdquo;", ["–"] = "&ndash;", ["—"] = "&mdash;", ["£"] = "&pound;", ["é"] = "&eacute;", ["á"] = "&aacute;",
        ["ó"] = "&oacute;", ["í"] = "&iacute;", ["ñ"] = "&ntilde;", ["ü"] = "&uuml;", ["ö"] = "&ouml;", ["è"] = "&egrave;", ["ç"] = "&ccedil;",
    };

    private static string Wrap(string word, string tag) => $"<{tag}>{word}</{tag}>";

    private static readonly string[] Exchanges = [".N", ".O", ".L"];

    /// <summary>A Reuters-style ticker made from the word: "Vodafone" → "VOD.L".</summary>
    private static string Ticker(Match m, Random random) => m.Value[..3].ToUpperInvariant() + Exchanges[random.Next(Exchanges.Length)];

    /// <summary>Every damage the evaluation applies, one kind per residue the rule must catch.</summary>
    public static readonly ResidueDamage[] All =
    [
        new("entity without &", "NQ2012",
        [
            V(Contraction, (m, r) => Apostrophe(m, r, ["#39;", " #39;"], ["#8217;", " #8217;", "rsquo;"])),
            V(@"\$(?=\d)", (_, _) => "#36;"),
            V(QuotedPhrase, (m, r) => r.Next(2) == 0 ? Requote(m, "quot;", "quot;") : Requote(m, "quot;", " quot;")),
            V(@"(?<=[A-Z][A-Za-z]* )&(?= [A-Z])", (_, _) => "amp;"),
            V(CurlyQuotedPhrase, (m, r) => Requote(m, Pick(r, "ldquo;", "#8220;"), Pick(r, "rdquo;", "#8221;"))),
            V("–", (_, r) => Pick(r, "#150;", "#8211;", "ndash;")),
        ]),
        new("entity with &", "NQ2012",
        [
            V(Contraction, (m, r) => Apostrophe(m, r, ["&#39;", "&#x27;", "&apos;"], ["&#8217;", "&rsquo;"])),
            V(QuotedPhrase, (m, _) => Requote(m, "&quot;", "&quot;")),
            V(CleanAmpersand, (_, _) => "&amp;"),
            V("[“”–—£éáóíñüöèç]", (m, r) => r.Next(2) == 0 ? $"&#{(int)m.Value[0]};" : NamedEntities[m.Value]),
        ]),
        new("doubly encoded entity", "NQ2012",
        [
            V(CleanAmpersand, (_, _) => "&amp;amp;"),
            V(Contraction, (m, r) => Apostrophe(m, r, ["&amp;#39;"], ["&amp;#8217;", "&amp;rsquo;"])),
            V(QuotedPhrase, (m, _) => Requote(m, "&amp;quot;", "&amp;quot;")),
        ]),
        new("literal tag", "NQ2012",
        [
            V(WordBetweenWords, (m, r) => Wrap(m.Value, Pick(r, "b", "i", "strong", "em"))),
            V(@"(?<=[a-z]\.) (?=[A-Z])", (_, r) => Pick(r, " <br>", "<br/>", " <p>", "</p><p>", " <br />")),
            V(WordBetweenWords, (m, _) => $"<a href=\"https://www.example.com/news/{m.Value}\">{m.Value}</a>"),
        ]),
        new("escaped tag", "NQ2012",
        [
            V(@"(?<=[a-z] )[A-Z][a-z]{3,}(?= [a-z])", (m, r) => $"{m.Value} &lt;{Ticker(m, r)}&gt;"),
            V(@"(?<=[a-z] )[A-Z][a-z]{3,}(?= [a-z])", (m, r) => $"&lt;A HREF=\"http://www.investor.example.com/FullQuote.aspx?ticker={Ticker(m, r)}\"&gt;{m.Value}&lt;/A&gt;"),
            V(WordBetweenWords, (m, r) => r.Next(2) == 0 ? $"&lt;b&gt;{m.Value}&lt;/b&gt;" : $"lt;b gt;{m.Value} lt;/b gt;"),
        ]),
        new("backslash escape", "NQ2012",
        [
            V(@"(?<=[a-z,]) (?=[a-z]{2,})", (_, _) => "\\"),
            V(@"\$(?=\d)", (_, _) => "\\$"),
            V(QuotedPhrase, (m, _) => Requote(m, "\\\"", "\\\"")),
            V(@"(?<=[a-z]\.) (?=[A-Z])", (_, r) => Pick(r, "\\n", "\\n\\n", " \\n")),
            V(@"(?<=[A-Za-z])'(?=(?:s|t|re|ve|ll|d|m)\b)", (_, _) => "\\'"),
        ]),
        new("lost ampersand", "NQ2012",
        [
            V(@"(?<=[A-Z][A-Za-z]*) & (?=[A-Z])", (_, r) => Pick(r, "  ", "   ")),
            V(@"(?<=\b[A-Z]{1,2})&(?=[A-Z]{1,2}\b)", (_, r) => Pick(r, " ", "  ")),
        ]),
        new("replacement character", "NQ2009",
        [
            V(Contraction, (_, _) => "\uFFFD"),
            V("[£éáóíñüöèç“”‘’–]", (_, _) => "\uFFFD"),
        ]),
    ];
}
