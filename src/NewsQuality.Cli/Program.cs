namespace NewsQuality.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        using var signals = new TerminationSignals();
        var exitCode = NewsQualityCli.Run(args, CliIO.FromConsole(), signals.Token);
        NewsQuality.Diagnostics.StartupTrace.Totals();
        return exitCode;
    }
}
