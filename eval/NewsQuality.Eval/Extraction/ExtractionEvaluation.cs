using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsQuality.Input;

namespace NewsQuality.Eval.Extraction;

/// <summary>
/// Main-content extraction from HTML on trafilatura's hand-made gold (../shared/corpora/html-extraction-dev): for each
/// real page, snippets the extracted text must contain (<c>with</c>) and snippets it must not (<c>without</c>). The text
/// checked is what the rules read (<see cref="NewsQuality.Model.Article.Text"/>). Pages are split by a fixed rule on their
/// id: the held-out part is every page whose id ends in a hex digit of odd value; the rest tuned the extractor.
/// </summary>
public sealed partial class ExtractionEvaluation : IEvaluation
{
    public string Name => "extraction";
    public string Description => "HTML main-content extraction: share of `with` snippets kept and `without` snippets dropped";

    internal sealed record Page(string Id, string Url, string File, string[] With, string[] Without);

    private sealed record Outcome(Page Page, bool HeldOut, string[] Lost, string[] Leaked, string? Error);

    /// <summary>The fixed split: held out when the id's last hex digit is odd (about half the pages).</summary>
    public static bool IsHeldOut(string id) => Convert.ToInt32(id[^1..], 16) % 2 == 1;

    public int Run(string[] args)
    {
        // `--zoo`: the layout zoo (fixtures/html-zoo) filled with BBC text, scored the same way; reads no dev-set page.
        if (args.Contains("--zoo")) return ZooEvaluation.Run(args);
        var root = SharedData.Path("corpora/html-extraction-dev");
        var pages = File.ReadLines(Path.Combine(root, "pages.jsonl")).Where(l => l.Length > 0).Select(Parse).ToList();
        // `--show FILE` reads a page of one's own (a fixture) the same way, to try a layout without the dev set's pages.
        if (Array.IndexOf(args, "--show") is >= 0 and var show && show + 1 < args.Length)
            return File.Exists(args[show + 1]) ? ShowFile(args[show + 1]) : Show(root, pages.Single(p => p.Id == args[show + 1]));
        if (args.Contains("--outside")) return Outside(root, pages.Where(p => !IsHeldOut(p.Id)));
        var dump = Array.IndexOf(args, "--dump") is >= 0 and var d && d + 1 < args.Length ? args[d + 1] : null;
        if (args.Contains("--split")) return Split(root, pages.Where(p => !IsHeldOut(p.Id)).ToList(), args.Contains("--pages"), dump);
        if (dump is not null) return Dump(root, pages.Where(p => !IsHeldOut(p.Id)), dump);
        // `--tune`: the tune part alone, so that a change is judged without reading the held-out part's figures or failures.
        if (args.Contains("--tune")) pages = pages.Where(p => !IsHeldOut(p.Id)).ToList();
        var outcomes = pages.Select(page => Evaluate(root, page)).ToList();
        var verbose = args.Contains("--pages");
        // `--peer NAME=FILE` (repeatable): another extractor's reading of the same pages, one JSON line {"id", "text"} a page
        // (bench/peers/readability-extract.mjs, bench/peers/readability-lxml-extract.py), scored by the same snippet test.
        var peers = args.Select((a, i) => a == "--peer" && i + 1 < args.Length ? args[i + 1] : null).OfType<string>().ToList();
        if (peers.Count > 0) return SideBySide(outcomes, peers);

        Console.WriteLine($"### HTML extraction dev set ({pages.Count} pages{(args.Contains("--tune") ? ", tune part only" : "")}; held out: ids ending in an odd hex digit)\n");
        Console.WriteLine("| part | pages | `with` snippets | kept | `without` snippets | dropped | pages with a loss | pages with a leak |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var (name, part) in new[] { ("held-out", outcomes.Where(o => o.HeldOut).ToList()), ("tune", outcomes.Where(o => !o.HeldOut).ToList()), ("all", outcomes) })
        {
            if (part.Count == 0 || name == "all" && args.Contains("--tune")) continue;
            var with = part.Sum(o => o.Page.With.Length);
            var without = part.Sum(o => o.Page.Without.Length);
            var kept = with - part.Sum(o => o.Lost.Length);
            var dropped = without - part.Sum(o => o.Leaked.Length);
            Console.WriteLine($"| {name} | {part.Count} | {with} | {(double)kept / with:0.000} | {without} | {(double)dropped / without:0.000} | {part.Count(o => o.Lost.Length > 0)} | {part.Count(o => o.Leaked.Length > 0)} |");
        }

        Console.WriteLine("\nFailures by class (held-out and tune together):\n");
        Console.WriteLine("| class | snippets | pages |");
        Console.WriteLine("|---|---|---|");
        var failures = outcomes.SelectMany(o => o.Lost.Select(s => (o.Page, Class: "kept nothing of: " + LossClass(o, s)))
            .Concat(o.Leaked.Select(s => (o.Page, Class: "kept chrome: " + LeakClass(s))))).ToList();
        foreach (var group in failures.GroupBy(f => f.Class).OrderByDescending(g => g.Count()))
            Console.WriteLine($"| {group.Key} | {group.Count()} | {group.Select(f => f.Page.Id).Distinct().Count()} |");

        Console.WriteLine("\nPer page (failures only; `--pages` lists every page):\n");
        foreach (var o in outcomes.Where(o => verbose || o.Lost.Length + o.Leaked.Length > 0 || o.Error is not null))
        {
            Console.WriteLine($"- {o.Page.Id} ({(o.HeldOut ? "held-out" : "tune")}, {o.Page.Url}): kept {o.Page.With.Length - o.Lost.Length}/{o.Page.With.Length}, dropped {o.Page.Without.Length - o.Leaked.Length}/{o.Page.Without.Length}{(o.Error is null ? "" : $", error: {o.Error}")}");
            foreach (var s in o.Lost) Console.WriteLine($"    lost [{LossClass(o, s)}]: {Short(s)}");
            foreach (var s in o.Leaked) Console.WriteLine($"    kept [{LeakClass(s)}]: {Short(s)}");
        }
        return 0;
    }

    /// <summary>
    /// Each extractor's share of `with` snippets kept and `without` snippets dropped, per part, NewsQuality's from
    /// <paramref name="outcomes"/> and each peer's from its file; a page missing from a peer's file counts as read as nothing.
    /// </summary>
    private static int SideBySide(List<Outcome> outcomes, List<string> peers)
    {
        var readings = new List<(string Name, List<Outcome> Outcomes)> { ("NewsQuality", outcomes) };
        foreach (var peer in peers)
        {
            var (name, file) = peer.Split('=', 2) is [var n, var f] ? (n, f) : (Path.GetFileNameWithoutExtension(peer), peer);
            var texts = File.ReadLines(file).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement)
                .ToDictionary(r => r.GetProperty("id").GetString()!, r => Normalise(r.GetProperty("text").GetString() ?? ""));
            readings.Add((name, outcomes.Select(o => Score(o.Page, o.HeldOut, texts.GetValueOrDefault(o.Page.Id, ""))).ToList()));
        }
        Console.WriteLine($"### HTML extraction dev set, side by side ({outcomes.Count} pages; held out: ids ending in an odd hex digit)\n");
        Console.WriteLine("| extractor | held-out: `with` kept | held-out: `without` dropped | tune: `with` kept | tune: `without` dropped | all: `with` kept | all: `without` dropped |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var (name, own) in readings)
        {
            var cells = new[] { own.Where(o => o.HeldOut).ToList(), own.Where(o => !o.HeldOut).ToList(), own }.SelectMany(part => new[]
            {
                Share(part.Sum(o => o.Page.With.Length - o.Lost.Length), part.Sum(o => o.Page.With.Length)),
                Share(part.Sum(o => o.Page.Without.Length - o.Leaked.Length), part.Sum(o => o.Page.Without.Length)),
            });
            Console.WriteLine($"| {name} | {string.Join(" | ", cells)} |");
        }
        // Whether the held-out losses are the extractor's own or losses every extractor has (counted, no page printed).
        var ownLosses = outcomes.Where(o => o.HeldOut).SelectMany(o => o.Lost.Select(s => (o.Page.Id, s))).ToHashSet();
        Console.WriteLine();
        foreach (var (name, own) in readings.Skip(1))
        {
            var peerLosses = own.Where(o => o.HeldOut).SelectMany(o => o.Lost.Select(s => (o.Page.Id, s))).ToHashSet();
            Console.WriteLine($"Held-out `with` snippets lost by NewsQuality and {name}: {ownLosses.Count(peerLosses.Contains)}; by NewsQuality only: " +
                              $"{ownLosses.Count(l => !peerLosses.Contains(l))}; by {name} only: {peerLosses.Count(l => !ownLosses.Contains(l))}.");
        }
        return 0;

        static string Share(int part, int whole) => $"{(double)part / whole:0.000} ({part}/{whole})";
    }

    internal static Page Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var r = json.RootElement;
        string[] Strings(string name) => r.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToArray();
        return new Page(r.GetProperty("id").GetString()!, r.GetProperty("url").GetString()!, r.GetProperty("file").GetString()!, Strings("with"), Strings("without"));
    }

