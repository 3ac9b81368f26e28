using System.Diagnostics;

namespace NewsQuality.Diagnostics;

/// <summary>
/// With <c>NQ_RUN_TRACE=1</c> in the environment, a run writes one line to standard error at the end of each of its
/// phases (first pass, each corpus rule's analysis, second pass, report): the phase's wall time, the CPU time the
/// process spent in it (CPU / wall is how many cores were busy), the bytes allocated, the collections that fell (and how many
/// reached generations 1 and 2), how long they paused the process and the heap after the last one.
/// Where a many-article check spends its wall time (docs/performance.md); off, it costs one flag test per phase.
/// </summary>
public static class RunTrace
{
    public static bool Enabled { get; } = Environment.GetEnvironmentVariable("NQ_RUN_TRACE") is "1" or "gc";

    /// <summary>With <c>NQ_RUN_TRACE=gc</c>, also one line per collection (generation, pause, bytes promoted, each generation's size before and after).</summary>
    private static bool WatchesCollections { get; } = Environment.GetEnvironmentVariable("NQ_RUN_TRACE") == "gc";

    private static readonly Lock Marking = new();
    private static TimeSpan _lastWall, _lastCpu, _lastPaused;
    private static long _lastAllocated;
    private static int _lastCollections, _lastGen1, _lastGen2;

    /// <summary>Ends the phase <paramref name="phase"/> (the one since the previous mark, or since the process started).</summary>
    public static void Mark(string phase)
    {
        if (!Enabled) return;
        if (WatchesCollections && Interlocked.Exchange(ref _watching, 1) == 0) new Thread(WatchCollections) { IsBackground = true }.Start();
        using var process = Process.GetCurrentProcess();
        var wall = DateTime.Now - process.StartTime;
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes();
        var collections = GC.CollectionCount(0);
        var paused = GC.GetTotalPauseDuration();
        var (gen1, gen2) = (GC.CollectionCount(1), GC.CollectionCount(2));
        lock (Marking)
        {
            var phaseWall = wall - _lastWall;
            var phaseCpu = cpu - _lastCpu;
            Console.Error.WriteLine($"run: {phase,-34} at {wall.TotalMilliseconds,6:F0} ms  wall {phaseWall.TotalMilliseconds,6:F0} ms  cpu {phaseCpu.TotalMilliseconds,6:F0} ms"
                + $"  cores {phaseCpu.TotalMilliseconds / Math.Max(1, phaseWall.TotalMilliseconds),4:F2}  {(allocated - _lastAllocated) / 1e6,6:F1} MB  {collections - _lastCollections,3} collections"
                + $" ({gen1 - _lastGen1} of gen 1, {gen2 - _lastGen2} of gen 2) pausing {(paused - _lastPaused).TotalMilliseconds,5:F0} ms"
                + $"  heap after the last {GC.GetGCMemoryInfo().HeapSizeBytes / 1e6:F1} MB");
            (_lastWall, _lastCpu, _lastAllocated, _lastCollections, _lastPaused, _lastGen1, _lastGen2) = (wall, cpu, allocated, collections, paused, gen1, gen2);
        }
    }

    private static int _watching;

    /// <summary>Polls the collection count every millisecond (a collection that falls within the same millisecond as the one before is not listed apart).</summary>
    private static void WatchCollections()
    {
        var seen = GC.CollectionCount(0);
        using var process = Process.GetCurrentProcess();
        var started = process.StartTime;
        string[] names = ["gen 0", "gen 1", "gen 2", "large", "pinned"];
        while (true)
        {
            Thread.Sleep(1);
            var now = GC.CollectionCount(0);
            if (now == seen) continue;
            seen = now;
            var info = GC.GetGCMemoryInfo(GCKind.Any);
            var sizes = string.Join(" ", Enumerable.Range(0, info.GenerationInfo.Length).Select(g => $"{names[g]} {info.GenerationInfo[g].SizeBeforeBytes / 1e6:F1}->{info.GenerationInfo[g].SizeAfterBytes / 1e6:F1}"));
            Console.Error.WriteLine($"gc: #{info.Index} at {(DateTime.Now - started).TotalMilliseconds:F0} ms gen {info.Generation} {(info.Compacted ? "compacting" : "sweeping")}{(info.Concurrent ? " concurrent" : "")} pause {info.PauseDurations[0].TotalMilliseconds:F1} ms promoted {info.PromotedBytes / 1e6:F1} MB heap {info.HeapSizeBytes / 1e6:F1} MB  {sizes}");
        }
    }

    /// <summary>A step that ran beside the current phase on a thread of its own (it ends no phase): its wall time.</summary>
    public static void Note(string step, TimeSpan wall)
    {
        if (Enabled) Console.Error.WriteLine($"run:   {step,-50} {wall.TotalMilliseconds,6:F0} ms wall");
    }

    /// <summary>
    /// <paramref name="items"/>, unchanged; when tracing, the wall time spent producing them (in <c>MoveNext</c>, on
    /// whichever thread asks) is written as <paramref name="what"/> once they end: the part of a phase that one thread
    /// at a time can do.
    /// </summary>
    public static IEnumerable<T> Timed<T>(IEnumerable<T> items, string what) => Enabled ? TimedCore(items, what) : items;

    private static IEnumerable<T> TimedCore<T>(IEnumerable<T> items, string what)
    {
        var producing = new Stopwatch();
        var count = 0;
        using (var source = items.GetEnumerator())
        {
            while (true)
            {
                producing.Start();
                var more = source.MoveNext();
                producing.Stop();
                if (!more) break;
                count++;
                yield return source.Current;
            }
        }
        Console.Error.WriteLine($"run:   {what,-32} {count,6} items  {producing.Elapsed.TotalMilliseconds,6:F0} ms producing them");
    }
}
