using System.IO.Hashing;
using System.Runtime.InteropServices;
using NewsQuality.Model;
using NewsQuality.Similarity;
using NewsQuality.Storage;
using NewsQuality.Text;
using NewsQuality.TranslationQuality;

namespace NewsQuality.Rules.Duplicate;

/// <summary>
/// Among several versions of one story in the corpus (translations of one source by several systems, re-spins), the
/// version that leaves out or changes the content most of the others agree on. Versions are found as NQ1001 finds
/// near-duplicates (its verified pairs, star clusters); each cluster of enough versions is compared sentence by sentence
/// by <see cref="VersionConsensus"/>, and a member is reported when the share of the consensus content it lacks reaches
/// the threshold, on its sentence that diverges most.
/// </summary>
public sealed class NQ1003DivergentVersion : CorpusRule<NQ1003DivergentVersion.VersionDigest>
{
    public const int DefaultMinVersions = 4;

    /// <summary>
    /// The share lacking from which a version below the threshold gets an info finding (score: the share over the threshold,
    /// so its penalty rises from 0 to the info penalty as the share nears the threshold, where the warning's takes over).
    /// Chosen on the TED training talks (mtquality-consensus), ranking the systems by their documents' unrounded translation
    /// scores: 0, 0.05 and 0.10 tie there (+0.07), 0 agrees best within a talk; so every shortfall counts, in proportion,
    /// and no floor makes a step in the penalty (0.10 used to: nothing at 9%, 1.3 points at 10%).
    /// </summary>
    public const double DefaultInfoFrom = 0.0;

    /// <summary>The option that sets <see cref="DefaultInfoFrom"/>: the start of the rule's info band (<see cref="RuleDescriptor.InfoFromOption"/>).</summary>
    public const string InfoFromOption = "infoFrom";

    /// <summary>Sentences of one article compared at most (the alignment costs their product); later ones are left out.</summary>
    private const int MaxSentences = 400;

    /// <summary>Versions of one cluster compared at most: the centre and the members closest to it.</summary>
    private const int MaxVersions = 40;

    /// <summary>A passage is cited as the most divergent only where the others agree on at least this many words.</summary>
    private const int MinUnitConsensus = 3;

    public override RuleDescriptor Descriptor { get; } = new(
        Id: "NQ1003",
        Name: "divergent-version",
        Category: RuleCategory.Translation,
        DefaultSeverity: Severity.Warning,
        DefaultThreshold: 0.3,
        Summary: "Of several versions of one story in the corpus, this one leaves out or changes much of what the others agree on.",
        Rationale: "When a corpus holds several versions of one source (its translations by several machine-translation systems, re-spins " +
                   "of one wire story), the versions check each other without the source: content that most versions render and one leaves " +
                   "out or words differently is, more often than not, that version's mistranslation or omission. Versions are found as NQ1001 " +
                   "finds near-duplicates, with its default settings (verified pairs, star clusters); each cluster of at least minVersions (4) " +
                   "distinct versions is compared sentence by sentence: every version's sentences are aligned with the cluster centre's (a monotone " +
                   "alignment over the content words), and in each passage the consensus is the content words at least half of the other " +
                   "versions have, copies (versions sharing 90% of their wording) voting once. The score is the share of its consensus words a " +
                   "version lacks, summed over the article; at the threshold (0.3) a version lacks almost a third of what the others agree on. Below the threshold, a " +
                   "version lacking anything (from infoFrom, 0 by default) gets an info finding whose score is its share over the threshold, so the penalty rises " +
                   "with the shortfall (up to the info penalty, then the warning's). Dropped or changed content is an omission or mistranslation " +
                   "(an MQM Accuracy error), so the rule counts in the translation sub-score; it keeps its NQ1xxx id because it finds the versions " +
                   "as NQ1001 does. The finding marks the sentence where it keeps least and cites " +
                   "the version that keeps most there. Exact and light copies agree with each other and are never flagged; a free human " +
                   "translation among machine translations can be, since the consensus is the machines'. Measured on TED talks translated " +
                   "by 13 systems: docs/translation-eval.md. Options: minVersions (4), infoFrom (0; at or above the threshold, no info findings). Not run by the sharded pipeline (`newsquality shard`).",
        FlaggedExample: "(corpus rule: needs four or more versions of one story; see its tests)",
        CleanExample: "(corpus rule: needs four or more versions of one story; see its tests)")
    {
        FixTitle = "Compare this version with the others, sentence by sentence, and restore what it dropped or mistranslated",
        Options = [new RuleOption("minVersions", DefaultMinVersions, new NumberRange(3, 1000)),
                   new RuleOption(InfoFromOption, DefaultInfoFrom, new NumberRange(0, 1, WholeNumber: false))],
        InfoFromOption = InfoFromOption,
    };

