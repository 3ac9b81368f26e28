using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace NewsQuality.Storage;

/// <summary>Where an array was written in a <see cref="SpillFile"/>.</summary>
public readonly record struct Spilled<T>(long Offset, int Count) where T : unmanaged;

/// <summary>
/// An append-only temporary file for the bulky parts of corpus digests (shingle sets, signatures). A digest keeps a
/// 12-byte <see cref="Spilled{T}"/> instead of a few kilobytes of hashes, which keeps digests fixed-size records
/// (themselves on disk, in a <see cref="DiskArray{T}"/>); the sets a rule needs again are read back by offset. Thread-safe: digests
/// are made in parallel. The file is deleted when disposed, or by the OS when the process dies.
/// </summary>
public sealed class SpillFile : IDisposable
{
    private readonly SafeFileHandle _handle;
    private long _length;

    public SpillFile(string? directory = null) => _handle = TempFile.Create(directory, "spill");

    /// <summary>Bytes written so far.</summary>
    public long Length => Interlocked.Read(ref _length);

    public Spilled<T> Write<T>(ReadOnlySpan<T> values) where T : unmanaged
    {
        var bytes = MemoryMarshal.AsBytes(values);
        // Reserve the range first, so parallel writers never overlap.
        var offset = Interlocked.Add(ref _length, bytes.Length) - bytes.Length;
        RandomAccess.Write(_handle, bytes, offset);
        return new Spilled<T>(offset, values.Length);
    }

    public T[] Read<T>(Spilled<T> spilled) where T : unmanaged
    {
        var values = new T[spilled.Count];
        TempFile.ReadExactly(_handle, MemoryMarshal.AsBytes(values.AsSpan()), spilled.Offset, "spill");
        return values;
    }

    public Spilled<char> WriteString(string text) => Write<char>(text.AsSpan());

    public string ReadString(Spilled<char> spilled) => new(Read(spilled));

    public void Dispose() => _handle.Dispose();
}
