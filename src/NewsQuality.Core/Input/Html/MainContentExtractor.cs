using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace NewsQuality.Input.Html;

/// <summary>
/// Finds the article in a web page by scoring candidate containers rather than trusting the first &lt;article&gt; or
/// &lt;main&gt; (which on real pages is as often a teaser, a promo card or a reader comment). The ideas, not the code,
/// are those of two documented extractors:
/// <list type="bullet">
/// <item>readability.js (Mozilla): every paragraph-like block of sentence text scores 1 + its commas + one point per
/// 100 characters (at most 3), added in full to its container, half to the next one up, and a third per level beyond;
/// a container starts from its tag weight, and its score is scaled by its class and by (1 − link density). When several
/// near-best candidates, or blocks of the winner's own class, share an ancestor, the ancestor is the article (a body split
/// over sibling section &lt;div&gt;s, a live blog's entries), and siblings of the winner that score well or read as prose join it. Inside the winner, containers that are mostly links,
/// or lists of links, are dropped ("clean conditionally").</item>
/// <item>trafilatura: class and id hints of comment sections, share bars, related links, teasers and newsletter boxes
/// mark chrome to prune inside the body, and headline, byline, date and captions are recognised as metadata, not body.</item>
/// </list>
/// Class hints are read as whole tokens (<see cref="ClassHints"/>), and a hinted element is pruned only when it holds a
/// minor share of the article's text, so a wrapper named "content-with-sidebar-wrp" keeps its article.
/// </summary>
internal static class MainContentExtractor
{
    /// <summary>Markup that never holds article text, and markup a browser does not show, on the first pass.</summary>
    private const string Junk = "title, script, style, noscript, template, iframe, svg, button, select, input, textarea, object, embed, canvas, [hidden], nav, aside, footer, [role=navigation], [role=complementary], [role=contentinfo], [role=dialog], [aria-modal=true]";

    /// <summary>On the second pass only what can never be the article goes: a hidden, aside or noscript block may hold a body that script reveals.</summary>
    private const string AlwaysJunk = "title, script, style, template, iframe, svg, button, select, input, textarea, object, embed, canvas, nav, footer, [role=navigation], [role=contentinfo], [role=dialog], [aria-modal=true]";

    /// <summary>
    /// How strictly a pass reads the page. readability.js first strips unlikely candidates, weighs classes and cleans
    /// conditionally; when the article it finds is shorter than 500 characters it retries with each of these turned off and
    /// keeps the longest result. <see cref="Relaxed"/> is that retry in one step.
    /// </summary>
    internal sealed record Pass(string Junk, bool StripHidden, bool WeighClasses, bool PruneHinted)
    {
        public static readonly Pass Strict = new(MainContentExtractor.Junk, StripHidden: true, WeighClasses: true, PruneHinted: true);
        public static readonly Pass Relaxed = new(AlwaysJunk, StripHidden: false, WeighClasses: false, PruneHinted: false);
    }

    /// <summary>readability.js's charThreshold: an article read on the strict pass shorter than this is retried on the relaxed one.</summary>
    internal const int MinArticleChars = 500;

    /// <summary>Whether the strict pass found so little text that the page should be read again on the relaxed pass.</summary>
    public static bool IsShort(ExtractedContent content) => Chars(content) < MinArticleChars;

    private static int Chars(ExtractedContent content) => content.Body.Sum(b => b.Text.Length);

    /// <summary>
    /// Whether the relaxed reading replaces the strict one: long enough to be an article, and either holding every paragraph
    /// the strict reading found, or — trafilatura's comparison of its reading with a fallback's, where the fallback wins when it
    /// is more than twice as long — more than twice the strict reading in paragraphs of sentences that are not links (a column
    /// in an &lt;aside&gt;, which the strict pass drops, read again while the strict reading kept a line of the page's blurb). A
    /// second reading that is no article either, or one that jumps to the links of another part of the page, is no better
    /// (on a paywalled page it adds the breadcrumb and "Related Videos"; elsewhere a hidden menu).
    /// </summary>
    public static bool Extends(ExtractedContent relaxed, ExtractedContent strict) =>
        !IsShort(relaxed) && (strict.Body.All(s => relaxed.Body.Any(r => r.Text == s.Text)) || Prose(relaxed) > 2 * Chars(strict));

    /// <summary>Characters in paragraphs of sentences with under half of their text in links.</summary>
    internal static int Prose(ExtractedContent content) =>
        content.Body.Where(b => IsSentenceText(b) && b.LinkDensity < 0.5).Sum(b => b.Text.Length);

