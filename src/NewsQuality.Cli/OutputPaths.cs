using NewsQuality.IO;

namespace NewsQuality.Cli;

/// <summary>
/// Checks every path a command will write before it reads the first article, so a mistyped folder or an output that
/// names an input fails at once with one line, not after an hour's run, and never over the user's own article.
/// </summary>
internal static class OutputPaths
{
    /// <summary>The files a run reads, by identity (links resolved), to keep every output off them.</summary>
    public static IReadOnlyList<FileIdentity> InputsOf(IEnumerable<string> files) => files.Select(FileIdentity.Of).ToList();

    /// <summary>Null when a file can be written at <paramref name="path"/> (a full path); else why not, in one line.</summary>
    public static string? FileProblem(string path, IReadOnlyList<FileIdentity> inputs)
    {
        if (Directory.Exists(path)) return $"{path} is a folder";
        var folder = Path.GetDirectoryName(path)!;
        if (!Directory.Exists(folder)) return $"folder {folder} does not exist (output folders are not created for you)";
        return IsInput(path, inputs) ?? WritableProblem(folder);
    }

    /// <summary>Null when <paramref name="folder"/> exists or can be created in a folder that does, and can be written; else why not.</summary>
    public static string? FolderProblem(string folder)
    {
        if (File.Exists(folder)) return $"{folder} is a file, not a folder";
        if (Directory.Exists(folder)) return WritableProblem(folder);
        var parent = Path.GetDirectoryName(folder);
        return parent is null || !Directory.Exists(parent) ? $"folder {parent} does not exist (only the last folder of --out is created)" : WritableProblem(parent);
    }

    /// <summary>Null unless <paramref name="path"/> is one of the inputs, through whatever links.</summary>
    public static string? IsInput(string path, IReadOnlyList<FileIdentity> inputs)
    {
        var target = FileIdentity.Of(path);
        return inputs.Any(target.SameAs) ? $"{path} is one of the input files; it would be overwritten" : null;
    }

    /// <summary>Null when no two of the paths name the same file (through links); else the first pair that does.</summary>
    public static string? CollisionProblem(IEnumerable<(string What, string Path)> outputs)
    {
        var seen = new List<(string What, FileIdentity Identity)>();
        foreach (var (what, path) in outputs)
        {
            var identity = FileIdentity.Of(path);
            if (seen.FirstOrDefault(s => s.Identity.SameAs(identity)) is { What: not null } earlier)
                return $"{earlier.What} and {what} would both write {path}";
            seen.Add((what, identity));
        }
        return null;
    }

    /// <summary>A real write (a short temporary file, deleted at once) tells permissions, read-only mounts and full quotas apart from guesses.</summary>
    private static string? WritableProblem(string folder)
    {
        try
        {
            using var probe = new FileStream(Path.Combine(folder, AtomicFile.TemporaryName(".probe")), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"cannot write in {folder}: {e.Message}";
        }
    }
}
