namespace NewsQuality.Cli.Tests;

public sealed class IndexCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nq-index-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Build_then_check_new_articles_against_the_index()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "published"));
        Directory.CreateDirectory(Path.Combine(_dir, "new"));
        foreach (var seed in Directory.GetFiles(CliRunner.Fixture("seeds"), "*.txt")) File.Copy(seed, Path.Combine(_dir, "published", Path.GetFileName(seed)));
        File.WriteAllText(Path.Combine(_dir, "new", "respun.txt"), File.ReadAllText(CliRunner.Fixture("seeds/004_d45996393cbbdd09.txt")).Replace("warned", "cautioned"));

        var build = CliRunner.Run(["index", "build", "published", "--out", "published.nqindex"], "", _dir);
        Assert.Equal(0, build.ExitCode);
        Assert.Contains("2 articles indexed", build.StdOut);

        var check = CliRunner.Run(["check", "new", "--against", "published.nqindex"], "", _dir);
        Assert.Contains("NQ1001 Near-duplicate of already published published/004_d45996393cbbdd09.txt", check.StdOut);

        Assert.Equal(0, CliRunner.Run(["index", "add", "new", "--index", "published.nqindex"], "", _dir).ExitCode);
    }

    [Fact]
    public void An_index_built_with_other_settings_is_a_usage_error_with_advice()
    {
        File.WriteAllText(Path.Combine(_dir, "five.json"), """{ "rules": { "NQ1001": { "options": { "shingleSize": 5 } } } }""");
        Assert.Equal(0, CliRunner.Run(["index", "build", CliRunner.Fixture("seeds"), "--out", "p.nqindex", "--config", "five.json"], "", _dir).ExitCode);
        var result = CliRunner.Run(["check", CliRunner.Fixture("clean"), "--against", "p.nqindex"], "", _dir);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("rebuild the index", result.StdErr);
    }

    [Fact]
    public void A_missing_index_is_a_usage_error_naming_the_file()
    {
        var result = CliRunner.Run(["check", CliRunner.Fixture("seeds"), "--against", "nope.nqindex"], "", _dir);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nope.nqindex: no index at", result.StdErr);
    }

    [Fact]
    public void A_damaged_index_is_one_error_line_and_exit_2_before_any_report()
    {
        Assert.Equal(0, CliRunner.Run(["index", "build", CliRunner.Fixture("seeds"), CliRunner.Fixture("clean"), "--out", "p.nqindex"], "", _dir).ExitCode);
        var bytes = File.ReadAllBytes(Path.Combine(_dir, "p.nqindex"));
        Array.Fill(bytes, (byte)0x5A, 4096, bytes.Length - 2 * 4096);
        File.WriteAllBytes(Path.Combine(_dir, "p.nqindex"), bytes);

        var result = CliRunner.Run(["check", CliRunner.Fixture("seeds"), "--against", "p.nqindex", "--format", "json"], "", _dir);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.StdOut);
        Assert.Single(result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("p.nqindex", result.StdErr);
        Assert.Equal(2, CliRunner.Run(["index", "add", CliRunner.Fixture("seeds"), "--index", "p.nqindex"], "", _dir).ExitCode);
    }
}
