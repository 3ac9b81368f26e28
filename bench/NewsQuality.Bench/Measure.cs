using System.Diagnostics;

namespace NewsQuality.Bench;

/// <summary>
/// Wall time, user CPU time, throughput and peak working set of one measured step. User CPU compares runs on a shared
/// machine, where wall time depends on what else is running.
/// </summary>
public sealed record Measurement(string Name, int Articles, TimeSpan Elapsed, TimeSpan UserCpu, long PeakWorkingSetBytes)
{
    public double ArticlesPerSecond => Articles / Elapsed.TotalSeconds;

    public override string ToString() =>
        $"| {Name} | {Articles:N0} | {Elapsed.TotalSeconds:0.00} s | {ArticlesPerSecond:N0} | {PeakWorkingSetBytes / 1048576.0:N0} MB |";

    public const string TableHeader = "| step | articles | wall | articles/s | peak working set |\n|---|---|---|---|---|";

    public static Measurement Run(string name, int articles, Action action)
    {
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        var userBefore = process.UserProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        action();
        stopwatch.Stop();
        process.Refresh();
        return new Measurement(name, articles, stopwatch.Elapsed, process.UserProcessorTime - userBefore, process.PeakWorkingSet64);
    }
}
