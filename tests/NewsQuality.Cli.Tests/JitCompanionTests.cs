namespace NewsQuality.Cli.Tests;

/// <summary>How the native build hands tune, review and shard to the JIT build it carries (NativeToolTests runs it for real).</summary>
public sealed class JitCompanionTests
{
    [Theory]
    [InlineData("tune", true)]
    [InlineData("review", true)]
    [InlineData("shard", true)]
    [InlineData("check", false)]
    [InlineData("--help", false)]
    public void Only_the_commands_AOT_cannot_run_are_handed_on(string first, bool handed) =>
        Assert.Equal(handed, JitCompanion.Handles([first, "x"]));

    [Fact]
    public void No_arguments_are_not_handed_on() => Assert.False(JitCompanion.Handles([]));

    [Fact]
    public void Without_the_JIT_build_beside_it_the_command_says_what_is_missing()
    {
        // The test host's folder has no jit/newsquality.dll, as a bare native publish would not.
        var stderr = new StringWriter();
        var io = new CliIO(new MemoryStream(), stderr, () => new MemoryStream(), Environment.CurrentDirectory);
        Assert.Equal(ExitCodes.UsageOrInputError, JitCompanion.Run(["tune", "labelled.jsonl"], io, CancellationToken.None));
        Assert.Contains("'tune' runs on the JIT build", stderr.ToString());
        Assert.Contains(Path.Combine("jit", "newsquality.dll"), stderr.ToString());
    }
}
