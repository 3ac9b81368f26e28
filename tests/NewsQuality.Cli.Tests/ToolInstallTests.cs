using System.Diagnostics;

namespace NewsQuality.Cli.Tests;

/// <summary>
/// The README's install path, end to end: pack the CLI as a .NET tool, install it into a temporary tool path (from the
/// package folder only, as offline), and run <c>newsquality</c> from a folder outside the repository.
/// </summary>
public sealed class ToolInstallTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nq-tool-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    [Fact]
    public void The_packed_tool_installs_and_checks_the_seeds_from_any_folder()
    {
        var packages = Path.Combine(_dir, "packages");
        var tools = Path.Combine(_dir, "tools");
        var elsewhere = Directory.CreateDirectory(Path.Combine(_dir, "elsewhere")).FullName;
        var project = Path.Combine(CliRunner.RepositoryRoot(), "src", "NewsQuality.Cli");

        // The test run has just built the CLI in this configuration: pack that build instead of building again. A Release
        // pack would also compile the tool ready-to-run for linux-x64 (minutes): the portable package installs the same way.
        Run(Dotnet, ["pack", project, "--no-build", "--no-restore", "-c", Configuration, "-p:ReadyToRunTool=false", "-o", packages], elsewhere).AssertExit(0);
        Assert.Single(Directory.GetFiles(packages, "NewsQuality.Cli.*.nupkg"));
        Run(Dotnet, ["tool", "install", "NewsQuality.Cli", "--tool-path", tools, "--source", packages], elsewhere).AssertExit(0);

        var newsquality = Path.Combine(tools, OperatingSystem.IsWindows() ? "newsquality.exe" : "newsquality");
        var version = Run(newsquality, ["--version"], elsewhere);
        version.AssertExit(0);
        Assert.StartsWith(NewsQualityCli.Version, version.StdOut.Trim());

        var check = Run(newsquality, ["check", Path.Combine(CliRunner.RepositoryRoot(), "fixtures", "seeds"), "--quiet"], elsewhere);
        check.AssertExit(1); // the seeds have errors
        Assert.Contains("2 articles checked", check.StdOut);
        Assert.Contains("NQ2003", check.StdOut);
    }

    private static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    private sealed record Outcome(string Command, int ExitCode, string StdOut, string StdErr)
    {
        public void AssertExit(int expected) =>
            Assert.True(ExitCode == expected, $"{Command} exited {ExitCode}, expected {expected}\n{StdOut}\n{StdErr}");
    }

    private static Outcome Run(string program, string[] args, string workingDirectory)
    {
        var start = new ProcessStartInfo(program, args)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), $"{program} {string.Join(' ', args)} did not finish in 3 minutes");
        return new Outcome($"{program} {string.Join(' ', args)}", process.ExitCode, stdout, stderr.Result);
    }
}
