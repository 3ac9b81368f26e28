using System.Diagnostics;
using System.Globalization;
using NewsQuality.Bench.Dedup;
using NewsQuality.Shard;

namespace NewsQuality.Bench.Shard;

/// <summary>
/// The sharded pipeline (`newsquality shard …`) stage by stage with the corpus rules only (bench/corpus-rules-only.json),
/// every task its own process under /usr/bin/time: per stage its tasks' wall time, articles/s, user CPU, largest peak
/// resident memory and the bytes it wrote. Either the tasks one after another (what per-stage throughput means), or
/// through a local Dask cluster (<c>--dask N</c>: a scheduler and N single-threaded workers, deploy/dask/nq_dask.py),
/// with the cost of every process. <c>--check</c> also runs one <c>newsquality check</c> of the same file beside it.
/// The corpus is the check benchmark's (generated, 10% planted copies) or a JSON Lines file given, split into shards.
/// </summary>
public sealed class ShardBenchmark : IBenchmark
{
    public string Name => "shard";
    public string Description => "SIZES|FILE.jsonl [--shards 8] [--partitions 4] [--dask N] [--check] [--folder DIR]: the sharded pipeline per stage (wall, CPU, peak RSS, bytes), optionally via local Dask and beside one check";

    private static readonly string[] Stages = ["plan", "digest", "pairs", "verify", "cluster", "report", "summary"];

