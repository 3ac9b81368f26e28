using System.IO.Hashing;
using System.Runtime.InteropServices;
using NewsQuality.Model;
using NewsQuality.Storage;
using NewsQuality.Text;

namespace NewsQuality.Rules.Boilerplate;

/// <summary>
/// Lines that recur across many different articles of the same source are the site's template, learned from the
/// corpus without a catalogue entry (as web-text pipelines remove boilerplate by line frequency).
/// </summary>
public sealed class NQ4003RecurringChrome : CorpusRule<NQ4003RecurringChrome.ChromeDigest>
{
    /// <summary>Lines longer than this are prose, which may be quoted across stories but is not chrome.</summary>
    private const int MaxChromeWords = 20;

    /// <summary>Share of a source's distinct stories containing a line that earns a score of 1.</summary>
    private const double FullScoreShare = 0.6;

    public override RuleDescriptor Descriptor { get; } = new(
        Id: "NQ4003",
        Name: "recurring-chrome",
        Category: RuleCategory.Boilerplate,
        DefaultSeverity: Severity.Info,
        DefaultThreshold: 0.5,
        Summary: "A line recurs across many different articles of the same source: site template.",
        Rationale: "A site's template (its slogan, its newsletter prompt) appears in every page, in words no catalogue can list " +
                   "in advance. Within each source (the article's source field, else its folder or file), a short line found in at " +
                   "least 3 stories with different titles and in a large share of the source's stories is reported; the score is that " +
                   "share divided by 0.6, so the default threshold 0.5 means 30%. Copies of one story do not count: they share every line.",
        FlaggedExample: "(corpus rule: needs several articles of one source; see its tests)",
        CleanExample: "(corpus rule: needs several articles of one source; see its tests)")
    {
        FixTitle = "Remove the template line from every article of the source",
        Options = [new RuleOption("minStories", 3, new NumberRange(2, 1_000_000))],
    };

    /// <summary>A short line of the body: its folded hash, and where it stands.</summary>
    public readonly record struct ChromeLine(ulong Hash, TextSpan Span);

    /// <summary>An article's source and title (hashed) and its short lines (spilled).</summary>
    public readonly record struct ChromeDigest(ulong Source, ulong Title, Spilled<ChromeLine> Lines);

    public override ChromeDigest? Digest(Article article, DigestContext context) => new ChromeDigest(
        XxHash64.HashToUInt64(MemoryMarshal.AsBytes((article.Source ?? Path.GetDirectoryName(article.Origin.Path) ?? "").AsSpan())),
        Hash(article.Title),
        context.Spill.Write<ChromeLine>(TextBlocks.NonBlankLines(article.Text)
            .Where(line => line.Start >= article.BodyStart && Tokenizer.CountWords(article.Text, line, MaxChromeWords + 1) is > 0 and <= MaxChromeWords)
            .Select(line => new ChromeLine(Hash(article.Slice(line)), line))
            .DistinctBy(line => line.Hash)
            .ToArray()));

    /// <summary>A template line: in how many different stories of its source it appears, out of how many that source has.</summary>
    public readonly record struct TemplateLine(int Titles, int Stories);

    public override void Analyze(CorpusContext<ChromeDigest> context)
    {
        using var titles = new DiskArray<(ulong Source, ulong Title)>();
        using var lineTitles = new DiskArray<(ulong Source, ulong Line, ulong Title)>();
        foreach (var (_, digest) in context.Digests)
        {
            titles.Add((digest.Source, digest.Title));
            foreach (var line in context.Spill.Read(digest.Lines)) lineTitles.Add((digest.Source, line.Hash, digest.Title));
        }
        ReportTemplate(context, Template(titles, lineTitles, context.Settings).ToDictionary(t => (t.Source, t.Line), t => t.Counts));
    }

    /// <remarks>
    /// Counting distinct titles per source and per (source, line) is done by sorting on disk, so a source of millions
    /// of articles needs memory only for the lines that turn out to be its template. The sharded pipeline calls this once per
    /// partition of sources, with every shard's entries for those sources.
    /// </remarks>
    public static IEnumerable<(ulong Source, ulong Line, TemplateLine Counts)> Template(
        DiskArray<(ulong Source, ulong Title)> titles, DiskArray<(ulong Source, ulong Line, ulong Title)> lineTitles, RuleSettings settings)
    {
        var minimumStories = (int)settings.Option("minStories", 3);
        var stories = DistinctRuns(ExternalSort.Sorted(titles), pair => pair.Source).ToDictionary(run => run.Key, run => run.Distinct);

        // Lines whose share of their source's stories earns a reportable score: the source's template.
        foreach (var (key, titleCount) in DistinctRuns(ExternalSort.Sorted(lineTitles), entry => (entry.Source, entry.Line)))
            if (titleCount >= minimumStories && stories[key.Source] >= minimumStories && Score(titleCount, stories[key.Source]) >= settings.Threshold)
                yield return (key.Source, key.Line, new TemplateLine(titleCount, stories[key.Source]));
    }

    /// <summary>Reports every line of the context's articles that is in <paramref name="template"/>.</summary>
    public static void ReportTemplate(CorpusContext<ChromeDigest> context, IReadOnlyDictionary<(ulong Source, ulong Line), TemplateLine> template)
    {
        foreach (var (index, digest) in context.Digests)
            foreach (var line in context.Spill.Read(digest.Lines))
                if (template.TryGetValue((digest.Source, line.Hash), out var counts))
                    context.Report(index, line.Span, Score(counts.Titles, counts.Stories),
                        $"This line appears in {counts.Titles} of the {counts.Stories} different stories from this source: site template, not article text.");
    }

    private static double Score(int titles, int stories) => Math.Min(1, (double)titles / stories / FullScoreShare);

    /// <summary>Over entries sorted by key: each key, with how many distinct entries carry it.</summary>
    private static IEnumerable<(TKey Key, int Distinct)> DistinctRuns<TEntry, TKey>(IEnumerable<TEntry> sorted, Func<TEntry, TKey> keyOf) =>
        sorted.RunsBy(keyOf).Select(run => (keyOf(run[0]), run.Distinct().Count()));

    /// <summary>Hash of the line with case, spacing and quote style folded, so template variants still meet.</summary>
    private static ulong Hash(string line)
    {
        var folded = string.Join(' ', line.ToLowerInvariant().Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"')
            .Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
        return XxHash64.HashToUInt64(MemoryMarshal.AsBytes(folded.AsSpan()));
    }
}
