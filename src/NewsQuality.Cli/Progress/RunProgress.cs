using System.Diagnostics;
using NewsQuality.Analysis;
using Spectre.Console;

namespace NewsQuality.Cli.Progress;

/// <summary>
/// Progress of a long run on standard error: a live bar with articles/s and time left when a person is watching, a
/// plain line every few seconds when a log is, nothing with --quiet. Time left is estimated from the input bytes done.
/// </summary>
internal abstract class RunProgress
{
    public static RunProgress For(CliIO io, bool quiet, long totalBytes) =>
        quiet ? new Silent() : io.StdErrIsTerminal ? new Bar(totalBytes) : new Lines(io.StdErr, totalBytes);

    /// <summary>Feeds every item to <paramref name="handle"/>, showing progress as they go.</summary>
    public abstract void Run(IEnumerable<RunItem> items, Func<string, long> sizeOf, Action<RunItem> handle);

    /// <summary>Counts articles and input bytes: a file's size is counted done when the run moves past it.</summary>
    protected sealed class Meter(long totalBytes, Func<string, long> sizeOf)
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private string? _file;
        private long _doneBytes;

        public int Articles { get; private set; }

        public void Add(RunItem item)
        {
            var path = item.Report?.Article.Origin.Path ?? item.Error?.Path;
            if (path != _file)
            {
                if (_file is not null) _doneBytes += sizeOf(_file);
                _file = path;
            }
            if (item.Report is not null) Articles++;
        }

        public double Fraction => totalBytes <= 0 ? 0 : Math.Min(1, (double)_doneBytes / totalBytes);

        public double Rate => Articles / Math.Max(0.001, _clock.Elapsed.TotalSeconds);

        public TimeSpan Elapsed => _clock.Elapsed;

        public string Left => Fraction <= 0 ? "" : $", about {TimeSpan.FromSeconds(Elapsed.TotalSeconds * (1 - Fraction) / Fraction):hh\\:mm\\:ss} left";
    }

    private sealed class Silent : RunProgress
    {
        public override void Run(IEnumerable<RunItem> items, Func<string, long> sizeOf, Action<RunItem> handle)
        {
            foreach (var item in items) handle(item);
        }
    }

    private sealed class Lines(TextWriter errors, long totalBytes) : RunProgress
    {
        private static readonly TimeSpan Every = TimeSpan.FromSeconds(5);

        public override void Run(IEnumerable<RunItem> items, Func<string, long> sizeOf, Action<RunItem> handle)
        {
            var meter = new Meter(totalBytes, sizeOf);
            var next = Every;
            foreach (var item in items)
            {
                meter.Add(item);
                handle(item);
                if (meter.Elapsed < next) continue;
                errors.WriteLine($"newsquality: {meter.Articles:N0} articles checked ({meter.Rate:N0}/s{meter.Left})");
                next = meter.Elapsed + Every;
            }
        }
    }

    private sealed class Bar(long totalBytes) : RunProgress
    {
        public override void Run(IEnumerable<RunItem> items, Func<string, long> sizeOf, Action<RunItem> handle)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            var meter = new Meter(totalBytes, sizeOf);
            console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask("checking", maxValue: 1);
                    foreach (var item in items)
                    {
                        meter.Add(item);
                        handle(item);
                        task.Value = meter.Fraction;
                        task.Description = $"{meter.Articles:N0} articles, {meter.Rate:N0}/s";
                    }
                    task.Value = 1;
                });
        }
    }
}
