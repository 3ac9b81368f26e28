using System.Text;
using System.Text.Json;
using NewsQuality.Model;

namespace NewsQuality.Input;

/// <summary>
/// JSON Lines, one article per line: <c>id</c>, <c>title</c>, <c>text</c>, optional <c>url</c>, <c>published</c>, <c>source</c>,
/// and <c>labels</c> (rule ids a person confirmed, for <c>newsquality tune</c>).
/// Streamed line by line, and a line over the article limit is skipped without being held, so a file of any size
/// (even one without newlines) runs in bounded memory. The article text the analyzers see is
/// the title, a blank line, then the text; line and column in findings are relative to that.
/// </summary>
public sealed class JsonLinesReader : IArticleReader
{
    public string Format => "jsonl";
    public IReadOnlyList<string> Extensions { get; } = [".jsonl", ".ndjson"];

    public IEnumerable<ReadResult> Read(string path, Func<Stream> open, ReaderOptions options)
    {
        var (stream, openError) = InputStreams.Open(open);
        if (stream is null)
        {
            yield return ReadResult.Fail(path, openError!);
            yield break;
        }
        using var reader = new BoundedLineReader(stream, options.MaxArticleBytes);
        var lineNumber = 0;
        var any = false;
        while (NextLine(reader, out var line, out var readError))
        {
            lineNumber++;
            if (readError is not null)
            {
                yield return ReadResult.Fail(path, readError, lineNumber);
                yield break;
            }
            if (line!.Value.Text is null)
            {
                any = true;
                yield return ReadResult.Fail(path, $"record is {line.Value.Bytes / 1048576.0:0.0} MB, over the {options.MaxArticleBytes / 1048576.0:0.#} MB article limit (--max-article-mb)", lineNumber);
                continue;
            }
            if (string.IsNullOrWhiteSpace(line.Value.Text)) continue;
            any = true;
            yield return ParseLine(path, lineNumber, line.Value.Text, options);
        }
        if (!any) yield return ReadResult.Fail(path, "empty file (no JSON lines)");
    }

    /// <summary>Reads one line, never more than the article limit into memory; an I/O failure (a truncated archive, a vanished file) ends the file with an error instead of an exception.</summary>
    private static bool NextLine(BoundedLineReader reader, out BoundedLine? line, out string? error)
    {
        error = null;
        try
        {
            line = reader.Next();
            return line is not null;
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            line = null;
            error = $"cannot read: {e.Message}";
            return true;
        }
    }

    internal static ReadResult ParseLine(string path, int lineNumber, string line, ReaderOptions options)
    {
        if (line.Contains('\0')) return ReadResult.Fail(path, "binary content (NUL characters) in record", lineNumber);
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return ReadResult.Fail(path, "record is not a JSON object", lineNumber);
            var title = OptionalString(root, "title") ?? "";
            var body = OptionalString(root, "text");
            if (body is null) return ReadResult.Fail(path, "record has no \"text\" string", lineNumber);
            var id = OptionalString(root, "id") ?? $"{path}#L{lineNumber}";
            var text = title.Length > 0 ? title + "\n\n" + body : body;
            var published = OptionalString(root, "published");
            return ReadResult.Ok(new Article(id, new ArticleOrigin(path, lineNumber), text, new TextSpan(0, title.Length))
            {
                Url = OptionalString(root, "url"),
                Source = OptionalString(root, "source"),
                Published = DateTimeOffset.TryParse(published, out var date) ? date : null,
                Labels = root.TryGetProperty("labels", out var labels) && labels.ValueKind == JsonValueKind.Array
                    ? labels.EnumerateArray().Where(l => l.ValueKind == JsonValueKind.String).Select(l => l.GetString()!).ToList()
                    : null,
            });
        }
        // A lone surrogate escape ("\uDDDD") parses as JSON but cannot become a string: the record is as broken as bad syntax.
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return ReadResult.Fail(path, $"malformed JSON: {e.Message}", lineNumber);
        }
    }

    private static string? OptionalString(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : value.ValueKind == JsonValueKind.Number ? value.GetRawText()
        : null;
}
