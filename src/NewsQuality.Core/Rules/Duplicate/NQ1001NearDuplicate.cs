using System.Buffers;
using NewsQuality.Index;
using NewsQuality.Model;
using NewsQuality.Similarity;
using NewsQuality.Storage;

namespace NewsQuality.Rules.Duplicate;

/// <summary>
/// Whole-article near-duplicates across the corpus: MinHash signatures of word shingles, LSH banding chosen so that a
/// pair just above the Jaccard threshold is a candidate with probability 0.99, every candidate verified exactly on its
/// wording and its particulars (names, figures, dates: templated items about different events differ there), and
/// verified pairs grouped by star clustering around a representative (earliest published, else longest), so every
/// member is itself verified against the article it is reported with; nothing is clustered through a chain.
/// </summary>
public sealed class NQ1001NearDuplicate : CorpusRule<NQ1001NearDuplicate.Fingerprint>
{
    public const int DefaultShingleSize = 2;
    public const int DefaultPermutations = 320;
    public const double DefaultJaccard = 0.3;

    /// <summary>Words per shingle; NQ1002 takes the same option so the two rules compare the same units.</summary>
    public static readonly RuleOption ShingleSizeOption = new("shingleSize", DefaultShingleSize, new NumberRange(1, 16));

    public override RuleDescriptor Descriptor { get; } = new(
        Id: "NQ1001",
        Name: "near-duplicate",
        Category: RuleCategory.Duplicate,
        DefaultSeverity: Severity.Warning,
        DefaultThreshold: DefaultJaccard,
        Summary: "The article is a copy or light re-spin of another article in the corpus.",
        Rationale: "Content farms republish one story under many URLs, copied verbatim, re-spun or re-translated; wire services retransmit " +
                   "and correct. Articles are compared by the Jaccard similarity of their word 2-shingles (site chrome and link lines left out); " +
                   "candidates come from MinHash LSH, so no all-pairs comparison is made, and each candidate is verified exactly. The threshold is " +
                   "that Jaccard similarity (0.3: copies with up to about 30% of words substituted or dropped still cluster). Templated items about " +
                   "different events (dividend notices, weekly figures, auctions) share their wording and differ in their particulars (names, figures, " +
                   "dates), so a pair is one story only if, beyond one substituted figure, at most 0.3 differing particulars come per changed word; " +
                   "items under about 600 characters must also share half their wording, no differing name and at most three differing figures, " +
                   "each figure compared in its place, with the word it follows (\"band 4\", \"August 23\"). " +
                   "Clusters are stars: each member is verified against the article it is reported with (the earliest published; undated, the " +
                   "one verified against the most others), and an article that only repeats another member is reported as a pair with it. The " +
                   "message quotes that pair's similarity, the score; related locations list every verified link. Options: shingleSize (2), " +
                   "permutations (320: enough for LSH to find a pair 0.05 above the threshold with probability 0.99).",
        FlaggedExample: "(corpus rule: needs two or more articles; see its tests)",
        CleanExample: "(corpus rule: needs two or more articles; see its tests)")
    {
        FixTitle = "Keep one copy; drop or rewrite the others",
        Options = [ShingleSizeOption, new RuleOption("permutations", DefaultPermutations, new NumberRange(16, 1024))],
    };

    /// <summary>What the rule keeps of an article: where its shingle set and signature were spilled, and what a finding cites.</summary>
    public readonly record struct Fingerprint(Spilled<ulong> Shingles, Spilled<ulong> Particulars, Spilled<uint> Signature, DateTimeOffset? Published, int Length, CitedSpan Anchor);

    public override Fingerprint? Digest(Article article, DigestContext context)
    {
        var key = new FingerprintKey((int)context.Settings.Option("shingleSize", DefaultShingleSize), MinHashFor(context.Settings).Permutations);
        return context.Shared(key, () => NewFingerprint(article, context));
    }

    /// <summary>
    /// What an article's fingerprint depends on besides the article: NQ1003 finds versions with NQ1001's default settings,
    /// so when NQ1001 runs with them too, each article is shingled, signed and spilled once, not once per rule.
    /// </summary>
    private readonly record struct FingerprintKey(int ShingleSize, int Permutations);

