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

    /// <summary>A paragraph as kept in memory: its LSH band keys and location; its shingle set is spilled.</summary>
    private sealed record Paragraph(Spilled<ulong> Shingles, ulong[] BandKeys, RelatedLocation Location);

    private sealed record Paragraphs(Paragraph[] Items, int TotalShingles);

    public object? Digest(Article article, DigestContext context)
    {
        var shingler = new Shingler((int)context.Settings.Option("shingleSize", NQ1001NearDuplicate.DefaultShingleSize));
        var minHash = NQ1001NearDuplicate.MinHashFor(context.Settings);
        var lsh = NQ1001NearDuplicate.LshFor(ParagraphMatch, minHash.Permutations);
        var items = ContentSpans.Paragraphs(article, MinParagraphWords)
            .Select(span => (Span: span, Shingles: shingler.Shingles(article.Text, [span])))
            .Where(p => p.Shingles.Length > 0)
            .Select(p => new Paragraph(context.Spill.Write<ulong>(p.Shingles), lsh.BandKeys(minHash.Signature(p.Shingles)), RelatedLocations.In(article, p.Span, "copied paragraph")))
            .ToArray();
        return items.Length == 0 ? null : new Paragraphs(items, items.Sum(p => p.Shingles.Count));
    }

    public void Analyze(CorpusContext context)
    {
        var paragraphs = context.Digests
            .SelectMany(d => d.Digest is Paragraphs ps ? ps.Items.Select(p => (Article: d.Index, Paragraph: p)) : [])
            .ToList();
        var totals = context.Digests.ToDictionary(d => d.Index, d => d.Digest is Paragraphs ps ? ps.TotalShingles : 0);
        var ids = context.Digests.ToDictionary(d => d.Index, d => d.ArticleId);
        var lsh = new LshIndex(NQ1001NearDuplicate.LshFor(ParagraphMatch, NQ1001NearDuplicate.MinHashFor(context.Settings).Permutations));
        for (var i = 0; i < paragraphs.Count; i++) lsh.Add(i, paragraphs[i].Paragraph.BandKeys);
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
            var sourceLocation = sourceParagraphs.First().Location;
            foreach (var copy in copies.OrderBy(c => c.Location.Span.Start))
                context.Report(container, copy.Location.Span, contained,
                    $"Paragraph copied from {ids[source]}: {contained:P0} of that article appears in this one.",
                    related: [sourceLocation with { Message = $"source article {ids[source]}" }]);
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
