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
            for (var i = 0; i < n; i++, _position++) buffer[offset + i] = _position < length ? (byte)'x' : tail[_position - length];
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

    [Fact]
    public void A_line_over_the_limit_is_skipped_without_being_held_and_the_next_line_is_read()
    {
        const long huge = 300L * 1024 * 1024;
        var next = Encoding.UTF8.GetBytes("\n{\"text\":\"after\"}\n");
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var results = new JsonLinesReader().Read("huge.jsonl", () => new GeneratedStream(huge, next), new ReaderOptions { MaxArticleBytes = 10 * 1024 * 1024 }).ToList();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        Assert.Equal("huge.jsonl:1: error: record is 300.0 MB, over the 10 MB article limit (--max-article-mb)", results[0].Error!.ToString());
        Assert.Equal("after", results[1].Article!.Text);
        // The line is counted, never kept: at most the limit's worth of buffer (with growth), far from the 300 MB line.
        Assert.True(allocated < 40L * 1024 * 1024, $"allocated {allocated / 1048576} MB reading a 300 MB line");
    }
}