    private static Fingerprint? NewFingerprint(Article article, DigestContext context)
    {
        var content = ContentSpans.Of(article);
        var paragraphs = NQ1002PartialCopy.MadeParagraphs(context);
        if (paragraphs?.Stream is not { } stream || stream.Size != (int)context.Settings.Option("shingleSize", DefaultShingleSize))
        {
            var (shingles, signature) = Sign(article, content, context.Settings, paragraphs);
            return NewFingerprint(article, content, context, shingles, signature);
        }
        // From NQ1002's stream (see Sign), the shingle set and signature are only spilled: made in pooled buffers, not in
        // arrays of their own for each article.
        var permutations = MinHashFor(context.Settings).Permutations;
        var (distinct, signed) = (ArrayPool<ulong>.Shared.Rent(stream.Windows.Length), ArrayPool<uint>.Shared.Rent(permutations));
        try
        {
            var count = stream.Distinct(distinct);
            paragraphs.SignatureOfStream(signed.AsSpan(0, permutations));
            return NewFingerprint(article, content, context, distinct.AsSpan(0, count), signed.AsSpan(0, permutations));
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(distinct);
            ArrayPool<uint>.Shared.Return(signed);
        }
    }

    private static Fingerprint? NewFingerprint(Article article, SpanSet content, DigestContext context, ReadOnlySpan<ulong> shingles, ReadOnlySpan<uint> signature)
    {
        // An article without words resembles nothing.
        if (shingles.Length == 0) return null;
        var anchor = article.TitleSpan.Length > 0 ? article.TitleSpan : new TextSpan(0, Math.Min(article.Text.Length, 80));
        return new Fingerprint(context.Spill.Write(shingles), Particulars.Spill(article.Text, content, context.Spill), context.Spill.Write(signature),
            article.Published, article.Text.Length, CitedSpan.In(article, anchor));
    }

    /// <summary>The index entry of an article: the same shingles and signature the rule compares, so index and run agree.</summary>
    public IndexEntry IndexEntry(Article article, RuleSettings settings)
    {
        var (shingles, signature) = Sign(article, ContentSpans.Of(article), settings);
        return new IndexEntry(new IndexedArticle(article.Id, article.Origin.Path, article.Title, article.Origin.RecordLine ?? 0), shingles, signature);
    }

    /// <param name="content">The article's <see cref="ContentSpans"/>, found once for shingles and particulars.</param>
    /// <param name="paragraphs">
    /// NQ1002's paragraph signatures of this article, when NQ1002 made them (it digests first): the signature is built from
    /// them, the same values as signing the shingles themselves, with only the shingles no paragraph holds signed again.
    /// Without them (NQ1002 off, the dedup runs, the index), the shingles are signed directly.
    /// </param>
    /// <remarks>
    /// When NQ1002's paragraphs were taken from the article's stream of content shingles (<see cref="ShingleStreamOf"/>) of
    /// this shingle size, <see cref="NewFingerprint(Article, DigestContext)"/> does not come here: the shingle set is the
    /// stream's and the signature is built from the paragraphs and the stream's other windows, so the article is normalised
    /// and hashed once for both rules.
    /// </remarks>
    private static (ulong[] Shingles, uint[] Signature) Sign(Article article, SpanSet content, RuleSettings settings, ParagraphSignatures? paragraphs = null)
    {
        var shingles = new Shingler((int)settings.Option("shingleSize", DefaultShingleSize)).Shingles(article.Text, content);
        return (shingles, (paragraphs is { HasSignatures: true } ? paragraphs.SignatureOf(shingles) : null) ?? MinHashFor(settings).Signature(shingles));
    }

    /// <summary>
    /// The article's content shingles (<see cref="ContentSpans.Of"/>) as a stream of windows, made once per article and shingle
    /// size for the rules that ask (NQ1002 takes its paragraphs' shingles from it, and hands it to this rule with them).
    /// </summary>
    internal static Shingler.ShingleStream ShingleStreamOf(Article article, DigestContext context, int shingleSize) =>
        context.Shared(new ShingleStreamKey(shingleSize), () => new Shingler(shingleSize).Stream(article.Text, ContentSpans.Of(article), Scratch ??= new()));

    /// <summary>
    /// The room this thread's article streams and NQ1002's paragraphs are made in (<see cref="Shingler.ShingleScratch"/>): an
    /// article's digests run on one thread and read them only until they return, before the thread takes the next article.
    /// </summary>
    [ThreadStatic] private static Shingler.ShingleScratch? Scratch;

    /// <summary>What <see cref="ShingleStreamOf"/> depends on besides the article.</summary>
    private readonly record struct ShingleStreamKey(int ShingleSize);

