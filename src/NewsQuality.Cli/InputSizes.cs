namespace NewsQuality.Cli;

/// <summary>Input sizes in bytes, for estimating the time left of a run.</summary>
internal static class InputSizes
{
    private static long Of(string path, string currentDirectory)
    {
        var full = Path.GetFullPath(path, currentDirectory);
        try
        {
            return File.Exists(full) ? new FileInfo(full).Length
                : Directory.Exists(full) ? new DirectoryInfo(full).EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint }).Sum(f => f.Length)
                : 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    public static long Total(IEnumerable<string> inputs, string currentDirectory) => inputs.Where(i => i != "-").Sum(i => Of(i, currentDirectory));
}
