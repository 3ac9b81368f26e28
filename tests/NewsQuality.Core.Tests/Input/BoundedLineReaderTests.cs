using System.Text;
using NewsQuality.Input;

namespace NewsQuality.Core.Tests.Input;

public class BoundedLineReaderTests
{
    /// <summary>A stream of <paramref name="length"/> bytes of 'x' made as it is read, then <paramref name="tail"/>: no test file of that size.</summary>
    internal sealed class GeneratedStream(long length, byte[] tail) : Stream
    {
        private long _position;

        public override int Read(byte[] buffer, int offset, int count)
        {
            var total = length + tail.Length;
            var n = (int)Math.Min(count, total - _position);
            var filler = (int)Math.Clamp(length - _position, 0, n);
            buffer.AsSpan(offset, filler).Fill((byte)'x');
            for (var i = filler; i < n; i++) buffer[offset + i] = tail[_position + i - length];
            _position += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Fact]
    public void Lines_come_back_without_breaks_bom_or_carriage_returns()
    {
        var bytes = Encoding.UTF8.GetBytes("\uFEFFone\r\ntwo é\n\nlast");
        using var reader = new BoundedLineReader(new MemoryStream(bytes), 100);
        var lines = new List<string?>();
        while (reader.Next() is { } line) lines.Add(line.Text);
        Assert.Equal(["one", "two é", "", "last"], lines);
    }
}
