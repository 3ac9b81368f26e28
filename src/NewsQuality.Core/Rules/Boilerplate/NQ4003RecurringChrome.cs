using System.IO.Hashing;
using System.Runtime.InteropServices;
using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Rules.Boilerplate;

/// <summary>
/// Lines that recur across many different articles of the same source are the site's template, learned from the
/// corpus without a catalogue entry (as web-text pipelines remove boilerplate by line frequency).
/// </summary>
public sealed class NQ4003RecurringChrome : ICorpusRule
{
    /// <summary>Lines longer than this are prose, which may be quoted across stories but is not chrome.</summary>
    private const int MaxChromeWords = 20;

    /// <summary>Share of a source's distinct stories containing a line that earns a score of 1.</summary>
    private const double FullScoreShare = 0.6;

    public RuleDescriptor Descriptor { get; } = new(
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
    };

    private sealed record ChromeDigest(string Source, ulong Title, (ulong Hash, TextSpan Span)[] Lines);

    public object? Digest(Article article, DigestContext context) => new ChromeDigest(
        article.Source ?? Path.GetDirectoryName(article.Origin.Path) ?? "",
        Hash(article.Title),
        TextBlocks.NonBlankLines(article.Text)
            .Where(line => line.Start >= article.BodyStart && Tokenizer.Words(article.Text, line).Take(MaxChromeWords + 1).Count() is > 0 and <= MaxChromeWords)
            .Select(line => (Hash(article.Slice(line)), line))
            .DistinctBy(p => p.Item1)
            .ToArray());

    public void Analyze(CorpusContext context)
    {
        var minimumStories = (int)context.Settings.Option("minStories", 3);
        foreach (var source in context.Digests.Where(d => d.Digest is ChromeDigest).GroupBy(d => ((ChromeDigest)d.Digest!).Source))
        {
            var stories = source.Select(d => ((ChromeDigest)d.Digest!).Title).Distinct().Count();
            if (stories < minimumStories) continue;
            var titlesByLine = new Dictionary<ulong, HashSet<ulong>>();
            foreach (var digest in source.Select(d => (ChromeDigest)d.Digest!))
                foreach (var (hash, _) in digest.Lines)
                    (CollectionsMarshal.GetValueRefOrAddDefault(titlesByLine, hash, out _) ??= []).Add(digest.Title);
            foreach (var entry in source)
            {
                var digest = (ChromeDigest)entry.Digest!;
                foreach (var (hash, span) in digest.Lines)
                {
                    var titles = titlesByLine[hash].Count;
                    if (titles < minimumStories) continue;
                    var share = (double)titles / stories;
                    context.Report(entry.Index, span, Math.Min(1, share / FullScoreShare),
                        $"This line appears in {titles} of the {stories} different stories from this source: site template, not article text.");
                }
            }
        }
    }

    /// <summary>Hash of the line with case, spacing and quote style folded, so template variants still meet.</summary>
    private static ulong Hash(string line)
    {
        var folded = string.Join(' ', line.ToLowerInvariant().Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"')
            .Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
        return XxHash64.HashToUInt64(MemoryMarshal.AsBytes(folded.AsSpan()));
    }
}