    public static IndexSettings IndexSettings(RuleSettings settings) =>
        new((int)settings.Option("shingleSize", DefaultShingleSize), MinHashFor(settings).Permutations, settings.Threshold);

    public override void Analyze(CorpusContext<Fingerprint> context)
    {
        if (context.Published is { } published) ReportPublishedCopies(context, published);
        ReportClusters(context, VerifiedPairs(context, fingerprint => fingerprint, context.Settings));
    }

    /// <summary>
    /// Every verified near-duplicate pair among the fingerprints <paramref name="fingerprint"/> takes from the digests of
    /// <paramref name="context"/> (documents numbered by position among the digests, lower first): LSH candidates, each
    /// verified exactly. NQ1003 finds the versions of one story with the same pairs, so the pairs are a product of the run,
    /// found once for both rules when they ask with the same settings about the same articles.
    /// </summary>
    /// <remarks>The result is shared with the other rule: read it, never change it.</remarks>
    public static IReadOnlyDictionary<(int A, int B), StorySimilarity> VerifiedPairs<TDigest>(CorpusContext<TDigest> context, Func<TDigest, Fingerprint> fingerprint,
                                                                                            RuleSettings settings) where TDigest : unmanaged
    {
        var digests = context.Digests;
        var key = new PairsKey((int)settings.Option("shingleSize", DefaultShingleSize), MinHashFor(settings).Permutations, settings.Threshold, ArticlesHash(digests));
        return context.Shared.GetOrMake(key, () => FindVerifiedPairs(digests.Count, d => fingerprint(digests[d].Digest), context.Spill, settings));
    }

    /// <summary>What the verified pairs depend on: the fingerprints' settings, the threshold, and which articles have a fingerprint.</summary>
    private readonly record struct PairsKey(int ShingleSize, int Permutations, double Threshold, ulong Articles);

    /// <summary>A hash of the input positions of the digested articles, in order: equal when two rules digested the same articles.</summary>
    private static ulong ArticlesHash<TDigest>(IReadOnlyList<Digested<TDigest>> digests) where TDigest : unmanaged
    {
        var hash = new System.IO.Hashing.XxHash3();
        Span<int> index = stackalloc int[1];
        foreach (var digest in digests)
        {
            index[0] = digest.Index;
            hash.Append(System.Runtime.InteropServices.MemoryMarshal.AsBytes(index));
        }
        return hash.GetCurrentHashAsUInt64();
    }

    private static Dictionary<(int A, int B), StorySimilarity> FindVerifiedPairs(int count, Func<int, Fingerprint> fingerprint, SpillFile spill, RuleSettings settings)
    {
        var threshold = settings.Threshold;
        using var lsh = new LshIndex(LshFor(settings), count);
        // Signatures are read and cut into band keys in parallel, each worker in its own two buffers (an array of each per
        // article was 3.8 MB of a BBC check); the index takes documents in any order, one at a time.
        var permutations = MinHashFor(settings).Permutations;
        var adding = new Lock();
        // Where each document's sets lie, held in memory (32 bytes a document): every candidate pair asks for both documents', and
        // the digests are on disk, read a block at a time around each, so a pair of versions far apart cost a read each.
        var sets = new (Spilled<ulong> Shingles, Spilled<ulong> Particulars)[count];
        Parallel.For(0, count, () => (Signature: new uint[permutations], Keys: new uint[lsh.Parameters.Bands]), (document, _, buffers) =>
        {
            var print = fingerprint(document);
            sets[document] = (print.Shingles, print.Particulars);
            lsh.Parameters.CompactBandKeys(spill.Read(print.Signature, buffers.Signature), buffers.Keys);
            lock (adding) lsh.Add(document, buffers.Keys);
            return buffers;
        }, _ => { });
        StorySimilarity.Sets SetsOf(int d) => new(spill.Read(sets[d].Shingles), spill.Read(sets[d].Particulars));

        // A pair whose shingle counts alone prove that Verify rejects it is not read from disk.
        var candidates = lsh.CandidatePairs().Where(pair => !AreTooUnequal(sets[pair.A].Shingles.Count, sets[pair.B].Shingles.Count, threshold));
        return CandidateVerification.Verify<StorySimilarity.Sets, ((int A, int B) Pair, StorySimilarity Similarity)>(candidates, count, SetsOf,
                (pair, a, b) => Verify(a, b, threshold) is { } similarity ? (pair, similarity) : null)
            .ToDictionary(result => result.Pair, result => result.Similarity);
    }

