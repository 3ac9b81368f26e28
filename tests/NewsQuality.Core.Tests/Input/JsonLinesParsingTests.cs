using System.Text;
using System.Text.Json;
using NewsQuality.Input;
using NewsQuality.Model;

namespace NewsQuality.Core.Tests.Input;

/// <summary>
/// The JSON Lines reader parses each record from its UTF-8 bytes with a <see cref="Utf8JsonReader"/>; it must read what
/// parsing the line as a string with <see cref="JsonDocument"/> and looking each property up reads (the reader's former
/// way, kept here as the reference): the same values, the same errors with the same messages.
/// </summary>
public class JsonLinesParsingTests
{
    public static TheoryData<string> Records => new()
    {
        """{"id":"a","title":"Title","text":"Body.\nMore \"quoted\" \u00e9 \ud83d\ude00 text."}""",
        """{"id":"a","text":"No title."}""",
        """{"id":"a","title":"","text":"Empty title."}""",
        """{"id":7,"title":12.50,"text":3e2,"url":1,"source":false,"published":"2005-03-01T10:00:00Z"}""",
        """{"text":"No id.","labels":["NQ1001",3,null,{"a":[1]},["NQ2002"],"NQ3003"]}""",
        """{"id":"first","id":"second","text":"one","text":"two","title":"T1","title":null}""",
        """{"t\u0065xt":"Escaped name.","\u0069d":"esc"}""",
        """{"id":"a","title":"T","text":null}""",
        """{"id":"a","title":"T","text":{"nested":"object"}}""",
        """{"id":"a","title":"T"}""",
        """{"id":"a","title":"T \uDDDD","text":"Body"}""",
        """{"id":"a","title":"T \uDDDD"}""",
        """{"id":"a \uDDDD","text":"Body"}""",
        """{"id":"a","text":"Body","source":"s \uDDDD"}""",
        """{"id":"a","text":"Body","labels":["x \uDDDD"]}""",
        """{"id":"a","text":"Body","published":"not a date","extra":{"deep":[[[]]]}}""",
        """{"id":"a","text":"Body"} trailing""",
        """{"id":"a","text":"Body",}""",
        """{"id":"a","text":"Bo""",
        """{"id":"a" "text":"Body"}""",
        """["an","array"]""",
        """["an","array" """,
        "\"just a string\"",
        "42 43",
        "nul\u0000l",
        "{\"id\":\"bad bytes\",\"text\":\"caf\u00ff\"}",
        """{"id":"a","text":"tab	inside"}""",
        "\u00a0{\"id\":\"nbsp\",\"text\":\"Body\"}",
    };

    [Theory]
    [MemberData(nameof(Records))]
    public void A_record_reads_as_parsing_its_line_with_JsonDocument_reads(string line)
    {
        // "\u00ff" in a record stands for a byte that is not UTF-8, replaced on reading as a line's text is.
        var cut = line.IndexOf('\u00ff');
        byte[] bytes = cut < 0 ? Encoding.UTF8.GetBytes(line) : [.. Encoding.UTF8.GetBytes(line[..cut]), 0xFF, .. Encoding.UTF8.GetBytes(line[(cut + 1)..])];
        var expected = Reference("r.jsonl", 3, BoundedLineReader.Decode(bytes));
        var actual = JsonLinesReader.ParseLine("r.jsonl", 3, bytes);
        Assert.Equal(Describe(expected), Describe(actual));
    }

    private static string Describe(ReadResult result) => result.Article is not { } a
        ? $"error {result.Error}"
        : $"{a.Id}|{a.Origin.Path}:{a.Origin.RecordLine}|{a.Text}|{a.TitleSpan}|{a.Url}|{a.Source}|{a.Published:O}|{(a.Labels is null ? "none" : string.Join(",", a.Labels))}";

    /// <summary>The reader's former parsing of a decoded line.</summary>
    private static ReadResult Reference(string path, int lineNumber, string line)
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

    [Fact]
    public void White_space_lines_are_skipped_whatever_their_white_space()
    {
        var lines = " \t\r\n\u00a0\u2003\n{\"id\":\"only\",\"text\":\"Body\"}\n\u00a0x\n";
        var results = new JsonLinesReader().Read("w.jsonl", () => new MemoryStream(Encoding.UTF8.GetBytes(lines)), new ReaderOptions()).ToList();
        Assert.Equal(2, results.Count);
        Assert.Equal("only", results[0].Article!.Id);
        Assert.StartsWith("w.jsonl:4: error: malformed JSON", results[1].Error!.ToString());
    }
}
