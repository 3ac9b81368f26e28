using System.IO.Compression;
using System.Text;

namespace NewsQuality.Input;

/// <summary>
/// Web archives (WARC 1.0/1.1, plain or gzip, as news crawls publish them): streams the records one at a time and
/// reads each HTTP response whose payload is HTML as one article, with the URL and date from the record headers.
/// A truncated or corrupt archive ends with an error naming the file and the record; records already read stand.
/// </summary>
public sealed class WarcReader : IArticleReader
{
    public string Format => "warc";
    public IReadOnlyList<string> Extensions { get; } = [".warc", ".warc.gz"];

    public IEnumerable<ReadResult> Read(string path, Func<Stream> open, ReaderOptions options)
    {
        var (file, openError) = InputStreams.Open(open);
        if (file is null)
        {
            yield return ReadResult.Fail(path, openError!);
            yield break;
        }
        Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        stream = new BufferedStream(stream, 1 << 16);
        using (stream)
        {
            var record = 0;
            var articles = 0;
            while (true)
            {
                record++;
                WarcRecord? next;
                string? error = null;
                try { next = WarcRecord.ReadNext(stream, options.MaxArticleBytes); }
                catch (Exception e) when (e is IOException or InvalidDataException)
                {
                    next = null;
                    error = $"record {record}: {e.Message}";
                }
                if (error is not null)
                {
                    yield return ReadResult.Fail(path, error);
                    yield break;
                }
                if (next is null) break;
                var result = ToArticle(path, record, next);
                if (result is null) continue;
                if (result.Value.Article is not null) articles++;
                yield return result.Value;
            }
            if (articles == 0) yield return ReadResult.Fail(path, "no HTML response records in the archive");
        }
    }

    private static ReadResult? ToArticle(string path, int record, WarcRecord warc)
    {
        if (!string.Equals(warc.Header("WARC-Type"), "response", StringComparison.OrdinalIgnoreCase)) return null;
        if (warc.Oversized) return ReadResult.Fail(path, $"record {record}: over the article size limit", record);
        var (contentType, body) = SplitHttp(warc.Block);
        if (contentType is null || !contentType.Contains("html", StringComparison.OrdinalIgnoreCase)) return null;
        var (decoded, error) = TextDecoder.Decode(body);
        if (decoded is null) return ReadResult.Fail(path, $"record {record}: {error}", record);
        try
        {
            var url = warc.Header("WARC-Target-URI");
            var date = DateTimeOffset.TryParse(warc.Header("WARC-Date"), out var d) ? d : (DateTimeOffset?)null;
            var article = HtmlReader.Extract(path, decoded.Text, decoded.EncodingName, url, date, record);
            return ReadResult.Ok(new Model.Article(url ?? $"{path}#record{record}", article.Origin, article.Text, article.TitleSpan)
            {
                Url = article.Url, Published = article.Published, Encoding = article.Encoding,
            });
        }
        catch (InvalidDataException e)
        {
            return ReadResult.Fail(path, $"record {record}: {e.Message}", record);
        }
    }

    /// <summary>The HTTP response's Content-Type and body from a response record's block.</summary>
    private static (string? ContentType, byte[] Body) SplitHttp(byte[] block)
    {
        var end = block.AsSpan().IndexOf("\r\n\r\n"u8);
        if (end < 0) return (null, []);
        var headers = Encoding.Latin1.GetString(block, 0, end).Split("\r\n");
        var contentType = headers.Skip(1).Select(h => h.Split(':', 2)).Where(p => p.Length == 2 && p[0].Trim().Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).Select(p => p[1].Trim()).FirstOrDefault();
        return (contentType, block[(end + 4)..]);
    }

    /// <summary>One WARC record: its named header fields and its content block.</summary>
    private sealed class WarcRecord(Dictionary<string, string> headers, byte[] block, bool oversized)
    {
        public byte[] Block { get; } = block;
        public bool Oversized { get; } = oversized;

        public string? Header(string name) => headers.GetValueOrDefault(name);

        /// <summary>The next record, or null at the clean end of the archive. Blocks over the limit are skipped, not held.</summary>
        public static WarcRecord? ReadNext(Stream stream, long maxBlock)
        {
            string? version;
            do version = ReadLine(stream); while (version is { Length: 0 });
            if (version is null) return null;
            if (!version.StartsWith("WARC/", StringComparison.Ordinal)) throw new InvalidDataException($"expected a WARC version line, found \"{Truncate(version)}\"");
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            while (ReadLine(stream) is { Length: > 0 } line)
            {
                var colon = line.IndexOf(':');
                if (colon > 0) headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
            if (!long.TryParse(headers.GetValueOrDefault("Content-Length"), out var length) || length < 0)
                throw new InvalidDataException("record without a valid Content-Length");
            if (length > maxBlock)
            {
                Skip(stream, length);
                return new WarcRecord(headers, [], oversized: true);
            }
            var block = new byte[length];
            stream.ReadExactly(block);
            return new WarcRecord(headers, block, oversized: false);
        }

        private static void Skip(Stream stream, long length)
        {
            var buffer = new byte[81920];
            while (length > 0)
            {
                var read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, length));
                if (read == 0) throw new EndOfStreamException("archive ends inside a record");
                length -= read;
            }
        }

        /// <summary>A header line (ASCII/UTF-8) without its CRLF; null at the end of the stream.</summary>
        private static string? ReadLine(Stream stream)
        {
            var bytes = new List<byte>();
            while (true)
            {
                var b = stream.ReadByte();
                if (b < 0) return bytes.Count == 0 ? null : throw new EndOfStreamException("archive ends inside a record header");
                if (b == '\n') break;
                if (bytes.Count > 64 * 1024) throw new InvalidDataException("record header line longer than 64 KB");
                bytes.Add((byte)b);
            }
            if (bytes.Count > 0 && bytes[^1] == '\r') bytes.RemoveAt(bytes.Count - 1);
            return Encoding.UTF8.GetString(bytes.ToArray());
        }

        private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";
    }
}
