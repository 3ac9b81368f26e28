using System.Diagnostics;
using System.CommandLine;

namespace NewsQuality.Cli;

/// <summary>
/// The native (Native AOT) <c>newsquality</c> runs check, clean, index, config, rules and explain itself. tune (ML.NET
/// emits code at run time), review (ASP.NET Core, reflection-based JSON) and shard (Parquet.Net's reflection serializer)
/// cannot run ahead-of-time compiled, so the native tool package also carries the portable JIT build in <c>jit/</c> and
/// hands those commands to it, arguments, standard streams and exit code unchanged (docs/performance.md).
/// </summary>
public static class JitCompanion
{
    private static readonly string[] Commands = ["tune", "review", "shard"];

    /// <summary>
    /// Whether the command line asks for a command only the JIT build has. The parser finds the command, wherever it
    /// stands among the arguments (after options, or after <c>--help</c>), as the JIT build's parser would.
    /// </summary>
    public static bool Handles(ParseResult parse) => Commands.Contains(parse.CommandResult.Command.Name);

    /// <summary>What <c>newsquality --help</c> lists for such a command; <see cref="Run"/> takes its command lines before they are checked.</summary>
    public static Command StandIn(string name, string description) => new(name, description);

    public static int Run(string command, string[] args, CliIO io, CancellationToken interrupt)
    {
        var companion = Path.Combine(AppContext.BaseDirectory, "jit", "newsquality.dll");
        if (!File.Exists(companion))
        {
            io.StdErr.WriteLine($"newsquality: '{command}' runs on the JIT build of newsquality ({companion}), which this native build does not carry; install the tool package (dotnet tool install NewsQuality.Cli) or use the portable build.");
            return ExitCodes.UsageOrInputError;
        }
        var start = new ProcessStartInfo(DotnetHost(), [companion, .. args]) { UseShellExecute = false };
        using var process = Process.Start(start)!;
        // Ctrl-C reaches the whole process group; SIGTERM only this process, so pass it on.
        using var stop = interrupt.Register(() => process.Kill(entireProcessTree: true));
        process.WaitForExit();
        return interrupt.IsCancellationRequested ? ExitCodes.Interrupted : process.ExitCode;
    }

    /// <summary>The <c>dotnet</c> that installed the tool when known (DOTNET_HOST_PATH, DOTNET_ROOT), else the one on the PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host
        : Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } root && File.Exists(Path.Combine(root, "dotnet")) ? Path.Combine(root, "dotnet")
        : "dotnet";
}
