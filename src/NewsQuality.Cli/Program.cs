namespace NewsQuality.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        using var signals = new TerminationSignals();
        return NewsQualityCli.Run(args, CliIO.FromConsole(), signals.Token);
    }
}
