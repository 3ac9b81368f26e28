using System.Text;
using NewsQuality.Model;

namespace NewsQuality.Input;

/// <summary>
/// CSV with a header row (RFC 4180: quoted fields may hold commas, quotes and line breaks). Columns named id, title and
/// text are used, or those <c>--columns id=…,title=…,text=…</c> names. A bad row is an error with its line; the rest go on.
/// </summary>
public sealed class CsvReader : IArticleReader
{
    public string Format => "csv";
    public IReadOnlyList<string> Extensions { get; } = [".csv"];

    public IEnumerable<ReadResult> Read(string path, Func<Stream> open, ReaderOptions options)
    {
        var (stream, openError) = InputStreams.Open(open);
        if (stream is null)
        {
            yield return ReadResult.Fail(path, openError!);
            yield break;
        }
        TextReader reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        using (reader)
        {
            var rows = Rows(reader).GetEnumerator();
            if (!rows.MoveNext() || rows.Current.Error is not null)
            {
                yield return ReadResult.Fail(path, rows.Current.Error ?? "empty file (no header row)");
                yield break;
            }
            var header = rows.Current.Fields;
            var columns = new Dictionary<string, int>();
            foreach (var role in new[] { "id", "title", "text" })
            {
                var name = options.CsvColumns.GetValueOrDefault(role, role);
                var index = header.FindIndex(h => string.Equals(h.Trim(), name, StringComparison.OrdinalIgnoreCase));
                if (index >= 0) columns[role] = index;
                else if (role == "text")
                {
                    yield return ReadResult.Fail(path, $"no \"{name}\" column in the header (columns: {string.Join(", ", header)}); name it with --columns text=COLUMN", 1);
                    yield break;
                }
            }
            var any = false;
            while (rows.MoveNext())
            {
                var (line, fields, error) = rows.Current;
                if (error is null && fields.Count == 1 && fields[0].Length == 0) continue; // a blank line
                any = true;
                if (error is not null) { yield return ReadResult.Fail(path, error, line); continue; }
                if (fields.Count != header.Count) { yield return ReadResult.Fail(path, $"row has {fields.Count} fields, the header {header.Count}", line); continue; }
                var title = columns.TryGetValue("title", out var t) ? fields[t] : "";
                var body = fields[columns["text"]];
                if (Encoding.UTF8.GetByteCount(body) > options.MaxArticleBytes) { yield return ReadResult.Fail(path, "row is over the article size limit", line); continue; }
                var text = title.Length > 0 ? title + "\n\n" + body : body;
                var id = columns.TryGetValue("id", out var i) && fields[i].Length > 0 ? fields[i] : $"{path}#L{line}";
                yield return ReadResult.Ok(new Article(id, new ArticleOrigin(path, line), text, new TextSpan(0, title.Length)) { TitleFromRecord = true });
            }
            if (!any) yield return ReadResult.Fail(path, "no rows after the header");
        }
    }

    /// <summary>Rows with the line each starts on; an unterminated quote is an error for that row.</summary>
    private static IEnumerable<(int Line, List<string> Fields, string? Error)> Rows(TextReader reader)
    {
        var line = 1;
        while (reader.Peek() >= 0)
        {
            var start = line;
            var fields = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            var closed = false;
            while (true)
            {
                var c = reader.Read();
                if (c < 0)
                {
                    if (quoted) { yield return (start, fields, "unterminated quoted field"); yield break; }
                    fields.Add(field.ToString());
                    closed = true;
                    break;
                }
                if (quoted)
                {
                    if (c == '"' && reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                    else if (c == '"') quoted = false;
                    else { if (c == '\n') line++; field.Append((char)c); }
                }
                else if (c == '"' && field.Length == 0) quoted = true;
                else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
                else if (c == '\r' && reader.Peek() == '\n') { }
                else if (c == '\n') { line++; fields.Add(field.ToString()); closed = true; break; }
                else field.Append((char)c);
            }
            if (closed) yield return (start, fields, null);
        }
    }
}
