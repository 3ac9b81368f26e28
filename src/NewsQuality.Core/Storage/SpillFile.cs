using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace NewsQuality.Storage;

/// <summary>Where an array was written in a <see cref="SpillFile"/>.</summary>
public readonly record struct Spilled<T>(long Offset, int Count) where T : unmanaged;

/// <summary>Where <see cref="SpillFile.WriteText"/> wrote a text of <paramref name="Length"/> characters, one byte each when <paramref name="Narrow"/>.</summary>
public readonly record struct SpilledText(long Offset, int Length, bool Narrow);

/// <summary>
/// An append-only store for the bulky parts of corpus digests (shingle sets, signatures), in memory up to a budget and in a
/// temporary file past it. A digest keeps a 12-byte <see cref="Spilled{T}"/> instead of a few kilobytes of hashes, which keeps
/// digests fixed-size records (themselves on disk, in a <see cref="DiskArray{T}"/>); the sets a rule needs again are read back
/// by offset. Thread-safe: digests are made in parallel.
/// </summary>
/// <remarks>
/// The bytes live in chunks of native memory (<see cref="ChunkBytes"/>, each a huge page where the system offers them) until
/// they pass the memory budget; then the full chunks are written to the file, which is created then, and from that point
/// one chunk gathers writes for the file. A BBC check spilled 28 MB: through the file that was 27 writes of 1 MB copied into
/// the page cache and 16,000 reads of a few hundred bytes, each a system call (docs/performance.md, twenty-first round).
/// The file is deleted when disposed, or by the OS when the process dies.
/// </remarks>
public sealed unsafe class SpillFile : IDisposable
{
    /// <summary>Bytes per chunk: 2 MB, a huge page on x86-64 and arm64 Linux, so a chunk costs one page fault, not 512.</summary>
    internal const int ChunkBytes = 1 << 21;

    /// <summary>
    /// A chunk goes to the file in writes of this size: whole 2 MB-aligned writes were 4.7 ms each on Linux 6.18 (ext4), seven
    /// times the cost per byte of the older 1 MB buffer's unaligned ones, and cost the 100,000-article dedup benchmark about
    /// 5 % of wall; in 64 KB pieces it ran faster than with the old buffer (docs/performance.md, twenty-first round, lead).
    /// </summary>
    private const int FileWriteBytes = 1 << 16;

    /// <summary>
    /// What a run keeps in memory before it spills to the file: a corpus of about 3,000 news articles (the BBC check spills
    /// 23 MB). The chunks are held until the budget is passed, so it adds to a large run's memory at that moment: 64 MB
    /// raised the peak of `bench dedup 100000` from 127 to 149 MB; this does not.
    /// </summary>
    public const long DefaultMemoryBudget = 32L << 20;

    private readonly string? _directory;
    private readonly Lock _writing = new();
    private SafeFileHandle? _handle;

    /// <summary>The chunks holding bytes <see cref="_flushed"/> to <see cref="_length"/>, in order; unused slots are 0.</summary>
    private readonly nint[] _chunks;

    /// <summary>How many chunks may hold bytes before the full ones go to the file: the budget's, then one once the file exists; 0 once disposed.</summary>
    private int _chunkLimit;

    /// <summary>Bytes in the file: always whole chunks.</summary>
    private long _flushed;

    private long _length;

    /// <param name="directory">Where the file is made (default: the system's temporary folder).</param>
    /// <param name="memoryBudget">Bytes kept in memory before the file is made (at least one chunk).</param>
    public SpillFile(string? directory = null, long memoryBudget = DefaultMemoryBudget)
    {
        _directory = directory;
        _chunkLimit = (int)Math.Clamp((memoryBudget + ChunkBytes - 1) / ChunkBytes, 1, 1 << 16);
        _chunks = new nint[_chunkLimit];
    }

    /// <summary>Bytes written so far.</summary>
    public long Length
    {
        get
        {
            lock (_writing) return _length;
        }
    }

