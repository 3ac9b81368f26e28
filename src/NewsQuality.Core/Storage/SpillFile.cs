using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace NewsQuality.Storage;

/// <summary>Where an array was written in a <see cref="SpillFile"/>.</summary>
public readonly record struct Spilled<T>(long Offset, int Count) where T : unmanaged;

/// <summary>
/// An append-only temporary file for the bulky parts of corpus digests (shingle sets, signatures). A digest keeps a
/// 12-byte <see cref="Spilled{T}"/> instead of a few kilobytes of hashes, which keeps digests fixed-size records
/// (themselves on disk, in a <see cref="DiskArray{T}"/>); the sets a rule needs again are read back by offset. Thread-safe: digests
/// are made in parallel, and small writes are gathered into large ones. The file is only created when the buffer first
/// fills (a small run stays in memory), and is deleted when disposed, or by the OS when the process dies.
/// </summary>
public sealed class SpillFile : IDisposable
{
    /// <summary>Writes are gathered up to this many bytes: digests write a few small arrays per article, one system call each would cost more than the copy.</summary>
    private const int BufferBytes = 1 << 20;

    /// <summary>The buffer starts this small and doubles up to <see cref="BufferBytes"/>: one article's digests need a few kilobytes.</summary>
    private const int FirstBufferBytes = 4096;

    private readonly string? _directory;
    private readonly Lock _writing = new();
    private SafeFileHandle? _handle;
    private byte[] _buffer = new byte[FirstBufferBytes];
    private int _buffered;
    private long _flushed;

    public SpillFile(string? directory = null) => _directory = directory;

    /// <summary>Bytes written so far.</summary>
    public long Length
    {
        get
        {
            lock (_writing) return _flushed + _buffered;
        }
    }

    public Spilled<T> Write<T>(ReadOnlySpan<T> values) where T : unmanaged
    {
        var bytes = MemoryMarshal.AsBytes(values);
        // Parallel writers take turns, so each array gets its own range; the copy under the lock is short.
        lock (_writing)
        {
            var offset = _flushed + _buffered;
            while (bytes.Length > _buffer.Length - _buffered && _buffer.Length < BufferBytes) Array.Resize(ref _buffer, 2 * _buffer.Length);
            if (bytes.Length > _buffer.Length - _buffered) Flush();
            if (bytes.Length > _buffer.Length)
            {
                RandomAccess.Write(OpenFile(), bytes, offset);
                Volatile.Write(ref _flushed, _flushed + bytes.Length);
            }
            else
            {
                bytes.CopyTo(_buffer.AsSpan(_buffered));
                _buffered += bytes.Length;
            }
            return new Spilled<T>(offset, values.Length);
        }
    }

    public T[] Read<T>(Spilled<T> spilled) where T : unmanaged
    {
        var values = new T[spilled.Count];
        Read(spilled, values);
        return values;
    }

    /// <summary>
    /// The array at <paramref name="spilled"/> read into the start of <paramref name="destination"/> (at least its count
    /// long): a comparison that reads every article's keys reuses one buffer instead of an array per article.
    /// </summary>
    public Span<T> Read<T>(Spilled<T> spilled, Span<T> destination) where T : unmanaged
    {
        var values = destination[..spilled.Count];
        var bytes = MemoryMarshal.AsBytes(values);
        // An array is written whole, either to the buffer or to the file: one still buffered is copied from memory.
        if (spilled.Offset >= Volatile.Read(ref _flushed))
            lock (_writing)
                if (spilled.Offset >= _flushed)
                {
                    _buffer.AsSpan((int)(spilled.Offset - _flushed), bytes.Length).CopyTo(bytes);
                    return values;
                }
        TempFile.ReadExactly(_handle!, bytes, spilled.Offset, "spill");
        return values;
    }

    public Spilled<char> WriteString(string text) => Write<char>(text.AsSpan());

    public string ReadString(Spilled<char> spilled) => new(Read(spilled));

    /// <summary>Writes out what is buffered; the caller holds <see cref="_writing"/>.</summary>
    private void Flush()
    {
        if (_buffered == 0) return;
        RandomAccess.Write(OpenFile(), _buffer.AsSpan(0, _buffered), _flushed);
        Volatile.Write(ref _flushed, _flushed + _buffered);
        _buffered = 0;
    }

    private SafeFileHandle OpenFile() => _handle ??= TempFile.Create(_directory, "spill");

    public void Dispose() => _handle?.Dispose();
}
