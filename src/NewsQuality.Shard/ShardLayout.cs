using System.Text.Json;

namespace NewsQuality.Shard;

/// <summary>Where each stage writes in the work folder (a shared folder every worker sees).</summary>
public static class ShardLayout
{
    public static string Digest(string work, int shard) => Path.Combine(work, "digest", $"{shard:D5}");
    public static string Pairs(string work, int partition) => Path.Combine(work, "pairs", $"{partition:D4}");
    public static string Verified(string work, int partition) => Path.Combine(work, "verified", $"{partition:D4}");
    public static string Cluster(string work) => Path.Combine(work, "cluster");
    public static string Report(string work, int shard) => Path.Combine(work, "report", $"{shard:D5}");

    /// <summary>The map side's file for one partition of a keyed table (nq1001, nq1002 or nq4003) in a shard's digest.</summary>
    public static string Partition(string digest, string table, int partition) => Path.Combine(digest, table, $"{partition:D4}.parquet");

    /// <summary>The bands of an LSH index that fall to each partition: every P-th, so each band's buckets meet in one reducer.</summary>
    public static int[][] BandsOf(int bands, int partitions) =>
        Enumerable.Range(0, partitions).Select(partition => Enumerable.Range(0, bands).Where(band => band % partitions == partition).ToArray()).ToArray();
}

/// <summary>What a shard's digest counted: how run-wide numbers continue from one shard to the next.</summary>
public sealed record DigestManifest(int Articles, int Paragraphs)
{
    public const string FileName = "manifest.json";

    public void Save(string folder) => StageOutput.WriteFileAtomically(Path.Combine(folder, FileName), stream => JsonSerializer.Serialize(stream, this));

    public static DigestManifest Load(string folder)
    {
        using var stream = File.OpenRead(Path.Combine(folder, FileName));
        return JsonSerializer.Deserialize<DigestManifest>(stream)!;
    }
}

/// <summary>Run-wide numbering over the finished digests: article and paragraph offsets of each shard.</summary>
public sealed class ShardIndex
{
    private readonly int[] _articleOffsets;
    private readonly int[] _paragraphOffsets;

    private ShardIndex(string work, IReadOnlyList<DigestManifest> manifests)
    {
        Work = work;
        _articleOffsets = Offsets(manifests.Select(m => m.Articles));
        _paragraphOffsets = Offsets(manifests.Select(m => m.Paragraphs));
    }

    public string Work { get; }
    public int Shards => _articleOffsets.Length - 1;

    /// <summary>Requires every shard's digest: a reducer that ran on part of the input would silently miss pairs.</summary>
    public static ShardIndex Load(string work, ShardPlan plan) =>
        new(work, Enumerable.Range(0, plan.Shards.Count)
            .Select(shard => DigestManifest.Load(StageOutput.Finished(ShardLayout.Digest(work, shard), $"newsquality shard digest --shard {shard}")))
            .ToList());

    public int FirstArticle(int shard) => _articleOffsets[shard];
    public int FirstParagraph(int shard) => _paragraphOffsets[shard];

    public int ShardOfArticle(int article) => ShardOf(_articleOffsets, article);
    public int ShardOfParagraph(int paragraph) => ShardOf(_paragraphOffsets, paragraph);

    private static int ShardOf(int[] offsets, int number)
    {
        var found = Array.BinarySearch(offsets, number);
        // An exact hit may be the start of empty shards too: take the last shard starting there.
        if (found >= 0)
        {
            while (found + 1 < offsets.Length - 1 && offsets[found + 1] == number) found++;
            return found;
        }
        return ~found - 1;
    }

    private static int[] Offsets(IEnumerable<int> counts)
    {
        var offsets = new List<int> { 0 };
        foreach (var count in counts) offsets.Add(checked(offsets[^1] + count));
        return [.. offsets];
    }
}
