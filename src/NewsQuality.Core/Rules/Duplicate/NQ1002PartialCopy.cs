using NewsQuality.Model;
using NewsQuality.Similarity;
using NewsQuality.Storage;

namespace NewsQuality.Rules.Duplicate;

/// <summary>
/// One article pasted into another: paragraphs are matched across articles with MinHash LSH and verified by exact
/// Jaccard, and when a large share of article A reappears inside a longer article B (but not the other way round,
/// which would make them near-duplicates), each copied paragraph in B is reported with A cited.
/// </summary>
public sealed class NQ1002PartialCopy : CorpusRule<NQ1002PartialCopy.Paragraphs>
{
    /// <summary>Paragraphs shorter than this are too generic to prove copying.</summary>
    private const int MinParagraphWords = 12;

    /// <summary>Two paragraphs at least this similar (Jaccard of word shingles) count as the same paragraph.</summary>
    private const double ParagraphMatch = 0.6;

    public override RuleDescriptor Descriptor { get; } = new(
        Id: "NQ1002",
        Name: "partial-copy",
        Category: RuleCategory.Duplicate,
        DefaultSeverity: Severity.Warning,
        DefaultThreshold: 0.3,
        Summary: "Paragraphs of another article in the corpus were pasted into this one.",
        Rationale: "Padding one story with another's paragraphs is copying even when the two articles are not near-duplicates as a " +
                   "whole. The score is the containment: the share of the source article's shingles found in the copied paragraphs. " +
                   "Reported when it reaches the threshold (0.3: a third of the source reappears, so pasting a few paragraphs of a story counts), on the longer of the two articles only (the one " +
                   "with text of its own around the shared paragraphs; the shorter is often the original), and not when the shared paragraphs are " +
                   "nearly as large a share of the longer article (80% of their share of the shorter or more): two versions of one story, NQ1001's business.",
        FlaggedExample: "(corpus rule: needs two or more articles; see its tests)",
        CleanExample: "(corpus rule: needs two or more articles; see its tests)")
    {
        FixTitle = "Remove the pasted paragraphs or credit their source",
        Options = [NQ1001NearDuplicate.ShingleSizeOption],
    };

    /// <summary>A paragraph as the rule keeps it: where its shingle set was spilled, and where it stands, to cite it.</summary>
    public readonly record struct Paragraph(Spilled<ulong> Shingles, CitedSpan Place);

    /// <summary>An article's paragraphs and their LSH band keys (paragraph i's at i × bands), both spilled.</summary>
    public readonly record struct Paragraphs(Spilled<Paragraph> Items, Spilled<uint> BandKeys, int TotalShingles);

    /// <summary>A paragraph numbered across the corpus, with its article, that article's size and all its paragraphs.</summary>
    private readonly record struct PlacedParagraph(int Article, int ArticleShingles, Paragraph Paragraph, Spilled<Paragraph> ArticleParagraphs);

    public override Paragraphs? Digest(Article article, DigestContext context)
    {
        var shingler = new Shingler((int)context.Settings.Option("shingleSize", NQ1001NearDuplicate.DefaultShingleSize));
        var minHash = NQ1001NearDuplicate.MinHashFor(context.Settings);
        var lsh = NQ1001NearDuplicate.LshFor(ParagraphMatch, minHash.Permutations);
        var shingled = ContentSpans.Paragraphs(article, MinParagraphWords)
            .Select(span => (Span: span, Shingles: shingler.Shingles(article.Text, [span])))
            .Where(p => p.Shingles.Length > 0)
            .ToList();
        if (shingled.Count == 0) return null;
        var items = shingled.Select(p => new Paragraph(context.Spill.Write<ulong>(p.Shingles), CitedSpan.In(article, p.Span))).ToArray();
        var keys = shingled.SelectMany(p => lsh.CompactBandKeys(minHash.Signature(p.Shingles))).ToArray();
        return new Paragraphs(context.Spill.Write<Paragraph>(items), context.Spill.Write<uint>(keys), items.Sum(p => p.Shingles.Count));
    }

