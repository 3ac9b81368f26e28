using NewsQuality.IO;

namespace NewsQuality.Index;

/// <summary>
/// What a killed index writer leaves beside the index: scratch databases, their journals and temporary files (named
/// <c>.nq-….db</c> and <c>.nq-….tmp</c>, or <c>.NAME.….db</c> by older versions). Removed on the next open, unless a
/// live writer still holds one or it changed in the last minute (a writer about to rename it).
/// </summary>
internal static class StaleFiles
{
    private static readonly TimeSpan QuietFor = TimeSpan.FromMinutes(1);

    private static readonly string[] Endings = [".db", ".db-journal", ".tmp"];

    public static void Remove(string indexPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(indexPath))!;
        var legacyPrefix = $".{Path.GetFileName(indexPath)}.";
        try
        {
            var candidates = Directory.EnumerateFiles(folder)
                .Where(file => Path.GetFileName(file) is var name
                               && (name.StartsWith(AtomicFile.TemporaryPrefix, StringComparison.Ordinal) || name.StartsWith(legacyPrefix, StringComparison.Ordinal))
                               && Endings.Any(name.EndsWith))
                .Where(file => DateTime.UtcNow - File.GetLastWriteTimeUtc(file) > QuietFor)
                // Journals last: one stays while its database is in use, and goes with it otherwise.
                .OrderBy(file => file.EndsWith("-journal", StringComparison.Ordinal))
                .ToList();
            foreach (var file in candidates) TryRemove(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Cleaning up is a courtesy: a folder that cannot be listed must not stop the index from opening.
        }
    }

    private static void TryRemove(string file)
    {
        try
        {
            if (file.EndsWith("-journal", StringComparison.Ordinal))
            {
                if (!File.Exists(file[..^"-journal".Length])) File.Delete(file);
                return;
            }
            // A writer holds its scratch file exclusively; opening it so succeeds only once nobody does.
            using (new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.None)) { }
            File.Delete(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // In use, or not ours to delete: leave it.
        }
    }
}
