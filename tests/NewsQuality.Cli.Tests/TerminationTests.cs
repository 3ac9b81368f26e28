using System.Diagnostics;

namespace NewsQuality.Cli.Tests;

/// <summary>Signals to a real process: a second Ctrl-C or SIGTERM ends the run cleanly instead of crashing the handler.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class TerminationTests
{
    private static void Signal(int pid, string signal) => Process.Start("kill", [$"-{signal}", pid.ToString()])!.WaitForExit();

    [Fact]
    public async Task A_second_sigterm_ends_the_run_without_a_crash()
    {
        // Standard input left open: the run waits on it, as a slow input would, when the signals come.
        var start = new ProcessStartInfo("dotnet", [typeof(NewsQualityCli).Assembly.Location, "check", "-"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        await Task.Delay(3000); // the runtime starts and registers its handlers
        Signal(process.Id, "TERM");
        await Task.Delay(300);
        Signal(process.Id, "TERM");
        Assert.True(process.WaitForExit(60_000), "the CLI did not stop within 60 s of two signals");

        Assert.DoesNotContain("Exception", await stderr);
        Assert.Contains(process.ExitCode, new[] { 130, 143 }); // 143: ended by the second SIGTERM itself
        await stdout;
    }
}