    /// <summary>
    /// What the rule keeps of an article: NQ1001's fingerprint (to find its versions) and, per sentence, the content words
    /// (hashed, each sentence's sorted; <see cref="SentenceEnds"/> where each ends) and where it is, to cite. Most articles
    /// belong to no cluster of enough versions, so those words are found only for the articles that do (<see cref="Deferred"/>):
    /// the digest keeps the article's text and content lines instead, from which <see cref="Analyze"/> finds the same words.
    /// </summary>
    /// <param name="Deferred">
    /// Whether <see cref="Words"/>, <see cref="SentenceEnds"/> and <see cref="Sentences"/> are left to be found from
    /// <see cref="Text"/> and <see cref="Content"/>: for articles without a source map, whose line and column depend on the text alone.
    /// </param>
    public readonly record struct VersionDigest(NQ1001NearDuplicate.Fingerprint Story, Spilled<uint> Words, Spilled<int> SentenceEnds, Spilled<CitedSpan> Sentences,
                                                bool Deferred = false, SpilledText Text = default, Spilled<TextSpan> Content = default);

    /// <summary>How versions are found: NQ1001 with its default settings, whatever NQ1001's own configuration.</summary>
    private static readonly NQ1001NearDuplicate Stories = new();
    private static readonly RuleSettings StorySettings = RuleSettings.Defaults(Stories.Descriptor);

    public override VersionDigest? Digest(Article article, DigestContext context)
    {
        if (Stories.Digest(article, context with { Settings = StorySettings }) is not { } story) return null;
        var content = ContentSpans.Of(article);
        // A citation's line and column depend on the text alone without a source map (CitedSpan.In): the words can wait.
        if (article.SourceMap is null)
            return new VersionDigest(story, default, default, default, Deferred: true, Text: context.Spill.WriteText(article.Text),
                Content: context.Spill.Write<TextSpan>(content.ToArray()));
        var (words, ends, sentences) = SentenceWordsOf(article.Text, content);
        return new VersionDigest(story, context.Spill.Write<uint>(CollectionsMarshal.AsSpan(words)), context.Spill.Write<int>(ends),
            context.Spill.Write<CitedSpan>(sentences.Select(span => CitedSpan.In(article, span)).ToArray()));
    }

    /// <summary>The content sentences of a text (the first <see cref="MaxSentences"/>), their content words one sentence after another, and where each sentence's words end.</summary>
    private static (List<uint> Words, int[] Ends, List<TextSpan> Sentences) SentenceWordsOf(string text, SpanSet content)
    {
        var sentences = Sentences.Split(text).Where(content.OverlapsAny).Take(MaxSentences).ToList();
        var words = new List<uint>();
        var ends = new int[sentences.Count];
        var buffer = new char[32];
        for (var s = 0; s < sentences.Count; s++)
        {
            AddContentWords(words, text, sentences[s], ref buffer);
            ends[s] = words.Count;
        }
        return (words, ends, sentences);
    }

