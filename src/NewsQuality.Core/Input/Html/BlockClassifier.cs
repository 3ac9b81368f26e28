using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsQuality.Input.Html;

/// <summary>
/// The features of a learned judge of single text blocks, as boilerpipe (Kohlschütter et al., WSDM 2010: shallow text
/// features of a block and its neighbours), dragnet and trafilatura's block classification tell body from boilerplate: each
/// block of the page is described by its text (length, words, link density, punctuation, sentence ends, stop words), its place
/// (depth, position, distance to the chosen content, tag and parent tag, class hints), its neighbours and whether the
/// rule-based reading kept it. `eval extraction-train` learns boosted trees (ML.NET FastTree) on them from the dev set's tune
/// half and its `--split` rebuilt pages, to admit blocks outside the chosen content. Measured and not shipped (README,
/// "Reading web pages: measured"): at the cut chosen by cross-validation the trees admit no block on any real page of the dev
/// set, so the extractor does not read them; only the study does, through <see cref="BlockSamples"/>.
/// </summary>
internal static partial class BlockClassifier
{
    public const int FeatureCount = 38;

    /// <summary>
    /// A block the classifier may admit: sentence text outside the reading, still attached to the page, and not in an element
    /// whose class names it chrome, layout, a byline or a caption (the extractor keeps those out of a continuation too), nor a
    /// copyright notice (a site's footer line of one long sentence reads as prose; few reach the trees' training, as most sit in a
    /// &lt;footer&gt;, which is dropped before).
    /// </summary>
    public static bool IsCandidate(PageBlock block, float[] features) =>
        features[Kept] == 0 && features[ContentDistance] > 0 && features[ChromeByClass] == 0 && features[MetadataByClass] == 0
        && MainContentExtractor.IsSentenceText(block) && !Copyright().IsMatch(block.Text);

    /// <summary>The feature that says whether the extractor's rules read the block (1) or not (0).</summary>
    public const int Kept = 13;
    private const int ContentDistance = 15;
    private const int ChromeByClass = 19;
    private const int MetadataByClass = 20;

    /// <summary>Per-element totals of the blocks under it: characters, link characters, characters of sentence text.</summary>
    private readonly record struct Totals(int Chars, int LinkChars, int SentenceChars)
    {
        public float LinkDensity => Chars == 0 ? 0 : (float)LinkChars / Chars;
        public float SentenceShare => Chars == 0 ? 0 : (float)SentenceChars / Chars;
    }