    private static readonly Dictionary<string, string> Html = new();

    /// <summary>`--show ID`: one page's extracted text and metadata, to see why it fails.</summary>
    private static int Show(string root, Page page)
    {
        var (rendered, error) = Render(root, page);
        Console.WriteLine(rendered ?? error);
        return rendered is null ? 1 : 0;
    }

    /// <summary>
    /// `--dump DIR`: what `--show` prints, for every page of the tune part, one file a page, so that a change can be judged
    /// by the diff of everything it reads (the gold's three snippets a page say little) without looking at held-out pages.
    /// </summary>
    private static int Dump(string root, IEnumerable<Page> pages, string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var page in pages)
        {
            string text;
            try { text = Render(root, page) is var (rendered, error) ? rendered ?? error! : ""; }
            catch (InvalidDataException e) { text = e.Message; }
            File.WriteAllText(Path.Combine(directory, page.Id + ".txt"), text + "\n");
        }
        return 0;
    }

    private static int ShowFile(string path)
    {
        var (decoded, error) = TextDecoder.Decode(File.ReadAllBytes(path));
        var (rendered, _) = decoded is null ? (null, error) : Render(path, decoded);
        Console.WriteLine(rendered ?? error);
        return rendered is null ? 1 : 0;
    }

    private static (string? Rendered, string? Error) Render(string root, Page page)
    {
        var (decoded, error) = Decode(root, page);
        return decoded is null ? (null, error) : Render(page.Id, decoded);
    }

    private static (string? Rendered, string? Error) Render(string id, DecodedText decoded)
    {
        var article = HtmlReader.Extract(id, decoded.Text, decoded.EncodingName, url: null, published: null);
        return ($"{article.Text}\n\n--- headlines: {string.Join(" | ", article.Page!.Headlines)}\n--- bylines: {string.Join(" | ", article.Page.Bylines)}\n--- datelines: {string.Join(" | ", article.Page.Datelines)}\n--- captions: {string.Join(" | ", article.Page.Captions)}", null);
    }

    /// <summary>
    /// `--outside`: on the tune part only, paragraphs of prose (a &lt;p&gt; or a text block of 100+ characters, mostly not
    /// links) the extracted text leaves out. The gold has three snippets a page; this shows the body text a page loses
    /// between them, and the chrome that rightly goes, to judge a change by hand.
    /// </summary>
    private static int Outside(string root, IEnumerable<Page> pages)
    {
        foreach (var page in pages)
        {
            var (decoded, _) = Decode(root, page);
            if (decoded is null) continue;
            var text = ExtractedText(page.Id, decoded.Text, decoded.EncodingName);
            using var document = new HtmlParser().ParseDocument(decoded.Text);
            foreach (var junk in document.QuerySelectorAll("script, style, noscript, template").ToList()) junk.Remove();
            var left = document.Body?.Descendants<IElement>()
                .Where(e => e.TagName == "P" || e.ChildNodes.OfType<IText>().Sum(t => t.Data.Trim().Length) >= 100)
                .Select(e => (Text: Normalise(e.TextContent), Links: e.QuerySelectorAll("a").Sum(a => Normalise(a.TextContent).Length)))
                .Where(p => p.Text.Length >= 100 && p.Links < 0.3 * p.Text.Length && !text.Contains(p.Text[..60], StringComparison.Ordinal))
                .Select(p => p.Text).Distinct().ToList() ?? [];
            if (left.Count == 0) continue;
            Console.WriteLine($"- {page.Id} ({page.Url}): extracted {text.Length} chars, left out {left.Count} paragraphs, {left.Sum(p => p.Length)} chars");
            foreach (var p in left.Take(6)) Console.WriteLine($"    {Short(p)}");
        }
        return 0;
    }

    /// <summary>How far up from the body's container the moved part of the body is put, in <see cref="Split"/>.</summary>
    internal static readonly int[] SplitLevels = [1, 2, 3];

    /// <summary>
    /// `--split`: on the tune part only, the layout class of most held-out losses made from the tune pages themselves. In each
    /// page the paragraph holding the last `with` snippet and the paragraphs after it in its container are moved into a new
    /// section (a &lt;div&gt; in a &lt;div&gt;, behind an advertising slot) placed after the container's ancestor 1, 2 or 3
    /// levels up: a body partly outside the container an extractor picks. Scored as the main table, per level, on the pages
    /// where the move is possible (the container keeps a paragraph of its own before the moved one); `--pages` names each
    /// page whose moved part is lost and each `without` snippet kept. The held-out pages are never read by it.
    /// </summary>
    private static int Split(string root, List<Page> pages, bool verbose, string? dump)
    {
        if (dump is not null) Directory.CreateDirectory(dump);
        Console.WriteLine("| moved after the container's ancestor | pages | `with` snippets | kept | moved snippet kept | `without` snippets | dropped |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        // Each page decoded once for every level.
        var decodedPages = pages.Where(page => page.With.Length > 0)
            .Select(page => (Page: page, Decoded: Decode(root, page).Decoded)).Where(p => p.Decoded is not null).ToList();
        foreach (var levels in SplitLevels)
        {
            int pageCount = 0, with = 0, kept = 0, moved = 0, without = 0, dropped = 0;
            foreach (var (page, decoded) in decodedPages)
            {
                if (SplitBody(decoded!.Text, Normalise(page.With[^1]), levels) is not ({ } html, _)) continue;
                // `--split --dump DIR`: each rebuilt page, to read with `--show FILE`.
                if (dump is not null) File.WriteAllText(Path.Combine(dump, $"{page.Id}-level{levels}.html"), html);
                var text = ExtractedText(page.Id, html, decoded.EncodingName);
                bool Read(string snippet) => text.Contains(Normalise(snippet), StringComparison.Ordinal);
                var leaks = page.Without.Where(Read).ToList();
                pageCount++;
                with += page.With.Length;
                kept += page.With.Count(Read);
                moved += Read(page.With[^1]) ? 1 : 0;
                without += page.Without.Length;
                dropped += page.Without.Length - leaks.Count;
                if (!verbose) continue;
                if (!Read(page.With[^1])) Console.WriteLine($"    level {levels}: lost the moved part of {page.Id} ({page.Url})");
                foreach (var leak in leaks) Console.WriteLine($"    level {levels}: kept in {page.Id}: {Short(leak)}");
            }
            Console.WriteLine($"| {levels} | {pageCount} | {with} | {(double)kept / with:0.000} | {(double)moved / pageCount:0.000} | {without} | {(double)dropped / without:0.000} |");
        }
        return 0;
    }

    /// <summary>The page with the body split as <see cref="Split"/> says, or null when its markup does not allow it.</summary>
    internal static (string Html, string[] Moved)? SplitBody(string html, string snippet, int levels)
    {
        using var document = new HtmlParser().ParseDocument(html);
        var probe = snippet[..Math.Min(snippet.Length, 50)];
        var paragraph = document.Body?.Descendants<IElement>().Where(e => Normalise(e.TextContent).Contains(probe, StringComparison.Ordinal)).LastOrDefault();
        if (paragraph?.ParentElement is not { } container || paragraph.PreviousElementSibling is null) return null;
        IElement? anchor = container;
        for (var i = 0; i < levels && anchor is not null; i++) anchor = anchor.ParentElement is { TagName: not ("BODY" or "HTML") } up ? up : null;
        if (anchor?.ParentElement is null) return null;
        var slot = document.CreateElement("div");
        slot.ClassName = "ad-slot";
        slot.TextContent = "Advertisement";
        var section = document.CreateElement("div");
        section.ClassName = "section-block";
        var inner = document.CreateElement("div");
        inner.ClassName = "section-copy";
        section.AppendChild(inner);
        var movedElements = container.Children.SkipWhile(c => c != paragraph).ToList();
        foreach (var moved in movedElements) inner.AppendChild(moved);
        anchor.After(slot, section);
        return (document.DocumentElement.OuterHtml, movedElements.Select(e => Normalise(e.TextContent)).ToArray());
    }

    /// <summary>The normalised text the rules would read of the page, or nothing when the extractor finds it unreadable.</summary>
    private static string ExtractedText(string id, string html, string encodingName)
    {
        try { return Normalise(HtmlReader.Extract(id, html, encodingName, url: null, published: null).Text); }
        catch (InvalidDataException) { return ""; }
    }

    internal static (DecodedText? Decoded, string? Error) Decode(string root, Page page)
    {
        using var gzip = new GZipStream(File.OpenRead(Path.Combine(root, page.File)), CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        gzip.CopyTo(bytes);
        return TextDecoder.Decode(bytes.ToArray());
    }

    private static Outcome Evaluate(string root, Page page)
    {
        var (decoded, error) = Decode(root, page);
        var heldOut = IsHeldOut(page.Id);
        if (decoded is null) return new Outcome(page, heldOut, page.With, [], error);
        Html[page.Id] = decoded.Text;
        string text;
        try
        {
            text = Normalise(HtmlReader.Extract(page.Id, decoded.Text, decoded.EncodingName, url: null, published: null).Text);
        }
        catch (InvalidDataException e)
        {
            return new Outcome(page, heldOut, page.With, [], e.Message);
        }
        return Score(page, heldOut, text);
    }

    /// <summary>The page's snippets lost from and leaked into <paramref name="text"/> (normalised).</summary>
    private static Outcome Score(Page page, bool heldOut, string text) => new(page, heldOut,
        page.With.Where(s => !text.Contains(Normalise(s), StringComparison.Ordinal)).ToArray(),
        page.Without.Where(s => text.Contains(Normalise(s), StringComparison.Ordinal)).ToArray(),
        null);

    /// <summary>Whitespace folded and no-break spaces made plain, as the gold snippets are written.</summary>
    internal static string Normalise(string text) => LayoutZoo.Normalise(text);

    private static string Short(string s) => s.Length <= 90 ? s : s[..87] + "…";

    /// <summary>Where a lost snippet sits in the page: the nearest landmark around the deepest element holding it.</summary>
    private static string LossClass(Outcome outcome, string snippet)
    {
        if (outcome.Error is not null) return "page rejected";
        if (!Html.TryGetValue(outcome.Page.Id, out var html)) return "not decoded";
        using var document = new HtmlParser().ParseDocument(html);
        var probe = Normalise(snippet);
        probe = probe[..Math.Min(probe.Length, 50)];
        var holder = document.Body?.Descendants<IElement>().Where(e => Normalise(e.TextContent).Contains(probe, StringComparison.Ordinal)).LastOrDefault();
        if (holder is null) return "split across elements";
        for (var e = holder; e is not null; e = e.ParentElement)
        {
            if (e.TagName is "ASIDE" or "HEADER" or "FOOTER" or "NAV" or "FIGURE" or "FIGCAPTION" or "TABLE" or "UL" or "OL" or "BLOCKQUOTE")
                return $"inside `<{e.TagName.ToLowerInvariant()}>`";
        }
        return holder.TagName is "H1" or "H2" or "H3" or "H4" or "H5" or "H6" ? "heading" : "block outside the chosen content";
    }

    /// <summary>What kind of chrome a leaked snippet is, from its wording.</summary>
    private static string LeakClass(string snippet) => snippet switch
    {
        _ when Matches(snippet, @"^(by|posted|published|updated|written)\b|\b(19|20)\d\d\b.*\b\d{1,2}:\d\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}, (19|20)\d\d") => "byline or date",
        _ when Matches(snippet, @"\b(photo|image|getty|credit|caption|reuters|afp|shutterstock)\b") => "caption or credit",
        _ when Matches(snippet, @"\b(share|tweet|facebook|twitter|linkedin|whatsapp|pinterest|email this)\b") => "share bar",
        _ when Matches(snippet, @"\b(newsletter|subscribe|sign up|inbox|donat|support us|membership)") => "newsletter, donation",
        _ when Matches(snippet, @"\b(comment|reply|replies|leave a|log in|login)\b") => "comments",
        _ when Matches(snippet, @"©|\bcopyright|all rights reserved|\bterms\b|privacy|cookie") => "copyright, legal",
        _ when Matches(snippet, @"\b(related|read more|more from|most read|popular|trending|recommended|you may also|see also|next|previous)\b") => "related links",
        _ when Matches(snippet, @"\b(about the author|is a (writer|reporter|journalist|editor|contributor)|follow (him|her) )") => "author bio",
        _ => "other",
    };

    private static bool Matches(string text, string pattern) => Regex.IsMatch(text, pattern, RegexOptions.IgnoreCase);

}
