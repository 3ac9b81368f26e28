using System.Text;
using System.Text.Json;
using NewsQuality.Model;

namespace NewsQuality.Input;

/// <summary>
/// JSON Lines, one article per line: <c>id</c>, <c>title</c>, <c>text</c>, optional <c>url</c>, <c>published</c>, <c>source</c>,
/// and <c>labels</c> (rule ids a person confirmed, for <c>newsquality tune</c>).
/// Streamed line by line, so a file of any size runs in bounded memory. The article text the analyzers see is
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
        var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true);
        using (reader)
        {
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
                if (string.IsNullOrWhiteSpace(line)) continue;
                any = true;
                yield return ParseLine(path, lineNumber, line!, options);
            }
            if (!any) yield return ReadResult.Fail(path, "empty file (no JSON lines)");
        }
    }

    /// <summary>Reads one line; an I/O failure (a truncated archive, a vanished file) ends the file with an error instead of an exception.</summary>
    private static bool NextLine(StreamReader reader, out string? line, out string? error)
    {
        error = null;
        try
        {
            line = reader.ReadLine();
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
        if (Encoding.UTF8.GetByteCount(line) > options.MaxArticleBytes)
            return ReadResult.Fail(path, $"record is over the {options.MaxArticleBytes / 1048576.0:0.#} MB article limit", lineNumber);
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
