namespace NewsQuality.IO;

/// <summary>
/// Writes a file so that readers see either the old content or the complete new content, never a half-written
/// file: the content goes to a temporary file beside the target, is flushed to disk, then renamed over it.
/// The target's folder must exist: a mistyped path is an error, not a new folder tree.
/// </summary>
public static class AtomicFile
{
    /// <summary>Temporary files start with this; <see cref="TemporaryName"/> keeps them short whatever the target's name.</summary>
    public const string TemporaryPrefix = ".nq-";

    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        var temporary = Path.Combine(directory, TemporaryName(".tmp"));
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    public static void WriteAllText(string path, string text) =>
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
            writer.Write(text);
        });

    /// <summary>
    /// A fresh name for a temporary file: 20 characters whatever the target's name, so a target with a legal
    /// 255-byte name never makes a temporary name past the file system's limit.
    /// </summary>
    public static string TemporaryName(string extension) => $"{TemporaryPrefix}{Guid.NewGuid().ToString("N")[..12]}{extension}";
}