    public Spilled<T> Write<T>(ReadOnlySpan<T> values) where T : unmanaged
    {
        var bytes = MemoryMarshal.AsBytes(values);
        // Parallel writers take turns, so each array gets its own range; the copy under the lock is short.
        lock (_writing)
        {
            ObjectDisposedException.ThrowIf(_chunkLimit == 0, this);
            var offset = _length;
            while (bytes.Length > 0)
            {
                var (chunk, within) = ChunkOf(_length);
                if (chunk == _chunkLimit)
                {
                    MoveChunksToFile();
                    (chunk, within) = (0, 0);
                }
                var piece = Math.Min(bytes.Length, ChunkBytes - within);
                bytes[..piece].CopyTo(new Span<byte>((byte*)(_chunks[chunk] != 0 ? _chunks[chunk] : _chunks[chunk] = NewChunk()) + within, piece));
                bytes = bytes[piece..];
                _length += piece;
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
        var fromFile = bytes.Length;
        // Bytes still in memory are copied under the lock (the chunks may go to the file and be freed meanwhile); bytes in the
        // file never change, so they are read after it.
        if (spilled.Offset + bytes.Length > Volatile.Read(ref _flushed))
            lock (_writing)
            {
                ObjectDisposedException.ThrowIf(_chunkLimit == 0, this);
                fromFile = (int)Math.Clamp(_flushed - spilled.Offset, 0, bytes.Length);
                for (var done = fromFile; done < bytes.Length;)
                {
                    var (chunk, within) = ChunkOf(spilled.Offset + done);
                    var piece = Math.Min(bytes.Length - done, ChunkBytes - within);
                    new ReadOnlySpan<byte>((byte*)_chunks[chunk] + within, piece).CopyTo(bytes[done..]);
                    done += piece;
                }
            }
        if (fromFile > 0) TempFile.ReadExactly(_handle!, bytes[..fromFile], spilled.Offset, "spill");
        return values;
    }

    public Spilled<char> WriteString(string text) => Write<char>(text.AsSpan());

    /// <summary>
    /// A text written one byte a character when every character is below U+0100 (as Latin-1, which gives back the same
    /// characters), two otherwise: NQ1003 keeps every article's text for the few it compares, a third of a BBC check's spill.
    /// </summary>
    public SpilledText WriteText(ReadOnlySpan<char> text)
    {
        if (text.ContainsAnyExceptInRange('\0', '\u00FF'))
        {
            var wide = Write(text);
            return new SpilledText(wide.Offset, wide.Count, Narrow: false);
        }
        var narrow = ArrayPool<byte>.Shared.Rent(text.Length);
        try
        {
            var bytes = narrow.AsSpan(0, Encoding.Latin1.GetBytes(text, narrow));
            return new SpilledText(Write<byte>(bytes).Offset, text.Length, Narrow: true);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(narrow);
        }
    }

    public string ReadText(SpilledText spilled)
    {
        if (!spilled.Narrow) return ReadString(new Spilled<char>(spilled.Offset, spilled.Length));
        var narrow = ArrayPool<byte>.Shared.Rent(spilled.Length);
        try
        {
            return Encoding.Latin1.GetString(Read(new Spilled<byte>(spilled.Offset, spilled.Length), narrow));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(narrow);
        }
    }

    public string ReadString(Spilled<char> spilled) => new(Read(spilled));

    /// <summary>The chunk (counted from the first still in memory) and the place in it of a byte written at <paramref name="offset"/>.</summary>
    private (int Chunk, int Within) ChunkOf(long offset) => ((int)((offset - _flushed) / ChunkBytes), (int)(offset % ChunkBytes));

    /// <summary>
    /// Writes out the chunks, all full, and keeps the first to gather what follows; from now on one chunk is all the memory the
    /// store holds, so a corpus of any size spills at the same peak. The caller holds <see cref="_writing"/>.
    /// </summary>
    private void MoveChunksToFile()
    {
        _handle ??= TempFile.Create(_directory, "spill");
        for (var c = 0; c < _chunkLimit; c++)
        {
            for (var at = 0; at < ChunkBytes; at += FileWriteBytes)
                RandomAccess.Write(_handle, new ReadOnlySpan<byte>((byte*)_chunks[c] + at, FileWriteBytes), _flushed + at);
            Volatile.Write(ref _flushed, _flushed + ChunkBytes);
            if (c > 0) FreeChunk(ref _chunks[c]);
        }
        _chunkLimit = 1;
    }

    private static nint NewChunk()
    {
        var chunk = (nint)NativeMemory.AlignedAlloc(ChunkBytes, ChunkBytes);
        // Advice only: where huge pages are off or unknown, the chunk is faulted in a page at a time as before.
        if (OperatingSystem.IsLinux()) _ = madvise(chunk, ChunkBytes, HugePageAdvice);
        return chunk;
    }

    private static void FreeChunk(ref nint chunk)
    {
        NativeMemory.AlignedFree((void*)chunk);
        chunk = 0;
    }

    /// <summary>Linux's <c>MADV_HUGEPAGE</c>: back the range with transparent huge pages when the system allows them on request.</summary>
    private const int HugePageAdvice = 14;

    [DllImport("libc")]
    private static extern int madvise(nint address, nuint length, int advice);

    private void FreeChunks()
    {
        for (var c = 0; c < _chunks.Length; c++)
            if (_chunks[c] != 0) FreeChunk(ref _chunks[c]);
    }

    public void Dispose()
    {
        lock (_writing)
        {
            FreeChunks();
            _chunkLimit = 0;
        }
        _handle?.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>The chunks are native memory: a store dropped undisposed must not keep them for the life of the process.</summary>
    ~SpillFile() => FreeChunks();
}
