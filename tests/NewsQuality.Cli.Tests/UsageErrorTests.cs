namespace NewsQuality.Cli.Tests;

/// <summary>Unknown commands and options are refused before any article is read, with one line naming each.</summary>
public class UsageErrorTests
{
    [Theory]
    [InlineData(new[] { "check", "SEEDS", "--no-such-option" }, "unknown option '--no-such-option' for 'newsquality check'")]
    [InlineData(new[] { "check", "--formt", "json", "SEEDS" }, "unknown option '--formt' for 'newsquality check' (did you mean '--format'?)")]
    [InlineData(new[] { "tune", "--gold", "x.db" }, "unknown option '--gold' for 'newsquality tune'")]
    [InlineData(new[] { "rules", "--bogus" }, "unknown option '--bogus' for 'newsquality rules'")]
    [InlineData(new[] { "annotate", "--help" }, "unknown command 'annotate'")]
    [InlineData(new[] { "chek", "SEEDS" }, "unknown command 'chek' (did you mean 'check'?)")]
    [InlineData(new[] { "index", "bild", "x" }, "unknown command 'bild' (did you mean 'build'?); 'newsquality index --help' lists the commands")]
    public void Unknown_commands_and_options_are_usage_errors_before_anything_is_read(string[] args, string expected)
    {
        var result = CliRunner.Run(args.Select(a => a == "SEEDS" ? CliRunner.Fixture("seeds") : a).ToArray());
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.StdOut); // no article was read, no help was printed
        var line = Assert.Single(result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("newsquality: " + expected, line);
    }

    [Fact]
    public void A_file_named_like_an_option_is_read_after_double_dash_or_as_a_relative_path()
    {
        var dir = Directory.CreateTempSubdirectory("nq-dash-").FullName;
        try
        {
            File.Copy(CliRunner.Fixture("seeds/004_d45996393cbbdd09.txt"), Path.Combine(dir, "-draft.txt"));
            foreach (var args in new[] { new[] { "check", "--", "-draft.txt" }, ["check", "./-draft.txt"] })
            {
                var result = CliRunner.Run(args, "", dir);
                Assert.Equal(1, result.ExitCode);
                Assert.Contains("1 article checked", result.StdOut);
            }
            var refused = CliRunner.Run(["check", "-draft.txt"], "", dir);
            Assert.Equal(2, refused.ExitCode);
            Assert.Contains("unknown option '-draft.txt'", refused.StdErr);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Known_options_in_every_spelling_still_work()
    {
        Assert.Equal(1, CliRunner.Run("check", CliRunner.Fixture("seeds"), "-q", "--format=json").ExitCode);
        Assert.Equal(0, CliRunner.RunWithStdin("A headline\n\nA plain sentence about the weather.", "check", "-", "--quiet").ExitCode); // '-' is standard input
        Assert.Equal(0, CliRunner.Run("rules", "--help").ExitCode);
    }
}
