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
        _line.ResetWrittenCount();
        long bytes = 0;
        var sawAny = false;
        while (true)
        {
            if (_start == _end)
            {
                _start = 0;
                _end = stream.Read(_chunk, 0, _chunk.Length);
                if (_end == 0) return sawAny ? Finish(bytes) : null;
            }
            sawAny = true;
            var span = _chunk.AsSpan(_start, _end - _start);
            var newline = span.IndexOf((byte)'\n');
            var part = newline < 0 ? span : span[..newline];
            bytes += part.Length;
            // Past the limit the rest of the line is counted, never kept.
            if (bytes <= maxLineBytes) _line.Write(part);
            _start += newline < 0 ? span.Length : newline + 1;
            if (newline >= 0) return Finish(bytes);
        }
    }

    private BoundedLine Finish(long bytes)
    {
        if (bytes > maxLineBytes) return new BoundedLine(null, bytes);
        var text = _line.WrittenSpan;
        if (_firstLine && text.StartsWith("\uFEFF"u8)) text = text[3..];
        _firstLine = false;
        if (text.EndsWith("\r"u8)) text = text[..^1];
        return new BoundedLine(Utf8.GetString(text), bytes);
    }

    public void Dispose() => stream.Dispose();
}
