using System.Buffers;
using System.Text;
using System.Text.Unicode;
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
            if (line!.Value.IsOver)
            {
                any = true;
                yield return ReadResult.Fail(path, $"record is {line.Value.Bytes / 1048576.0:0.0} MB, over the {options.MaxArticleBytes / 1048576.0:0.#} MB article limit (--max-article-mb)", lineNumber);
                continue;
            }
            if (IsBlank(line.Value.Utf8.Span)) continue;
            any = true;
            yield return ParseLine(path, lineNumber, line.Value.Utf8.Span);
        }
        if (!any) yield return ReadResult.Fail(path, "empty file (no JSON lines)");
    }

    /// <summary>Reads one line, never more than the article limit into memory; an I/O failure (a truncated archive, a vanished file) ends the file with an error instead of an exception.</summary>
    private static bool NextLine(BoundedLineReader reader, out Utf8Line? line, out string? error)
    {
        error = null;
        try
        {
            line = reader.NextUtf8();
            return line is not null;
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            line = null;
            error = $"cannot read: {e.Message}";
            return true;
        }
    }

    private static readonly SearchValues<byte> AsciiWhiteSpace = SearchValues.Create(" \t\n\v\f\r"u8);

    /// <summary>Whether the line, decoded, is empty or white space (<see cref="string.IsNullOrWhiteSpace"/>); decoded only when a non-ASCII byte could be white space.</summary>
    private static bool IsBlank(ReadOnlySpan<byte> utf8)
    {
        var other = utf8.IndexOfAnyExcept(AsciiWhiteSpace);
        return other < 0 || (utf8[other] >= 0x80 && string.IsNullOrWhiteSpace(BoundedLineReader.Decode(utf8)));
    }

    /// <summary>
    /// One record, parsed from its UTF-8 bytes: the article's text is unescaped straight into one string (title, blank
    /// line, text), where a line string, the title, the text and their concatenation were four. Invalid UTF-8 is
    /// replaced first, as in a line read as text. Errors and values are those of parsing the line with
    /// <see cref="JsonDocument"/> and reading each property with <see cref="JsonElement.TryGetProperty(string, out JsonElement)"/>
    /// (the last of repeated properties wins) in the order title, text, id, published, url, source, labels.
    /// </summary>
    internal static ReadResult ParseLine(string path, int lineNumber, ReadOnlySpan<byte> utf8)
    {
        if (!Utf8.IsValid(utf8)) utf8 = Encoding.UTF8.GetBytes(BoundedLineReader.Decode(utf8));
        if (utf8.Contains((byte)0)) return ReadResult.Fail(path, "binary content (NUL characters) in record", lineNumber);
        try
        {
            var record = new Utf8JsonReader(utf8);
            record.Read();
            if (record.TokenType != JsonTokenType.StartObject)
            {
                record.Skip();
                ReadToEnd(ref record);
                return ReadResult.Fail(path, "record is not a JSON object", lineNumber);
            }
            Utf8JsonReader title = default, body = default, id = default, published = default, url = default, source = default, labels = default;
            while (record.Read() && record.TokenType == JsonTokenType.PropertyName)
            {
                var name = record;
                record.Read();
                if (name.ValueTextEquals("title"u8)) title = record;
                else if (name.ValueTextEquals("text"u8)) body = record;
                else if (name.ValueTextEquals("id"u8)) id = record;
                else if (name.ValueTextEquals("published"u8)) published = record;
                else if (name.ValueTextEquals("url"u8)) url = record;
                else if (name.ValueTextEquals("source"u8)) source = record;
                else if (name.ValueTextEquals("labels"u8)) labels = record;
                record.Skip();
            }
            ReadToEnd(ref record);

            if (!IsText(body))
            {
                // The title is read first, as ever: one that cannot become a string makes the record malformed, not text-less.
                OptionalString(title);
                return ReadResult.Fail(path, "record has no \"text\" string", lineNumber);
            }
            var (text, titleLength) = TitleAndBody(title, body);
            var recordId = OptionalString(id) ?? $"{path}#L{lineNumber}";
            var publishedText = OptionalString(published);
            return ReadResult.Ok(new Article(recordId, new ArticleOrigin(path, lineNumber), text, new TextSpan(0, titleLength))
            {
                Url = OptionalString(url),
                Source = OptionalString(source),
                Published = DateTimeOffset.TryParse(publishedText, out var date) ? date : null,
                Labels = labels.TokenType == JsonTokenType.StartArray ? Strings(labels) : null,
            });
        }
        // A lone surrogate escape ("\uDDDD") parses as JSON but cannot become a string: the record is as broken as bad syntax.
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return ReadResult.Fail(path, $"malformed JSON: {e.Message}", lineNumber);
        }
    }

    /// <summary>Reads past the record's one value: anything but white space after it is an error, as for <see cref="JsonDocument.Parse(string, JsonDocumentOptions)"/>.</summary>
    private static void ReadToEnd(ref Utf8JsonReader record)
    {
        while (record.Read())
        {
        }
    }

    /// <summary>Whether a property's value is one <see cref="OptionalString"/> gives text for (a string or a number; a default reader: the property is absent).</summary>
    private static bool IsText(in Utf8JsonReader value) => value.TokenType is JsonTokenType.String or JsonTokenType.Number;

    /// <summary>The article's text, the title (when there is one), a blank line, then the body, unescaped into one buffer; and the title's length.</summary>
    private static (string Text, int TitleLength) TitleAndBody(Utf8JsonReader title, Utf8JsonReader body)
    {
        var titleBytes = IsText(title) ? title.ValueSpan.Length : 0;
        // Unescaped UTF-16 is never longer than the escaped UTF-8 it comes from.
        var buffer = ArrayPool<char>.Shared.Rent(titleBytes + TitleBreak.Length + body.ValueSpan.Length);
        try
        {
            var titleLength = IsText(title) ? CopyText(title, buffer) : 0;
            var start = titleLength == 0 ? 0 : titleLength + TitleBreak.Length;
            if (titleLength > 0) TitleBreak.CopyTo(buffer.AsSpan(titleLength));
            var length = start + CopyText(body, buffer.AsSpan(start));
            return (new string(buffer, 0, length), titleLength);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private const string TitleBreak = "\n\n";

    /// <summary>A string's unescaped characters, or a number's text as written, into <paramref name="destination"/>; how many.</summary>
    private static int CopyText(in Utf8JsonReader value, Span<char> destination) =>
        value.TokenType == JsonTokenType.String ? value.CopyString(destination) : Encoding.UTF8.GetChars(value.ValueSpan, destination);

    /// <summary>The strings of an array (other items skipped), the reader at its start.</summary>
    private static List<string> Strings(Utf8JsonReader array)
    {
        var strings = new List<string>();
        while (array.Read() && array.TokenType != JsonTokenType.EndArray)
        {
            if (array.TokenType == JsonTokenType.String) strings.Add(array.GetString()!);
            else array.Skip();
        }
        return strings;
    }

    /// <summary>A property's value as text: a string's, or a number's as written; null when absent or of another kind.</summary>
    private static string? OptionalString(in Utf8JsonReader value) =>
        value.TokenType == JsonTokenType.String ? value.GetString()
        : value.TokenType == JsonTokenType.Number ? Encoding.UTF8.GetString(value.ValueSpan)
        : null;
}