    /// <summary>The exact test of one LSH candidate: the same story, and neither article a padded copy of the other.</summary>
    public static StorySimilarity? Verify(StorySimilarity.Sets a, StorySimilarity.Sets b, double threshold)
    {
        var similarity = StorySimilarity.Measure(a, b);
        // One article inside a much longer one is a partial copy (NQ1002), and must not link two stories.
        if (!similarity.IsSameStory(threshold)) return null;
        // The shingles both share, from what the measure counted (no second merge of the sets).
        var shared = (a.Shingles.Length + b.Shingles.Length - similarity.DifferingShingles) / 2;
        return IsOneSided(shared, a.Shingles.Length, b.Shingles.Length) ? null : similarity;
    }

    /// <summary>
    /// Clusters the verified pairs (documents numbered by their position in <see cref="CorpusContext{TDigest}.Digests"/>, lower
    /// first) and reports every member. The sharded pipeline calls this with the digests of the paired articles only, in input order.
    /// </summary>
    public static void ReportClusters(CorpusContext<Fingerprint> context, IReadOnlyDictionary<(int A, int B), StorySimilarity> verified)
    {
        StorySimilarity Link(int a, int b) => verified[StarClusters.Link(a, b)];

        // The preferred representative: the earliest published (the original a wire editor keeps); among undated articles, the one
        // verified against the most others (the natural centre of its star), then the longest, then the first in the input.
        var links = StarClusters.Neighbours(verified.Keys);
        // The digests of the linked documents, read once each: sorting and citing ask for them many times, and digests live on disk.
        var documents = links.Keys.Order().ToDictionary(d => d, d => context.Digests[d]);
        var articles = new Dictionary<int, ArticleReference>();
        ArticleReference ArticleOf(int d) => articles.TryGetValue(d, out var known) ? known : articles[d] = context.Article(documents[d].Index);
        var preference = Comparer<int>.Create((a, b) =>
        {
            var (x, y) = (documents[a].Digest, documents[b].Digest);
            var byDate = (x.Published ?? DateTimeOffset.MaxValue).CompareTo(y.Published ?? DateTimeOffset.MaxValue);
            if (byDate != 0) return byDate;
            var byLinks = links[b].Count.CompareTo(links[a].Count);
            return byLinks != 0 ? byLinks : x.Length != y.Length ? y.Length.CompareTo(x.Length) : a.CompareTo(b);
        });
        var placements = StarClusters.Place(links, (a, b) => Link(a, b).Wording, preference);
        var clusterSizes = placements.Values.Where(p => p.ToCentre).CountBy(p => p.Target).ToDictionary(c => c.Key, c => c.Value + 1);
        foreach (var (member, placement) in placements)
        {
            var target = placement.Target;
            var similarity = Link(member, target);
            var targetArticle = ArticleOf(target);
            var why = documents[target].Digest.Published is not null ? "earliest published" : "one verified against the most others";
            var (role, scope) = placement.ToCentre
                ? ($"the cluster's representative ({why})", $"one of a cluster of {clusterSizes[target]} articles, each verified against {targetArticle.Id}, the {why}")
                : ("the article it repeats (a member of another article's cluster)",
                   $"a pair: {targetArticle.Id} belongs to another cluster whose representative this article does not repeat closely enough");
            var related = new List<RelatedLocation> { Cite(target, $"{targetArticle.Id}, {role}: {similarity.Describe()} shared", similarity) };
            foreach (var other in links[member].Where(o => o != target).OrderByDescending(o => Link(member, o).Wording).ThenBy(o => o))
            {
                var otherArticle = ArticleOf(other);
                related.Add(Cite(other, $"{otherArticle.Id}, also verified as a near-duplicate: {Link(member, other).Describe()} shared", Link(member, other)));
            }
            context.Report(documents[member].Index, documents[member].Digest.Anchor.Span, similarity.Wording,
                $"Near-duplicate of {targetArticle.Id}: the two share {similarity.Describe()} (verified); {scope}.",
                related: related);
        }

        RelatedLocation Cite(int d, string message, StorySimilarity similarity)
        {
            var article = ArticleOf(d);
            return documents[d].Digest.Anchor.Cite(message, article.Id, article.Origin.Path) with { Similarity = similarity.Wording };
        }
    }

