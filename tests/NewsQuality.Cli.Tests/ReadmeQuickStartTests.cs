namespace NewsQuality.Cli.Tests;

/// <summary>What the README promises a new user before anything else: the quick start's exit code and how to install.</summary>
public class ReadmeQuickStartTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot(), "README.md"));

    [Fact]
    public void The_quick_start_says_it_exits_1_and_it_does()
    {
        var quickStart = Readme[Readme.IndexOf("## Quick start", StringComparison.Ordinal)..Readme.IndexOf("<!-- seed-output:start -->", StringComparison.Ordinal)];
        Assert.Contains("dotnet run --project src/NewsQuality.Cli -- check fixtures/seeds", quickStart);
        Assert.Contains("exits with code 1", quickStart);
        Assert.Equal(1, CliRunner.Run(["check", "fixtures/seeds", "--quiet"], "", CliRunner.RepositoryRoot()).ExitCode);
    }

    [Fact]
    public void The_readme_shows_both_ways_to_run_the_tool()
    {
        // ToolInstallTests runs the packed tool the way these commands install it.
        Assert.Contains("dotnet pack ", Readme);
        Assert.Contains("dotnet tool install --global --add-source ./artifacts NewsQuality.Cli", Readme);
        Assert.Contains("dotnet run --project src/NewsQuality.Cli -- <command>", Readme);
    }
}
