using System.Text.RegularExpressions;
using AngleSharp.Dom;
using NewsQuality.Text;

namespace NewsQuality.Input.Html;

/// <summary>The article's text blocks, and the parts of the page that describe it rather than tell it.</summary>
internal sealed record ExtractedContent(IReadOnlyList<PageBlock> Body, IReadOnlyList<string> Headings, IReadOnlyList<string> Bylines, IReadOnlyList<string> Datelines, IReadOnlyList<string> Captions);

/// <summary>
/// Tells body paragraphs from the headline, byline, dateline and picture captions that sit among them in the markup
/// ("By Jane Doe", "Published Nov 18, 2019 at 4:07 PM", "Image caption …", "Photo by … /Getty Images"), from the
/// elements they sit in (h1, figure, class "byline" or "caption") and from their wording when short.
/// </summary>
internal static partial class BlockRoles
{
    /// <summary>Bylines, datelines and captions are short; a long block is a paragraph whatever its class says.</summary>
    private const int MaxMetadataWords = PageFurniture.MaxWords;

    /// <summary>A catalogued template line is a line or two; a longer block is a paragraph that happens to open like one.</summary>
    private const int MaxChromeWords = 60;

    /// <summary>A label ("Release Date:", "Source:") is a word or a few; a longer line ending in a colon introduces a quote or a list.</summary>
    private const int MaxLabelWords = 4;

    private static bool IsLabel(string text) => text.EndsWith(':') && text.Split(' ').Length <= MaxLabelWords;

    /// <summary>The catalogue's kind for a note that the rest of the story is for subscribers.</summary>
    private const string PaywallNote = "paywall note";

