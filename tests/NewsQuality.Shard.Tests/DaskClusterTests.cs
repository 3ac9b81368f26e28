using System.Diagnostics;
using System.Text.Json;
using NewsQuality.Analysis;
using NewsQuality.Configuration;
using NewsQuality.Rules;

namespace NewsQuality.Shard.Tests;

/// <summary>A fact that runs only where Dask distributed is installed (.ci/setup.d/dask.sh installs it), and says so when skipped.</summary>
public sealed class DaskFactAttribute : FactAttribute
{
    public DaskFactAttribute()
    {
        if (!DaskClusterTests.DaskInstalled()) Skip = "/usr/bin/python3 cannot import distributed (apt-get install python3-distributed, as .ci/setup.d/dask.sh does)";
    }
}

/// <summary>
/// The reference distributed run: a Dask scheduler and three workers as separate processes on loopback, the driver in
/// deploy/dask over 20,000 generated articles in 8 shards, one worker killed while it runs a task; the reports must be
/// exactly those of one `check` over the same shards. Per-article rules are turned off on both sides (a config file), so the
/// test's minutes go to the corpus stages it is about; PipelineTests compares every rule. NQ_DASK_ARTICLES sets a smaller
/// corpus for a quick run on a loaded machine.
/// </summary>
public sealed class DaskClusterTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("nq-dask-").FullName;
    private readonly List<Process> _started = [];
    private readonly Dictionary<Process, System.Text.StringBuilder> _errors = [];

    /// <summary>Debian's Python, which python3-distributed installs into (a python3 earlier on the PATH may be another).</summary>
    private const string Python = "/usr/bin/python3";

    public static bool DaskInstalled()
    {
        try
        {
            using var python = Process.Start(new ProcessStartInfo(Python, ["-c", "import distributed"]) { RedirectStandardError = true })!;
            python.WaitForExit();
            return python.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    [DaskFact]
    public void Dask_run_with_a_worker_killed_mid_run_equals_one_check()
    {
        var articles = int.TryParse(Environment.GetEnvironmentVariable("NQ_DASK_ARTICLES"), out var given) ? given : 20_000;
        var shards = GeneratedCorpus.Write(_root, articles, shards: 8, seed: 2026);
        var config = Path.Combine(_root, "corpus-rules.json");
        File.WriteAllText(config, JsonSerializer.Serialize(new
        {
            rules = RuleCatalog.Default.Rules.Where(rule => rule is IArticleRule).ToDictionary(rule => rule.Descriptor.Id, _ => new { enabled = false }),
        }));
        var work = Path.Combine(_root, "work");
        var schedulerFile = Path.Combine(_root, "scheduler.json");
        Start("/usr/bin/dask", "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard", "--scheduler-file", schedulerFile);
        var workers = Enumerable.Range(0, 3).Select(_ =>
            Start("/usr/bin/dask", "worker", "--scheduler-file", schedulerFile, "--host", "127.0.0.1", "--nthreads", "1", "--no-nanny", "--no-dashboard")).ToList();
        var address = WaitFor(() => File.Exists(schedulerFile) ? JsonDocument.Parse(File.ReadAllText(schedulerFile)).RootElement.GetProperty("address").GetString() : null, "the scheduler file");

        var cli = Path.Combine(AppContext.BaseDirectory, "newsquality");
        var driver = Start(Python, [Path.Combine(AppContext.BaseDirectory, "deploy", "nq_dask.py"), "--scheduler", address, "--work", work,
            "--partitions", "4", "--newsquality", cli, "--config", config, .. shards]);

        // Kill a worker (and the stage it runs) once the first shard is digested: the others are then mid-task.
        WaitFor(() => Directory.Exists(ShardLayout.Digest(work, 0)) || Directory.Exists(ShardLayout.Digest(work, 1)) ? "" : null, "the first digest");
        var victim = workers[0];
        Assert.False(victim.HasExited, "the worker died before it was killed");
        victim.Kill(entireProcessTree: true);

        Assert.True(driver.WaitForExit(TimeSpan.FromMinutes(15)), "the driver did not finish within 15 minutes");
        Assert.True(driver.ExitCode == 0, $"driver exited {driver.ExitCode}: {_errors[driver]}");
        var options = NewsQualityConfig.Load(config, RuleCatalog.Default).ApplyTo(new AnalysisOptions { Parallelism = 2 });
        var expected = PipelineTests.CheckReport(shards, _root, options);
        var actual = SameAnswers.PipelineArticles(work);
        Assert.Equal(articles, expected.Count);
        foreach (var rule in new[] { "NQ1001", "NQ1002", "NQ4003" })
            Assert.True(SameAnswers.CountOf(expected, rule) > articles / 200, $"{rule}: {SameAnswers.CountOf(expected, rule)} findings in check's report");
        PipelineTests.AssertSame(expected, actual);
    }

    private Process Start(string program, params string[] arguments)
    {
        var process = Process.Start(new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = _root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        // Drain both pipes so a chatty process never blocks on a full pipe; standard error is kept for failure messages.
        var errors = _errors[process] = new System.Text.StringBuilder();
        process.ErrorDataReceived += (_, line) => { lock (errors) errors.AppendLine(line.Data); };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        _started.Add(process);
        return process;
    }

    private static string WaitFor(Func<string?> probe, string what)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromMinutes(10))
        {
            if (probe() is { } found) return found;
            Thread.Sleep(200);
        }
        throw new TimeoutException($"{what} did not appear within 10 minutes");
    }

    public void Dispose()
    {
        foreach (var process in _started)
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.WaitForExit();
            process.Dispose();
        }
        Directory.Delete(_root, recursive: true);
    }
}
