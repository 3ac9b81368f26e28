using System.Buffers;
using System.Runtime.InteropServices;
using NewsQuality.Model;
using NewsQuality.Similarity;
using NewsQuality.Storage;
using NewsQuality.Text;

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
    internal const double ParagraphMatchThreshold = 0.6;

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
    /// <param name="Whole">
    /// The paragraphs' shingles as one set (sorted, distinct), spilled: whether two articles are versions of one story is asked
    /// of every article pair that shares a paragraph, and the set was made again for each (a sort, a read per paragraph). The
    /// sharded pipeline's digests leave it out (count 0), and the set is then made from the items.
    /// </param>
    public readonly record struct Paragraphs(Spilled<Paragraph> Items, Spilled<uint> BandKeys, int TotalShingles, Spilled<ulong> Whole = default);

    /// <summary>A paragraph numbered across the corpus: its article, its place among that article's paragraphs, and that article's digest.</summary>
    private readonly record struct PlacedParagraph(int Article, int Item, Paragraph Paragraph, Paragraphs Digest);

    /// <summary>
    /// A verified paragraph match between two articles (<see cref="Low"/> first in input order): which paragraph of each
    /// (its place among its article's paragraphs) and both articles' digests. Sorted by article pair, then paragraphs.
    /// </summary>
    public readonly record struct ParagraphMatch(int Low, int High, int LowItem, int HighItem, Paragraphs LowDigest, Paragraphs HighDigest)
        : IComparable<ParagraphMatch>
    {
        public int CompareTo(ParagraphMatch other) =>
            (Low, High, LowItem, HighItem).CompareTo((other.Low, other.High, other.LowItem, other.HighItem));
    }

    /// <summary>A matched paragraph with its article, as the report sees it.</summary>
    private readonly record struct MatchedParagraph(int Article, int ArticleShingles, Paragraph Paragraph);

    public override Paragraphs? Digest(Article article, DigestContext context)
    {
        var lsh = LshFor(context.Settings);
        // In plain loops: LINQ lists, a signature and two key arrays per paragraph were most of this digest's allocations.
        // The spill file is written in the same order (each paragraph's shingles, the items, the keys).
        var paragraphs = ParagraphsOf(article, context, lsh);
        if (paragraphs.Count == 0) return null;
        var items = new Paragraph[paragraphs.Count];
        var totalShingles = 0;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var shingles = paragraphs.Shingles(i);
            items[i] = new Paragraph(context.Spill.Write<ulong>(shingles), CitedSpan.In(article, paragraphs.Span(i)));
            totalShingles += shingles.Length;
        }
        // The paragraphs' band keys were cut as they were signed: their signatures are not kept (ParagraphSignatures.Of).
        return new Paragraphs(context.Spill.Write<Paragraph>(items), context.Spill.Write<uint>(paragraphs.AllBandKeys), totalShingles,
            SpillWhole(paragraphs, totalShingles, context.Spill));
    }

    /// <summary>The paragraphs' shingles as one set (sorted, distinct), spilled for <see cref="WholeShingles"/>.</summary>
    private static Spilled<ulong> SpillWhole(ParagraphSignatures paragraphs, int totalShingles, SpillFile spill)
    {
        var buffer = ArrayPool<ulong>.Shared.Rent(totalShingles);
        try
        {
            var filled = 0;
            for (var i = 0; i < paragraphs.Count; i++)
            {
                paragraphs.Shingles(i).CopyTo(buffer.AsSpan(filled));
                filled += paragraphs.Shingles(i).Length;
            }
            return spill.Write<ulong>(buffer.AsSpan(0, Shingler.SortDistinct(buffer.AsSpan(0, filled))));
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(buffer);
        }
    }

    /// <summary>NQ1001 builds the whole article's signature from this rule's paragraph signatures: this rule digests first.</summary>
    public override int DigestOrder => -1;

    /// <summary>
    /// The article's content paragraphs of at least <see cref="MinParagraphWords"/> words with their shingles and signatures,
    /// made once per article and shared with NQ1001 (<see cref="MadeParagraphs"/>), which builds the whole article's signature
    /// from them when it asks with the same shingle size and permutations. The article's content shingles are found first, as
    /// a stream NQ1001 takes its shingle set from, and most paragraphs' shingles are taken from that stream.
    /// </summary>
    private static ParagraphSignatures ParagraphsOf(Article article, DigestContext context, LshParameters lsh)
    {
        var shingleSize = (int)context.Settings.Option("shingleSize", NQ1001NearDuplicate.DefaultShingleSize);
        var minHash = NQ1001NearDuplicate.MinHashFor(context.Settings);
        return context.Shared(new ParagraphsKey(shingleSize, minHash.Permutations),
            () => ParagraphSignatures.Of(article, new Shingler(shingleSize), minHash, MinParagraphWords, NQ1001NearDuplicate.ShingleStreamOf(article, context, shingleSize), lsh));
    }

    /// <summary>The paragraphs <see cref="ParagraphsOf"/> made for the article being digested under <paramref name="context"/>'s settings, if this rule ran.</summary>
    internal static ParagraphSignatures? MadeParagraphs(DigestContext context) =>
        context.TryShared(new ParagraphsKey((int)context.Settings.Option("shingleSize", NQ1001NearDuplicate.DefaultShingleSize),
            NQ1001NearDuplicate.MinHashFor(context.Settings).Permutations), out ParagraphSignatures made) ? made : null;

    /// <summary>What <see cref="ParagraphsOf"/> depends on besides the article (the minimum words are this rule's constant).</summary>
    private readonly record struct ParagraphsKey(int ShingleSize, int Permutations);

    public override void Analyze(CorpusContext<Paragraphs> context)
    {
        var paragraphCount = 0;
        foreach (var (_, digest) in context.Digests) paragraphCount += digest.Items.Count;
        using var lsh = new LshIndex(LshFor(context.Settings), paragraphCount);
        var bands = lsh.Parameters.Bands;
        using var paragraphs = new DiskArray<PlacedParagraph>(expectedRecords: paragraphCount);
        var articles = new ParagraphArticles();
        // Each article's keys and items read into the same two buffers, not arrays of their own.
        var (keyRoom, itemRoom) = (default(ReusedArray<uint>), default(ReusedArray<Paragraph>));
        foreach (var (index, digest) in context.Digests)
        {
            var keys = context.Spill.Read(digest.BandKeys, keyRoom.Room(digest.BandKeys.Count, int.MaxValue));
            var items = context.Spill.Read(digest.Items, itemRoom.Room(digest.Items.Count, int.MaxValue));
            articles.Add(paragraphs.Count, digest);
            for (var item = 0; item < items.Length; item++)
            {
                lsh.Add(paragraphs.Count, keys.Slice(item * bands, bands));
                paragraphs.Add(new PlacedParagraph(index, item, items[item], digest));
            }
        }
        using var matches = new DiskArray<ParagraphMatch>();
        foreach (var match in MatchesBetweenStories(context, lsh.CandidatePairs(), articles, paragraphs)) matches.Add(match);
        ReportMatches(context, ExternalSort.Sorted(matches));
    }

    /// <summary>
    /// The verified paragraph matches among <paramref name="candidates"/> (sorted, paragraphs numbered as <paramref name="paragraphs"/>)
    /// between two articles that are not versions of one story. <see cref="ReportMatches"/> leaves versions alone whatever
    /// paragraphs they share, so their pairs are dropped before any paragraph is read or verified: versions of one story share
    /// most of their paragraphs, and in a corpus with many versions of each story they were most of the candidates.
    /// </summary>
    private static IEnumerable<ParagraphMatch> MatchesBetweenStories(CorpusContext<Paragraphs> context, IEnumerable<(int A, int B)> candidates,
                                                                      ParagraphArticles articles, DiskArray<PlacedParagraph> paragraphs) =>
        // Candidates come sorted by their first paragraph, so each article's pairs with later articles come together.
        candidates.RunsBy(pair => articles.Of(pair.A))
            .AsParallel()
            .SelectMany(run =>
            {
                var (first, other) = (new WholeShingles(context.Spill), new WholeShingles(context.Spill));
                var article = articles.Of(run[0].A);
                var whole = first.Of(article, articles.Digest(article));
                var versions = new Dictionary<int, bool>();
                var found = new List<ParagraphMatch>();
                var (current, placed, shingles) = (-1, default(PlacedParagraph), Array.Empty<ulong>());
                foreach (var (a, b) in run)
                {
                    var otherArticle = articles.Of(b);
                    if (otherArticle == article) continue;
                    if (!versions.TryGetValue(otherArticle, out var isVersion))
                        versions[otherArticle] = isVersion = AreVersionsOfOneStory(whole, other.Of(otherArticle, articles.Digest(otherArticle)));
                    if (isVersion) continue;
                    // A paragraph's pairs are consecutive: its set is read once for them.
                    if (a != current)
                    {
                        (current, placed) = (a, paragraphs[a]);
                        shingles = context.Spill.Read(placed.Paragraph.Shingles);
                    }
                    var placedB = paragraphs[b];
                    if (IsMatch(shingles, context.Spill.Read(placedB.Paragraph.Shingles))) found.Add(Match(placed, placedB));
                }
                return found;
            });

    /// <summary>
    /// Which article each paragraph number belongs to, and the article's digest: held in memory, about 60 bytes an article
    /// (6 MB for 100,000), so that a candidate pair's articles are known without reading its paragraphs back from disk.
    /// </summary>
    private sealed class ParagraphArticles
    {
        /// <summary>Each article's first paragraph number, ascending: articles are numbered here in the order they were added.</summary>
        private readonly List<int> _firsts = [];
        private readonly List<Paragraphs> _digests = [];

        /// <summary>The next article: its paragraphs are numbered from <paramref name="first"/> on (after the previous article's).</summary>
        public void Add(int first, Paragraphs digest)
        {
            // An article without paragraphs holds no number; it would share its first with the next article.
            if (digest.Items.Count == 0) return;
            _firsts.Add(first);
            _digests.Add(digest);
        }

        /// <summary>The article (numbered as added) holding a paragraph.</summary>
        public int Of(int paragraph)
        {
            var at = CollectionsMarshal.AsSpan(_firsts).BinarySearch(paragraph);
            return at >= 0 ? at : ~at - 1;
        }

        public Paragraphs Digest(int article) => _digests[article];
    }

    /// <summary>Paragraph LSH: bands × rows for <see cref="ParagraphMatchThreshold"/> with NQ1001's permutations.</summary>
    public static LshParameters LshFor(RuleSettings settings) =>
        NQ1001NearDuplicate.LshFor(ParagraphMatchThreshold, NQ1001NearDuplicate.MinHashFor(settings).Permutations);

    /// <summary>Whether two paragraphs' shingle sets are the same paragraph.</summary>
    public static bool IsMatch(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b) => SetSimilarity.Jaccard(a, b) >= ParagraphMatchThreshold;

    private static ParagraphMatch Match(PlacedParagraph a, PlacedParagraph b) =>
        a.Article < b.Article ? new ParagraphMatch(a.Article, b.Article, a.Item, b.Item, a.Digest, b.Digest) : new ParagraphMatch(b.Article, a.Article, b.Item, a.Item, b.Digest, a.Digest);

    /// <summary>
    /// One pair of articles at a time (<paramref name="sortedMatches"/> sorted, digests in the context's spill file): the
    /// matched paragraphs on each side, and each side as source of the other. The sharded pipeline calls this with its verified matches.
    /// </summary>
    public static void ReportMatches(CorpusContext<Paragraphs> context, IEnumerable<ParagraphMatch> sortedMatches)
    {
        List<MatchedParagraph> Side(List<ParagraphMatch> pair, Func<ParagraphMatch, int> item, Paragraphs digest, int article)
        {
            var items = context.Spill.Read(digest.Items);
            return pair.Select(item).Distinct().Select(i => new MatchedParagraph(article, digest.TotalShingles, items[i])).ToList();
        }

        // Pairs come sorted by their lower article, so its whole shingle set is made once for all its pairs.
        var (lowWhole, highWhole) = (new WholeShingles(context.Spill), new WholeShingles(context.Spill));
        foreach (var pair in sortedMatches.RunsBy(match => (match.Low, match.High)))
        {
            var first = pair[0];
            if (AreVersionsOfOneStory(lowWhole.Of(first.Low, first.LowDigest), highWhole.Of(first.High, first.HighDigest))) continue;
            var low = Side(pair, m => m.LowItem, first.LowDigest, first.Low);
            var high = Side(pair, m => m.HighItem, first.HighDigest, first.High);
            ReportIfPartialCopy(context, source: low, container: high);
            ReportIfPartialCopy(context, source: high, container: low);
        }
    }

    /// <summary>
    /// Reports the <paramref name="container"/> side's copied paragraphs when they hold enough of the source article and
    /// weigh clearly less in the container (the longer article, with text of its own around them).
    /// </summary>
    private static void ReportIfPartialCopy(CorpusContext<Paragraphs> context, List<MatchedParagraph> source, List<MatchedParagraph> container)
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
    /// <remarks>The shared shingles are counted once for both measures: the test is asked of every article pair that shares a paragraph.</remarks>
    private static bool AreVersionsOfOneStory(ReadOnlySpan<ulong> wholeA, ReadOnlySpan<ulong> wholeB)
    {
        var shared = SetSimilarity.IntersectionCount(wholeA, wholeB);
        return SetSimilarity.Jaccard(shared, wholeA.Length, wholeB.Length) >= NQ1001NearDuplicate.DefaultJaccard &&
               !NQ1001NearDuplicate.IsOneSided(shared, wholeA.Length, wholeB.Length);
    }

    /// <summary>
    /// An article's paragraphs' shingles as one set (sorted, distinct): read as the digest spilled it, or made from the items
    /// when it did not (<see cref="Paragraphs.Whole"/>), in arrays reused from one article to the next (an array per side of
    /// every matched pair was a third of the comparison's allocation, and most of its CPU), and kept for the next ask about
    /// the same article.
    /// </summary>
    private sealed class WholeShingles(SpillFile spill)
    {
        /// <summary>Values the arrays keep between articles; a larger article's set gets arrays of its own.</summary>
        private const int Kept = 1 << 16;

        private ReusedArray<ulong> _shingles;
        private ReusedArray<Paragraph> _paragraphs;
        private int _article = -1, _count;
        private ulong[] _made = [];

        public ReadOnlySpan<ulong> Of(int article, Paragraphs digest)
        {
            if (article == _article) return _made.AsSpan(0, _count);
            _article = -1;
            if (digest.Whole.Count > 0)
            {
                var whole = _shingles.Room(digest.Whole.Count, Kept);
                spill.Read(digest.Whole, whole);
                (_made, _count, _article) = (whole, digest.Whole.Count, article);
                return _made.AsSpan(0, _count);
            }
            var paragraphs = spill.Read(digest.Items, _paragraphs.Room(digest.Items.Count, Kept));
            var total = 0;
            foreach (var paragraph in paragraphs) total += paragraph.Shingles.Count;
            var shingles = _shingles.Room(total, Kept);
            var filled = 0;
            foreach (var paragraph in paragraphs)
            {
                spill.Read(paragraph.Shingles, shingles.AsSpan(filled));
                filled += paragraph.Shingles.Count;
            }
            (_made, _count, _article) = (shingles, Shingler.SortDistinct(shingles.AsSpan(0, filled)), article);
            return _made.AsSpan(0, _count);
        }
    }

    /// <summary>The share of an article's shingles in the given paragraphs of it.</summary>
    private static double Containment(List<MatchedParagraph> matched) =>
        matched[0].ArticleShingles == 0 ? 0 : (double)matched.Sum(p => p.Paragraph.Shingles.Count) / matched[0].ArticleShingles;
}