    /// <summary>Shorter blocks are labels, not paragraphs, and do not vote for their container (readability: 25 characters).</summary>
    private const int MinParagraphChars = 25;

    /// <summary>Commas count as sentence structure up to this many per block: a list of signatories is not ten paragraphs.</summary>
    private const int MaxCommaPoints = 5;

    /// <summary>How many containers up a paragraph's score reaches.</summary>
    private const int ScoredLevels = 5;

    /// <summary>A chrome-hinted element holding more than this share of its container's text is the article's own wrapper.</summary>
    private const double WrapperShare = 0.5;

    /// <summary>Reads the article from <paramref name="document"/>, which it changes (junk and chrome are removed from it).</summary>
    /// <param name="describe">For studying a learned block classifier (eval extraction-train): given the page's blocks and their features.</param>
    public static ExtractedContent Extract(IHtmlDocument document, string title, Pass? pass = null, Action<List<PageBlock>, float[][]>? describe = null)
    {
        pass ??= Pass.Strict;
        var body = document.Body ?? document.DocumentElement;
        // Blogger and other script-rendered pages ship the article as markup inside <script type="text/template">.
        foreach (var template in body.QuerySelectorAll("script[type='text/template']").ToList()) template.Insert(AdjacentPosition.BeforeBegin, template.TextContent);
        foreach (var element in body.QuerySelectorAll(pass.Junk).ToList()) element.Remove();
        if (pass.StripHidden)
        {
            var shownTemplates = new Dictionary<IElement, HashSet<string>>();
            foreach (var element in body.QuerySelectorAll("[style]").Where(e => IsHidden(e) && !IsLaterPage(e, shownTemplates)).ToList()) element.Remove();
        }

        var blocks = PageBlocks.Of(body);
        var candidates = Score(body, blocks, pass);
        var chosen = candidates.Count == 0 ? null : TopCandidate(candidates);
        var content = chosen is null ? [body] : WithSiblings(chosen, candidates);
        if (chosen is not null) content.AddRange(Tail(body, blocks, content));
        var lede = chosen is null ? [] : Lede(body, blocks, content, title).ToList();
        foreach (var root in content) Prune(root, pass);
        var read = lede.Concat(content.SelectMany(PageBlocks.Of)).ToList();
        describe?.Invoke(blocks, BlockClassifier.Describe(blocks, read, content));
        return BlockRoles.Sort(read, title);
    }

    /// <summary>How much text that is not story text (an advertising slot, a newsletter box, a share bar) the article may skip over and go on after.</summary>
    private const int MaxTailGapChars = 200;