    public int Run(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            Console.Error.WriteLine($"usage: shard {Description[..Description.IndexOf(':')]}");
            return 2;
        }
        var options = Options.Parse(args[1..]);
        var cli = typeof(NewsQuality.Cli.NewsQualityCli).Assembly.Location;
        var config = RepositoryFile("bench/corpus-rules-only.json");
        var folder = options.Folder ?? Directory.CreateTempSubdirectory("nq-bench-shard-").FullName;
        Directory.CreateDirectory(folder);
        Console.WriteLine($"{Environment.ProcessorCount} cores, corpus rules only ({Path.GetFileName(config)}); {options.Shards} shards, {options.Partitions} partitions; " +
                          (options.DaskWorkers > 0 ? $"local Dask, {options.DaskWorkers} single-threaded workers, tasks --jobs 1" : $"tasks one after another, --jobs {Environment.ProcessorCount}"));
        foreach (var input in args[0].EndsWith(".jsonl", StringComparison.Ordinal) ? [args[0]] : args[0].Split(','))
        {
            var generated = !File.Exists(input);
            var corpus = generated ? Generate(folder, int.Parse(input, CultureInfo.InvariantCulture)) : Path.GetFullPath(input);
            var run = Path.Combine(folder, Path.GetFileNameWithoutExtension(corpus));
            var (shards, articles) = Split(corpus, Path.Combine(run, "shards"), options.Shards);
            var work = Path.Combine(run, "work");
            Console.WriteLine($"\n{Path.GetFileName(corpus)}: {articles:N0} articles, {new FileInfo(corpus).Length / 1048576.0:N0} MiB of JSON Lines");

            List<ProcessCost> tasks;
            var processes = new List<(string Name, ProcessCost Cost)>();
            using (var load = new LoadSampler())
            {
                if (options.DaskWorkers > 0)
                {
                    var (taskCosts, clusterCosts) = new LocalDask(run, options.DaskWorkers).Run(cli, config, shards, work, options.Partitions);
                    tasks = taskCosts;
                    processes.AddRange(clusterCosts);
                }
                else tasks = OneAfterAnother(cli, config, shards, work, options.Partitions);
                Console.WriteLine($"pipeline: {load.Summary()}");
            }
            PrintStages(tasks, work, articles);
            processes.Add(($"`newsquality shard …` tasks ({tasks.Count})", Total(tasks)));
            if (options.Check)
            {
                using var load = new LoadSampler();
                var report = Path.Combine(run, "check-report.json");
                processes.Add(("`newsquality check` (one process)", TimedProcess.Run(["dotnet", cli, "check", corpus, "--config", config, "--format", "json", "--quiet"], run, report, 1)));
                Console.WriteLine($"check: {load.Summary()}; report {new FileInfo(report).Length / 1048576.0:N0} MiB");
            }
            PrintProcesses(processes);
            if (!options.Keep)
            {
                Directory.Delete(run, recursive: true);
                if (generated) File.Delete(corpus);
            }
        }
        if (options.Folder is null && !options.Keep) Directory.Delete(folder, recursive: true);
        return 0;
    }

    private sealed record Options(int Shards, int Partitions, int DaskWorkers, bool Check, string? Folder, bool Keep)
    {
        public static Options Parse(string[] args)
        {
            var options = new Options(8, 4, 0, false, null, false);
            for (var i = 0; i < args.Length; i++)
                options = args[i] switch
                {
                    "--shards" => options with { Shards = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                    "--partitions" => options with { Partitions = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                    "--dask" => options with { DaskWorkers = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                    "--check" => options with { Check = true },
                    "--folder" => options with { Folder = Path.GetFullPath(args[++i]) },
                    "--keep" => options with { Keep = true },
                    _ => throw new ArgumentException($"unknown option {args[i]}"),
                };
            return options;
        }
    }

    /// <summary>The check benchmark's corpus (3 KB English-vocabulary articles in paragraphs, 10% planted copies).</summary>
    private static string Generate(string folder, int size) =>
        SyntheticCorpus.Write(Path.Combine(folder, $"generated-{size}.jsonl"), size, 0.1, seed: size, paragraphWords: 60, vocabulary: SyntheticCorpus.EnglishVocabulary()).Path;

    /// <summary>
    /// The file cut into <paramref name="count"/> consecutive pieces of about equal bytes, at line ends, so the shards in
    /// order are the file's articles in order (numbered as one <c>check</c> of the file numbers them).
    /// </summary>
    private static (List<string> Shards, long Articles) Split(string corpus, string folder, int count)
    {
        Directory.CreateDirectory(folder);
        using var input = new BufferedStream(File.OpenRead(corpus), 1 << 20);
        var length = new FileInfo(corpus).Length;
        var shards = new List<string>();
        long position = 0, articles = 0;
        var buffer = new byte[1 << 20];
        var last = (byte)'\n';
        for (var shard = 0; shard < count; shard++)
        {
            var path = Path.Combine(folder, $"shard-{shard:D3}.jsonl");
            shards.Add(path);
            using var output = new BufferedStream(File.Create(path), 1 << 20);
            for (var end = length * (shard + 1) / count; position < end;)
            {
                var read = input.Read(buffer, 0, (int)Math.Min(buffer.Length, end - position));
                output.Write(buffer, 0, read);
                articles += buffer.AsSpan(0, read).Count((byte)'\n');
                position += read;
                last = buffer[read - 1];
            }
            // Finish the line the cut fell in.
            while (last != '\n' && position < length)
            {
                last = (byte)input.ReadByte();
                output.WriteByte(last);
                position++;
                if (last == '\n') articles++;
            }
        }
        return (shards, articles + (last == '\n' ? 0 : 1));
    }

    /// <summary>Every task in order, each with every core (what <c>shard run</c> does, but a process per task, measured).</summary>
    private static List<ProcessCost> OneAfterAnother(string cli, string config, IReadOnlyList<string> shards, string work, int partitions)
    {
        string[] Shard(params string[] rest) => ["dotnet", cli, "shard", .. rest, "--work", work];
        var jobs = Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture);
        var folder = Path.GetDirectoryName(shards[0])!;
        var commands = new List<string[]> { Shard(["plan", .. shards, "--partitions", partitions.ToString(CultureInfo.InvariantCulture), "--config", config]) };
        commands.AddRange(Enumerable.Range(0, shards.Count).Select(s => Shard("digest", "--shard", s.ToString(CultureInfo.InvariantCulture), "--jobs", jobs)));
        commands.AddRange(Enumerable.Range(0, partitions).Select(p => Shard("pairs", "--partition", p.ToString(CultureInfo.InvariantCulture))));
        commands.AddRange(Enumerable.Range(0, partitions).Select(p => Shard("verify", "--partition", p.ToString(CultureInfo.InvariantCulture))));
        commands.Add(Shard("cluster"));
        commands.AddRange(Enumerable.Range(0, shards.Count).Select(s => Shard("report", "--shard", s.ToString(CultureInfo.InvariantCulture), "--jobs", jobs)));
        commands.Add(Shard("summary"));
        return commands.Select(command => TimedProcess.Run(command, folder)).ToList();
    }

    private static string StageOf(ProcessCost task)
    {
        var words = task.Command.Split(' ');
        var shard = Array.IndexOf(words, "shard");
        return shard >= 0 && shard + 1 < words.Length ? words[shard + 1] : "?";
    }

    private static ProcessCost Total(IReadOnlyCollection<ProcessCost> tasks) =>
        new("", tasks.Sum(t => t.WallSeconds), tasks.Sum(t => t.UserSeconds), tasks.Sum(t => t.SystemSeconds), tasks.Count == 0 ? 0 : tasks.Max(t => t.PeakKilobytes));

    /// <summary>Per stage: its tasks' summed wall (tasks of one stage may overlap under Dask), CPU, largest peak, and what it wrote.</summary>
    private static void PrintStages(List<ProcessCost> tasks, string work, long articles)
    {
        var shuffle = Bytes(Directory.GetDirectories(Path.Combine(work, "digest")).SelectMany(d => new[] { "nq1001", "nq1002", "nq4003" }.Select(t => Path.Combine(d, t))));
        var written = new Dictionary<string, long>
        {
            ["digest"] = Bytes([Path.Combine(work, "digest")]),
            ["pairs"] = Bytes([Path.Combine(work, "pairs")]),
            ["verify"] = Bytes([Path.Combine(work, "verified")]),
            ["cluster"] = Bytes([Path.Combine(work, "cluster")]),
            ["report"] = Bytes([Path.Combine(work, "report")]),
        };
        Console.WriteLine("\n| stage | tasks | wall (tasks summed) | articles/s | user CPU | CPU ms per article | largest peak RSS | written | bytes per article |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var stage in Stages)
        {
            var ofStage = tasks.Where(t => StageOf(t) == stage).ToList();
            if (ofStage.Count == 0) continue;
            var total = Total(ofStage);
            var bytes = written.GetValueOrDefault(stage);
            Console.WriteLine($"| {stage} | {ofStage.Count} | {total.WallSeconds:0.0} s | {articles / Math.Max(0.01, total.WallSeconds):N0} | {total.UserSeconds:0.0} s | " +
                              $"{total.UserSeconds * 1000 / articles:0.00} | {total.PeakKilobytes / 1024.0:N0} MiB | {(bytes > 0 ? $"{bytes / 1048576.0:N1} MiB" : "—")} | {(bytes > 0 ? $"{(double)bytes / articles:N0}" : "—")} |");
        }
        var all = Total(tasks);
        Console.WriteLine($"| **all** | {tasks.Count} | {all.WallSeconds:0.0} s | {articles / all.WallSeconds:N0} | {all.UserSeconds:0.0} s | {all.UserSeconds * 1000 / articles:0.00} | {all.PeakKilobytes / 1024.0:N0} MiB | {written.Values.Sum() / 1048576.0:N1} MiB | {(double)written.Values.Sum() / articles:N0} |");
        Console.WriteLine($"\nshuffle (map side, in the digests): {shuffle / 1048576.0:N1} MiB, {(double)shuffle / articles:N0} bytes per article");
    }

    private static void PrintProcesses(List<(string Name, ProcessCost Cost)> processes)
    {
        Console.WriteLine("\n| process | wall | user CPU | system CPU | peak RSS |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var (name, cost) in processes)
            Console.WriteLine($"| {name} | {cost.WallSeconds:0.0} s | {cost.UserSeconds:0.0} s | {cost.SystemSeconds:0.0} s | {cost.PeakKilobytes / 1024.0:N0} MiB |");
    }

    private static long Bytes(IEnumerable<string> folders) =>
        folders.Where(Directory.Exists).Sum(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(file => new FileInfo(file).Length));

    /// <summary>A file of this repository, found above the bench's build folder.</summary>
    internal static string RepositoryFile(string relative)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, relative))) return Path.Combine(folder.FullName, relative);
        throw new FileNotFoundException($"{relative} not found above {AppContext.BaseDirectory}");
    }
}
