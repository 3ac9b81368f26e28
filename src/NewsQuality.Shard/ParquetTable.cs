using System.IO.Compression;
using Parquet;
using Parquet.Serialization;

namespace NewsQuality.Shard;

/// <summary>Rows of one class as a Parquet file (Parquet.Net's serializer, zstd-compressed), written a row group at a time so a shard is never all in memory.</summary>
/// <remarks>
/// zstd at its fastest level: Parquet.Net's default (SmallestSize, zstd's ultra levels) spent four fifths of the digest
/// stage's CPU making files of hashes, which barely compress, a fifth smaller.
/// </remarks>
public sealed class ParquetTable<T> : IDisposable where T : class, new()
{
    private const int RowGroupRows = 8192;

    private readonly FileStream _stream;
    private readonly List<T> _buffer = [];
    private bool _written;

    public ParquetTable(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        _stream = File.Create(path);
    }

    public void Add(T row)
    {
        _buffer.Add(row);
        if (_buffer.Count == RowGroupRows) Flush();
    }

    private void Flush()
    {
        ParquetSerializer.SerializeAsync(_buffer, _stream, new ParquetOptions { CompressionMethod = CompressionMethod.Zstd, CompressionLevel = CompressionLevel.Fastest, Append = _written })
            .GetAwaiter().GetResult();
        _written = true;
        _buffer.Clear();
    }

    /// <summary>Writes what is left; an empty table still gets its schema, so readers need no special case.</summary>
    public void Dispose()
    {
        if (_buffer.Count > 0 || !_written) Flush();
        _stream.Dispose();
    }

    public static void Write(string path, IEnumerable<T> rows)
    {
        using var table = new ParquetTable<T>(path);
        foreach (var row in rows) table.Add(row);
    }

    public static IList<T> Read(string path) => ParquetSerializer.DeserializeAsync<T>(path).GetAwaiter().GetResult().Data;

    /// <summary>The rows a row group at a time: a reader that keeps only some rows of a large table never holds all of it.</summary>
    public static IEnumerable<T> ReadByRowGroup(string path)
    {
        using var stream = File.OpenRead(path);
        var reader = ParquetReader.CreateAsync(stream, leaveStreamOpen: true).GetAwaiter().GetResult();
        var rowGroups = reader.RowGroupCount;
        reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        for (var rowGroup = 0; rowGroup < rowGroups; rowGroup++)
        {
            stream.Position = 0;
            foreach (var row in ParquetSerializer.DeserializeAsync<T>(stream, rowGroupIndex: rowGroup).GetAwaiter().GetResult().Data) yield return row;
        }
    }
}
