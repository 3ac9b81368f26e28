using System.Diagnostics;
using NewsQuality.Analysis;
using Spectre.Console;

namespace NewsQuality.Cli.Progress;

/// <summary>
/// Progress of a long run on standard error: a live bar with articles/s and time left when a person is watching, a
/// plain line every few seconds when a log is, nothing with --quiet. Status is refreshed on a timer, so the first pass
/// over the input (corpus rules, which yields no article yet) shows progress too.
/// </summary>
internal abstract class RunProgress
{
    public static RunProgress For(CliIO io, bool quiet, ProgressMeter meter) =>
        quiet ? new Silent() : io.StdErrIsTerminal ? new Bar(meter) : new Lines(io.StdErr, meter, TimeSpan.FromSeconds(5));

    /// <summary>Feeds every item to <paramref name="handle"/>, showing progress as they go.</summary>
    public abstract void Run(IEnumerable<RunItem> items, Action<RunItem> handle);

    private sealed class Silent : RunProgress
    {
        public override void Run(IEnumerable<RunItem> items, Action<RunItem> handle)
        {
            foreach (var item in items) handle(item);
        }
    }

    internal sealed class Lines(TextWriter errors, ProgressMeter meter, TimeSpan every) : RunProgress
    {
        public override void Run(IEnumerable<RunItem> items, Action<RunItem> handle)
        {
            // Console.Error is already synchronised, and Synchronized returns it as it is: timer and run share one lock.
            var output = TextWriter.Synchronized(errors);
            using var timer = new Timer(_ => output.WriteLine($"newsquality: {meter.Status}"), null, every, every);
            foreach (var item in items)
            {
                meter.Count(item);
                handle(item);
            }
        }
    }

    private sealed class Bar(ProgressMeter meter) : RunProgress
    {
        private static readonly TimeSpan Every = TimeSpan.FromMilliseconds(250);

        public override void Run(IEnumerable<RunItem> items, Action<RunItem> handle)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask("checking", maxValue: 1);
                    using var timer = new Timer(_ =>
                    {
                        task.Value = meter.Fraction;
                        task.Description = meter.Headline;
                    }, null, TimeSpan.Zero, Every);
                    foreach (var item in items)
                    {
                        meter.Count(item);
                        handle(item);
                    }
                    timer.Dispose();
                    task.Value = 1;
                });
        }
    }
}

/// <summary>
/// How far a run is: articles checked so far, and the share of the input bytes read over all the run's passes
/// (two when corpus rules need a first pass), which also works inside a single large file.
/// </summary>
internal sealed class ProgressMeter(long totalBytes, int passes, Func<long> bytesRead)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _articles;
    private long _firstArticleTicks = -1;

    public int Articles => Volatile.Read(ref _articles);

    public void Count(RunItem item)
    {
        if (item.Report is null) return;
        // Articles per second are counted from the first article, not from the start of the corpus pass.
        Interlocked.CompareExchange(ref _firstArticleTicks, _clock.Elapsed.Ticks, -1);
        Interlocked.Increment(ref _articles);
    }

    public double Fraction => totalBytes <= 0 ? 0 : Math.Min(1, (double)bytesRead() / (passes * (double)totalBytes));

    /// <summary>Still in the first of two passes: no article is checked yet.</summary>
    public bool InFirstPass => passes == 2 && Articles == 0;

    /// <summary>In the first pass, the input is read for the corpus rules, then the corpus rules compare all articles.</summary>
    private string FirstPassStep => totalBytes <= 0 || bytesRead() < totalBytes
        ? "reading the input for the corpus rules (pass 1 of 2)"
        : "comparing the articles for the corpus rules (end of pass 1 of 2)";

    public double Rate
    {
        get
        {
            var since = Interlocked.Read(ref _firstArticleTicks);
            return since < 0 ? 0 : Articles / Math.Max(0.001, (_clock.Elapsed - TimeSpan.FromTicks(since)).TotalSeconds);
        }
    }

    /// <summary>What is happening now, for the bar's label.</summary>
    public string Headline => InFirstPass ? "corpus rules, pass 1 of 2" : $"{Articles:N0} articles, {Rate:N0}/s";

    /// <summary>One line for logs: what is happening, how much is done, and roughly how long is left.</summary>
    public string Status
    {
        get
        {
            var fraction = Fraction;
            var what = InFirstPass ? FirstPassStep : $"{Articles:N0} articles checked ({Rate:N0}/s)";
            if (fraction <= 0) return what;
            var left = TimeSpan.FromSeconds(_clock.Elapsed.TotalSeconds * (1 - fraction) / fraction);
            return $"{what}, {fraction:0%} done, about {left:hh\\:mm\\:ss} left";
        }
    }
}
