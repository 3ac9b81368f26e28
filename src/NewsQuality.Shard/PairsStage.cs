using NewsQuality.Rules.Boilerplate;
using NewsQuality.Rules.Duplicate;
using NewsQuality.Similarity;
using NewsQuality.Storage;

namespace NewsQuality.Shard;

/// <summary>
/// Stage 2, one task per partition (reduce side of the shuffle): reads partition k of every shard's digest. For NQ1001 and
/// NQ1002, the bands of partition k go into an <see cref="LshIndex"/> of just those bands, whose candidate pairs are exactly
/// what the whole index yields for them (each band's buckets are paired alone); for NQ4003, the sources of partition k are
/// counted into their template lines.
/// </summary>
public static class PairsStage
{
    public static bool Run(string work, int partition)
    {
        var plan = ShardPlan.Load(work);
        plan.CheckPartition(partition);
        var index = ShardIndex.Load(work, plan);
        return StageOutput.Produce(ShardLayout.Pairs(work, partition), folder =>
        {
            var rules = new CorpusRules(plan.Options(1));
            var articleLsh = NQ1001NearDuplicate.LshFor(rules.NearDuplicateSettings);
            ParquetTable<PairRow>.Write(Path.Combine(folder, "nq1001.parquet"),
                CandidatePairs(index, "nq1001", partition, articleLsh, plan.Partitions, index.FirstArticle));
            ParquetTable<PairRow>.Write(Path.Combine(folder, "nq1002.parquet"),
                CandidatePairs(index, "nq1002", partition, NQ1002PartialCopy.LshFor(rules.PartialCopySettings), plan.Partitions, index.FirstParagraph));
            ParquetTable<TemplateRow>.Write(Path.Combine(folder, "nq4003.parquet"), Template(index, partition, rules));
        });
    }

    private static IEnumerable<PairRow> CandidatePairs(ShardIndex index, string table, int partition, LshParameters whole, int partitions, Func<int, int> firstOf)
    {
        var bands = ShardLayout.BandsOf(whole.Bands, partitions)[partition];
        using var lsh = new LshIndex(new LshParameters(bands.Length, whole.Rows));
        for (var shard = 0; shard < index.Shards; shard++)
            foreach (var row in ParquetTable<BandKeysRow>.Read(ShardLayout.Partition(ShardLayout.Digest(index.Work, shard), table, partition)))
                lsh.Add(firstOf(shard) + row.Document, row.Keys);
        foreach (var (a, b) in lsh.CandidatePairs()) yield return new PairRow { A = a, B = b };
    }

    private static IEnumerable<TemplateRow> Template(ShardIndex index, int partition, CorpusRules rules)
    {
        using var titles = new DiskArray<(ulong Source, ulong Title)>();
        using var lineTitles = new DiskArray<(ulong Source, ulong Line, ulong Title)>();
        for (var shard = 0; shard < index.Shards; shard++)
            foreach (var row in ParquetTable<ChromeRow>.Read(ShardLayout.Partition(ShardLayout.Digest(index.Work, shard), "nq4003", partition)))
                if (row.Line is { } line) lineTitles.Add((row.Source, line, row.Title));
                else titles.Add((row.Source, row.Title));
        foreach (var (source, line, counts) in NQ4003RecurringChrome.Template(titles, lineTitles, rules.ChromeSettings))
            yield return new TemplateRow { Source = source, Line = line, Titles = counts.Titles, Stories = counts.Stories };
    }
}
