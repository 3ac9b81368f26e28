using System.Diagnostics;

namespace NewsQuality.Cli.Tests;

/// <summary>Runs a program other than the CLI under test (dotnet, the installed tool, its launcher) and keeps what it printed.</summary>
internal static class ExternalProcess
{
    public sealed record Outcome(string Command, int ExitCode, string StdOut, string StdErr)
    {
        public void AssertExit(int expected) =>
            Assert.True(ExitCode == expected, $"{Command} exited {ExitCode}, expected {expected}\n{StdOut}\n{StdErr}");
    }

    public static Outcome Run(string program, string[] args, string workingDirectory, TimeSpan? limit = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program, args)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        limit ??= TimeSpan.FromMinutes(3);
        Assert.True(process.WaitForExit(limit.Value), $"{program} {string.Join(' ', args)} did not finish in {limit.Value.TotalMinutes} minutes");
        return new Outcome($"{program} {string.Join(' ', args)}", process.ExitCode, stdout, stderr.Result);
    }
}
