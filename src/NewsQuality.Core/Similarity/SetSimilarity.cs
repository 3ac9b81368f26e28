using NewsQuality.Storage;

namespace NewsQuality.Similarity;

/// <summary>Exact similarity of sorted shingle-hash sets, used to verify LSH candidates.</summary>
public static class SetSimilarity
{
    public static int IntersectionCount(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { common++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return common;
    }

    public static double Jaccard(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        if (a.Length == 0 && b.Length == 0) return 0;
        var common = IntersectionCount(a, b);
        return (double)common / (a.Length + b.Length - common);
    }

    /// <summary>Share of <paramref name="part"/> found in <paramref name="whole"/>: 1 when all of it was copied.</summary>
    public static double Containment(ReadOnlySpan<ulong> part, ReadOnlySpan<ulong> whole) =>
        part.Length == 0 ? 0 : (double)IntersectionCount(part, whole) / part.Length;
}

/// <summary>Union–find with path halving and union by size, for clustering verified pairs.</summary>
public sealed class DisjointSets
{
    private readonly int[] _parent;
    private readonly int[] _size;

    public DisjointSets(int count)
    {
        _parent = Enumerable.Range(0, count).ToArray();
        _size = Enumerable.Repeat(1, count).ToArray();
    }

    public int Find(int x)
    {
        while (_parent[x] != x) x = _parent[x] = _parent[_parent[x]];
        return x;
    }

    public void Union(int a, int b)
    {
        a = Find(a);
        b = Find(b);
        if (a == b) return;
        if (_size[a] < _size[b]) (a, b) = (b, a);
        _parent[b] = a;
        _size[a] += _size[b];
    }
}

/// <summary>Verification of LSH candidates whose shingle sets live in a <see cref="SpillFile"/>.</summary>
public static class CandidateVerification
{
    /// <summary>
    /// Runs <paramref name="judge"/> on every candidate pair with both documents' shingle sets, in parallel, keeping the
    /// verdicts that are not null. Pairs must come sorted by their first document, whose set is read once for all its
    /// pairs; pairs and verdicts are streamed, never all held.
    /// </summary>
    public static IEnumerable<TVerdict> Verify<TVerdict>(IEnumerable<(int A, int B)> pairs, Func<int, ulong[]> setOf, Func<(int A, int B), ulong[], ulong[], TVerdict?> judge)
        where TVerdict : struct =>
        pairs.RunsBy(pair => pair.A)
            .AsParallel()
            .SelectMany(group =>
            {
                var setA = setOf(group[0].A);
                return group.Select(pair => judge(pair, setA, setOf(pair.B))).Where(v => v.HasValue).Select(v => v!.Value).ToList();
            });
}
