namespace NewsQuality.Input;

/// <summary>Reads one input format. Bad content becomes <see cref="ReadResult.Fail"/>, never an exception.</summary>
public interface IArticleReader
{
    /// <summary>Short format name used by <c>--input-format</c> (e.g. "text", "jsonl").</summary>
    string Format { get; }

    /// <summary>File name endings this reader claims, lower case with the dot (".txt").</summary>
    IReadOnlyList<string> Extensions { get; }

    IEnumerable<ReadResult> Read(string path, Func<Stream> open, ReaderOptions options);
}

public sealed record ReaderOptions
{
    /// <summary>Articles larger than this are refused with an error instead of slowing the whole run.</summary>
    public long MaxArticleBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>CSV column names for the roles id, title and text, when they are not called that (<c>--columns</c>).</summary>
    public IReadOnlyDictionary<string, string> CsvColumns { get; init; } = new Dictionary<string, string>();
}
