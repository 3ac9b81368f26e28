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

    public override ChromeDigest? Digest(Article article, DigestContext context)
    {
        // In a plain loop, each line hashed from its characters: the LINQ chain, a substring per line and the folding's
        // strings (lower case, four replacements, the split words and their join) were this digest's allocations.
        var text = article.Text;
        var lines = Lines.Room(16, KeptLines);
        var count = 0;
        foreach (var line in article.NonBlankLines)
        {
            if (line.Start < article.BodyStart || !IsShort(text, line)) continue;
            var hash = Hash(text.AsSpan(line.Start, line.Length));
            // The first line of each hash, in order, as DistinctBy keeps it.
            if (Seen(lines.AsSpan(0, count), hash)) continue;
            lines = Lines.Grown(lines, count, count + 1, KeptLines);
            lines[count++] = new ChromeLine(hash, line);
            if (count > ManyLines) SeenHashes!.Add(hash);
        }
        var digest = new ChromeDigest(
            XxHash64.HashToUInt64(MemoryMarshal.AsBytes((article.Source ?? Path.GetDirectoryName(article.Origin.Path) ?? "").AsSpan())),
            Hash(text.AsSpan(article.TitleSpan.Start, article.TitleSpan.Length)),
            context.Spill.Write<ChromeLine>(lines.AsSpan(0, count)));
        // An article of thousands of short lines does not leave its set to the thread for the rest of the run (nor its lines: ReusedArray).
        if (count > KeptLines) SeenHashes = null;
        return digest;
    }

    /// <summary>The most lines a thread's reused tables keep room for between articles.</summary>
    private const int KeptLines = 1024;

    /// <summary>One thread's short lines of the article it digests (reused: a digest runs on one thread from start to end).</summary>
    [ThreadStatic] private static ReusedArray<ChromeLine> Lines;

    /// <summary>Whether the line has at least one word and at most <see cref="MaxChromeWords"/>.</summary>
    private static bool IsShort(string text, TextSpan line) => Tokenizer.CountWords(text, line, MaxChromeWords + 1) is > 0 and <= MaxChromeWords;

    /// <summary>Whether a line of <paramref name="lines"/> has the hash: compared one by one while they are few (nearly every article), else in a set.</summary>
    private static bool Seen(ReadOnlySpan<ChromeLine> lines, ulong hash)
    {
        if (lines.Length < ManyLines)
        {
            foreach (var line in lines)
                if (line.Hash == hash) return true;
            return false;
        }
        var seen = SeenHashes ??= [];
        if (lines.Length == ManyLines || seen.Count == 0)
        {
            seen.Clear();
            foreach (var line in lines) seen.Add(line.Hash);
        }
        return seen.Contains(hash);
    }

    private const int ManyLines = 32;

    /// <summary>The hashes of <see cref="Lines"/> once they are many; kept up to date by <see cref="Seen"/>'s caller adding to both.</summary>
    [ThreadStatic] private static HashSet<ulong>? SeenHashes;

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
    /// <remarks>
    /// The same characters as lower-casing the line (invariant), writing the four curly quotes straight, splitting it at
    /// spaces, tabs and no-break spaces and joining the words with one space, hashed alike; folded in one buffer, with no string.
    /// </remarks>
    internal static ulong Hash(ReadOnlySpan<char> line)
    {
        char[]? rented = null;
        var lower = line.Length <= 512 ? stackalloc char[line.Length] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(line.Length));
        try
        {
            var length = line.ToLowerInvariant(lower);
            var folded = 0;
            var space = false;
            // In place: a space is written only for a separator skipped, so the write never passes the read.
            for (var i = 0; i < length; i++)
            {
                var c = lower[i];
                if (c is ' ' or '\t' or '\u00A0')
                {
                    space = folded > 0;
                    continue;
                }
                if (space)
                {
                    lower[folded++] = ' ';
                    space = false;
                }
                lower[folded++] = c switch
                {
                    '\u2019' or '\u2018' => '\'',
                    '\u201C' or '\u201D' => '"',
                    _ => c,
                };
            }
            return XxHash64.HashToUInt64(MemoryMarshal.AsBytes(lower[..folded]));
        }
        finally
        {
            if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }
    }
}
