namespace NewsQuality.Cli.Tests;

/// <summary>How the native build hands tune, review and shard to the JIT build it carries (NativeToolTests runs it for real).</summary>
public sealed class JitCompanionTests
{
    [Theory]
    [InlineData("tune x", true)]
    [InlineData("review x", true)]
    [InlineData("shard x", true)]
    [InlineData("check x", false)]
    [InlineData("--help x", false)]
    [InlineData("", false)]
    // The command is found wherever it stands, as the parser finds it: after options, not only first.
    [InlineData("--help tune", true)]
    [InlineData("--quiet tune x", true)]
    [InlineData("tune --help", true)]
    // A file named like a command is an argument of the command before it.
    [InlineData("check tune", false)]
    [InlineData("explain shard", false)]
    public void Only_the_commands_AOT_cannot_run_are_handed_on(string commandLine, bool handed)
    {
        var io = new CliIO(new MemoryStream(), new StringWriter(), () => new MemoryStream(), Environment.CurrentDirectory);
        var args = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(handed, JitCompanion.Handles(NewsQualityCli.BuildRoot(io).Parse(args)));
    }

    [Fact]
    public void Without_the_JIT_build_beside_it_the_command_says_what_is_missing()
    {
        // The test host's folder has no jit/newsquality.dll, as a bare native publish would not.
        var stderr = new StringWriter();
        var io = new CliIO(new MemoryStream(), stderr, () => new MemoryStream(), Environment.CurrentDirectory);
        Assert.Equal(ExitCodes.UsageOrInputError, JitCompanion.Run("tune", ["tune", "labelled.jsonl"], io, CancellationToken.None));
        Assert.Contains("'tune' runs on the JIT build", stderr.ToString());
        Assert.Contains(Path.Combine("jit", "newsquality.dll"), stderr.ToString());
    }
}
