namespace NewsQuality.Cli.Tests;

/// <summary>A value no run can use is a usage error naming the option, before any article is read.</summary>
public sealed class CommandLineValidationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nq-cmdline-").FullName;

    public CommandLineValidationTests() => File.WriteAllText(Path.Combine(_dir, "a.txt"), "A headline\n\nIt was the best of times.");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("513")]
    [InlineData("100000")]
    public void Jobs_outside_1_to_512_is_a_usage_error(string jobs)
    {
        var result = CliRunner.Run(["check", "a.txt", "--jobs", jobs], "", _dir);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--jobs must be a whole number from 1 to 512", result.StdErr);
        Assert.Equal("", result.StdOut);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("512")]
    public void Jobs_within_range_run(string jobs) => Assert.Equal(0, CliRunner.Run(["check", "a.txt", "--jobs", jobs], "", _dir).ExitCode);

    [Theory]
    [InlineData("-5")]
    [InlineData("0")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1e30")]
    public void Max_article_mb_that_is_not_a_usable_size_is_a_usage_error(string megabytes)
    {
        foreach (var command in new[] { "check", "clean" })
        {
            string[] args = command == "check" ? ["check", "a.txt", "--max-article-mb", megabytes] : ["clean", "a.txt", "--out", "out", "--max-article-mb", megabytes];
            var result = CliRunner.Run(args, "", _dir);
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("--max-article-mb must be a number above 0", result.StdErr);
        }
    }

    [Fact]
    public void A_small_fractional_limit_still_reads_small_articles() =>
        Assert.Equal(0, CliRunner.Run(["check", "a.txt", "--max-article-mb", "0.01"], "", _dir).ExitCode);
}
