using NewsQuality.Index;
using NewsQuality.Model;
using NewsQuality.Similarity;
using NewsQuality.Storage;

namespace NewsQuality.Rules.Duplicate;

/// <summary>
/// Whole-article near-duplicates across the corpus: MinHash signatures of word shingles, LSH banding chosen for the
/// Jaccard threshold, every candidate verified by exact Jaccard, verified pairs joined into clusters. Each member
/// other than the cluster's representative (earliest published, else longest) is reported, pointing at it.
/// </summary>
public sealed class NQ1001NearDuplicate : CorpusRule<NQ1001NearDuplicate.Fingerprint>
{
    public const int DefaultShingleSize = 2;
    public const int DefaultPermutations = 128;
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
        Rationale: "Content farms republish one story under many URLs, copied verbatim, re-spun or re-translated. Articles are compared " +
                   "by the Jaccard similarity of their word 2-shingles (site chrome and link lines left out); candidates come from MinHash " +
                   "LSH, so no all-pairs comparison is made, and each candidate is verified exactly. The threshold is the Jaccard similarity " +
                   "(0.3: copies with up to about 30% of words substituted or dropped still cluster; distinct articles on the same event stay apart). Options: " +
                   "shingleSize (2), permutations (128).",
        FlaggedExample: "(corpus rule: needs two or more articles; see its tests)",
        CleanExample: "(corpus rule: needs two or more articles; see its tests)")
    {
        FixTitle = "Keep one copy; drop or rewrite the others",
        Options = [ShingleSizeOption, new RuleOption("permutations", DefaultPermutations, new NumberRange(16, 1024))],
    };

    /// <summary>What the rule keeps of an article: where its shingle set and signature were spilled, and what a finding cites.</summary>
    public readonly record struct Fingerprint(Spilled<ulong> Shingles, Spilled<uint> Signature, DateTimeOffset? Published, int Length, CitedSpan Anchor);

    public override Fingerprint? Digest(Article article, DigestContext context)
    {
        var (shingles, signature) = Sign(article, context.Settings);
        // An article without words resembles nothing.
        if (shingles.Length == 0) return null;
        var anchor = article.TitleSpan.Length > 0 ? article.TitleSpan : new TextSpan(0, Math.Min(article.Text.Length, 80));
        return new Fingerprint(context.Spill.Write<ulong>(shingles), context.Spill.Write<uint>(signature), article.Published, article.Text.Length, CitedSpan.In(article, anchor));
    }

    /// <summary>The index entry of an article: the same shingles and signature the rule compares, so index and run agree.</summary>
    public IndexEntry IndexEntry(Article article, RuleSettings settings)
    {
        var (shingles, signature) = Sign(article, settings);
        return new IndexEntry(new IndexedArticle(article.Id, article.Origin.Path, article.Title, article.Origin.RecordLine ?? 0), shingles, signature);
    }

    private static (ulong[] Shingles, uint[] Signature) Sign(Article article, RuleSettings settings)
    {
        var shingles = new Shingler((int)settings.Option("shingleSize", DefaultShingleSize)).Shingles(article.Text, ContentSpans.Of(article));
        return (shingles, MinHashFor(settings).Signature(shingles));
    }

    public static IndexSettings IndexSettings(RuleSettings settings) =>
        new((int)settings.Option("shingleSize", DefaultShingleSize), MinHashFor(settings).Permutations, settings.Threshold);

    public override void Analyze(CorpusContext<Fingerprint> context)
    {
        // Documents are numbered by their position among the digests.
        var documents = context.Digests;
        var threshold = context.Settings.Threshold;
        if (context.Published is { } published) ReportPublishedCopies(context, published);
        using var lsh = new LshIndex(LshFor(context.Settings));
        var document = 0;
        foreach (var digest in documents) lsh.AddSignature(document++, context.Spill.Read(digest.Digest.Signature));
        ulong[] ShinglesOf(int d) => context.Spill.Read(documents[d].Digest.Shingles);

        var verified = CandidateVerification.Verify<((int A, int B) Pair, double Similarity)>(lsh.CandidatePairs(), ShinglesOf, (pair, shinglesA, shinglesB) =>
            {
                var similarity = SetSimilarity.Jaccard(shinglesA, shinglesB);
                // One article inside a much longer one is a partial copy (NQ1002), and must not bridge two clusters.
                return similarity >= threshold && !IsOneSided(shinglesA, shinglesB) ? (pair, similarity) : null;
            })
            .ToDictionary(result => result.Pair, result => result.Similarity);
        var sets = new DisjointSets(documents.Count);
        foreach (var (a, b) in verified.Keys) sets.Union(a, b);

        // Each clustered document's strongest verified link: its score, and proof it belongs.
        var strongest = new Dictionary<int, double>();
        foreach (var ((a, b), similarity) in verified)
        {
            strongest[a] = Math.Max(strongest.GetValueOrDefault(a), similarity);
            strongest[b] = Math.Max(strongest.GetValueOrDefault(b), similarity);
        }
        foreach (var cluster in strongest.Keys.Order().GroupBy(sets.Find))
        {
            var members = cluster.ToDictionary(d => d, d => documents[d]);
            var representative = members.Keys
                .OrderBy(d => members[d].Digest.Published ?? DateTimeOffset.MaxValue)
                .ThenByDescending(d => members[d].Digest.Length)
                .ThenBy(d => d)
                .First();
            var rep = members[representative].Digest;
            var why = rep.Published is not null ? "earliest published" : "longest";
            var repArticle = context.Article(members[representative].Index);
            var repLocation = rep.Anchor.Cite($"{repArticle.Id}, the cluster's representative ({why})", repArticle.Id, repArticle.Origin.Path);
            foreach (var (member, digested) in members.Where(m => m.Key != representative))
            {
                var key = member < representative ? (member, representative) : (representative, member);
                var similarity = verified.TryGetValue(key, out var known) ? known : SetSimilarity.Jaccard(ShinglesOf(member), ShinglesOf(representative));
                context.Report(digested.Index, digested.Digest.Anchor.Span, strongest[member],
                    $"Near-duplicate of {repArticle.Id}: {similarity:P0} of their word shingles are shared (Jaccard, verified); cluster of {members.Count} articles, represented by the {why}.",
                    related: [repLocation]);
            }
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
                $"Near-duplicate of already published {best.Article.Id}: {best.Jaccard:P0} of their word shingles are shared (Jaccard, verified against the index).",
                related: [new RelatedLocation($"published article {best.Article.Id}: {best.Article.Title}", default, Math.Max(1, best.Article.RecordLine), 1, best.Article.Id, best.Article.Path)]);
        }
    }

    /// <summary>Containment so lopsided (one side well under 60% of the other) that the pair is a padded copy, not a duplicate.</summary>
    private static bool IsOneSided(ulong[] a, ulong[] b) =>
        IsOneSided(SetSimilarity.Containment(a, b), SetSimilarity.Containment(b, a));

    /// <summary>The same test on containments measured elsewhere (NQ1002 leaves pairs that pass it to this rule).</summary>
    internal static bool IsOneSided(double ab, double ba) => Math.Min(ab, ba) < MutualContainment * Math.Max(ab, ba);

    private const double MutualContainment = 0.6;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, MinHash> MinHashes = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(double, int), LshParameters> LshChoices = new();

    /// <summary>One MinHash per permutation count (fixed seed), so every signature of a run compares with every other.</summary>
    internal static MinHash MinHashFor(RuleSettings settings) =>
        MinHashes.GetOrAdd((int)settings.Option("permutations", DefaultPermutations), permutations => new MinHash(permutations));

    /// <summary>Bands × rows for the rule's threshold, chosen once per setting (the choice integrates every split).</summary>
    internal static LshParameters LshFor(RuleSettings settings) => LshFor(settings.Threshold, MinHashFor(settings).Permutations);

    internal static LshParameters LshFor(double threshold, int permutations) =>
        LshChoices.GetOrAdd((Math.Clamp(threshold, 0.01, 0.99), permutations), key => LshParameters.Optimal(key.Item1, key.Item2));
}