    public override void Analyze(CorpusContext<Paragraphs> context)
    {
        using var lsh = new LshIndex(NQ1001NearDuplicate.LshFor(ParagraphMatch, NQ1001NearDuplicate.MinHashFor(context.Settings).Permutations));
        var bands = lsh.Parameters.Bands;
        using var paragraphs = new DiskArray<PlacedParagraph>();
        foreach (var (index, digest) in context.Digests)
        {
            var keys = context.Spill.Read(digest.BandKeys);
            var items = context.Spill.Read(digest.Items);
            for (var item = 0; item < items.Length; item++)
            {
                lsh.Add(paragraphs.Count, keys.AsSpan(item * bands, bands));
                paragraphs.Add(new PlacedParagraph(index, digest.TotalShingles, items[item], digest.Items));
            }
        }
        // Each verified paragraph match, filed under its pair of articles (lower first), on disk.
        using var matches = new DiskArray<(int Low, int High, int LowParagraph, int HighParagraph)>();
        foreach (var (a, b) in CandidateVerification.Verify<ulong[], (int A, int B)>(
                     lsh.CandidatePairs().Where(pair => paragraphs[pair.A].Article != paragraphs[pair.B].Article),
                     i => context.Spill.Read(paragraphs[i].Paragraph.Shingles),
                     (pair, a, b) => SetSimilarity.Jaccard(a, b) >= ParagraphMatch ? pair : null))
        {
            var (articleA, articleB) = (paragraphs[a].Article, paragraphs[b].Article);
            matches.Add(articleA < articleB ? (articleA, articleB, a, b) : (articleB, articleA, b, a));
        }

        // One pair of articles at a time: the matched paragraphs on each side, and each side as source of the other.
        foreach (var pair in ExternalSort.Sorted(matches).RunsBy(match => (match.Low, match.High)))
        {
            var low = pair.Select(m => m.LowParagraph).Distinct().Select(n => paragraphs[n]).ToList();
            var high = pair.Select(m => m.HighParagraph).Distinct().Select(n => paragraphs[n]).ToList();
            if (AreVersionsOfOneStory(context, low[0].ArticleParagraphs, high[0].ArticleParagraphs)) continue;
            ReportIfPartialCopy(context, source: low, container: high);
            ReportIfPartialCopy(context, source: high, container: low);
        }
    }

    /// <summary>
    /// Reports the <paramref name="container"/> side's copied paragraphs when they hold enough of the source article and
    /// weigh clearly less in the container (the longer article, with text of its own around them).
    /// </summary>
    private static void ReportIfPartialCopy(CorpusContext<Paragraphs> context, List<PlacedParagraph> source, List<PlacedParagraph> container)
    {
        var contained = Containment(source);
        var reverse = Containment(container);
        // The shared paragraphs are about the same size on both sides, so the side they cover less is the longer article: the one
        // with material of its own around them, taken as the copier. The shorter one (often the original) is not reported.
        if (contained < context.Settings.Threshold || reverse >= MutualShare * contained) return;
        var origin = context.Article(source[0].Article);
        var sourceLocation = source.MinBy(p => p.Paragraph.Place.Span.Start).Paragraph.Place.Cite($"source article {origin.Id}", origin.Id, origin.Origin.Path);
        foreach (var copy in container.OrderBy(c => c.Paragraph.Place.Span.Start))
            context.Report(copy.Article, copy.Paragraph.Place.Span, contained,
                $"Paragraph copied from {origin.Id}: {contained:P0} of that article appears in this one.",
                related: [sourceLocation]);
    }

    /// <summary>
    /// When the shared paragraphs are nearly as large a share of the longer article as of the shorter, the two overlap as wholes
    /// (versions of one story: NQ1001's business), and nothing was pasted. Pasting a share c of a source into a host at least as
    /// long leaves at most 1/(1 + c) of the source's share in the result: 0.77 for a third, 0.67 for all of it.
    /// </summary>
    private const double MutualShare = 0.8;

    /// <summary>
    /// Two articles that are near-duplicates as wholes by NQ1001's measure (Jaccard of all their paragraphs' shingles at its
    /// default, containment not lopsided) are versions of one story, however differently their paragraphs are cut: NQ1001's pair.
    /// </summary>
    private static bool AreVersionsOfOneStory(CorpusContext<Paragraphs> context, Spilled<Paragraph> a, Spilled<Paragraph> b)
    {
        ulong[] Whole(Spilled<Paragraph> items) => context.Spill.Read(items).SelectMany(p => context.Spill.Read(p.Shingles)).Distinct().Order().ToArray();
        var (wholeA, wholeB) = (Whole(a), Whole(b));
        return SetSimilarity.Jaccard(wholeA, wholeB) >= NQ1001NearDuplicate.DefaultJaccard && !NQ1001NearDuplicate.IsOneSided(wholeA, wholeB);
    }

    /// <summary>The share of an article's shingles in the given paragraphs of it.</summary>
    private static double Containment(List<PlacedParagraph> matched) =>
        matched[0].ArticleShingles == 0 ? 0 : (double)matched.Sum(p => p.Paragraph.Shingles.Count) / matched[0].ArticleShingles;
}