    /// <summary>The feature vector of each block of <paramref name="blocks"/>, given the reading and the chosen content's roots.</summary>
    public static float[][] Describe(List<PageBlock> blocks, List<PageBlock> read, IReadOnlyList<IElement> content)
    {
        var readTexts = read.Select(r => (r.Owner, r.Text)).ToHashSet();
        var kept = blocks.Select(b => readTexts.Contains((b.Owner, b.Text))).ToArray();
        var totals = new Dictionary<IElement, Totals>();
        foreach (var block in blocks)
        {
            var sentence = MainContentExtractor.IsSentenceText(block) ? block.Text.Length : 0;
            for (var e = block.Owner.ParentElement; e is not null; e = e.ParentElement)
            {
                var t = totals.GetValueOrDefault(e);
                totals[e] = new Totals(t.Chars + block.Text.Length, t.LinkChars + block.LinkChars, t.SentenceChars + sentence);
            }
        }
        // Levels from each ancestor-or-self of a content root down to that root, for the distance of a block to the content.
        var down = new Dictionary<IElement, int>();
        foreach (var root in content)
        {
            var d = 0;
            for (var e = root; e is not null; e = e.ParentElement, d++)
                if (!down.TryGetValue(e, out var known) || d < known) down[e] = d;
        }
        var keptKinds = blocks.Where((_, i) => kept[i]).Select(b => Kind(b.Owner)).ToHashSet();
        var keptParentKinds = blocks.Where((b, i) => kept[i] && b.Owner.ParentElement is not null).Select(b => Kind(b.Owner.ParentElement!)).ToHashSet();
        var keptIndexes = Enumerable.Range(0, blocks.Count).Where(i => kept[i]).ToArray();
        var totalChars = Math.Max(1, blocks.Sum(b => b.Text.Length));
        var charsBefore = 0;
        var result = new float[blocks.Count][];
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var f = new float[FeatureCount];
            var text = block.Text;
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            f[0] = text.Length;
            f[1] = words.Length;
            f[2] = (float)block.LinkDensity;
            f[3] = EndsSentence(text) ? 1 : 0;
            f[4] = (float)SentenceEnds(text) / Math.Max(1, words.Length);
            f[5] = (float)text.Count(char.IsPunctuation) / text.Length;
            f[6] = text.Count(c => c == ',');
            f[7] = (float)words.Count(w => StopWords.Contains(w.Trim(',', '.', '"', '\'', ';', ':', '!', '?').ToLowerInvariant())) / Math.Max(1, words.Length);
            f[8] = (float)words.Count(w => char.IsUpper(w[0])) / Math.Max(1, words.Length);
            f[9] = (float)text.Count(char.IsDigit) / text.Length;
            f[10] = (float)words.Sum(w => w.Length) / Math.Max(1, words.Length);
            f[11] = block.Owner.Ancestors<IElement>().Count();
            f[12] = (float)i / blocks.Count;
            f[Kept] = kept[i] ? 1 : 0;
            f[14] = NearestKept(keptIndexes, i);
            f[ContentDistance] = Distance(block.Owner, down);
            f[16] = TagCode(block.Owner);
            f[17] = block.Owner.ParentElement is { } parent ? TagCode(parent) : 0;
            var (weight, chrome, metadata) = Hints(block.Owner);
            f[18] = weight;
            f[ChromeByClass] = chrome ? 1 : 0;
            f[MetadataByClass] = metadata ? 1 : 0;
            f[21] = block.Owner.Closest("li") is null ? 0 : 1;
            f[22] = block.Owner.Closest("blockquote, figure, table") is null ? 0 : 1;
            f[23] = (float)charsBefore / totalChars;
            for (var side = 0; side < 2; side++)
            {
                var j = side == 0 ? i - 1 : i + 1;
                var near = j >= 0 && j < blocks.Count ? blocks[j] : null;
                f[24 + 3 * side] = near?.Text.Length ?? 0;
                f[25 + 3 * side] = (float)(near?.LinkDensity ?? 1);
                f[26 + 3 * side] = near is not null && kept[j] ? 1 : 0;
            }
            var up = block.Owner.ParentElement;
            var upTotals = up is null ? default : totals.GetValueOrDefault(up);
            var upUp = up?.ParentElement is { } grand ? totals.GetValueOrDefault(grand) : default;
            f[30] = upTotals.LinkDensity;
            f[31] = upTotals.SentenceShare;
            f[32] = upTotals.Chars;
            f[33] = upUp.LinkDensity;
            f[34] = upUp.SentenceShare;
            f[35] = upUp.Chars;
            f[36] = keptKinds.Contains(Kind(block.Owner)) ? 1 : 0;
            f[37] = up is not null && keptParentKinds.Contains(Kind(up)) ? 1 : 0;
            charsBefore += text.Length;
            result[i] = f;
        }
        return result;
    }

    /// <summary>Blocks from the block to the nearest kept one, negative before it; 1,000 on a page where nothing was kept.</summary>
    private static float NearestKept(int[] keptIndexes, int i)
    {
        if (keptIndexes.Length == 0) return 1000;
        var at = Array.BinarySearch(keptIndexes, i);
        if (at >= 0) return 0;
        at = ~at;
        var after = at < keptIndexes.Length ? keptIndexes[at] - i : int.MaxValue;
        var before = at > 0 ? i - keptIndexes[at - 1] : int.MaxValue;
        return before <= after ? before : -after;
    }

    /// <summary>Tree edges from the block's element to the nearest content root: 0 inside it, -1 when pruned out of the page.</summary>
    private static float Distance(IElement owner, Dictionary<IElement, int> down)
    {
        var up = 0;
        for (var e = owner; e is not null; e = e.ParentElement, up++)
            if (down.TryGetValue(e, out var d)) return d == 0 ? 0 : up + d;
        return -1;
    }

    /// <summary>The class hints of the element and of its ancestors up to three levels, and whether any ancestor is chrome by name.</summary>
    private static (float Weight, bool Chrome, bool Metadata) Hints(IElement owner)
    {
        var weight = 0f;
        bool chrome = false, metadata = false;
        var level = 0;
        for (var e = owner; e is not null && e.TagName != "BODY"; e = e.ParentElement, level++)
        {
            if (level <= 3)
            {
                weight += ClassHints.Weight(e);
                metadata |= ClassHints.IsBylineOrDate(e) || ClassHints.IsCaption(e);
            }
            chrome |= ClassHints.IsChrome(e) || ClassHints.IsLayout(e);
        }
        return (weight, chrome, metadata);
    }

    private static string Kind(IElement element) => element.TagName + "." + element.ClassName;

    private static float TagCode(IElement element) => element.TagName switch
    {
        "P" => 1,
        "DIV" => 2,
        "LI" => 3,
        "H1" => 4,
        "H2" or "H3" or "H4" or "H5" or "H6" => 5,
        "TD" or "TH" => 6,
        "BLOCKQUOTE" => 7,
        "FIGCAPTION" or "FIGURE" => 8,
        "SECTION" or "ARTICLE" or "MAIN" => 9,
        "DD" or "DT" or "DL" => 10,
        "HEADER" or "FOOTER" => 11,
        _ => 12,
    };

    private static bool EndsSentence(string text) => text.TrimEnd('"', '”', '’', '\'', ')') is [.., '.' or '!' or '?'];

    private static int SentenceEnds(string text)
    {
        var ends = 0;
        for (var i = 0; i < text.Length; i++)
            if (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || text[i + 1] == ' ')) ends++;
        return ends;
    }

    /// <summary>English function words: running prose has many (boilerpipe and jusText weigh stop-word density), menus and labels few.</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "from", "by", "as", "is", "are", "was",
        "were", "be", "been", "has", "have", "had", "it", "its", "this", "that", "these", "those", "he", "she", "they", "we",
        "his", "her", "their", "our", "not", "which", "who", "will", "would", "can", "could", "said",
    };

    /// <summary>A site's footer line: a copyright sign or notice.</summary>
    [GeneratedRegex(@"©|\bcopyright\b|\ball rights reserved\b", RegexOptions.IgnoreCase)]
    private static partial Regex Copyright();
}
