using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using NewsQuality.Storage;

namespace NewsQuality.Similarity;

/// <summary>Exact similarity of sorted shingle-hash sets, used to verify LSH candidates.</summary>
public static class SetSimilarity
{
    public static int IntersectionCount(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        int i = 0, j = 0, common = 0;
        ref var atA = ref MemoryMarshal.GetReference(a);
        ref var atB = ref MemoryMarshal.GetReference(b);
        // Most pairs compared are versions of one story, whose sets differ only by a changed word's few shingles: between those
        // the two hold the same values in long stretches, and four equal at once are the four steps of the merge.
        while (i + 4 <= a.Length && j + 4 <= b.Length)
        {
            if (Vector256.LoadUnsafe(ref atA, (nuint)i) == Vector256.LoadUnsafe(ref atB, (nuint)j))
            {
                (common, i, j) = (common + 4, i + 4, j + 4);
                continue;
            }
            Step(a[i], b[j], ref i, ref j, ref common);
        }
        while (i < a.Length && j < b.Length) Step(a[i], b[j], ref i, ref j, ref common);
        return common;
    }

    /// <summary>
    /// One step of the merge, without branches on the values: hashes are random, so which side steps is a coin toss a branch
    /// would mispredict.
    /// </summary>
    private static void Step(ulong x, ulong y, ref int i, ref int j, ref int common)
    {
        common += x == y ? 1 : 0;
        i += x <= y ? 1 : 0;
        j += y <= x ? 1 : 0;
    }

    public static double Jaccard(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b) => Jaccard(IntersectionCount(a, b), a.Length, b.Length);

    /// <summary>The Jaccard similarity of two sets of <paramref name="a"/> and <paramref name="b"/> values sharing <paramref name="shared"/>: a caller that needs several measures of one pair counts once.</summary>
    public static double Jaccard(int shared, int a, int b) => a == 0 && b == 0 ? 0 : (double)shared / (a + b - shared);

    /// <summary>Share of <paramref name="part"/> found in <paramref name="whole"/>: 1 when all of it was copied.</summary>
    public static double Containment(ReadOnlySpan<ulong> part, ReadOnlySpan<ulong> whole) => Containment(IntersectionCount(part, whole), part.Length);

    /// <summary>The share of a set of <paramref name="part"/> values that the <paramref name="shared"/> ones are.</summary>
    public static double Containment(int shared, int part) => part == 0 ? 0 : (double)shared / part;
}

/// <summary>Verification of LSH candidates whose shingle sets live in a <see cref="SpillFile"/>.</summary>
public static class CandidateVerification
{
    /// <summary>
    /// Pairs a unit of parallel work holds at least (unless the last), ending with a group: a corpus of 10,000 real-like articles
    /// still gives every core tens of units, and a story's versions (about 1,000 pairs of 45 versions at 100,000) are in one.
    /// </summary>
    private const int UnitPairs = 1024;

    /// <summary>Pairs after which a unit ends within a group: a story of about 130 versions, or a chain through many stories.</summary>
    private const int MostUnitPairs = 8 * UnitPairs;

    /// <summary>
    /// Runs <paramref name="judge"/> on every candidate pair with what both documents keep on disk (<typeparamref name="TSets"/>:
    /// a shingle set, or several sets), in parallel, keeping the verdicts that are not null. Pairs must come sorted by their
    /// first document and name documents below <paramref name="documents"/>.
    /// </summary>
    /// <remarks>
    /// Every version of a story is a candidate of every other (v²/2 pairs for v versions), and reading both sides per pair read
    /// each version's sets v times. The pairs are held (4 bytes each; a verified pair the rule keeps takes about 50), the documents
    /// ordered by the group of candidates they belong to and cut into units of work; within a unit each document's sets are
    /// read once and held until their last use in it. Which verdicts come out does not depend on the order.
    /// </remarks>
    public static IEnumerable<TVerdict> Verify<TSets, TVerdict>(IEnumerable<(int A, int B)> pairs, int documents, Func<int, TSets> setOf,
                                                                Func<(int A, int B), TSets, TSets, TVerdict?> judge)
        where TVerdict : struct
    {
        var partners = new Partners(pairs, documents);
        return partners.Units().AsParallel().SelectMany(unit => VerifyUnit(partners, unit, setOf, judge));
    }

    private static List<TVerdict> VerifyUnit<TSets, TVerdict>(Partners partners, ArraySegment<int> firsts, Func<int, TSets> setOf,
                                                              Func<(int A, int B), TSets, TSets, TVerdict?> judge)
        where TVerdict : struct
    {
        var uses = new Dictionary<int, int>();
        foreach (var a in firsts)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(uses, a, out _)++;
            foreach (var b in partners.Of(a)) CollectionsMarshal.GetValueRefOrAddDefault(uses, b, out _)++;
        }
        var held = new Dictionary<int, TSets>();
        TSets Take(int document)
        {
            if (!held.Remove(document, out var sets)) sets = setOf(document);
            if (--CollectionsMarshal.GetValueRefOrNullRef(uses, document) > 0) held[document] = sets;
            return sets;
        }
        var verdicts = new List<TVerdict>();
        foreach (var a in firsts)
        {
            var setA = Take(a);
            foreach (var b in partners.Of(a))
                if (judge((a, b), setA, Take(b)) is { } verdict) verdicts.Add(verdict);
        }
        return verdicts;
    }

    /// <summary>Each document's later partners, from pairs sorted by their first document, and the groups they link.</summary>
    private sealed class Partners
    {
        private readonly int[] _start;

        /// <summary>Kept in the list they were gathered in: a copy of its final length would be one more array of them at the peak.</summary>
        private readonly List<int> _partners = [];

        public Partners(IEnumerable<(int A, int B)> pairs, int documents)
        {
            _start = new int[documents + 1];
            foreach (var (a, b) in pairs)
            {
                _start[a + 1]++;
                _partners.Add(b);
            }
            for (var d = 0; d < documents; d++) _start[d + 1] += _start[d];
        }

        public ReadOnlySpan<int> Of(int a) => CollectionsMarshal.AsSpan(_partners)[_start[a].._start[a + 1]];

        /// <summary>
        /// The documents with partners, ordered by the group of linked documents they belong to (each group's together), cut
        /// into units of at least <see cref="UnitPairs"/> pairs at the end of a group, or of <see cref="MostUnitPairs"/> within one.
        /// </summary>
        public IEnumerable<ArraySegment<int>> Units()
        {
            var documents = _start.Length - 1;
            var group = Enumerable.Range(0, documents).ToArray();
            int GroupOf(int d)
            {
                while (group[d] != d) d = group[d] = group[group[d]];
                return d;
            }
            for (var a = 0; a < documents; a++)
                foreach (var b in Of(a))
                    group[GroupOf(b)] = GroupOf(a);
            var keys = Enumerable.Range(0, documents).Where(d => _start[d + 1] > _start[d])
                .Select(d => ((long)GroupOf(d) << 32) | (uint)d).Order().ToArray();
            var firsts = keys.Select(key => (int)key).ToArray();
            for (int from = 0, to = 0, unitPairs = 0; to < firsts.Length;)
            {
                unitPairs += Of(firsts[to++]).Length;
                var groupEnds = to == firsts.Length || keys[to] >> 32 != keys[to - 1] >> 32;
                if (unitPairs < (groupEnds ? UnitPairs : MostUnitPairs) && to < firsts.Length) continue;
                yield return new ArraySegment<int>(firsts, from, to - from);
                (from, unitPairs) = (to, 0);
            }
        }
    }
}
