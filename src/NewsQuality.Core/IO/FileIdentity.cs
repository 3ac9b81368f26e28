using System.Runtime.InteropServices;

namespace NewsQuality.IO;

/// <summary>
/// Which file a path really names: links resolved (a folder alias to <c>.</c>, a symlinked file) and, on Linux, the
/// device and inode, so a hard link is recognised too. Comparing strings is not enough to keep an output off an input.
/// </summary>
public readonly record struct FileIdentity(string RealPath, ulong Device, ulong Inode)
{
    /// <summary>The identity of an existing file or folder, or of where a new one would be created (its folder resolved).</summary>
    public static FileIdentity Of(string path)
    {
        var full = Path.GetFullPath(path);
        var real = Resolve(full);
        return DeviceAndInode(real) is { } id ? new FileIdentity(real, id.Device, id.Inode) : new FileIdentity(real, 0, 0);
    }

    /// <summary>Same file: same inode on the same device when both are known, else the same resolved path.</summary>
    public bool SameAs(FileIdentity other) =>
        Inode != 0 && other.Inode != 0 ? Device == other.Device && Inode == other.Inode : PathEquals(RealPath, other.RealPath);

    /// <summary>Whether this folder is <paramref name="other"/> or holds it somewhere below.</summary>
    public bool Contains(FileIdentity other)
    {
        if (SameAs(other)) return true;
        var folder = RealPath.EndsWith(Path.DirectorySeparatorChar) ? RealPath : RealPath + Path.DirectorySeparatorChar;
        return other.RealPath.StartsWith(folder, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    private static bool PathEquals(string a, string b) => string.Equals(a, b, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    /// <summary>The path with every link resolved; for a path that does not exist yet, its nearest existing folder resolved and the rest appended.</summary>
    private static string Resolve(string full)
    {
        if (OperatingSystem.IsWindows()) return full;
        var tail = new Stack<string>();
        var current = full;
        while (!File.Exists(current) && !Directory.Exists(current) && Path.GetDirectoryName(current) is { } parent)
        {
            tail.Push(Path.GetFileName(current));
            current = parent;
        }
        var resolved = CRealPath(current) ?? current;
        while (tail.Count > 0) resolved = Path.Combine(resolved, tail.Pop());
        return resolved;
    }

    private static string? CRealPath(string path)
    {
        var result = realpath(path, IntPtr.Zero);
        if (result == IntPtr.Zero) return null;
        try
        {
            return Marshal.PtrToStringUTF8(result);
        }
        finally
        {
            free(result);
        }
    }

    /// <summary>Device and inode on Linux, where <c>struct stat</c> starts with two 64-bit fields on every architecture .NET runs on.</summary>
    private static (ulong Device, ulong Inode)? DeviceAndInode(string path)
    {
        if (!OperatingSystem.IsLinux()) return null;
        var buffer = new byte[256];
        if (stat(path, buffer) != 0) return null;
        return (BitConverter.ToUInt64(buffer, 0), BitConverter.ToUInt64(buffer, 8));
    }

    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr realpath([MarshalAs(UnmanagedType.LPUTF8Str)] string path, IntPtr resolved);

    [DllImport("libc")]
    private static extern void free(IntPtr pointer);

    [DllImport("libc", SetLastError = true)]
    private static extern int stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] buffer);
}
