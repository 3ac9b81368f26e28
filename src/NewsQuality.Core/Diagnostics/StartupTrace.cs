using System.Diagnostics;

namespace NewsQuality.Diagnostics;

/// <summary>
/// With <c>NQ_STARTUP_TRACE=1</c> in the environment, each shipped data set's load writes one line to standard error:
/// its wall time, the bytes it allocated and the collections that fell during it; the CLI adds the process's totals at
/// exit. What a one-file check spends before its first finding (docs/performance.md); off, it costs one flag test.
/// </summary>
public static class StartupTrace
{
    public static bool Enabled { get; } = Environment.GetEnvironmentVariable("NQ_STARTUP_TRACE") == "1";

    /// <summary>Runs <paramref name="load"/>, tracing it as <paramref name="step"/> when tracing is on.</summary>
    public static T Measure<T>(string step, Func<T> load)
    {
        if (!Enabled) return load();
        var collections = GC.CollectionCount(0);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var result = load();
        Write(step, clock.Elapsed, GC.GetAllocatedBytesForCurrentThread() - allocated, GC.CollectionCount(0) - collections);
        return result;
    }

    /// <summary>The whole process so far: time since it started, every byte allocated, every collection.</summary>
    public static void Totals()
    {
        if (Enabled) Write("process", DateTime.Now - Process.GetCurrentProcess().StartTime, GC.GetTotalAllocatedBytes(), GC.CollectionCount(0));
    }

    private static void Write(string step, TimeSpan elapsed, long allocated, int collections) =>
        Console.Error.WriteLine($"startup: {step,-28} {elapsed.TotalMilliseconds,7:F1} ms {allocated / 1e6,7:F1} MB allocated {collections,3} collections");
}
