using System.CommandLine;
using System.Reflection;
using System.Runtime.CompilerServices;
using NewsQuality.Cli.Commands;

namespace NewsQuality.Cli;

/// <summary>Builds the command tree and runs it; parse errors exit with <see cref="ExitCodes.UsageOrInputError"/>.</summary>
public static class NewsQualityCli
{
    public static string Version { get; } =
        typeof(NewsQualityCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static RootCommand BuildRoot(CliIO io)
    {
        var root = new RootCommand("NewsQuality: finds near-duplicate, machine-translated and padded news articles, with evidence for every flag.");
        root.Add(CheckCommand.Build(io));
        root.Add(CleanCommand.Build(io));
        root.Add(IndexCommand.Build(io));
        root.Add(ConfigCommands.Init(io));
        root.Add(ConfigCommands.Config(io));
        // RuntimeFeature.IsDynamicCodeSupported is false in the Native AOT build, whose compiler then drops these commands
        // and what only they reach (ML.NET, ASP.NET Core, Parquet.Net): JitCompanion runs them.
        root.Add(RuntimeFeature.IsDynamicCodeSupported ? TuneCommand.Build(io) : JitCompanion.StandIn("tune", TuneCommand.Description));
        root.Add(RuntimeFeature.IsDynamicCodeSupported ? ReviewCommand.Build(io) : JitCompanion.StandIn("review", ReviewCommand.Description));
        root.Add(RulesCommand.Build(io));
        root.Add(ExplainCommand.Build(io));
        root.Add(RuntimeFeature.IsDynamicCodeSupported ? ShardCommand.Build(io) : JitCompanion.StandIn("shard", ShardCommand.Description));
        return root;
    }

    /// <param name="interrupt">Cancelled by Ctrl-C or SIGTERM (<see cref="TerminationSignals"/>); commands stop and exit 130.</param>
    public static int Run(string[] args, CliIO io, CancellationToken interrupt = default)
    {
        var root = BuildRoot(io);
        var parse = root.Parse(args);
        if (!RuntimeFeature.IsDynamicCodeSupported && JitCompanion.Handles(parse)) return JitCompanion.Run(parse.CommandResult.Command.Name, args, io, interrupt);
        // Unknown commands and options first: one line each, and nothing is read.
        if (UsageErrors.Find(parse, args) is [_, ..] unknown)
        {
            foreach (var line in unknown) io.StdErr.WriteLine($"newsquality: {line}");
            return ExitCodes.UsageOrInputError;
        }
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) io.StdErr.WriteLine($"newsquality: {error.Message}");
            io.StdErr.WriteLine("Run 'newsquality --help' for usage.");
            return ExitCodes.UsageOrInputError;
        }
        using var stdout = io.OutWriter();
        try
        {
            // Our own handler, not System.CommandLine's: its default exits 1, which CI would read as "findings found".
            var configuration = new InvocationConfiguration { Output = stdout, Error = io.StdErr, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
            return parse.InvokeAsync(configuration, interrupt).GetAwaiter().GetResult();
        }
        catch (Exception caught)
        {
            // Parallel loops wrap what failed in an AggregateException: name the failure itself.
            var e = caught is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : caught;
            io.StdErr.WriteLine($"newsquality: internal error: {e.GetType().Name}: {e.Message}");
            io.StdErr.WriteLine("This is a bug in newsquality; please report it with the command line that caused it.");
            return ExitCodes.InternalError;
        }
        finally
        {
            stdout.Flush();
        }
    }
}
