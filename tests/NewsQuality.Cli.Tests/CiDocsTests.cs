using System.Text.RegularExpressions;

namespace NewsQuality.Cli.Tests;

/// <summary>Every newsquality command shown in docs/ci.md runs as written, on the seed articles.</summary>
public sealed partial class CiDocsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nq-ci-docs-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string> Commands()
    {
        var docs = File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot(), "docs", "ci.md"));
        return new TheoryData<string>(CommandLine().Matches(docs).Select(m => m.Groups["args"].Value.Trim()).Distinct());
    }

    [Fact]
    public void The_docs_show_the_commands_ci_needs()
    {
        var commands = Commands().Cast<object[]>().Select(row => (string)row[0]).ToList();
        Assert.Contains(commands, c => c.Contains("--output sarif=") && c.Contains("--output markdown=") && c.Contains("--baseline"));
        Assert.Contains(commands, c => c.Contains("--write-baseline"));
        Assert.Contains(commands, c => c.Contains("$files"));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Command_runs_as_documented(string command)
    {
        var articles = Path.Combine(_dir, "articles");
        Directory.CreateDirectory(articles);
        foreach (var seed in Directory.GetFiles(CliRunner.Fixture("seeds"), "*.txt")) File.Copy(seed, Path.Combine(articles, Path.GetFileName(seed)), overwrite: true);
        // What the workflow has in place before this command: a baseline and an index of published articles.
        Assert.Equal(1, CliRunner.Run(["check", "articles", "--write-baseline", "nq-baseline.json"], "", _dir).ExitCode);
        Assert.Equal(0, CliRunner.Run(["index", "build", CliRunner.Fixture("clean"), "--out", "published.nqindex"], "", _dir).ExitCode);

        // The hook's $files are the staged articles.
        var args = command.Replace("$files", "articles/000_90e9dc78b7355bf2.txt articles/004_d45996393cbbdd09.txt").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var result = CliRunner.Run(args, "", _dir);
        Assert.True(result.ExitCode is 0 or 1, $"'newsquality {command}' exited {result.ExitCode}: {result.StdErr}");
        foreach (Match output in OutputFile().Matches(command))
            Assert.True(File.Exists(Path.Combine(_dir, output.Groups["path"].Value)), $"'{command}' did not write {output.Groups["path"].Value}");
    }


    [GeneratedRegex(@"(?:^|run: |exec )newsquality (?<args>check[^\n]*)", RegexOptions.Multiline)]
    private static partial Regex CommandLine();

    [GeneratedRegex(@"--output \w+=(?<path>\S+)")]
    private static partial Regex OutputFile();
}
