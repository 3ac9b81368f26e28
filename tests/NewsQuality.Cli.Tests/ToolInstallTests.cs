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
        var (packages, tools, elsewhere, project) = Folders();

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

    /// <summary>
    /// The native Release pack (<c>-p:NativeTool=true</c>) as users would get it on linux-x64: a Native AOT <c>newsquality</c> that prints the same reports as the
    /// JIT build and hands tune to the JIT build it carries. Compiling ahead takes minutes, and needs clang.
    /// </summary>
    [NativeToolFact]
    public void The_native_tool_package_checks_like_the_JIT_build_and_hands_tune_on()
    {
        var (packages, tools, elsewhere, project) = Folders();

        // Its own artifacts folder, so the builds this test run loaded are left alone.
        Run(Dotnet, ["pack", project, "-c", "Release", "-p:NativeTool=true", "--artifacts-path", Path.Combine(_dir, "build"), "-o", packages], elsewhere, TimeSpan.FromMinutes(30)).AssertExit(0);
        Assert.True(File.Exists(Path.Combine(packages, $"NewsQuality.Cli.linux-x64.{NewsQualityCli.Version}.nupkg")));
        Assert.True(File.Exists(Path.Combine(packages, $"NewsQuality.Cli.any.{NewsQualityCli.Version}.nupkg")));
        Run(Dotnet, ["tool", "install", "NewsQuality.Cli", "--tool-path", tools, "--source", packages], elsewhere).AssertExit(0);
        var newsquality = Path.Combine(tools, "newsquality");
        Assert.StartsWith(NewsQualityCli.Version, Run(newsquality, ["--version"], elsewhere).StdOut.Trim());

        string[] check = ["check", Path.Combine(CliRunner.RepositoryRoot(), "fixtures", "seeds"), Path.Combine(CliRunner.RepositoryRoot(), "fixtures", "clean"), "--format", "json", "--quiet"];
        var native = Run(newsquality, check, elsewhere);
        var jit = CliRunner.Run(check, "", elsewhere);
        Assert.Equal(jit.ExitCode, native.ExitCode);
        Assert.Equal(jit.StdOut, native.StdOut);

        var tune = Run(newsquality, ["tune", "--help"], elsewhere);
        tune.AssertExit(0);
        Assert.Contains("--decisions", tune.StdOut);
    }

    /// <summary>Where a test packs and installs the tool, the folder outside the repository it runs from, and the CLI project.</summary>
    private (string Packages, string Tools, string Elsewhere, string Project) Folders() =>
        (Path.Combine(_dir, "packages"), Path.Combine(_dir, "tools"), Directory.CreateDirectory(Path.Combine(_dir, "elsewhere")).FullName,
         Path.Combine(CliRunner.RepositoryRoot(), "src", "NewsQuality.Cli"));

    private static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    private sealed record Outcome(string Command, int ExitCode, string StdOut, string StdErr)
    {
        public void AssertExit(int expected) =>
            Assert.True(ExitCode == expected, $"{Command} exited {ExitCode}, expected {expected}\n{StdOut}\n{StdErr}");
    }

    private static Outcome Run(string program, string[] args, string workingDirectory, TimeSpan? limit = null)
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
        limit ??= TimeSpan.FromMinutes(3);
        Assert.True(process.WaitForExit(limit.Value), $"{program} {string.Join(' ', args)} did not finish in {limit.Value.TotalMinutes} minutes");
        return new Outcome($"{program} {string.Join(' ', args)}", process.ExitCode, stdout, stderr.Result);
    }
}
