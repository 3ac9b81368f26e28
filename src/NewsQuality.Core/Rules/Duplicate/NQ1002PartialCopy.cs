using NewsQuality.Model;
using NewsQuality.Similarity;

namespace NewsQuality.Rules.Duplicate;

/// <summary>
/// One article pasted into another: paragraphs are matched across articles with MinHash LSH and verified by exact
/// Jaccard, and when a large share of article A reappears inside a longer article B (but not the other way round,
/// which would make them near-duplicates), each copied paragraph in B is reported with A cited.
/// </summary>
public sealed class NQ1002PartialCopy : ICorpusRule
{
    /// <summary>Paragraphs shorter than this are too generic to prove copying.</summary>
    private const int MinParagraphWords = 12;

    /// <summary>A container whose text is at least this share of the source is a copy of it, not an article with a copy inside.</summary>
    private const double MutualCopy = 0.8;

    /// <summary>Two paragraphs at least this similar (Jaccard of word shingles) count as the same paragraph.</summary>
    private const double ParagraphMatch = 0.6;

    public RuleDescriptor Descriptor { get; } = new(
        Id: "NQ1002",
        Name: "partial-copy",
        Category: RuleCategory.Duplicate,
        DefaultSeverity: Severity.Warning,
        DefaultThreshold: 0.5,
        Summary: "Paragraphs of another article in the corpus were pasted into this one.",
        Rationale: "Padding one story with another's paragraphs is copying even when the two articles are not near-duplicates as a " +
                   "whole. The score is the containment: the share of the source article's shingles found in the copied paragraphs. " +
                   "Reported when it reaches the threshold (0.5: half the source reappears) and the source does not likewise contain this article.",
        FlaggedExample: "(corpus rule: needs two or more articles; see its tests)",
        CleanExample: "(corpus rule: needs two or more articles; see its tests)")
    {
        FixTitle = "Remove the pasted paragraphs or credit their source",
    };

    /// <summary>A paragraph as kept in memory: where its shingle set was spilled, and where it stands, to cite it.</summary>
    private readonly record struct Paragraph(Spilled<ulong> Shingles, TextSpan Span, int Line, int Column);

    /// <summary>An article's paragraphs, with their LSH band keys in one flat array (paragraph i's at i × bands): a few hundred bytes per article.</summary>
    private sealed record Paragraphs(Paragraph[] Items, uint[] BandKeys, int TotalShingles);

    public object? Digest(Article article, DigestContext context)
    {
        var shingler = new Shingler((int)context.Settings.Option("shingleSize", NQ1001NearDuplicate.DefaultShingleSize));
        var minHash = NQ1001NearDuplicate.MinHashFor(context.Settings);
        var lsh = NQ1001NearDuplicate.LshFor(ParagraphMatch, minHash.Permutations);
        var shingled = ContentSpans.Paragraphs(article, MinParagraphWords)
            .Select(span => (Span: span, Shingles: shingler.Shingles(article.Text, [span])))
            .Where(p => p.Shingles.Length > 0)
            .ToList();
        if (shingled.Count == 0) return null;
        var items = shingled.Select(p =>
        {
            var (line, column) = article.Position(p.Span.Start);
            return new Paragraph(context.Spill.Write<ulong>(p.Shingles), p.Span, line, column);
        }).ToArray();
        var keys = shingled.SelectMany(p => lsh.CompactBandKeys(minHash.Signature(p.Shingles))).ToArray();
        return new Paragraphs(items, keys, items.Sum(p => p.Shingles.Count));
    }

    public void Analyze(CorpusContext context)
    {
        var count = context.Digests.Sum(d => d.Digest is Paragraphs ps ? ps.Items.Length : 0);
        var lsh = new LshIndex(NQ1001NearDuplicate.LshFor(ParagraphMatch, NQ1001NearDuplicate.MinHashFor(context.Settings).Permutations), count);
        var bands = lsh.Parameters.Bands;
        var paragraphs = new List<(int Article, Paragraph Paragraph)>(count);
        foreach (var digest in context.Digests)
        {
            if (digest.Digest is not Paragraphs ps) continue;
            for (var item = 0; item < ps.Items.Length; item++)
            {
                lsh.Add(paragraphs.Count, new ArraySegment<uint>(ps.BandKeys, item * bands, bands));
                paragraphs.Add((digest.Index, ps.Items[item]));
            }
        }
        var totals = context.Digests.ToDictionary(d => d.Index, d => d.Digest is Paragraphs ps ? ps.TotalShingles : 0);
        var sources = context.Digests.ToDictionary(d => d.Index, d => d);
        var sameParagraph = CandidateVerification.Verify<(int A, int B)>(
            lsh.CandidatePairs().Where(pair => paragraphs[pair.A].Article != paragraphs[pair.B].Article),
            i => context.Spill.Read(paragraphs[i].Paragraph.Shingles),
            (pair, a, b) => SetSimilarity.Jaccard(a, b) >= ParagraphMatch ? pair : null);

        // For each ordered pair (source, container): the source's shingles matched, and the container's copied paragraphs.
        var matches = new Dictionary<(int Source, int Container), (HashSet<Paragraph> SourceParagraphs, HashSet<Paragraph> Copies)>();
        foreach (var (a, b) in sameParagraph.Order())
        {
            var (articleA, paragraphA) = paragraphs[a];
            var (articleB, paragraphB) = paragraphs[b];
            Record(matches, articleA, paragraphA, articleB, paragraphB);
            Record(matches, articleB, paragraphB, articleA, paragraphA);
        }

        foreach (var ((source, container), (sourceParagraphs, copies)) in matches)
        {
            var contained = Containment(sourceParagraphs, totals[source]);
            var reverse = matches.TryGetValue((container, source), out var back) ? Containment(back.SourceParagraphs, totals[container]) : 0;
            // A container made almost wholly of the source is a whole-article duplicate (NQ1001's business).
            if (contained < context.Settings.Threshold || reverse >= MutualCopy) continue;
            var (first, origin) = (sourceParagraphs.First(), sources[source]);
            var sourceLocation = new RelatedLocation($"source article {origin.ArticleId}", first.Span, first.Line, first.Column, origin.ArticleId, origin.Origin.Path);
            foreach (var copy in copies.OrderBy(c => c.Span.Start))
                context.Report(container, copy.Span, contained,
                    $"Paragraph copied from {origin.ArticleId}: {contained:P0} of that article appears in this one.",
                    related: [sourceLocation]);
        }
    }

    private static double Containment(HashSet<Paragraph> matched, int total) =>
        total == 0 ? 0 : (double)matched.Sum(p => p.Shingles.Count) / total;

    private static void Record(Dictionary<(int, int), (HashSet<Paragraph>, HashSet<Paragraph>)> matches, int source, Paragraph sourceParagraph, int container, Paragraph copy)
    {
        if (!matches.TryGetValue((source, container), out var entry)) matches[(source, container)] = entry = ([], []);
        entry.Item1.Add(sourceParagraph);
        entry.Item2.Add(copy);
    }
}
