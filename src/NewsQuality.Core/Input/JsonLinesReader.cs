using System.Buffers;
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
        while (NextLine(reader, out var line, out var bytes, out var readError))
        {
            lineNumber++;
            if (readError is not null)
            {
                yield return ReadResult.Fail(path, readError, lineNumber);
                yield break;
            }
            if (bytes > options.MaxArticleBytes)
            {
                any = true;
                yield return ReadResult.Fail(path, $"record is {bytes / 1048576.0:0.0} MB, over the {options.MaxArticleBytes / 1048576.0:0.#} MB article limit (--max-article-mb)", lineNumber);
                continue;
            }
            if (ParseUtf8(path, lineNumber, line.Span) is { } parsed)
            {
                any = true;
                yield return parsed;
                continue;
            }
            var text = Utf8.GetString(line.Span);
            if (string.IsNullOrWhiteSpace(text)) continue;
            any = true;
            yield return ParseLine(path, lineNumber, text, options);
        }
        if (!any) yield return ReadResult.Fail(path, "empty file (no JSON lines)");
    }

    /// <summary>How <see cref="BoundedLineReader.Next"/> decodes a line: invalid UTF-8 replaced.</summary>
    private static readonly Encoding Utf8 = new UTF8Encoding(false, throwOnInvalidBytes: false);

    /// <summary>Reads one line, never more than the article limit into memory; an I/O failure (a truncated archive, a vanished file) ends the file with an error instead of an exception.</summary>
    private static bool NextLine(BoundedLineReader reader, out ReadOnlyMemory<byte> line, out long bytes, out string? error)
    {
        error = null;
        try
        {
            return reader.NextBytes(out line, out bytes);
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            line = default;
            bytes = 0;
            error = $"cannot read: {e.Message}";
            return true;
        }
    }

    /// <summary>
    /// <see cref="ParseLine"/> of the line decoded, read from its UTF-8 bytes without a document: the fields the tool keeps
    /// are found in one pass of a <see cref="Utf8JsonReader"/> (which also checks the whole line's syntax, as parsing a
    /// document does, with the same messages) and only they become strings. A line this does not take (invalid UTF-8, which
    /// decoding replaces; a NUL byte; anything but an object after the leading white space, blank lines included) returns
    /// null and goes the string way, so every result equals <see cref="ParseLine"/>'s.
    /// </summary>
    internal static ReadResult? ParseUtf8(string path, int lineNumber, ReadOnlySpan<byte> line)
    {
        var first = line.IndexOfAnyExcept(" \t\r\n"u8);
        if (first < 0 || line[first] != (byte)'{' || line.Contains((byte)0) || !System.Text.Unicode.Utf8.IsValid(line)) return null;
        try
        {
            // Where each field's value starts (the last one of a repeated name, as a document's look-up finds), and its kind.
            Span<Field> fields = stackalloc Field[FieldCount];
            fields.Fill(new Field(-1, JsonTokenType.None, 0, false));
            // A string with escapes is unescaped where the reader meets it (read again later, its escapes slowed a second
            // scan), or the failure kept: a document fails only when a field it keeps is asked for, in the order below.
            using var unescaped = new Unescaped(line.Length);
            var reader = new Utf8JsonReader(line, isFinalBlock: true, state: default);
            while (reader.Read())
            {
                if (reader.CurrentDepth != 1 || reader.TokenType != JsonTokenType.PropertyName) continue;
                var field = FieldOf(ref reader);
                reader.Read();
                if (field < 0) continue;
                fields[field] = new Field((int)reader.TokenStartIndex, reader.TokenType, reader.ValueSpan.Length, reader.ValueIsEscaped);
                if (reader.TokenType == JsonTokenType.String && reader.ValueIsEscaped) unescaped.Keep(field, ref reader);
                // The value's contents are read on by the loop, which checks their syntax.
            }
            var title = StringAt(line, fields[Title], unescaped, Title) ?? "";
            // The body is decoded once, from its bytes in the line or unescaped, straight after the title: every BBC body has
            // escapes, and unescaping it into a string of its own copied it twice.
            if (!TryBytesAt(line, fields[Text], unescaped, Text, out var body)) return ReadResult.Fail(path, "record has no \"text\" string", lineNumber);
            var text = title.Length > 0 ? Joined(title, body) : Encoding.UTF8.GetString(body);
            var id = StringAt(line, fields[Id], unescaped, Id) ?? $"{path}#L{lineNumber}";
            var published = StringAt(line, fields[Published], unescaped, Published);
            return ReadResult.Ok(new Article(id, new ArticleOrigin(path, lineNumber), text, new TextSpan(0, title.Length))
            {
                Url = StringAt(line, fields[Url], unescaped, Url),
                Source = StringAt(line, fields[Source], unescaped, Source),
                TitleFromRecord = true,
                Published = DateTimeOffset.TryParse(published, out var date) ? date : null,
                Labels = fields[Labels].Type == JsonTokenType.StartArray ? LabelsAt(line, fields[Labels].Start) : null,
            });
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return ReadResult.Fail(path, $"malformed JSON: {e.Message}", lineNumber);
        }
    }

    /// <summary>A field's value as the reader met it: where its token starts, its kind, and for a string its length between the quotes and whether it holds escapes.</summary>
    private readonly record struct Field(int Start, JsonTokenType Type, int Length, bool Escaped);

    /// <summary>The title, a blank line, then the body decoded from its UTF-8 (valid: the line was checked), in one string.</summary>
    private static string Joined(string title, ReadOnlySpan<byte> body) =>
        string.Create(title.Length + 2 + Encoding.UTF8.GetCharCount(body), new TitleAndBody(title, body), static (text, parts) =>
        {
            parts.Title.CopyTo(text);
            text[parts.Title.Length] = '\n';
            text[parts.Title.Length + 1] = '\n';
            Encoding.UTF8.GetChars(parts.Body, text[(parts.Title.Length + 2)..]);
        });

    private readonly ref struct TitleAndBody(string title, ReadOnlySpan<byte> body)
    {
        public string Title { get; } = title;
        public ReadOnlySpan<byte> Body { get; } = body;
    }

    private const int Id = 0, Title = 1, Text = 2, Url = 3, Published = 4, Source = 5, Labels = 6, FieldCount = 7;

    private static int FieldOf(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("id"u8) ? Id
        : reader.ValueTextEquals("title"u8) ? Title
        : reader.ValueTextEquals("text"u8) ? Text
        : reader.ValueTextEquals("url"u8) ? Url
        : reader.ValueTextEquals("published"u8) ? Published
        : reader.ValueTextEquals("source"u8) ? Source
        : reader.ValueTextEquals("labels"u8) ? Labels
        : -1;

    /// <summary>What <see cref="OptionalString"/> gives for the value at <paramref name="field"/>: a string's value, a number's text, else null.</summary>
    private static string? StringAt(ReadOnlySpan<byte> line, Field field, Unescaped unescaped, int index) =>
        TryBytesAt(line, field, unescaped, index, out var bytes) ? Encoding.UTF8.GetString(bytes) : null;

    /// <summary>The UTF-8 of <see cref="StringAt"/>'s string, false where it gives null.</summary>
    /// <remarks>A string without escapes and a number are their bytes (valid UTF-8: the line was checked); a string with escapes was unescaped when it was read.</remarks>
    private static bool TryBytesAt(ReadOnlySpan<byte> line, Field field, Unescaped unescaped, int index, out ReadOnlySpan<byte> bytes)
    {
        bytes = field.Type switch
        {
            JsonTokenType.String when field.Escaped => unescaped.Value(index),
            JsonTokenType.String => line.Slice(field.Start + 1, field.Length),
            JsonTokenType.Number => line.Slice(field.Start, field.Length),
            _ => default,
        };
        return field.Type is JsonTokenType.String or JsonTokenType.Number;
    }

    /// <summary>
    /// The fields' strings that held escapes, unescaped as the reader met them into one pooled buffer of the line's length
    /// (a value unescaped is never longer than written), or why they could not be (a lone surrogate).
    /// </summary>
    private sealed class Unescaped(int lineLength) : IDisposable
    {
        private readonly (int Start, int Length)[] _values = new (int, int)[FieldCount];
        private readonly InvalidOperationException?[] _failures = new InvalidOperationException?[FieldCount];
        private byte[]? _buffer;
        private int _used;

        public void Keep(int field, ref Utf8JsonReader reader)
        {
            _buffer ??= ArrayPool<byte>.Shared.Rent(lineLength);
            try
            {
                var length = reader.CopyString(_buffer.AsSpan(_used));
                (_values[field], _failures[field]) = ((_used, length), null);
                _used += length;
            }
            catch (InvalidOperationException e)
            {
                _failures[field] = e;
            }
        }

        public ReadOnlySpan<byte> Value(int field) =>
            _failures[field] is { } failure ? throw failure : _buffer.AsSpan(_values[field].Start, _values[field].Length);

        public void Dispose()
        {
            if (_buffer is not null) ArrayPool<byte>.Shared.Return(_buffer);
        }
    }

    /// <summary>The strings of the array at <paramref name="start"/> (its other elements skipped), in order.</summary>
    private static List<string> LabelsAt(ReadOnlySpan<byte> line, int start)
    {
        var labels = new List<string>();
        var reader = new Utf8JsonReader(line[start..], isFinalBlock: true, state: default);
        reader.Read();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.String) labels.Add(reader.GetString()!);
            else if (reader.TokenType is JsonTokenType.StartArray or JsonTokenType.StartObject) reader.Skip();
        }
        return labels;
    }

    /// <summary>One record from its decoded line, through a document: the lines <see cref="ParseUtf8"/> does not take.</summary>
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
                TitleFromRecord = true,
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
