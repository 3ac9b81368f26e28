namespace NewsQuality.Shard;

/// <summary>
/// Every stage in order in this process: what an engine does with the stage commands, on one machine (and what the tests
/// compare with <c>check</c>). Finished stages are skipped, so a rerun resumes.
/// </summary>
public static class ShardPipeline
{
    public static void Run(string work, IReadOnlyList<string> formats, string toolVersion, int parallelism, CancellationToken cancellation = default)
    {
        var plan = ShardPlan.Load(work);
        for (var shard = 0; shard < plan.Shards.Count; shard++) DigestStage.Run(work, shard, parallelism, cancellation);
        for (var partition = 0; partition < plan.Partitions; partition++) PairsStage.Run(work, partition);
        for (var partition = 0; partition < plan.Partitions; partition++) VerifyStage.Run(work, partition);
        ClusterStage.Run(work);
        for (var shard = 0; shard < plan.Shards.Count; shard++) ReportStage.Run(work, shard, formats, toolVersion, parallelism, cancellation);
    }

    /// <summary>The run's counts: every shard's report summary added up.</summary>
    public static ShardSummary Summary(string work)
    {
        var plan = ShardPlan.Load(work);
        return ShardSummary.Merge(Enumerable.Range(0, plan.Shards.Count)
            .Select(shard => ShardSummary.Load(StageOutput.Finished(ShardLayout.Report(work, shard), $"newsquality shard report --shard {shard}"))));
    }
}
