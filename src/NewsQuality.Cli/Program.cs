namespace NewsQuality.Cli;

public static class Program
{
    public static int Main(string[] args) => NewsQualityCli.Run(args, CliIO.FromConsole());
}
