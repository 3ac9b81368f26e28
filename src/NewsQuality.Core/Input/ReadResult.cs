using NewsQuality.Model;

namespace NewsQuality.Input;

/// <summary>An input that could not be read: which file, which record line if any, and why, in one line.</summary>
public sealed record InputError(string Path, int? Line, string Message)
{
    /// <summary>One line for a terminal or a log: control characters in a file name or a message are shown, not sent.</summary>
    public override string ToString() =>
        Reporting.SafeText.ForTerminal(Line is { } line ? $"{Path}:{line}: error: {Message}" : $"{Path}: error: {Message}");
}

/// <summary>Either an article or the error that replaced it; readers never throw for bad content.</summary>
public readonly record struct ReadResult(Article? Article, InputError? Error)
{
    public static ReadResult Ok(Article article) => new(article, null);

    public static ReadResult Fail(string path, string message, int? line = null) => new(null, new InputError(path, line, message));
}
