namespace NewsQuality.Cli.Tests;

/// <summary>
/// The linux-x64 tool package's command, <c>newsquality-launcher</c>: it starts the x86-64-v3 build where the CPU offers
/// what that build was compiled for, the baseline build elsewhere, as the same command with the same arguments. Tried
/// here with two stand-in builds that print which one ran, installed as <c>dotnet tool install</c> does (the command a
/// link to the launcher in the package folder).
/// </summary>
public sealed class LauncherTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nq-launcher-").FullName;
    private readonly string _package;
    private readonly string _command;

    public LauncherTests()
    {
        _package = Directory.CreateDirectory(Path.Combine(_dir, "package")).FullName;
        File.Copy(Path.Combine(CliRunner.RepositoryRoot(), "src", "NewsQuality.Cli", "newsquality-launcher"), Path.Combine(_package, "newsquality-launcher"));
        StandIn("newsquality", "baseline");
        StandIn("newsquality-x86-64-v3", "x86-64-v3");
        _command = Path.Combine(Directory.CreateDirectory(Path.Combine(_dir, "tools")).FullName, "newsquality");
        if (!OperatingSystem.IsWindows()) File.CreateSymbolicLink(_command, Path.Combine(_package, "newsquality-launcher"));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>A build that prints its name and each argument on a line, and exits 3.</summary>
    private void StandIn(string file, string name)
    {
        var path = Path.Combine(_package, file);
        File.WriteAllText(path, $"#!/usr/bin/env bash\nprintf '%s\\n' {name} \"$@\"\nexit 3\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private ExternalProcess.Outcome Launch(Dictionary<string, string>? environment = null) =>
        ExternalProcess.Run("bash", [_command, "check", "two words", "--quiet"], _dir, environment: environment);

    /// <summary>What the x86-64-v3 build needs, as the kernel lists it (LZCNT left out, as the launcher says why).</summary>
    private static bool CpuOffersX8664V3()
    {
        var flags = File.ReadLines("/proc/cpuinfo").First(line => line.StartsWith("flags")).Split(':')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new[] { "avx", "avx2", "bmi1", "bmi2", "f16c", "fma", "movbe" }.All(flags.Contains);
    }

    [LinuxFact]
    public void It_starts_the_build_this_CPU_can_run_with_the_arguments_and_exit_code_unchanged()
    {
        var outcome = Launch();
        outcome.AssertExit(3);
        Assert.Equal([CpuOffersX8664V3() ? "x86-64-v3" : "baseline", "check", "two words", "--quiet"], outcome.StdOut.TrimEnd('\n').Split('\n'));
    }

    [LinuxFact]
    public void NEWSQUALITY_BASELINE_starts_the_baseline_build()
    {
        Assert.StartsWith("baseline\n", Launch(new() { ["NEWSQUALITY_BASELINE"] = "1" }).StdOut);
    }

    [LinuxFact]
    public void Without_the_x86_64_v3_build_it_starts_the_baseline()
    {
        File.Delete(Path.Combine(_package, "newsquality-x86-64-v3"));
        Assert.StartsWith("baseline\n", Launch().StdOut);
    }
}