    /// <summary>
    /// A version's sentences (to cite) and their content words, read back from the digest, or, when they were deferred, found
    /// from the spilled text and content lines as the digest would have found them, cited as <see cref="CitedSpan.In"/>
    /// cites a span of an article without a source map.
    /// </summary>
    private static (CitedSpan[] Sentences, VersionConsensus.Version Version) VersionOf(CorpusContext<VersionDigest> context, VersionDigest digest)
    {
        if (!digest.Deferred)
            return (context.Spill.Read(digest.Sentences),
                new VersionConsensus.Version(SentenceWords(context.Spill.Read(digest.Words), context.Spill.Read(digest.SentenceEnds))));
        var text = context.Spill.ReadText(digest.Text);
        var (words, ends, sentences) = SentenceWordsOf(text, new SpanSet(context.Spill.Read(digest.Content)));
        var lines = new LineMap(text);
        // CitedSpan.In's line 1, column 1 for a span at offset 0 only spares it building a line map: the map gives the same.
        var cited = sentences.Select(span =>
        {
            var (line, column) = lines.GetPosition(span.Start);
            return new CitedSpan(span, line, column);
        }).ToArray();
        return (cited, new VersionConsensus.Version(SentenceWords([.. words], ends)));
    }

    /// <summary>Adds a sentence's content words, each hashed (xxHash32 of the lower-cased word), sorted and distinct.</summary>
    /// <remarks>Sorted in place in <paramref name="words"/>: LINQ's <c>Distinct().Order()</c> made a set, a buffer and a
    /// comparer-driven sort per sentence (the Native AOT tool's sort calls the comparer per comparison). Each term is hashed
    /// from the buffer it is lower-cased into, the same characters <see cref="TermVectors.ContentTerms"/> would make a string of.</remarks>
    private static void AddContentWords(List<uint> words, string text, TextSpan sentence, ref char[] buffer)
    {
        var start = words.Count;
        foreach (var term in TermVectors.TermSpans(text, sentence))
            if (TermVectors.LowerContentTerm(text, term, ref buffer) is var length and > 0)
                words.Add(XxHash32.HashToUInt32(MemoryMarshal.AsBytes(buffer.AsSpan(0, length))));
        var added = CollectionsMarshal.AsSpan(words)[start..];
        NumberSort.Sort(added);
        var distinct = NumberSort.Distinct(added);
        words.RemoveRange(start + distinct, added.Length - distinct);
    }

    public override void Analyze(CorpusContext<VersionDigest> context)
    {
        var verified = NQ1001NearDuplicate.VerifiedPairs(context, digest => digest.Story, StorySettings);
        double Wording(int a, int b) => verified[StarClusters.Link(a, b)].Wording;
        var links = StarClusters.Neighbours(verified.Keys);
        // The centre every member is aligned with: the version verified against the most others, the natural pivot.
        var preference = Comparer<int>.Create((a, b) => links[b].Count != links[a].Count ? links[b].Count.CompareTo(links[a].Count) : a.CompareTo(b));
        var minVersions = (int)context.Settings.Option("minVersions", DefaultMinVersions);
        var clusters = StarClusters.Place(links, Wording, preference)
            .Where(p => p.Value.ToCentre)
            .GroupBy(p => p.Value.Target, p => p.Key)
            .Select(cluster => (IReadOnlyList<int>)[cluster.Key, .. cluster.OrderByDescending(member => Wording(cluster.Key, member)).ThenBy(member => member).Take(MaxVersions - 1)])
            .Select(cluster => (Members: cluster, CopyOf: CopiesIn(cluster, verified)))
            .Where(cluster => cluster.CopyOf.Distinct().Count() >= minVersions)
            .ToList();
        clusters.AsParallel().ForAll(cluster => ReportCluster(context, cluster.Members, cluster.CopyOf));
    }

    /// <summary>Shared wording from which two versions are copies of one another (republished, lightly edited), not independent versions.</summary>
    private const double CopyWording = 0.9;

    /// <summary>For each member, the first member (in cluster order) it copies; itself when it copies none.</summary>
    private static int[] CopiesIn(IReadOnlyList<int> cluster, IReadOnlyDictionary<(int A, int B), StorySimilarity> verified)
    {
        var copyOf = new int[cluster.Count];
        for (var v = 0; v < cluster.Count; v++)
            copyOf[v] = Enumerable.Range(0, v).Where(u => copyOf[u] == u)
                .FirstOrDefault(u => verified.TryGetValue(StarClusters.Link(cluster[u], cluster[v]), out var link) && link.Wording >= CopyWording, v);
        return copyOf;
    }

