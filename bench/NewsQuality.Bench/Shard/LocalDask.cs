using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace NewsQuality.Bench.Shard;

/// <summary>
/// A Dask cluster on this machine as the docs start one (a <c>dask scheduler</c>, N <c>dask worker --nthreads 1</c>
/// processes on loopback) running deploy/dask/nq_dask.py, with every stage task under /usr/bin/time. The scheduler's and
/// workers' own cost is read from /proc just before they are stopped (peak resident memory is the kernel's VmHWM).
/// </summary>
public sealed class LocalDask(string folder, int workers)
{
    private const string Python = "/usr/bin/python3";
    private const string Dask = "/usr/bin/dask";

    /// <returns>Every stage task's cost, and the cost of the scheduler, each worker and the driver.</returns>
    public (List<ProcessCost> Tasks, List<(string Name, ProcessCost Cost)> Processes) Run(string cli, string config, IReadOnlyList<string> shards, string work, int partitions)
    {
        var schedulerFile = Path.Combine(folder, "scheduler.json");
        var taskLog = Path.Combine(folder, "tasks.time");
        File.Delete(schedulerFile);
        File.Delete(taskLog);
        var started = new List<(string Name, Process Process, Stopwatch Clock)>();
        try
        {
            started.Add(("`dask scheduler`", Start(Dask, "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard", "--scheduler-file", schedulerFile), Stopwatch.StartNew()));
            var address = WaitForAddress(schedulerFile);
            for (var i = 0; i < workers; i++)
                started.Add(($"`dask worker` {i + 1}", Start(Dask, "worker", "--scheduler-file", schedulerFile, "--host", "127.0.0.1", "--nthreads", "1", "--no-nanny", "--no-dashboard"), Stopwatch.StartNew()));
            var newsquality = string.Join(' ', ((string[])[TimedProcess.Time, .. TimedProcess.Wrapped(taskLog, ["dotnet", cli])]).Select(Quoted));
            var driver = TimedProcess.Run([Python, ShardBenchmark.RepositoryFile("deploy/dask/nq_dask.py"), "--scheduler", address, "--work", work,
                "--partitions", partitions.ToString(CultureInfo.InvariantCulture), "--newsquality", newsquality, "--config", config, .. shards], folder);
            var processes = started.Select(s => (s.Name, Cost(s.Process, s.Clock))).ToList();
            processes.Add(("driver (`nq_dask.py`, python)", driver));
            return (ProcessCost.ReadLog(taskLog), processes);
        }
        finally
        {
            foreach (var (_, process, _) in started)
            {
                if (!process.HasExited) process.Kill(entireProcessTree: true);
                process.WaitForExit();
                process.Dispose();
            }
        }
    }

    private static string Quoted(string word) => "'" + word.Replace("'", "'\\''") + "'";

    private Process Start(string program, params string[] arguments)
    {
        var process = Process.Start(new ProcessStartInfo(program, arguments) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true })!;
        // Drained, so a chatty log never blocks the process on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static string WaitForAddress(string schedulerFile)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(5))
        {
            if (File.Exists(schedulerFile))
                try
                {
                    return JsonDocument.Parse(File.ReadAllText(schedulerFile)).RootElement.GetProperty("address").GetString()!;
                }
                catch (JsonException)
                {
                    // Caught while being written; read it again.
                }
            Thread.Sleep(200);
        }
        throw new TimeoutException("the Dask scheduler wrote no scheduler file within 5 minutes");
    }

    /// <summary>A running process's CPU so far (from /proc/PID/stat, in clock ticks of 1/100 s) and resident high-water mark.</summary>
    private static ProcessCost Cost(Process process, Stopwatch clock)
    {
        var stat = File.ReadAllText($"/proc/{process.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var peak = File.ReadLines($"/proc/{process.Id}/status").First(line => line.StartsWith("VmHWM:", StringComparison.Ordinal));
        return new ProcessCost(process.StartInfo.FileName, clock.Elapsed.TotalSeconds, long.Parse(fields[11], CultureInfo.InvariantCulture) / 100.0,
            long.Parse(fields[12], CultureInfo.InvariantCulture) / 100.0, long.Parse(peak.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture));
    }
}
