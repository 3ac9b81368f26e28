using System.CommandLine;
using NewsQuality.Reporting;
using NewsQuality.Shard;

namespace NewsQuality.Cli.Commands;

/// <summary>
/// <c>newsquality shard plan|digest|pairs|verify|cluster|report|summary|run</c>: the corpus rules as stages over files
/// in a shared work folder, one task per shard or partition, so an engine (Dask, Spark, a batch queue) can schedule them
/// across machines. Each stage skips output that is already complete and writes its own atomically (docs/scale-out.md).
/// </summary>
public static class ShardCommand
{
    public const string Description = "Run the corpus rules as stages over shards of a large corpus (see docs/scale-out.md).";

    public static Command Build(CliIO io)
    {
        var shard = new Command("shard", Description);
        shard.Add(Plan(io));
        shard.Add(Stage(io, "digest", "Stage 1, per shard: digests for the corpus rules and the map side of the shuffle, as Parquet.", ShardOption(),
            (work, parse, s, jobs, cancellation) => DigestStage.Run(work, parse.GetValue(s)!.Value, jobs, cancellation)));
        shard.Add(Stage(io, "pairs", "Stage 2, per partition: LSH candidate pairs and template lines from every shard's partition.", PartitionOption(),
            (work, parse, p, _, _) => PairsStage.Run(work, parse.GetValue(p)!.Value)));
        shard.Add(Stage(io, "verify", "Stage 3, per partition: candidate pairs verified exactly.", PartitionOption(),
            (work, parse, p, _, _) => VerifyStage.Run(work, parse.GetValue(p)!.Value)));
        shard.Add(Stage(io, "cluster", "Stage 4, once: clusters, representatives and copy findings from the verified pairs.", null,
            (work, _, _, _, _) => ClusterStage.Run(work)));
        var formats = FormatsOption();
        shard.Add(Stage(io, "report", "Stage 5, per shard: the shard's report with every rule's findings (report/SHARD/report.FORMAT).", ShardOption(),
            (work, parse, s, jobs, cancellation) => ReportStage.Run(work, parse.GetValue(s)!.Value, parse.GetValue(formats)!, NewsQualityCli.Version, jobs, cancellation), formats));
        var runFormats = FormatsOption();
        shard.Add(Stage(io, "run", "Every stage in this process, in order (one machine); finished stages are skipped.", null,
            (work, parse, _, jobs, cancellation) =>
            {
                ShardPipeline.Run(work, parse.GetValue(runFormats)!, NewsQualityCli.Version, jobs, cancellation);
                return true;
            }, runFormats));
        shard.Add(Summary(io));
        return shard;
    }

    private static Option<string> WorkOption() => new("--work") { Description = "The work folder every stage reads and writes (shared by all workers).", Required = true };

    private static Option<int?> ShardOption() => new("--shard") { Description = "The shard's number in the plan (from 0).", Required = true };

    private static Option<int?> PartitionOption() => new("--partition") { Description = "The partition's number (from 0).", Required = true };

