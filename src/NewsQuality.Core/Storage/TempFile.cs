using Microsoft.Win32.SafeHandles;

namespace NewsQuality.Storage;

/// <summary>The temporary files behind <see cref="SpillFile"/> and <see cref="DiskArray{T}"/>: opened, and read at an offset.</summary>
internal static class TempFile
{
    /// <summary>
    /// A new file in <paramref name="directory"/> (default: the system's temporary folder) that no process death can
    /// leave behind: on Unix its name is removed at once and the open handle keeps the data (a killed or aborted run
    /// used to leave hundreds of megabytes in $TMPDIR); on Windows it is deleted when the handle closes.
    /// </summary>
    public static SafeFileHandle Create(string? directory, string extension)
    {
        var path = Path.Combine(directory ?? Path.GetTempPath(), $"newsquality-{Guid.NewGuid():N}.{extension}");
        var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, FileOptions.DeleteOnClose);
        if (!OperatingSystem.IsWindows()) File.Delete(path);
        return handle;
    }

    /// <summary>Fills <paramref name="bytes"/> from <paramref name="offset"/>; <paramref name="what"/> names the file in the error if it ends first.</summary>
    public static void ReadExactly(SafeFileHandle handle, Span<byte> bytes, long offset, string what)
    {
        for (var read = 0; read < bytes.Length;)
        {
            var count = RandomAccess.Read(handle, bytes[read..], offset + read);
            if (count == 0) throw new EndOfStreamException($"The {what} file ends before offset {offset + bytes.Length}.");
            read += count;
        }
    }
}