    /// <summary>Compares the versions of one cluster (documents numbered by position among the digests, the centre first) and reports the divergent ones.</summary>
    private static void ReportCluster(CorpusContext<VersionDigest> context, IReadOnlyList<int> cluster, int[] copyOf)
    {
        var digests = cluster.Select(d => context.Digests[d]).ToList();
        var read = digests.Select(d => VersionOf(context, d.Digest)).ToList();
        var sentences = read.Select(r => r.Sentences).ToList();
        var versions = read.Select(r => r.Version).ToList();
        var agreements = VersionConsensus.Measure(versions, pivot: 0, copyOf);
        var threshold = context.Settings.Threshold;
        var infoFrom = context.Settings.Option(InfoFromOption, DefaultInfoFrom);
        for (var v = 0; v < cluster.Count; v++)
        {
            var agreement = agreements[v];
            var lacking = 1 - agreement.Share;
            if (agreement.Consensus == 0) continue;
            // Below the threshold, a shortfall from infoFrom on is an info finding graded by how near the threshold it comes.
            var graded = lacking < threshold;
            if (graded && (lacking < infoFrom || lacking <= 0)) continue;
            var worst = agreement.WorstUnit(MinUnitConsensus);
            var span = worst < 0 ? digests[v].Digest.Story.Anchor.Span : Covering(agreement.UnitSentences[worst].Select(s => sentences[v][s].Span));
            var dropped = agreement.DroppedUnits;
            var message = $"Lacks {lacking:P0} of the content words most of the other {copyOf.Distinct().Count() - 1} versions of this story agree on " +
                          $"(keeps {agreement.Kept} of {agreement.Consensus})" +
                          (dropped > 0 ? $", and has nothing for {dropped} passage{(dropped == 1 ? "" : "s")} the others render" : "") +
                          (worst < 0 ? "." : $"; it keeps least here ({agreement.UnitKept[worst]} of {agreement.UnitConsensus[worst]} agreed words).");
            var related = worst < 0 ? [] : Witness(context, cluster, agreements, sentences, v, worst);
            if (graded) context.Inform(digests[v].Index, span, lacking / threshold, message, related);
            else context.Report(digests[v].Index, span, Math.Min(1, lacking), message, related: related);
        }
    }

    /// <summary>Where the version that keeps most of the agreed content renders the passage: what to compare the flagged sentence with.</summary>
    private static IReadOnlyList<RelatedLocation> Witness(CorpusContext<VersionDigest> context, IReadOnlyList<int> cluster, VersionConsensus.Agreement[] agreements,
                                                          IReadOnlyList<CitedSpan[]> sentences, int flagged, int unit)
    {
        var witness = Enumerable.Range(0, cluster.Count)
            .Where(v => v != flagged && agreements[v].UnitSentences[unit].Count > 0)
            .OrderByDescending(v => agreements[v].UnitConsensus[unit] == 0 ? 0 : (double)agreements[v].UnitKept[unit] / agreements[v].UnitConsensus[unit])
            .ThenBy(v => v)
            .Select(v => (int?)v).FirstOrDefault();
        if (witness is not { } w) return [];
        var article = context.Article(context.Digests[cluster[w]].Index);
        var cited = sentences[w][agreements[w].UnitSentences[unit][0]];
        return [cited.Cite($"{article.Id}, another version, renders this passage keeping {agreements[w].UnitKept[unit]} of {agreements[w].UnitConsensus[unit]} agreed words", article.Id, article.Origin.Path)];
    }

    private static uint[][] SentenceWords(uint[] words, int[] ends) =>
        ends.Select((end, s) => words[(s == 0 ? 0 : ends[s - 1])..end]).ToArray();

    private static TextSpan Covering(IEnumerable<TextSpan> spans)
    {
        var list = spans.ToList();
        return TextSpan.FromBounds(list.Min(s => s.Start), list.Max(s => s.End));
    }
}
