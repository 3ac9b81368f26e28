using System.Diagnostics;
using NewsQuality.Bench.Dedup;

namespace NewsQuality.Bench.FullRun;

/// <summary>
/// `newsquality check` as a user runs it — every default rule, corpus rules included — on one generated JSON Lines
/// file per size, each run in its own process so that its peak resident memory is its own. Shows how memory grows
/// with the corpus when the input itself is streamed: what a multi-gigabyte file will need. `--bbc` checks real-like
/// articles instead (<see cref="ReplicatedBbc"/>: BBC News and lightly edited copies of it), `--tool PATH` another build
/// of the CLI (the installed native tool) instead of the Release build's.
/// </summary>
public sealed class FullRunBenchmark : IBenchmark
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    public string Name => "check";
    public string Description => "the whole CLI with every default rule, one process per size: wall, articles/s, peak RSS: SIZES [--bbc] [--tool PATH] (default 10000,100000; --bbc: BBC News and lightly edited copies, real-like articles)";

    public int Run(string[] args)
    {
        var sizes = (args.Length > 0 && !args[0].StartsWith("--") ? args[0] : "10000,100000").Split(',').Select(int.Parse).ToList();
        var bbc = args.Contains("--bbc");
        var tool = Array.IndexOf(args, "--tool") is >= 0 and var at && at + 1 < args.Length ? args[at + 1] : null;
        var folder = Directory.CreateTempSubdirectory("nq-bench-check-").FullName;
        var cli = tool ?? typeof(NewsQuality.Cli.NewsQualityCli).Assembly.Location;
        var english = SyntheticCorpus.EnglishVocabulary();
        var bbcJsonl = Path.Combine("..", "shared", "corpora", "bbc-news-2005.jsonl");
        Console.WriteLine($"{Environment.ProcessorCount} cores; `{(tool ?? "newsquality")} check FILE --format json --quiet`, all default rules; " + (bbc
            ? "the 2,225 BBC News articles, then copies with light edits (a word dropped from some paragraphs, \"(updated)\" after some titles, one figure corrected in one copy in five), so every story has more versions as the corpus grows\n"
            : $"articles of 480 words in paragraphs of 60, drawn Zipf-like from the {english.Length:N0} words of the shipped background table\n"));
        Console.WriteLine("| articles | input | wall | articles/s | peak RSS | peak RSS per article |");
        Console.WriteLine("|---|---|---|---|---|---|");
        try
        {
            foreach (var size in sizes)
            {
                var file = Path.Combine(folder, $"corpus-{size}.jsonl");
                var corpus = bbc ? ReplicatedBbc.Write(bbcJsonl, file, size, seed: size) : Generated(file, size);
                var (elapsed, peak, exit) = RunChild(cli, corpus.Path);
                if (exit is not (0 or 1)) throw new InvalidOperationException($"newsquality exited with {exit} on {corpus.Path}");
                Console.WriteLine($"| {size:N0} | {corpus.Bytes / 1048576.0:N0} MB | {elapsed.TotalSeconds:0.0} s | {size / elapsed.TotalSeconds:N0} | {peak / 1048576.0:N0} MB | {(double)peak / size:N0} B |");
                File.Delete(corpus.Path);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
        return 0;

        (string Path, long Bytes) Generated(string file, int size)
        {
            var written = SyntheticCorpus.Write(file, size, 0.1, seed: size, paragraphWords: 60, vocabulary: english);
            return (written.Path, written.Bytes);
        }
    }

    /// <summary>Runs the CLI on <paramref name="corpus"/>, draining its report, and samples its resident high-water mark until it exits.</summary>
    private static (TimeSpan Elapsed, long PeakBytes, int ExitCode) RunChild(string cli, string corpus)
    {
        var clock = Stopwatch.StartNew();
        // The Release build's assembly runs under dotnet; a tool given by path (the installed native one) runs as it is.
        var start = cli.EndsWith(".dll", StringComparison.Ordinal)
            ? new ProcessStartInfo("dotnet", [cli, "check", corpus, "--format", "json", "--quiet"])
            : new ProcessStartInfo(cli, ["check", corpus, "--format", "json", "--quiet"]);
        start.RedirectStandardOutput = start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var drain = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        var errors = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.WaitForExit(Poll))
        {
            try
            {
                process.Refresh();
                peak = Math.Max(peak, process.PeakWorkingSet64);
            }
            catch (InvalidOperationException)
            {
                // It exited between the wait and the sample; the last sample stands.
            }
        }
        drain.Wait();
        clock.Stop();
        if (errors.Result.Length > 0) Console.Error.Write(errors.Result);
        return (clock.Elapsed, peak, process.ExitCode);
    }
}
