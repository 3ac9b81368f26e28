namespace NewsQuality.Cli;

/// <summary>What the process exit code tells CI.</summary>
public static class ExitCodes
{
    /// <summary>Nothing at or above <c>--fail-on</c> was found, and every input was read.</summary>
    public const int Success = 0;

    /// <summary>At least one finding at or above <c>--fail-on</c>.</summary>
    public const int FindingsAtOrAboveGate = 1;

    /// <summary>Bad command line, or an input that could not be read (the rest of the run still happened).</summary>
    public const int UsageOrInputError = 2;

    /// <summary>
    /// A bug in newsquality (an unexpected exception), never a verdict on the articles: the error is on standard
    /// error and every report that could still be written was written.
    /// </summary>
    public const int InternalError = 3;

    /// <summary>Stopped by Ctrl-C (128 + SIGINT, as shells report it).</summary>
    public const int Interrupted = 130;
}
