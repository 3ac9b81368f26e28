using NewsQuality.Storage;

namespace NewsQuality.Similarity;

/// <summary>Exact similarity of sorted shingle-hash sets, used to verify LSH candidates.</summary>
public static class SetSimilarity
{
    public static int IntersectionCount(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        int i = 0, j = 0, common = 0;
        // Without branches on the values: hashes are random, so which side steps is a coin toss a branch would mispredict.
        while (i < a.Length && j < b.Length)
        {
            var (x, y) = (a[i], b[j]);
            common += x == y ? 1 : 0;
            i += x <= y ? 1 : 0;
            j += y <= x ? 1 : 0;
        }
        return common;
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
    /// Runs <paramref name="judge"/> on every candidate pair with what both documents keep on disk (<typeparamref name="TSets"/>:
    /// a shingle set, or several sets), in parallel, keeping the verdicts that are not null. Pairs must come sorted by their
    /// first document, whose sets are read once for all its pairs; pairs and verdicts are streamed, never all held.
    /// </summary>
    public static IEnumerable<TVerdict> Verify<TSets, TVerdict>(IEnumerable<(int A, int B)> pairs, Func<int, TSets> setOf, Func<(int A, int B), TSets, TSets, TVerdict?> judge)
        where TVerdict : struct =>
        pairs.RunsBy(pair => pair.A)
            .AsParallel()
            .SelectMany(group =>
            {
                var setA = setOf(group[0].A);
                return group.Select(pair => judge(pair, setA, setOf(pair.B))).Where(v => v.HasValue).Select(v => v!.Value).ToList();
            });
}
