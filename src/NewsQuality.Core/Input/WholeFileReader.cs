using System.Buffers;
using NewsQuality.Model;

namespace NewsQuality.Input;

/// <summary>Base for formats where one file is one article: size check, decoding and the empty-file error live here once.</summary>
public abstract class WholeFileReader : IArticleReader
{
    public abstract string Format { get; }
    public abstract IReadOnlyList<string> Extensions { get; }

    public IEnumerable<ReadResult> Read(string path, Func<Stream> open, ReaderOptions options)
    {
        byte[] bytes;
        try
        {
            using var stream = open();
            if (stream.CanSeek && stream.Length > options.MaxArticleBytes)
                return [ReadResult.Fail(path, TooLarge(stream.Length, options))];
            bytes = ReadAtMost(stream, options.MaxArticleBytes + 1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [ReadResult.Fail(path, $"cannot read: {e.Message}")];
        }
        if (bytes.Length > options.MaxArticleBytes) return [ReadResult.Fail(path, TooLarge(bytes.Length, options))];
        var (decoded, error) = TextDecoder.Decode(bytes);
        if (decoded is null) return [ReadResult.Fail(path, error!)];
        if (string.IsNullOrWhiteSpace(decoded.Text)) return [ReadResult.Fail(path, "empty article (no text)")];
        try
        {
            return [ReadResult.Ok(Parse(path, decoded))];
        }
        catch (InvalidDataException e)
        {
            return [ReadResult.Fail(path, e.Message)];
        }
    }

    /// <summary>
    /// Builds the article from the decoded text; <see cref="Article.Text"/> should be the text unchanged so offsets are file
    /// offsets, or carry a source map. Content that is not an article throws <see cref="InvalidDataException"/> with the reason.
    /// </summary>
    protected abstract Article Parse(string path, DecodedText decoded);

    private static string TooLarge(long size, ReaderOptions options) =>
        $"article is {size / 1048576.0:0.0} MB, over the {options.MaxArticleBytes / 1048576.0:0.#} MB limit (--max-article-mb)";

    /// <summary>
    /// Up to <paramref name="limit"/> bytes. A file says its length, so it is read into one array of that size: a copy through
    /// a chunk and a growing buffer cost about 90 KB per article, 36 times a 2.5 KB article (the BBC folder's first pass
    /// allocated 298 MB instead of 102 MB for the same articles as JSON Lines).
    /// </summary>
    private static byte[] ReadAtMost(Stream stream, long limit)
    {
        var known = stream.CanSeek ? (int)Math.Min(stream.Length - stream.Position, limit) : 0;
        var bytes = new byte[known];
        var read = stream.ReadAtLeast(bytes, known, throwOnEndOfStream: false);
        if (read < known) return bytes[..read]; // the file shrank while it was read
        // A stream without a length, or a file that grew since its length was taken: the rest a chunk at a time.
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            MemoryStream? rest = null;
            int got;
            while (read + (rest?.Length ?? 0) < limit && (got = stream.Read(chunk, 0, chunk.Length)) > 0)
                (rest ??= new MemoryStream()).Write(chunk, 0, got);
            return rest is null ? bytes : [.. bytes, .. rest.GetBuffer().AsSpan(0, (int)rest.Length)];
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }
}
