using System.Buffers;
using System.Text;

namespace NewsQuality.Input;

/// <summary>One line of a line-based input: its text, or only its size when it was over the limit.</summary>
public readonly record struct BoundedLine(string? Text, long Bytes);

/// <summary>
/// Reads lines of UTF-8 text holding at most a given number of bytes per line. A longer line is skipped to the next
/// newline without being buffered, so a 1 GB file without newlines costs one chunk of memory, not gigabytes
/// (<see cref="StreamReader.ReadLine"/> builds the whole line first). Invalid UTF-8 is replaced, a BOM is dropped.
/// </summary>
public sealed class BoundedLineReader(Stream stream, long maxLineBytes) : IDisposable
{
    private readonly byte[] _chunk = new byte[64 * 1024];
    private readonly ArrayBufferWriter<byte> _line = new();
    private static readonly Encoding Utf8 = new UTF8Encoding(false, throwOnInvalidBytes: false);
    private int _start, _end;
    private bool _firstLine = true;

    /// <summary>The next line without its line break, or null at the end of the stream.</summary>
    public BoundedLine? Next()
    {
        if (!NextBytes(out var text, out var bytes)) return null;
        return bytes > maxLineBytes ? new BoundedLine(null, bytes) : new BoundedLine(Utf8.GetString(text.Span), bytes);
    }

    /// <summary>
    /// The next line's bytes without its line break (a BOM on the first line and a carriage return at the end dropped, as
    /// <see cref="Next"/> drops them), valid until the next call; false at the end of the stream. A line over the limit
    /// comes back empty with its size in <paramref name="bytes"/> (over the limit). The JSON Lines reader parses the
    /// bytes as they are, so a line is not decoded to a string only for the parser to encode it back.
    /// </summary>
    public bool NextBytes(out ReadOnlyMemory<byte> line, out long bytes)
    {
        _line.ResetWrittenCount();
        bytes = 0;
        var sawAny = false;
        while (true)
        {
            if (_start == _end)
            {
                _start = 0;
                _end = stream.Read(_chunk, 0, _chunk.Length);
                if (_end == 0)
                {
                    line = sawAny ? Finish(_line.WrittenMemory, bytes) : default;
                    return sawAny;
                }
            }
            sawAny = true;
            var span = _chunk.AsSpan(_start, _end - _start);
            var newline = span.IndexOf((byte)'\n');
            var part = newline < 0 ? span : span[..newline];
            // A line wholly inside the chunk is returned from it, not copied.
            if (newline >= 0 && bytes == 0)
            {
                bytes = part.Length;
                line = Finish(_chunk.AsMemory(_start, part.Length), bytes);
                _start += newline + 1;
                return true;
            }
            bytes += part.Length;
            // Past the limit the rest of the line is counted, never kept.
            if (bytes <= maxLineBytes) _line.Write(part);
            _start += newline < 0 ? span.Length : newline + 1;
            if (newline >= 0)
            {
                line = Finish(_line.WrittenMemory, bytes);
                return true;
            }
        }
    }

    private ReadOnlyMemory<byte> Finish(ReadOnlyMemory<byte> text, long bytes)
    {
        if (bytes > maxLineBytes) return default;
        if (_firstLine && text.Span.StartsWith("\uFEFF"u8)) text = text[3..];
        _firstLine = false;
        if (text.Span.EndsWith("\r"u8)) text = text[..^1];
        return text;
    }

    public void Dispose() => stream.Dispose();
}
