namespace NewsQuality.Bench;

/// <summary>One benchmark: prints articles/s and peak memory; never run as a unit test.</summary>
public interface IBenchmark
{
    string Name { get; }
    string Description { get; }
    int Run(string[] args);
}

public static class Program
{
    /// <summary>Every benchmark; adding one means adding its class and one line here.</summary>
    private static readonly IBenchmark[] Benchmarks =
    [
        new Dedup.DedupBenchmark(),
        new FullRun.FullRunBenchmark(),
        new FullRun.GenerateCorpus(),
        new FullRun.RuleCostBenchmark(),
        new Peers.LintersBenchmark(),
        new Shard.ShardBenchmark(),
    ];

    public static int Main(string[] args)
    {
        var benchmark = args.Length == 0 ? null : Benchmarks.FirstOrDefault(e => e.Name == args[0]);
        if (benchmark is null)
        {
            Console.Error.WriteLine("usage: dotnet run --project eval/NewsQuality.Bench -c Release -- <benchmark> [options]");
            foreach (var e in Benchmarks) Console.Error.WriteLine($"  {e.Name,-14} {e.Description}");
            return 2;
        }
        return benchmark.Run(args[1..]);
    }
}
