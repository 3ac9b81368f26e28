using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsQuality.Cleaning;

/// <summary>
/// Writes a cleaned copy of a JSON Lines file: every line copied byte for byte (unknown fields, escapes, dates, nulls,
/// even malformed records and their line endings), except the records whose text was cleaned, where only the
/// <c>text</c> value is replaced and every other field kept as it was. Streams the file, holding one changed record at a time.
/// </summary>
public static class JsonLinesRewriter
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="cleanedTexts">The new <c>text</c> of each changed record, by 1-based line number (as the reader numbers them).</param>
    public static void Rewrite(Stream input, Stream output, IReadOnlyDictionary<int, string> cleanedTexts)
    {
        var lineNumber = 1;
        var buffer = new byte[64 * 1024];
        var line = new MemoryStream();
        int read;
        while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            while (start < read)
            {
                var newline = Array.IndexOf(buffer, (byte)'\n', start, read - start);
                var end = newline < 0 ? read : newline + 1;
                // Unchanged lines stream straight through, however long; only a changed record is held.
                if (cleanedTexts.ContainsKey(lineNumber)) line.Write(buffer, start, end - start);
                else output.Write(buffer, start, end - start);
                start = end;
                if (newline < 0) continue;
                if (line.Length > 0) WriteChanged(line, output, cleanedTexts[lineNumber]);
                lineNumber++;
            }
        }
        if (line.Length > 0) WriteChanged(line, output, cleanedTexts[lineNumber]);
    }

    /// <summary>The record with its text replaced, keeping its byte-order mark and line ending.</summary>
    private static void WriteChanged(MemoryStream line, Stream output, string text)
    {
        var bytes = line.ToArray().AsSpan();
        line.SetLength(0);
        var bom = bytes.StartsWith("\uFEFF"u8) ? 3 : 0;
        var ending = bytes.EndsWith("\r\n"u8) ? 2 : bytes.EndsWith("\n"u8) ? 1 : 0;
        var record = JsonNode.Parse(bytes[bom..^ending])!.AsObject();
        record["text"] = text;
        output.Write(bytes[..bom]);
        output.Write(Encoding.UTF8.GetBytes(record.ToJsonString(Compact)));
        output.Write(bytes[^ending..]);
    }
}
