using System.Text;

namespace NewsQuality.Cli;

/// <summary>The streams a command talks through; tests pass memory streams instead of the console.</summary>
public sealed class CliIO(Stream stdout, TextWriter stderr, Func<Stream> openStdin, string currentDirectory, bool stderrIsTerminal = false)
{
    public static CliIO FromConsole() =>
        new(Console.OpenStandardOutput(), Console.Error, Console.OpenStandardInput, Environment.CurrentDirectory, !Console.IsErrorRedirected);

    /// <summary>Whether a person watches standard error (a progress bar), or a log collects it (plain lines).</summary>
    public bool StdErrIsTerminal { get; } = stderrIsTerminal;

    public Stream StdOut { get; } = stdout;
    public TextWriter StdErr { get; } = stderr;
    public Func<Stream> OpenStdin { get; } = openStdin;
    public string CurrentDirectory { get; } = currentDirectory;

    /// <summary>A UTF-8 writer over standard output that leaves the stream open for other writers.</summary>
    public TextWriter OutWriter() => new StreamWriter(StdOut, new UTF8Encoding(false), leaveOpen: true) { AutoFlush = false };
}
