using System.Diagnostics;
using System.Globalization;

namespace NewsQuality.Bench.Shard;

/// <summary>
/// What one finished process cost, as GNU time reports it from the kernel's accounting: wall, user and system CPU, and
/// peak resident memory (the exact high-water mark, not a sample).
/// </summary>
public sealed record ProcessCost(string Command, double WallSeconds, double UserSeconds, double SystemSeconds, long PeakKilobytes)
{
    /// <summary>The format <c>/usr/bin/time -f</c> is given; <see cref="Parse"/> reads its lines back.</summary>
    public const string TimeFormat = "%e\t%U\t%S\t%M\t%C";

    public static ProcessCost Parse(string line)
    {
        var fields = line.Split('\t', 5);
        return new ProcessCost(fields[4], Number(fields[0]), Number(fields[1]), Number(fields[2]), long.Parse(fields[3], CultureInfo.InvariantCulture));
    }

    /// <summary>Every process a <c>/usr/bin/time -a</c> log recorded (lines that are not measurements, like "Command exited", are skipped).</summary>
    public static List<ProcessCost> ReadLog(string path) =>
        File.Exists(path) ? File.ReadLines(path).Where(line => line.Split('\t').Length >= 5).Select(Parse).ToList() : [];

    private static double Number(string field) => double.Parse(field, CultureInfo.InvariantCulture);
}

/// <summary>Runs a program under <c>/usr/bin/time</c> so its cost is its own (a child's peak memory is not the bench's).</summary>
public static class TimedProcess
{
    public const string Time = "/usr/bin/time";

    /// <summary>The command line that runs <paramref name="arguments"/> and appends its cost to <paramref name="log"/>.</summary>
    public static string[] Wrapped(string log, IEnumerable<string> arguments) => ["-a", "-o", log, "-f", ProcessCost.TimeFormat, .. arguments];

    /// <summary>Runs the command to the end, standard output to <paramref name="stdout"/> (or discarded), and returns its cost.</summary>
    public static ProcessCost Run(IReadOnlyList<string> arguments, string workingDirectory, string? stdout = null, params int[] acceptedExitCodes)
    {
        using var output = stdout is null ? Stream.Null : File.Create(stdout);
        return Capture(arguments, workingDirectory, output, acceptedExitCodes).Cost;
    }

    /// <summary>Runs the command to the end, standard output copied to <paramref name="output"/>; returns its cost and what it wrote to standard error.</summary>
    public static (ProcessCost Cost, string Errors) Capture(IReadOnlyList<string> arguments, string workingDirectory, Stream output, params int[] acceptedExitCodes)
    {
        var log = Path.GetTempFileName();
        try
        {
            using var process = Process.Start(new ProcessStartInfo(Time, Wrapped(log, arguments))
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var errors = process.StandardError.ReadToEndAsync();
            process.StandardOutput.BaseStream.CopyTo(output);
            process.WaitForExit();
            if (process.ExitCode != 0 && !acceptedExitCodes.Contains(process.ExitCode))
                throw new InvalidOperationException($"{string.Join(' ', arguments)} exited {process.ExitCode}: {errors.Result.Trim()}");
            return (ProcessCost.ReadLog(log).Single(), errors.Result);
        }
        finally
        {
            File.Delete(log);
        }
    }
}

/// <summary>The machine's one-minute load average, sampled every few seconds while a step runs: how shared the CPU was.</summary>
public sealed class LoadSampler : IDisposable
{
    private readonly List<double> _samples = [];
    private readonly Timer _timer;

    public LoadSampler() => _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromSeconds(5));

    private void Sample()
    {
        var load = double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);
        lock (_samples) _samples.Add(load);
    }

    public string Summary()
    {
        lock (_samples)
            return _samples.Count == 0 ? "no sample" : $"load average {_samples.Min():0.0}–{_samples.Max():0.0}, mean {_samples.Average():0.0} ({_samples.Count} samples)";
    }

    public void Dispose() => _timer.Dispose();
}
