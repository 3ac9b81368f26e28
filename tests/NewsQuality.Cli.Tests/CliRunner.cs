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

    public static string Fixture(string relative) => Path.Combine(AppContext.BaseDirectory, "fixtures", relative);
}
