using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using MathNet.Numerics.Statistics;
using NewsQuality.Bench.Shard;

namespace NewsQuality.Bench.Peers;

/// <summary>
/// NewsQuality side by side with the prose linters a user might run instead (write-good and harper.js from npm,
/// proselint from Debian; installed by bench/peers/install.sh), on the same articles written out as text files, in
/// one run. Every tool is a child process under <c>/usr/bin/time</c>, start-up included, as a user would meet it;
/// rounds are interleaved (each round runs every tool once) so a burst of load on the shared machine hits all tools
/// alike, and the table keeps the median wall of the rounds. A tool's output is counted too: a run that reported an
/// error for some file, exited with a failure, or reported on fewer than half the files (proselint prints a traceback
/// per file it fails on and carries on, so a broken run looks fast) is marked failed with a note instead of a time.
/// </summary>
public sealed class LintersBenchmark : IBenchmark
{
    private const string PeersFolder = "bench/peers";
    private const string InstallHint = "not installed (bash bench/peers/install.sh)";

    /// <summary>Longest argument list handed to one peer process; the kernel refuses far longer ones (ARG_MAX).</summary>
    private const int MaxArgumentChars = 100_000;

    public string Name => "linters";
    public string Description => "NewsQuality vs write-good, proselint, harper.js on the same articles: [corpus.jsonl] [--runs 3] [--limit N] [--tool PATH] [--skip PEER,...] " +
                                 "(default ../shared/corpora/bbc-news-2005.jsonl, the installed ~/.dotnet/tools/newsquality or else the Release CLI; " +
                                 "--skip leaves out slow peers, e.g. proselint,harper.js, on a full corpus)";

    /// <summary>
    /// One linter: its command lines for one run, given the articles' folder, their file names and an empty scratch folder
    /// of the run's own (batches of files, or the folder when it reads folders), which exit codes mean success, and what
    /// one command's standard output and error say it covered.
    /// </summary>
    private sealed record Linter(string Name, string? Version, Func<string, IReadOnlyList<string>, string, IEnumerable<string[]>> Commands, int[] SuccessExitCodes,
                                 Func<string, string, Coverage> Covered)
    {
        public bool Skipped { get; init; }
        public bool Runs => Version is not null && !Skipped;
    }

    /// <summary>What one run of a linter covered: the files it reported on, and the errors it reported (a file it could not lint, an input error).</summary>
    private readonly record struct Coverage(int Reported, int Errors)
    {
        public static Coverage operator +(Coverage a, Coverage b) => new(a.Reported + b.Reported, a.Errors + b.Errors);
    }

    /// <summary>One run of a linter: its wall and peak, or why its time is not quoted.</summary>
    private sealed record Round(double WallSeconds, long PeakKilobytes, string? Failure);

