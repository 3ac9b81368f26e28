using System.Text;

namespace NewsQuality.Cli.Tests;

/// <summary>Runs the CLI in-process with captured streams, as a user would from a shell.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    public static Result RunWithStdin(string stdin, params string[] args) => Run(args, stdin);

    public static Result Run(params string[] args) => Run(args, "");

    public static Result Run(string[] args, string stdin, string? currentDirectory = null)
    {
        var stdout = new MemoryStream();
        var stderr = new StringWriter();
        var io = new CliIO(stdout, stderr, () => new MemoryStream(Encoding.UTF8.GetBytes(stdin)), currentDirectory ?? Environment.CurrentDirectory);
        var exit = NewsQualityCli.Run(args, io);
        return new Result(exit, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    /// <summary>The checkout's root (where NewsQuality.sln is), for tests that read or regenerate files in the repository.</summary>
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NewsQuality.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("NewsQuality.sln not found above the test assembly.");
    }

    public static string Fixture(string relative) => Path.Combine(AppContext.BaseDirectory, "fixtures", relative);
}