    /// <summary>
    /// The rest of the story after the chosen content in reading order, wherever the markup put it: jusText classifies blocks
    /// in document order and keeps good text that follows good text across a short stretch of boilerplate (its context rule
    /// with a maximum distance of 200 characters, as for headings). A body whose closing paragraphs sit in a section one or
    /// more levels above the container of its first part, behind an advertising slot, is read on: after the last block of
    /// the content, the blocks of sentence text with no links, in no chrome, byline or caption by class and in no list, that
    /// follow within <see cref="MaxTailGapChars"/> characters of chrome, labels or subheads, join it, until a block of
    /// another kind (a linked teaser, a list of links, a longer stretch of chrome) or an &lt;h1&gt; (another article).
    /// </summary>
    private static IEnumerable<IElement> Tail(IElement body, List<PageBlock> blocks, List<IElement> content)
    {
        var last = blocks.FindLastIndex(b => content.Any(c => c == b.Owner || c.Contains(b.Owner)));
        if (last < 0) return [];
        // Class hints are read below the part of the page that holds the article too: a page wrapper named for its layout says nothing.
        var lastContent = content.First(c => c == blocks[last].Owner || c.Contains(blocks[last].Owner));
        var joined = new List<IElement>();
        var pending = new List<IElement>();
        var gap = 0;
        for (var i = last + 1; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Owner.TagName == "H1" || content.Any(c => c.Contains(block.Owner))) break;
            var hinted = InHinted(block.Owner, lastContent);
            if (!hinted && IsTailText(block))
            {
                joined.AddRange(pending);
                pending.Clear();
                joined.Add(block.Owner);
                gap = 0;
                continue;
            }
            // Story text of another kind, a heading that is a link or a link of its own (a feed of teasers: headline, excerpt,
            // "Read more") ends the article.
            if (!hinted && (IsSentenceText(block) || block.LinkDensity >= 0.5)) break;
            gap += block.Text.Length;
            if (gap > MaxTailGapChars) break;
            // A subhead goes with the text under it.
            if (!hinted && IsSubhead(block.Owner)) pending.Add(block.Owner);
        }
        return joined.Distinct().Where(e => !joined.Any(o => o != e && o.Contains(e))).ToList();
    }

    /// <summary>A paragraph of the story: sentence text with few links, opening as a sentence does (not in lower case, as a screen reader's note), not in a caption or a table.</summary>
    private static bool IsTailText(PageBlock block) =>
        IsSentenceText(block) && block.LinkDensity < 0.25 && !char.IsLower(block.Text.FirstOrDefault(char.IsLetterOrDigit))
        && block.Owner.Closest("figcaption, figure, td, th") is null;

    /// <summary>Inside an element, below the nearest one that also holds <paramref name="content"/>, whose class or id names chrome, page layout, a byline or a caption.</summary>
    private static bool InHinted(IElement element, IElement content)
    {
        for (var e = element; e is not null && !e.Contains(content); e = e.ParentElement)
            if (ClassHints.IsChrome(e) || ClassHints.IsLayout(e) || ClassHints.IsBylineOrDate(e) || ClassHints.IsCaption(e)) return true;
        return false;
    }

    /// <summary>Between a headline and its body sit a standfirst and an introduction, not a page of other stories.</summary>
    private const int MaxLedeChars = 2500;

    /// <summary>
    /// The article runs from its headline: the blocks of sentence text between the page's &lt;h1&gt; and the chosen content open
    /// the article (a standfirst in the headline's &lt;header&gt;, a listicle's or a guide's introduction in a container of its
    /// own apart from the items), which readability.js, reading only the top candidate's siblings, loses. The nearest &lt;h1&gt; before the content is the headline (a logo in
    /// an &lt;h1&gt; comes earlier); on a page without one, the nearest block before the content that repeats the page's title
    /// (a headline set in a styled &lt;div&gt;), which opens the gap but is not read as body. Chrome by class, links and short
    /// labels in between stay out, and a long stretch between headline and body is not an introduction, so then only the headline is read.
    /// </summary>
    private static IEnumerable<PageBlock> Lede(IElement body, List<PageBlock> blocks, List<IElement> content, string title)
    {
        if (content.Any(c => c.QuerySelector("h1") is not null)) return [];
        var first = content[0];
        var end = blocks.FindIndex(b => content.Any(c => c.Contains(b.Owner)));
        if (end < 0) return [];
        var headline = body.QuerySelectorAll("h1").LastOrDefault(h => h.CompareDocumentPosition(first).HasFlag(DocumentPositions.Following) && !h.Contains(first))
            ?? blocks.Take(end).LastOrDefault(b => BlockRoles.RepeatsTitle(b.Text, title))?.Owner;
        if (headline is null) return [];
        var start = blocks.FindIndex(b => b.Owner == headline || headline.Contains(b.Owner));
        if (start < 0 || end < start) return [];
        var gap = blocks.GetRange(start, end - start);
        bool IsHeadline(PageBlock b) => b.Owner == headline && headline.TagName == "H1";
        if (gap.Sum(b => b.Text.Length) > MaxLedeChars) return gap.Where(IsHeadline);
        return gap.Where(b => IsHeadline(b) || b.Owner != headline && (IsSentenceText(b) || IsDeck(b)) && b.LinkDensity < 0.5 && !InChrome(b.Owner, body));
    }

    /// <summary>
    /// The standfirst right under the &lt;h1&gt;, which is often a phrase without a full stop ("Follow the latest as the committee
    /// hears evidence from ministers"): the element after the headline (or the first thing in the element after it), no link,
    /// a few words. It is read as the article's opening though it does not end like a sentence.
    /// </summary>
    internal static bool IsDeck(PageBlock block)
    {
        if (block.LinkChars > 0 || block.Text.Length < MinParagraphChars || block.Text.Split(' ').Length < MinDeckWords) return false;
        var e = block.Owner;
        for (var level = 0; level < 3 && e is not null; level++, e = e.ParentElement)
            if (e.PreviousElementSibling is { } before) return before.TagName == "H1";
        return false;
    }

    /// <summary>A standfirst is a phrase of some length; a kicker or a label under the headline is a word or two.</summary>
    private const int MinDeckWords = 8;

    private static bool InChrome(IElement element, IElement body)
    {
        for (var e = element; e is not null && e != body; e = e.ParentElement)
            if (ClassHints.IsChrome(e) || ClassHints.IsLayout(e)) return true;
        return false;
    }

    /// <summary>
    /// A hidden block beside a shown one of the same template: a later page of a gallery or a paged list article, which a
    /// script shows as the reader pages on ("gallery--paragraph-section hidden", display: none, after the shown first section).
    /// </summary>
    /// <remarks>
    /// The shown siblings' templates are found once per parent (<paramref name="shownTemplates"/>): a parent of thousands of
    /// hidden items would otherwise compare each with every sibling.
    /// </remarks>
    private static bool IsLaterPage(IElement element, Dictionary<IElement, HashSet<string>> shownTemplates)
    {
        if (element.ParentElement is not { } parent || Template(element) is not { } template) return false;
        if (!shownTemplates.TryGetValue(parent, out var shown))
            shownTemplates[parent] = shown = parent.Children.Where(c => !IsHidden(c)).Select(Template).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return shown.Contains(template);
    }

    private static bool IsHidden(IElement element)
    {
        if (element.GetAttribute("style") is not { } style) return false;
        var compact = style.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }

    /// <summary>
    /// readability.js adds ±25 for the class; here the class scales the paragraphs' votes (×1.5 for "article-body", ×0.5 for
    /// "teaser"), so that a hint cannot make a candidate of a one-line teaser whose class says "post" or "content".
    /// </summary>
    private sealed class Candidate(IElement element, double classFactor)
    {
        public IElement Element { get; } = element;
        public double Score { get; set; } = TagWeight(element);
        public int Chars { get; set; }
        public int LinkChars { get; set; }

        public double Final => Score * classFactor * (1 - (Chars == 0 ? 0 : (double)LinkChars / Chars));
    }

    /// <summary>
    /// The class's weight, except that an element holding the page's headline is not marked down as chrome: comment threads,
    /// promos and teaser cards do not hold the page's &lt;h1&gt;, while an opinion piece's own wrapper may be named after its
    /// slot ("promo-column-88", "comment-article") and would otherwise lose to a block of teasers beside it.
    /// </summary>
    private static double ClassFactor(IElement element, HashSet<IElement> headlineHolders)
    {
        var weight = ClassHints.Weight(element);
        if (headlineHolders.Contains(element) && (ClassHints.IsChrome(element) || ClassHints.IsLayout(element))) weight += 25;
        return 1 + weight / 50.0;
    }

    /// <summary>readability.js's weights: a &lt;div&gt; is the usual article container, a list or a heading rarely.</summary>
    private static int TagWeight(IElement element) => element.TagName switch
    {
        "DIV" or "ARTICLE" or "SECTION" or "MAIN" => 5,
        "PRE" or "TD" or "BLOCKQUOTE" => 3,
        "ADDRESS" or "OL" or "UL" or "DL" or "DD" or "DT" or "LI" or "FORM" => -3,
        "H1" or "H2" or "H3" or "H4" or "H5" or "H6" or "TH" => -5,
        _ => 0,
    };

    private static Dictionary<IElement, Candidate> Score(IElement body, List<PageBlock> blocks, Pass pass)
    {
        var candidates = new Dictionary<IElement, Candidate>();
        var headlineHolders = body.QuerySelectorAll("h1").SelectMany(h => h.Ancestors<IElement>()).ToHashSet();
        Candidate Of(IElement e) => candidates.TryGetValue(e, out var c) ? c : candidates[e] = new Candidate(e, pass.WeighClasses ? ClassFactor(e, headlineHolders) : 1);
        foreach (var block in blocks)
        {
            // Every container counts the block's characters, for its link density.
            for (var e = block.Owner; e is not null; e = e.ParentElement)
            {
                if (!candidates.ContainsKey(e) && block.Text.Length < MinParagraphChars) continue;
                var c = Of(e);
                c.Chars += block.Text.Length;
                c.LinkChars += block.LinkChars;
            }
            if (!IsSentenceText(block)) continue;
            // readability.js scores paragraphs, not list items: a list of references or of teasers, however many commas its
            // entries have, is not the article, and a body written as a list still scores through its introduction.
            if (block.Owner.Closest("li") is not null) continue;
            var points = 1.0 + Math.Min(MaxCommaPoints, block.Text.Count(ch => ch is ',' or '，' or '、')) + Math.Min(block.Text.Length / 100, 3);
            // A block votes for the element around it, whatever its own tag (<p>, or a <div> of text as on CNN).
            var level = 0;
            for (var e = block.Owner.ParentElement; e is not null && level < ScoredLevels; e = e.ParentElement, level++)
                Of(e).Score += points / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
        }
        foreach (var tag in new[] { "HTML", "BODY" })
            foreach (var c in candidates.Values.Where(c => c.Element.TagName == tag).ToList()) candidates.Remove(c.Element);
        return candidates;
    }

    /// <summary>
    /// Text that reads as sentences: at least <see cref="MinParagraphChars"/> characters, and ending like a sentence unless long.
    /// Menu entries, teaser headlines and table cells of names do not; paragraphs in any element do.
    /// </summary>
    internal static bool IsSentenceText(PageBlock block) =>
        block.Text.Length >= MinParagraphChars && (block.Text.Length >= 80 || block.Text.TrimEnd('"', '”', '’', '\'', ')')[^1] is '.' or '!' or '?' or ':');

    /// <summary>
    /// The best-scoring container; when two or more other near-best candidates (≥ 0.75 of its score) sit under one of its
    /// ancestors, that ancestor, since the article is split over sibling blocks (readability.js does the same).
    /// </summary>
    private static Candidate TopCandidate(Dictionary<IElement, Candidate> candidates)
    {
        var ranked = candidates.Values.OrderByDescending(c => c.Final).Take(5).ToList();
        var top = ranked[0];
        var alternatives = ranked.Skip(1).Where(c => c.Final >= 0.75 * top.Final && !top.Element.Contains(c.Element)).ToList();
        if (alternatives.Count >= 2 && Holding(top, alternatives, 2, candidates) is { } common) return common;
        // Entries of one live blog or one long read carry the same class: the article is the element that holds them all.
        var peers = candidates.Values.Where(c => c != top && c.Element.TagName == top.Element.TagName && c.Element.ClassName is { Length: > 0 } name
            && name == top.Element.ClassName && c.Final >= 0.25 * top.Final).ToList();
        if (peers.Count > 0 && Holding(top, peers, peers.Count, candidates) is { } holder) return holder;
        // A lone child is no smaller than its parent: read the parent, which may also hold the headline or the byline.
        while (top.Element.ParentElement is { } parent && parent.TagName != "BODY" && parent.ChildElementCount == 1 && candidates.TryGetValue(parent, out var up))
            top = up;
        return top;
    }

    /// <summary>The nearest ancestor of <paramref name="top"/> below &lt;body&gt; that holds <paramref name="needed"/> of <paramref name="others"/>, if it is a candidate.</summary>
    private static Candidate? Holding(Candidate top, List<Candidate> others, int needed, Dictionary<IElement, Candidate> candidates)
    {
        for (var e = top.Element.ParentElement; e is not null && e.TagName != "BODY"; e = e.ParentElement)
            if (others.Count(o => e.Contains(o.Element)) >= needed) return candidates.GetValueOrDefault(e);
        return null;
    }

    /// <summary>The article fills its parent when it holds this share of the parent's text.</summary>
    private const double FillsParentShare = 0.9;

    /// <summary>How many levels up the parent's siblings are looked at.</summary>
    private const int MaxClimb = 3;

    /// <summary>
    /// The top candidate with the siblings that belong to the same article: well scored, same class, or plain prose. When that
    /// is (nearly) all its parent holds, the parent is the article and the siblings before it are looked at in turn, a few
    /// levels up: a guide's introduction or a listicle's opening in a container of its own before the container of its items.
    /// What follows a finished article at that level is mostly its author's bio, disclosures and further reading, so of the
    /// siblings after it only those that continue it join (<see cref="Continuations"/>).
    /// </summary>
    private static List<IElement> WithSiblings(Candidate top, Dictionary<IElement, Candidate> candidates)
    {
        var content = SiblingsOf(top.Element, top, candidates, before: false);
        var holder = top.Element.ParentElement;
        for (var level = 0; level < MaxClimb && holder is { TagName: not ("BODY" or "HTML"), ParentElement: not null }; level++, holder = holder.ParentElement)
        {
            var holderChars = OwnText(holder);
            if (holderChars == 0 || content.Sum(OwnText) < FillsParentShare * holderChars) break;
            var preceding = SiblingsOf(holder, top, candidates, before: true);
            content.InsertRange(0, preceding.Take(preceding.Count - 1));
            content.AddRange(Continuations(holder, top, candidates));
        }
        return content;
    }

    /// <summary>
    /// The text of <paramref name="element"/> outside links: a column of "Most read" links beside the article in a grid row
    /// does not make the row more than the article, as a column of other text would.
    /// </summary>
    private static int OwnText(IElement element) => PageBlocks.Of(element).Sum(b => b.Text.Length - b.LinkChars);

    /// <summary>
    /// The siblings after the article's container that carry on the same article rather than follow it: as trafilatura keeps
    /// a heading with the paragraph under it, groups of a heading (or a bold line) and sentence text with few links that come
    /// as a series of one template (same tag, same classes) — a listicle's or slideshow's items, an interview's questions and
    /// answers. A lone such group after the article is its "About the author" or a promo, and chrome, layout, bylines (an
    /// author card) and groups whose heading is a link (a teaser of another story) never continue the article.
    /// (Joining any later sibling of the container's own template that reads as prose, readability.js's class bonus applied
    /// one level up, was tried for pages split into bands: it read one more chrome snippet on the dev set and found no body.)
    /// Also continuing it: a later sibling holding a candidate that scores as well as readability.js asks of a sibling of the
    /// top candidate (≥ max(10, 0.2·top)) and whose text is two or more paragraphs of sentences with few links — the rest of a
    /// story split by a newsletter box into a block after the wrapper of its first part, closing paragraphs in a "continued"
    /// block; a site's footer line of one long sentence ("© … All rights reserved. Contact us, advertise with us, …") is not.
    /// </summary>
    private static IEnumerable<IElement> Continuations(IElement holder, Candidate top, Dictionary<IElement, Candidate> candidates)
    {
        // Text inside an element named as chrome below the sibling counts for nothing: a "slot-body-end" after the body that holds
        // a donation appeal in "epic-contributions" is chrome, though its own name is not.
        var items = holder.ParentElement!.Children.SkipWhile(c => c != holder).Skip(1)
            .Where(c => !ClassHints.IsChrome(c) && !ClassHints.IsLayout(c) && !ClassHints.IsBylineOrDate(c))
            .Select(c => (Element: c, Blocks: BlocksOutsideChrome(c))).Where(c => IsReadable(c.Blocks)).ToList();
        var threshold = SiblingThreshold(top);
        // The series is made by items of a few lines; within it, an item of one short sentence ("Steam on Sundays.") is one too.
        var joins = items.Select(item => IsItem(item.Blocks, MinParagraphChars) && items.Count(i => SameKind(i.Element, item.Element) && IsItem(i.Blocks, MinItemChars)) >= 2
            || IsStoryText(item.Blocks) && item.Blocks.Count(IsSentenceText) >= 2 && BestWithin(item.Element, candidates) >= threshold).ToList();
        // As jusText smooths a short block between good ones into the text: story text scoring below the bar (a middle section of one
        // paragraph under its subhead) joins when the article goes on after it.
        var last = joins.LastIndexOf(true);
        return items.Where((item, i) => joins[i] || i < last && IsStoryText(item.Blocks)).Select(i => i.Element);
    }

    /// <summary>The blocks of <paramref name="holder"/> that are not inside an element named as chrome below it.</summary>
    private static List<PageBlock> BlocksOutsideChrome(IElement holder) =>
        PageBlocks.Of(holder).Where(b => !InChromeBelow(b.Owner, holder)).ToList();

    /// <summary>Inside an element named as chrome at or below <paramref name="top"/>'s children.</summary>
    private static bool InChromeBelow(IElement element, IElement top)
    {
        for (var e = element; e is not null && e != top; e = e.ParentElement)
            if (ClassHints.IsChrome(e)) return true;
        return false;
    }

    /// <summary>readability.js's bar for a sibling of the top candidate to join it.</summary>
    private static double SiblingThreshold(Candidate top) => Math.Max(10, top.Final * 0.2);

    /// <summary>The best score of a candidate at or under <paramref name="element"/>.</summary>
    private static double BestWithin(IElement element, Dictionary<IElement, Candidate> candidates) =>
        candidates.Values.Where(c => c.Element == element || element.Contains(c.Element)).Select(c => c.Final).DefaultIfEmpty(0).Max();

    /// <summary>Story text: most of it in paragraphs of sentences, under a tenth of it in links, and no heading that is a link (a teaser).</summary>
    private static bool IsStoryText(List<PageBlock> blocks) =>
        blocks.Sum(b => b.Text.Length) is > 0 and var chars
        && blocks.Where(b => IsSentenceText(b) && b.LinkDensity < 0.25).Sum(b => b.Text.Length) >= 0.8 * chars
        && blocks.Sum(b => b.LinkChars) < 0.1 * chars
        && !blocks.Any(b => b.Owner.TagName is "H2" or "H3" or "H4" or "H5" or "H6" && b.LinkDensity >= 0.5);

    /// <summary>The sentence text under an item's heading that makes it a full item of a series.</summary>
    private const int MinItemChars = 50;

    /// <summary>Text, with under a quarter of it in links.</summary>
    private static bool IsReadable(List<PageBlock> blocks) =>
        blocks.Sum(b => b.Text.Length) is > 0 and var chars && blocks.Sum(b => b.LinkChars) < 0.25 * chars;

    /// <summary>An item: a heading followed by sentence text that is not links.</summary>
    private static bool IsItem(List<PageBlock> blocks, int minChars) =>
        blocks.FindIndex(IsItemHeading) is >= 0 and var heading
        && blocks.Skip(heading + 1).Where(b => b.LinkDensity < 0.5 && IsSentenceText(b)).Sum(b => b.Text.Length) >= minChars;

    /// <summary>
    /// Same tag and the same base class: blocks of one template. The first class names the block and later ones its variant
    /// (the BEM convention: "band band-light" and "band band-dark" are one template in two colours); a grid column beside
    /// another, "col-md-8" and "col-md-4", is not. Items numbered in their class ("trip-1 card", "trip-2 card") share their
    /// other classes, and items without a class (a listicle's bare &lt;section&gt;s, told apart by id if at all) share their tag.
    /// </summary>
    private static bool SameKind(IElement a, IElement b) =>
        a.TagName == b.TagName && (a.ClassList.Length == 0 && b.ClassList.Length == 0
            || BaseClass(a) is { Length: > 0 } name && name == BaseClass(b)
            || Unnumbered(a).Intersect(Unnumbered(b)).Any());

    private static string? BaseClass(IElement element) => element.ClassList.FirstOrDefault();

    /// <summary>The classes that do not number the item ("card" of "trip-1 card").</summary>
    private static IEnumerable<string> Unnumbered(IElement element) => element.ClassList.Where(c => !c.Any(char.IsDigit));

    /// <summary>A heading of an item: an &lt;h2&gt;–&lt;h4&gt; or a line wholly in bold, not itself a link.</summary>
    private static bool IsItemHeading(PageBlock block) =>
        block.LinkDensity < 0.5 && block.Text.Length <= 200
        && (block.Owner.TagName is "H2" or "H3" or "H4" || block.Owner.Children.Length == 1 && block.Owner.Children[0].TagName is "STRONG" or "B"
            && PageBlocks.Clean(block.Owner.Children[0].TextContent).Length == block.Text.Length);

    /// <summary><paramref name="element"/> with those of its siblings (only those <paramref name="before"/> it, if so) that belong to the article whose best container is <paramref name="top"/>.</summary>
    private static List<IElement> SiblingsOf(IElement element, Candidate top, Dictionary<IElement, Candidate> candidates, bool before)
    {
        if (element.ParentElement is not { } parent) return [element];
        var threshold = SiblingThreshold(top);
        var content = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (sibling == element) { content.Add(sibling); if (before) break; continue; }
            if (ClassHints.IsChrome(sibling) || ClassHints.IsLayout(sibling)) continue;
            // The article's header (headline, byline, date) and its pictures: read, so their parts become metadata.
            if (sibling.TagName is "HEADER" or "FIGURE" || sibling.QuerySelector("h1") is not null) { content.Add(sibling); continue; }
            var bonus = sibling.ClassName is { Length: > 0 } name && name == top.Element.ClassName ? top.Final * 0.2 : 0;
            if (candidates.TryGetValue(sibling, out var c) && c.Final + bonus >= threshold) { content.Add(sibling); continue; }
            var text = PageBlocks.Clean(sibling.TextContent);
            var links = sibling.QuerySelectorAll("a").Sum(a => PageBlocks.Clean(a.TextContent).Length);
            // Prose inside an element named as chrome below the sibling is not the article's ("slot-body-end" holding a donation
            // appeal in "epic-contributions"): only the text outside such elements is judged.
            if (sibling.Descendants<IElement>().Any(ClassHints.IsChrome))
            {
                var outside = BlocksOutsideChrome(sibling);
                text = string.Join(" ", outside.Select(b => b.Text));
                links = outside.Sum(b => b.LinkChars);
            }
            var density = text.Length == 0 ? 1 : (double)links / text.Length;
            if ((text.Length > 80 && density < 0.25) || (text.Length > 0 && density == 0 && (text.EndsWith('.') || text.Contains(". ", StringComparison.Ordinal))))
                content.Add(sibling);
        }
        // A heading goes with the text under it (trafilatura keeps a heading with its paragraph; jusText keeps a heading that good
        // text follows): a question in an <h3> before the answer's own container, which joined as prose while the question,
        // short and ending in "?", did not.
        return parent.Children.Where(c => content.Contains(c) || IsSubhead(c) && c.NextElementSibling is { } next && content.Contains(next)
            && next.TagName is not ("HEADER" or "FIGURE")).ToList();
    }

    /// <summary>
    /// The tag and the classes, apart from those that only say whether a script shows the block now, as one key (null without
    /// such a class): a gallery's or a paged article's sections are one template though the first is
    /// "gallery--paragraph-section" and the rest "gallery--paragraph-section hidden" until the reader pages on.
    /// </summary>
    private static string? Template(IElement element)
    {
        var classes = element.ClassList.Where(c => !StateClasses.Contains(c)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return classes.Count == 0 ? null : element.TagName + " " + string.Join(' ', classes);
    }

    /// <summary>Classes scripts toggle to show, hide or mark the current block.</summary>
    private static readonly HashSet<string> StateClasses = new(StringComparer.Ordinal)
    {
        "hidden", "hide", "active", "current", "visible", "show", "shown", "selected", "open", "is-active", "is-hidden", "is-visible", "d-none",
    };

    /// <summary>A subhead between blocks: an &lt;h2&gt;–&lt;h6&gt; of a line, not a link, not chrome by class.</summary>
    private static bool IsSubhead(IElement element) =>
        element.TagName is "H2" or "H3" or "H4" or "H5" or "H6" && !ClassHints.IsChrome(element) && !ClassHints.IsLayout(element)
        && PageBlocks.Clean(element.TextContent) is { Length: > 0 and <= 200 } text
        && element.QuerySelectorAll("a").Sum(a => PageBlocks.Clean(a.TextContent).Length) < 0.5 * text.Length;

    /// <summary>
    /// Drops chrome inside the article: elements whose class says comment, share, related, promo… (unless they hold most of
    /// the text), and containers that are mostly links (a "Most read" list, a tag cloud), as readability's conditional cleaning does.
    /// Embedded posts (blockquote.twitter-tweet) are quotes the article makes and stay.
    /// </summary>
    private static void Prune(IElement root, Pass pass)
    {
        var stats = Statistics(root);
        var rootChars = stats.GetValueOrDefault(root).Chars;
        var stack = new Stack<IElement>(root.Children.Reverse());
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            var s = stats.GetValueOrDefault(element);
            var hinted = pass.PruneHinted && (ClassHints.IsChrome(element) || ClassHints.IsLayout(element) && !s.HasProse);
            if (!s.HasQuote && (hinted ? TemplateChars(element, stats) <= WrapperShare * rootChars : IsLinkList(element, s)))
            {
                element.Remove();
                continue;
            }
            foreach (var child in element.Children.Reverse()) stack.Push(child);
        }
    }

    /// <summary>
    /// The text of <paramref name="element"/> and of its siblings of the same tag and classes: a body split into two or three
    /// blocks of one template whose name sounds like chrome ("post-comment-text") is the article's wrapper as a whole, though
    /// no one block holds most of the text (readability.js likewise lets same-class siblings of the top candidate join it).
    /// </summary>
    private static int TemplateChars(IElement element, Dictionary<IElement, Stats> stats) =>
        element.ParentElement?.Children.Where(c => c.TagName == element.TagName && c.ClassName == element.ClassName).Sum(c => stats.GetValueOrDefault(c).Chars)
        ?? stats.GetValueOrDefault(element).Chars;

    private readonly record struct Stats(int Chars, int LinkChars, int Commas, int Blocks, bool HasQuote, bool HasProse);

    /// <summary>Text, link text, commas and blocks under each element of <paramref name="root"/>, from one walk over its blocks.</summary>
    private static Dictionary<IElement, Stats> Statistics(IElement root)
    {
        var stats = new Dictionary<IElement, Stats>();
        foreach (var block in PageBlocks.Of(root))
        {
            var commas = block.Text.Count(c => c == ',');
            var prose = IsProse(block);
            var quoted = false;
            for (var e = block.Owner; e is not null; e = e.ParentElement)
            {
                quoted |= e.TagName == "BLOCKQUOTE";
                var s = stats.GetValueOrDefault(e);
                stats[e] = new Stats(s.Chars + block.Text.Length, s.LinkChars + block.LinkChars, s.Commas + commas, s.Blocks + 1, s.HasQuote || quoted, s.HasProse || prose);
                if (e == root) break;
            }
        }
        return stats;
    }

    /// <summary>
    /// A container of more than one block, few commas, no paragraph of prose, and over half of its text in links; or a list
    /// that is nothing but links, even of one item (a "read the latest" link set between the paragraphs).
    /// </summary>
    private static bool IsLinkList(IElement element, Stats s) =>
        element.TagName is "DIV" or "SECTION" or "UL" or "OL" or "TABLE" or "FORM"
        && !s.HasProse && s.Commas < 10 && s.Chars > 0
        && (s.Blocks >= 2 && (double)s.LinkChars / s.Chars > 0.5 || element.TagName is "UL" or "OL" && (double)s.LinkChars / s.Chars >= 0.9);

    /// <summary>A sentence or more of running text, mostly not links: what a link list never holds.</summary>
    private static bool IsProse(PageBlock block) => block.Text.Length >= 100 && block.LinkDensity < 0.3;
}
