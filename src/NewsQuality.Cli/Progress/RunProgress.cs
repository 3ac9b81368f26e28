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
            var written = 0;
            var timer = new Timer(_ => { output.WriteLine($"newsquality: {meter.Status}"); Interlocked.Exchange(ref written, 1); }, null, every, every);
            try
            {
                foreach (var item in items)
                {
                    meter.Count(item);
                    handle(item);
                }
            }
            finally
            {
                // Wait for a line being written, so that the last line is the last.
                using var stopped = new ManualResetEvent(false);
                if (timer.Dispose(stopped)) stopped.WaitOne();
            }
            // A log that showed progress also gets the end, counting every article (timer lines lag behind the run).
            if (Volatile.Read(ref written) == 1) output.WriteLine($"newsquality: {meter.Done}");
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
                    task.Description = meter.Done;
                    task.Value = 1;
                });
        }
    }
}

/// <summary>
/// How far a run is: articles checked so far, and the share of the input bytes read over all the run's passes
/// (two when corpus rules need a first pass), which also works inside a single large file. Said for editors:
/// "reading the articles (1 of 2)", "checking the articles (2 of 2)".
/// </summary>
/// <param name="comparing">Whether the corpus rules are comparing the articles (the engine's <c>Comparing</c>): the second
/// reading starts meanwhile, so bytes read alone cannot tell. Without it, all of the first reading read and no article out is comparing.</param>
internal sealed class ProgressMeter(long totalBytes, int passes, Func<long> bytesRead, Func<bool>? comparing = null)
{
    /// <summary>
    /// The share shown until the run ends: reading runs ahead of checking (a slow page is read whole long before its
    /// findings are out), so all bytes read is not the end.
    /// </summary>
    private const double MostBeforeTheEnd = 0.99;

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _articles;
    private long _firstArticleTicks = -1;

    public int Articles => Volatile.Read(ref _articles);

    public void Count(RunItem item)
    {
        if (item.Report is null) return;
        // Articles per second are counted from the first article, not from the start of the first pass.
        Interlocked.CompareExchange(ref _firstArticleTicks, _clock.Elapsed.Ticks, -1);
        Interlocked.Increment(ref _articles);
    }

    public double Fraction => totalBytes <= 0 ? 0 : Math.Min(MostBeforeTheEnd, (double)bytesRead() / (passes * (double)totalBytes));

    /// <summary>Still in the first of two passes: no article is checked, and no byte of the second reading is read or the articles are still compared.</summary>
    public bool InFirstPass => passes == 2 && Articles == 0 && (totalBytes <= 0 || bytesRead() <= totalBytes || comparing?.Invoke() == true);

    /// <summary>All of the first pass's input is read: the articles are being compared with each other.</summary>
    private bool Comparing => InFirstPass && (comparing?.Invoke() ?? (totalBytes > 0 && bytesRead() == totalBytes));

    private string Step => passes == 2 ? " (2 of 2)" : "";

    public double Rate
    {
        get
        {
            var since = Interlocked.Read(ref _firstArticleTicks);
            return since < 0 ? 0 : Articles / Math.Max(0.001, (_clock.Elapsed - TimeSpan.FromTicks(since)).TotalSeconds);
        }
    }

    /// <summary>What is happening now, for the bar's label.</summary>
    public string Headline => InFirstPass ? FirstPassStep : $"checking the articles{Step}: {Articles:N0}, {Rate:N0}/s";

    private string FirstPassStep => Comparing ? "comparing the articles with each other (1 of 2)" : "reading the articles (1 of 2)";

    /// <summary>One line for logs: what is happening, how much is done, and roughly how long is left.</summary>
    public string Status
    {
        get
        {
            var fraction = Fraction;
            var what = InFirstPass ? FirstPassStep : $"checking the articles{Step}, {Articles:N0} checked ({Rate:N0}/s)";
            if (fraction <= 0) return what;
            // No estimate while comparing (no input moves but the second pass's first articles) or checking the last articles after all is read: it would only grow.
            if (Comparing) return $"{what}, {fraction:0%} done";
            if (fraction >= MostBeforeTheEnd) return $"{what}, {fraction:0%} done, finishing the last articles";
            var left = TimeSpan.FromSeconds(_clock.Elapsed.TotalSeconds * (1 - fraction) / fraction);
            return $"{what}, {fraction:0%} done, about {left:hh\\:mm\\:ss} left";
        }
    }

    /// <summary>The last line, once every article is out.</summary>
    public string Done => $"{Articles:N0} article{(Articles == 1 ? "" : "s")} checked ({Rate:N0}/s), 100% done in {_clock.Elapsed:hh\\:mm\\:ss}";
}