    /// <summary>Labels of advertising slots that sit between paragraphs.</summary>
    private static readonly HashSet<string> SlotLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "Advertisement", "ADVERTISEMENT", "Ad", "Sponsored", "Story continues below advertisement", "Article continues below",
        "Continue reading below", "Skip advertisement", "Continue reading the main story", "Scroll to continue with content",
        "Scroll to continue", "Scroll down to continue reading",
    };

    /// <summary>
    /// An advertising slot's label, alone or dressed up: "- Advertisement -", "Advertisement · Scroll to continue",
    /// "ADVERTISEMENT | Story continues below" (every part between the separators is a slot label).
    /// </summary>
    private static bool IsSlotLabel(string text)
    {
        var parts = text.Split(SlotSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length > 0 && parts.All(part => SlotLabels.Contains(part.TrimEnd('.', ':')));
    }

    private static readonly char[] SlotSeparators = ['-', '–', '—', '·', '•', '|'];

    /// <summary>
    /// A link to another story set between the paragraphs under a label: "Read more: What happens if …", "MORE FROM FORBES
    /// Why rents …", "Related: …", "See also …". Mostly link, opened by the label; readability.js and trafilatura leave such
    /// lines out by their link density. The label is set apart (a colon or a dash after it, or capitals) and a headline follows
    /// it, so a teaser's own "Read more »" or "Read more about the dispute" (see <see cref="DropTeasers"/>) is not taken, nor a
    /// paragraph that merely opens with "See also" and links a word.
    /// </summary>
    private static bool IsReadOnLink(PageBlock block)
    {
        if (block.LinkDensity < 0.5 || ReadOnLabel().Match(block.Text) is not { Success: true } label) return false;
        var rest = block.Text[label.Length..].TrimStart();
        var setApart = rest.Length > 0 && rest[0] is ':' or '|' or '-' or '–' or '—' || label.Value.Split(' ')[0] is var word && word == word.ToUpperInvariant();
        return setApart && rest.TrimStart(':', '|', '-', '–', '—', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3;
    }

    [GeneratedRegex(@"^(read (more|also|next)|related( (story|stories|article|articles|coverage|reading|content))?|see also|also read|more (from|on) \S+|recommended( reading)?|further reading)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadOnLabel();

    public static ExtractedContent Sort(List<PageBlock> blocks, string title)
    {
        var body = new List<PageBlock>();
        var headings = new List<string>();
        var bylines = new List<string>();
        var datelines = new List<string>();
        var captions = new List<string>();
        var titleKey = Key(title);
        var slides = SlideCaptions(blocks);
        PageBlock? previous = null, before = null;
        int? paywallCut = null, cardAt = null;
        // A label just before a byline or date ("Release Date:" then "Thursday, 28 April 2022") is that metadata's label, not body.
        void AddLabelled(List<string> metadata, string text)
        {
            if (body.Count > 0 && body[^1] == before && IsLabel(before.Text))
            {
                text = before.Text + " " + text;
                body.RemoveAt(body.Count - 1);
            }
            metadata.Add(text);
        }
        foreach (var block in blocks)
        {
            before = previous;
            previous = block;
            var words = block.Text.Split(' ').Length;
            var shortBlock = words <= MaxMetadataWords;
            if (IsSlotLabel(block.Text) || IsReadOnLink(block)) continue;
            // Template lines among the paragraphs (calls to subscribe, paywall and comment notes, share prompts): the same
            // catalogue NQ4001 reads in plain text, so what the extractor drops and what the rule flags agree; and the
            // publisher's affiliate and advice disclosures, which describe the page, not the story.
            var chrome = words <= MaxChromeWords ? BoilerplatePhrases.Kind(block.Text) : null;
            if (chrome == PaywallNote && body.Count > 0) paywallCut ??= body.Count;
            if (chrome is not null || PageFurniture.IsDisclosure(block.Text) || PageFurniture.IsPublisherNote(block.Text)) continue;
            // A quotation (an embedded post with its "— name (@handle) date" line) is what the article quotes: body, whole.
            if (IsQuoted(block))
            {
                // "— Name (@handle) date" closes the quoted post: it belongs on the post's line, not on a line of its own.
                if (block.Text[0] is '—' or '–' && body.Count > 0 && IsQuoted(body[^1]))
                    body[^1] = body[^1] with { Text = body[^1].Text + " " + block.Text, LinkChars = body[^1].LinkChars + block.LinkChars };
                else body.Add(block);
            }
            else if (IsHeadline(block, titleKey)) headings.Add(block.Text);
            else if (Within(block, e => e.TagName is "FIGURE" or "FIGCAPTION" || ClassHints.IsCaption(e)) && shortBlock && !InSlide(block, slides) || PageFurniture.IsPhotoCredit(block.Text)) captions.Add(block.Text);
            else if (PageFurniture.IsByline(block.Text) || PageFurniture.IsSourceAddress(block.Text))
            {
                if (block.Text.StartsWith("Written by ", StringComparison.Ordinal) && body.Count(MainContentExtractor.IsSentenceText) >= 2) cardAt = body.Count;
                AddLabelled(bylines, block.Text);
            }
            else if (PageFurniture.IsDateLine(block.Text)) AddLabelled(datelines, block.Text);
            else if (words <= 12 && Within(block, e => e.TagName is "TIME" or "ADDRESS" || ClassHints.IsBylineOrDate(e))) AddLabelled(bylines, block.Text);
            else body.Add(block);
        }
        // A paywall note after the opening paragraphs ("To view the full story, please subscribe…") is where the story stops:
        // what follows is the pitch ("Join now to get: … First-time subscribers also receive …"), not more of the story. A note
        // before most of the text is a banner over a story served whole.
        if (paywallCut is { } cut && body.Skip(cut).Sum(b => b.Text.Length) < body.Take(cut).Sum(b => b.Text.Length))
            body.RemoveRange(cut, body.Count - cut);
        MoveAuthorCard(body, bylines, cardAt);
        MoveAuthorNotes(body, bylines);
        TrimEdgeLabels(body);
        // After the edges are trimmed: a line between the article and the feed (a video's title, a "via" credit) is the article's.
        DropTeasers(body);
        return new ExtractedContent(body, headings, bylines, datelines, captions);
    }

    /// <summary>
    /// A &lt;figcaption&gt; of two or more paragraphs of sentences is a slide's text (a gallery told picture by picture: "You'll cast
    /// spells on all who see you." then "What you need: …"), not a picture's caption, which is a line or two with its credit.
    /// So is every caption of sentences in a series of pictures of one template (same class) on a page told in its captions:
    /// <see cref="MinSlides"/> or more such pictures whose captions hold more sentence text than the rest of the page (a
    /// slideshow of one-line slides, where reading them as captions leaves the body empty); a picture of another template
    /// beside them keeps its caption. The slide's heading in the same &lt;figure&gt; is the item's heading.
    /// </summary>
    private static HashSet<IElement> SlideCaptions(List<PageBlock> blocks)
    {
        var sentences = blocks.Where(MainContentExtractor.IsSentenceText).Select(b => (Block: b, Caption: b.Owner.Closest("figcaption"))).ToList();
        var slides = sentences.Where(s => s.Caption is not null).GroupBy(s => s.Caption!).Where(g => g.Count() >= 2).Select(g => g.Key).ToList();
        var prose = sentences.Where(s => s.Caption is null).Sum(s => s.Block.Text.Length);
        var series = sentences.Where(s => s.Caption is not null && !PageFurniture.IsPhotoCredit(s.Block.Text))
            .GroupBy(s => Template(s.Caption!)).Where(g => g.Select(s => s.Caption).Distinct().Count() >= MinSlides && g.Sum(s => s.Block.Text.Length) > prose);
        slides.AddRange(series.SelectMany(g => g.Select(s => s.Caption!)));
        return slides.SelectMany(c => new[] { c, c.Closest("figure") }).OfType<IElement>().ToHashSet();
    }

    /// <summary>The picture's template: the tag and classes of its &lt;figure&gt; (or of the caption itself outside one).</summary>
    private static string Template(IElement caption) => caption.Closest("figure") is { } figure ? $"{figure.TagName}.{figure.ClassName}" : $"{caption.TagName}.{caption.ClassName}";

    /// <summary>A slideshow has a few slides; one or two captioned pictures beside a short text are pictures.</summary>
    private const int MinSlides = 3;

    private static bool InSlide(PageBlock block, HashSet<IElement> slides) =>
        block.Owner.Closest("figcaption") is { } caption ? slides.Contains(caption) : block.Owner.Closest("figure") is { } figure && slides.Contains(figure);

    /// <summary>
    /// A feed of other stories under the article: each a linked headline, an excerpt and a "Read the rest" link to the story.
    /// As trafilatura and readability.js leave teasers out (by class, where the page names them), a run of two or more such
    /// links marks its excerpts as teasers whatever their class: each link goes with the excerpt before it, back to its headline
    /// (a heading or a linked line) a few blocks up. One "Read more" link alone may be the article's own.
    /// </summary>
    private static void DropTeasers(List<PageBlock> body)
    {
        var links = Enumerable.Range(0, body.Count).Where(i => body[i].LinkDensity >= 0.9 && ReadOn().IsMatch(body[i].Text)).ToList();
        if (links.Count < 2) return;
        // From the last link back, so that the indices of the earlier ones hold.
        foreach (var link in Enumerable.Reverse(links))
        {
            var start = link;
            for (var i = link - 1; i >= 0 && i >= link - MaxExcerptBlocks && !links.Contains(i); i--)
                if (body[i].Owner.TagName is "H2" or "H3" or "H4" or "H5" or "H6" || body[i].LinkDensity >= 0.5) { start = i; break; }
            body.RemoveRange(start, link - start + 1);
        }
    }

    /// <summary>A teaser is a headline and an excerpt of a paragraph or two.</summary>
    private const int MaxExcerptBlocks = 3;

    [GeneratedRegex(@"^(read (the rest|more|on|the full (story|article|post))|continue reading|keep reading|full (story|article))\b[^.!?]{0,30}[.!?»›→…]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadOn();

    /// <summary>
    /// The author's note at the foot of a story ("Sam Example is a staff reporter at the Island Post…") without a class to say so:
    /// as jusText judges the blocks at the page's edge by their neighbours, only the body's last paragraphs of sentences are
    /// read this way, and those that describe a writer move to the bylines.
    /// </summary>
    private static void MoveAuthorNotes(List<PageBlock> body, List<string> bylines)
    {
        while (body.FindLastIndex(MainContentExtractor.IsSentenceText) is > 0 and var last && !IsQuoted(body[last]) && PageFurniture.IsAuthorNote(body[last].Text))
        {
            bylines.Add(body[last].Text);
            body.RemoveAt(last);
        }
    }

    /// <summary>
    /// An author card after the story: a byline ("Written by Daniel Okafor") after two or more paragraphs of the body, followed
    /// only by a line or two ("Data journalist. I write about cities…"): that is the writer's bio under its heading, not more
    /// of the story, and goes with the byline. A byline followed by the rest of the story (a standfirst above it) leaves it be.
    /// </summary>
    private static void MoveAuthorCard(List<PageBlock> body, List<string> bylines, int? cardAt)
    {
        if (cardAt is not { } at || at >= body.Count) return;
        var after = body.Skip(at).ToList();
        if (after.Count > MaxCardBlocks || after.Sum(b => b.Text.Length) > MaxCardChars || after.Any(IsQuoted)) return;
        bylines.AddRange(after.Select(b => b.Text));
        body.RemoveRange(at, body.Count - at);
    }

    /// <summary>An author card's bio is a line or two.</summary>
    private const int MaxCardBlocks = 2;

    private const int MaxCardChars = 400;

    /// <summary>jusText keeps a heading that good text follows within this many characters.</summary>
    private const int MaxHeadingDistance = 200;

    /// <summary>
    /// jusText judges a short block by its neighbours and counts the page's edge as boilerplate: a short block with no
    /// paragraph of sentences on one side is not body. So the labels before the first such paragraph (a section kicker
    /// "Local News |", "Editors Pick", "Social Share", a form's "Search by postcode") and after the last ("Further Reading",
    /// "Next Page", "Pages: 1 2 3 4") go, except a heading that good text follows closely (jusText's heading rule), quoted
    /// posts, the list a last paragraph ending in a colon introduces, and the standfirst under the headline
    /// (<see cref="MainContentExtractor.IsDeck"/>). Labels between paragraphs (a subhead, a table
    /// row) have good text on both sides and stay.
    /// </summary>
    private static void TrimEdgeLabels(List<PageBlock> body)
    {
        var first = body.FindIndex(MainContentExtractor.IsSentenceText);
        if (first < 0) return;
        var last = body.FindLastIndex(MainContentExtractor.IsSentenceText);
        // A paragraph ending in a colon introduces the list after it ("…so I'll summarise them:" and short points).
        if (body[last].Text.EndsWith(':'))
            while (last + 1 < body.Count && body[last + 1].Owner.Closest("li") is not null) last++;
        for (var i = body.Count - 1; i > last; i--)
            if (!IsQuoted(body[i])) body.RemoveAt(i);
        var distance = 0;
        for (var i = first - 1; i >= 0; i--)
        {
            var keep = IsQuoted(body[i]) || body[i].Owner.TagName is "H2" or "H3" or "H4" or "H5" or "H6" && distance < MaxHeadingDistance
                || MainContentExtractor.IsDeck(body[i]);
            distance += body[i].Text.Length;
            if (!keep) body.RemoveAt(i);
        }
    }

    /// <summary>The page's &lt;h1&gt;, or a heading that repeats the title: the headline, already the article's first line.</summary>
    private static bool IsHeadline(PageBlock block, string titleKey) =>
        block.Owner.TagName == "H1"
        || block.Owner.TagName is "H2" or "H3" && StartsTitle(block.Text, titleKey);

    /// <summary>
    /// Whether <paramref name="text"/> is the page's headline: its title, or the title's start (without the site's name after
    /// it) if that is most of it, so that a menu word that happens to open the title is not taken for it.
    /// </summary>
    internal static bool RepeatsTitle(string text, string title) =>
        Key(title) is var titleKey && StartsTitle(text, titleKey) && 2 * Key(text).Length >= titleKey.Length;

    private static bool StartsTitle(string text, string titleKey) =>
        Key(text) is { Length: > 0 } key && (key == titleKey || titleKey.StartsWith(key, StringComparison.Ordinal));

    private static string Key(string text) => NewsQuality.Rules.Translation.NQ2007RepeatedTitle.Normalise(text);

    private static bool IsQuoted(PageBlock block)
    {
        for (var e = block.Owner; e is not null; e = e.ParentElement)
            if (e.TagName == "BLOCKQUOTE") return true;
        return false;
    }

    /// <summary>The block's element or one of its ancestors within a few levels (a caption's span inside figcaption inside figure).</summary>
    private static bool Within(PageBlock block, Func<IElement, bool> test)
    {
        var level = 0;
        for (var e = block.Source; e is not null && level < 6; e = e.ParentElement, level++)
        {
            if (test(e)) return true;
            if (e == block.Owner.ParentElement) break;
        }
        return false;
    }
}