    public int Run(string[] args)
    {
        var runs = int.Parse(Option(ref args, "--runs") ?? "3", CultureInfo.InvariantCulture);
        var limit = Option(ref args, "--limit") is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : int.MaxValue;
        var tool = Option(ref args, "--tool");
        var skip = (Option(ref args, "--skip") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var corpus = args.Length > 0 ? args[0] : Path.Combine("..", "shared", "corpora", "bbc-news-2005.jsonl");
        if (!File.Exists(corpus))
        {
            Console.Error.WriteLine($"no corpus at {corpus}");
            return 2;
        }

        var work = Directory.CreateTempSubdirectory("nq-linters-").FullName;
        try
        {
            var folder = Directory.CreateDirectory(Path.Combine(work, "articles")).FullName;
            var files = WriteArticles(corpus, limit, folder);
            Linter[] linters = [OwnTool(tool), .. new[] { WriteGood(), Proselint(), Harper() }.Select(peer => peer with { Skipped = skip.Contains(peer.Name) })];
            var rounds = linters.ToDictionary(linter => linter, _ => new List<Round>());
            var loadBefore = LoadAverage();
            for (var round = 0; round < runs; round++)
                foreach (var linter in linters.Where(linter => linter.Runs))
                    rounds[linter].Add(RunOnce(linter, folder, files, Directory.CreateDirectory(Path.Combine(work, $"{linter.Name}-{round}")).FullName));
            var loadAfter = LoadAverage();

            // The reference is NewsQuality's own median: with NewsQuality failed, no ratio means anything.
            var reference = rounds[linters[0]].All(r => r.Failure is null) ? Statistics.Median(rounds[linters[0]].Select(r => r.WallSeconds)) : double.NaN;
            Console.WriteLine($"{Environment.ProcessorCount} cores; {files.Count:N0} articles of {corpus} as text files (title line, blank line, text); " +
                              $"{runs} interleaved rounds, median wall, largest peak RSS; load average (1/5/15 min) {loadBefore} before, {loadAfter} after\n");
            Console.WriteLine("| tool | version | wall (median) | articles/s | peak RSS | wall / NewsQuality's |");
            Console.WriteLine("|---|---|---|---|---|---|");
            foreach (var linter in linters)
            {
                if (!linter.Runs)
                {
                    Console.WriteLine($"| {linter.Name} | {(linter.Skipped ? "skipped (--skip)" : InstallHint)} | | | | |");
                    continue;
                }
                if (rounds[linter].Select((r, i) => (r.Failure, Round: i + 1)).FirstOrDefault(r => r.Failure is not null) is { Failure: { } failure } failed)
                {
                    Console.WriteLine($"| {linter.Name} | {linter.Version} | failed (round {failed.Round} of {runs}: {failure}); time not quoted | | | |");
                    continue;
                }
                var wall = Statistics.Median(rounds[linter].Select(r => r.WallSeconds));
                var ratio = double.IsNaN(reference) ? "n/a" : $"{wall / reference:0.00}×";
                Console.WriteLine($"| {linter.Name} | {linter.Version} | {wall:0.00} s | {files.Count / wall:N0} | {rounds[linter].Max(r => r.PeakKilobytes) / 1024.0:N0} MB | {ratio} |");
            }
            return rounds.Values.Any(r => r.Any(round => round.Failure is not null)) ? 1 : 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>
    /// One run of a linter over every file. Batches (only when the argument list is too long) run one after the other: their
    /// walls add up, the peak is the largest, and what they covered adds up.
    /// </summary>
    private static Round RunOnce(Linter linter, string folder, IReadOnlyList<string> files, string scratch)
    {
        var (wall, peak, covered, firstError) = (0.0, 0L, new Coverage(0, 0), (string?)null);
        foreach (var command in linter.Commands(folder, files, scratch))
        {
            var output = new MemoryStream();
            ProcessCost cost;
            string errors;
            try
            {
                (cost, errors) = TimedProcess.Capture(command, folder, output, linter.SuccessExitCodes);
            }
            catch (InvalidOperationException exited)
            {
                return new Round(double.NaN, 0, Shortened(exited.Message));
            }
            (wall, peak) = (wall + cost.WallSeconds, Math.Max(peak, cost.PeakKilobytes));
            covered += linter.Covered(System.Text.Encoding.UTF8.GetString(output.ToArray()), errors);
            // The line that names the error (a traceback's last line, a Node error), else the first one.
            var lines = errors.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            firstError ??= lines.FirstOrDefault(line => line.Contains("Error", StringComparison.Ordinal)) ?? lines.FirstOrDefault();
        }
        var failure = covered.Errors > 0 || 2 * covered.Reported < files.Count
            ? $"reported on {covered.Reported:N0} of {files.Count:N0} files, {covered.Errors:N0} errors" + (firstError is null ? "" : $"; standard error: {Shortened(firstError)}")
            : null;
        return new Round(wall, peak, failure);
    }

    /// <summary>A message cut to fit a table cell, on one line.</summary>
    private static string Shortened(string message)
    {
        var line = message.ReplaceLineEndings(" ").Replace('|', '/');
        return line.Length <= 160 ? line : line[..160] + "…";
    }

    /// <summary>Lines of <paramref name="text"/> that satisfy <paramref name="counts"/>.</summary>
    private static int Lines(string text, Func<string, bool> counts) => text.Split('\n').Count(counts);

    /// <summary>The articles (the first <paramref name="limit"/>) as plain-text files, title on the first line, the way the CLI reads <c>.txt</c>.</summary>
    private static List<string> WriteArticles(string corpus, int limit, string folder)
    {
        var files = new List<string>();
        foreach (var line in File.ReadLines(corpus).Where(line => line.Length > 0).Take(limit))
        {
            using var article = JsonDocument.Parse(line);
            var root = article.RootElement;
            // Short relative names keep the peers' argument lists short (they run with the folder as working directory).
            var file = $"{files.Count:D5}.txt";
            File.WriteAllText(Path.Combine(folder, file), $"{root.GetProperty("title").GetString()}\n\n{root.GetProperty("text").GetString()}\n");
            files.Add(file);
        }
        return files;
    }

    /// <summary>The installed tool (the AOT build a user gets) when there is one, else the Release CLI this bench was built with.</summary>
    private static Linter OwnTool(string? tool)
    {
        var installed = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools", "newsquality");
        tool ??= File.Exists(installed) ? installed : null;
        string[] launcher = tool is null ? ["dotnet", typeof(global::NewsQuality.Cli.NewsQualityCli).Assembly.Location] : [Path.GetFullPath(tool)];
        var version = Output([.. launcher, "--version"]) ?? throw new InvalidOperationException($"{string.Join(' ', launcher)} --version failed");
        // Exit code 1 means findings, not failure.
        return new Linter("NewsQuality", tool is null ? $"{version} (Release build)" : version,
            (folder, _, _) => [[.. launcher, "check", folder, "--format", "json", "--quiet"]], [0, 1], ReportedArticles);
    }

    /// <summary>The JSON report's articles, and the input errors it lists; output that is no report counts as one error, so the run is marked failed.</summary>
    private static Coverage ReportedArticles(string output, string errors)
    {
        try
        {
            using var report = JsonDocument.Parse(output);
            return new Coverage(report.RootElement.GetProperty("articles").GetArrayLength(), report.RootElement.GetProperty("inputErrors").GetArrayLength());
        }
        catch (Exception notReport) when (notReport is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return new Coverage(0, 1);
        }
    }

    private static Linter WriteGood()
    {
        // write-good exits with its number of suggestions (modulo 256), so no exit code tells a failure apart.
        var bin = Path.GetFullPath(Path.Combine(PeersFolder, "node_modules", ".bin", "write-good"));
        // It prints an "In FILE" heading for each file it has suggestions on (news articles all have some), and nothing on a clean file.
        return new Linter("write-good", NpmVersion("write-good"), (_, files, _) => Batches(bin, files), [.. Enumerable.Range(0, 256)],
            (output, errors) => new Coverage(Lines(output, line => line.StartsWith("In ", StringComparison.Ordinal)), Lines(errors, IsErrorLine)));
    }

    /// <summary>
    /// proselint keeps every check's result per text in a cache under $XDG_CACHE_HOME, so a second round over the same
    /// articles would only read the cache: each run gets an empty one. It exits 1 when it has suggestions. With --json it
    /// prints one line per file it linted, suggestions or none; on a file it fails on, it prints a traceback and goes on
    /// (exiting 0 when no file had suggestions).
    /// </summary>
    private static Linter Proselint() =>
        new("proselint", Output(["proselint", "--version"]),
            (_, files, scratch) => Batches("env", files, $"XDG_CACHE_HOME={scratch}", "proselint", "--json"), [0, 1],
            (output, errors) => new Coverage(Lines(output, line => line.StartsWith('{')), Lines(errors, line => line.StartsWith("Traceback", StringComparison.Ordinal))));

    private static Linter Harper()
    {
        var script = Path.GetFullPath(Path.Combine(PeersFolder, "harper-lint.mjs"));
        // harper-lint.mjs prints "FILE<TAB>lint count" for every file, then the total.
        return new Linter("harper.js", NpmVersion("harper.js"), (_, files, _) => Batches("node", files, script), [0],
            (output, errors) => new Coverage(Lines(output, line => line.Contains('\t') && !line.StartsWith("total\t", StringComparison.Ordinal)), Lines(errors, IsErrorLine)));
    }

    /// <summary>A line of a Node peer's standard error that reports an error (Node also prints warnings there).</summary>
    private static bool IsErrorLine(string line) => line.Contains("Error", StringComparison.Ordinal);

    /// <summary>One command line per batch of files, each under <see cref="MaxArgumentChars"/>; one batch for a usual corpus.</summary>
    private static IEnumerable<string[]> Batches(string program, IReadOnlyList<string> files, params string[] leading)
    {
        var batch = new List<string>();
        var chars = 0;
        foreach (var file in files)
        {
            if (batch.Count > 0 && chars + file.Length + 1 > MaxArgumentChars)
            {
                yield return [program, .. leading, .. batch];
                batch.Clear();
                chars = 0;
            }
            batch.Add(file);
            chars += file.Length + 1;
        }
        if (batch.Count > 0) yield return [program, .. leading, .. batch];
    }

    /// <summary>The version of an npm package installed by bench/peers/install.sh, or null when it is not installed.</summary>
    private static string? NpmVersion(string package)
    {
        var manifest = Path.Combine(PeersFolder, "node_modules", package, "package.json");
        if (!File.Exists(manifest)) return null;
        using var json = JsonDocument.Parse(File.ReadAllText(manifest));
        return json.RootElement.GetProperty("version").GetString();
    }

    /// <summary>The first line a command prints, or null when it cannot be started or fails (a peer that is not installed).</summary>
    private static string? Output(string[] command)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(command[0], command[1..]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output.Split('\n')[0].Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static string LoadAverage() => string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ')[..3]);

    /// <summary>Removes <c>name value</c> from the arguments and returns the value (null when the option is absent).</summary>
    private static string? Option(ref string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        if (at < 0 || at + 1 >= args.Length) return null;
        var value = args[at + 1];
        args = [.. args[..at], .. args[(at + 2)..]];
        return value;
    }
}