    /// <summary>Each run article that duplicates an article in the published index is reported, citing the indexed one.</summary>
    private static void ReportPublishedCopies(CorpusContext<Fingerprint> context, PublishedIndex published)
    {
        var expected = IndexSettings(context.Settings);
        if (published.Settings.ShingleSize != expected.ShingleSize || published.Settings.Permutations != expected.Permutations)
            throw new InvalidOperationException($"the index was built with shingleSize {published.Settings.ShingleSize} and {published.Settings.Permutations} permutations, but NQ1001 now uses {expected.ShingleSize} and {expected.Permutations}: rebuild the index or align the rule's settings");
        foreach (var (index, print) in context.Digests)
        {
            var shingles = context.Spill.Read(print.Shingles);
            var best = published.Candidates(context.Spill.Read(print.Signature), shingles)
                .Where(c => c.Jaccard >= context.Settings.Threshold && !IsOneSided(shingles, c.Shingles))
                .OrderByDescending(c => c.Jaccard)
                .FirstOrDefault();
            if (best.Article is null) continue;
            context.Report(index, print.Anchor.Span, best.Jaccard,
                $"Near-duplicate of already published {best.Article.Id}: the two share {best.Jaccard:P0} of their wording (verified against the index).",
                related: [new RelatedLocation($"published article {best.Article.Id}: {best.Article.Title}", default, Math.Max(1, best.Article.RecordLine), 1, best.Article.Id, best.Article.Path)]);
        }
    }

    /// <summary>Containment so lopsided (one side well under 60% of the other) that the pair is a padded copy, not a duplicate.</summary>
    internal static bool IsOneSided(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b) => IsOneSided(SetSimilarity.IntersectionCount(a, b), a.Length, b.Length);

    /// <summary>The same test on two sets of <paramref name="a"/> and <paramref name="b"/> values sharing <paramref name="shared"/>.</summary>
    internal static bool IsOneSided(int shared, int a, int b) => IsOneSided(SetSimilarity.Containment(shared, a), SetSimilarity.Containment(shared, b));

    /// <summary>
    /// Whether two shingle counts alone prove that <see cref="Verify"/> rejects the pair: their Jaccard similarity is at most
    /// the smaller count over the larger, and with any shingle shared a smaller side under 0.6 of the larger is one-sided
    /// (with none shared, the wording is 0). The margin keeps rounding in Verify's arithmetic from ever deciding.
    /// </summary>
    internal static bool AreTooUnequal(int a, int b, double threshold) =>
        threshold > 0 && Math.Min(a, b) < SizeMargin * Math.Max(MutualContainment, threshold) * Math.Max(a, b);

    private const double SizeMargin = 0.999;

    /// <summary>The same test on containments measured elsewhere (NQ1002 leaves pairs that pass it to this rule).</summary>
    internal static bool IsOneSided(double ab, double ba) => Math.Min(ab, ba) < MutualContainment * Math.Max(ab, ba);

    private const double MutualContainment = 0.6;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, MinHash> MinHashes = new();

    /// <summary>
    /// <see cref="LshParameters.Optimal"/> for the default settings of NQ1001 and NQ1002, written down once: the search
    /// integrates every split, tens of milliseconds of every start. A test holds these equal to the search's result.
    /// </summary>
    internal static readonly IReadOnlyDictionary<(double, int), LshParameters> DefaultLshChoices = new Dictionary<(double, int), LshParameters>
    {
        [(DefaultJaccard, DefaultPermutations)] = new(Bands: 106, Rows: 3),
        [(NQ1002PartialCopy.ParagraphMatchThreshold, DefaultPermutations)] = new(Bands: 38, Rows: 5),
    };

    // After the table it starts from: static fields initialise in order.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(double, int), LshParameters> LshChoices = new(DefaultLshChoices);

    /// <summary>One MinHash per permutation count (fixed seed), so every signature of a run compares with every other.</summary>
    internal static MinHash MinHashFor(RuleSettings settings) =>
        MinHashes.GetOrAdd((int)settings.Option("permutations", DefaultPermutations), permutations => new MinHash(permutations));

    /// <summary>Bands × rows for the rule's threshold, chosen once per setting (the choice integrates every split).</summary>
    internal static LshParameters LshFor(RuleSettings settings) => LshFor(settings.Threshold, MinHashFor(settings).Permutations);

    internal static LshParameters LshFor(double threshold, int permutations) =>
        LshChoices.GetOrAdd((Math.Clamp(threshold, 0.01, 0.99), permutations), key => LshParameters.Optimal(key.Item1, key.Item2));
}