    private static Option<int> JobsOption() => new("--jobs", "-j")
    {
        Description = "Articles digested or checked in parallel within the task (default: one per core).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    private static Option<string[]> FormatsOption()
    {
        var option = new Option<string[]>("--format", "-f") { Description = "Report formats to write (repeatable).", DefaultValueFactory = _ => ["json"] };
        option.AcceptOnlyFromAmong([.. ReportFormats.Names]);
        return option;
    }

    private static Command Plan(CliIO io)
    {
        var command = new Command("plan", "Write the run's plan: its shards (one input each, in order) and the number of partitions.");
        var shards = new Argument<string[]>("shards") { Description = "One file or folder per shard, in order (paths as check would be given them).", Arity = ArgumentArity.OneOrMore };
        var work = WorkOption();
        var partitions = new Option<int>("--partitions") { Description = "Partitions of the shuffle: reduce tasks of the pairs and verify stages.", DefaultValueFactory = _ => 8 };
        var config = new Option<string?>("--config") { Description = "The configuration file every stage applies (default: none)." };
        var format = new Option<string?>("--input-format") { Description = "Read every shard as this format instead of choosing by file ending." };
        command.Add(shards);
        command.Add(work);
        command.Add(partitions);
        command.Add(config);
        command.Add(format);
        command.SetAction(parse =>
        {
            if (parse.GetValue(partitions) < 1)
            {
                io.StdErr.WriteLine("newsquality: --partitions must be at least 1");
                return ExitCodes.UsageOrInputError;
            }
            var configPath = parse.GetValue(config) is { } given ? Path.GetFullPath(given, io.CurrentDirectory) : null;
            return Guarded(io, () =>
            {
                var plan = new ShardPlan(parse.GetValue(shards)!, io.CurrentDirectory, parse.GetValue(partitions), configPath, parse.GetValue(format));
                plan.Save(Path.GetFullPath(parse.GetValue(work)!, io.CurrentDirectory));
                if (plan.NotRunNotice() is { } notice) io.StdErr.WriteLine($"newsquality: shard plan: {notice}");
                return true;
            }, "plan");
        });
        return command;
    }

    private static Command Stage(CliIO io, string name, string description, Option<int?>? number, Func<string, ParseResult, Option<int?>, int, CancellationToken, bool> run, Option<string[]>? formats = null)
    {
        var command = new Command(name, description);
        var work = WorkOption();
        var jobs = JobsOption();
        command.Add(work);
        command.Add(jobs);
        if (number is not null) command.Add(number);
        if (formats is not null) command.Add(formats);
        command.SetAction((parse, cancellation) => Task.FromResult(Guarded(io,
            () => run(Path.GetFullPath(parse.GetValue(work)!, io.CurrentDirectory), parse, number!, Math.Max(1, parse.GetValue(jobs)), cancellation),
            number is null ? name : $"{name} {number.Name} {parse.GetValue(number)}")));
        return command;
    }

    /// <summary>Stage errors a user can fix (a missing earlier stage, a bad number, an unreadable file) exit 2 with one line; the rest are bugs.</summary>
    private static int Guarded(CliIO io, Func<bool> run, string what)
    {
        try
        {
            var produced = run();
            using var output = io.OutWriter();
            output.WriteLine(produced ? $"{what}: done" : $"{what}: already complete, skipped");
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentOutOfRangeException or IOException or UnauthorizedAccessException or InvalidDataException)
        {
            io.StdErr.WriteLine($"newsquality: shard {what}: {e.Message}");
            return ExitCodes.UsageOrInputError;
        }
        catch (OperationCanceledException)
        {
            io.StdErr.WriteLine($"newsquality: shard {what}: interrupted; its output was not written");
            return ExitCodes.Interrupted;
        }
    }

    private static Command Summary(CliIO io)
    {
        var command = new Command("summary", "Print the run's counts, added up over every shard's report.");
        var work = WorkOption();
        command.Add(work);
        command.SetAction(parse =>
        {
            try
            {
                var summary = ShardPipeline.Summary(Path.GetFullPath(parse.GetValue(work)!, io.CurrentDirectory));
                using var output = io.OutWriter();
                output.WriteLine($"{summary.Articles} articles checked: {summary.ByVerdict.GetValueOrDefault("pass")} pass, {summary.ByVerdict.GetValueOrDefault("review")} review, " +
                                 $"{summary.ByVerdict.GetValueOrDefault("fail")} fail; {summary.InputErrors} input errors.");
                output.WriteLine("by rule: " + string.Join(", ", summary.ByRule.Select(p => $"{p.Key} {p.Value}")));
                return ExitCodes.Success;
            }
            catch (InvalidOperationException e)
            {
                io.StdErr.WriteLine($"newsquality: shard summary: {e.Message}");
                return ExitCodes.UsageOrInputError;
            }
        });
        return command;
    }
}
