namespace NewsQuality.Input;

/// <summary>All input formats. Adding a format means adding one reader class and one line here.</summary>
public sealed class ReaderRegistry
{
    public static ReaderRegistry Default { get; } = new(
    [
        new PlainTextReader(),
        new MarkdownReader(),
        new JsonLinesReader(),
        new HtmlReader(),
        new WarcReader(),
        new CsvReader(),
    ]);

    public ReaderRegistry(IReadOnlyList<IArticleReader> readers) => Readers = readers;

    public IReadOnlyList<IArticleReader> Readers { get; }

    public IArticleReader PlainText => Readers.First(reader => reader.Format == "text");

    public IArticleReader? ForPath(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        return Readers.FirstOrDefault(reader => reader.Extensions.Any(name.EndsWith));
    }

    public IArticleReader? ForFormat(string format) =>
        Readers.FirstOrDefault(reader => string.Equals(reader.Format, format, StringComparison.OrdinalIgnoreCase));
}
