namespace NewsQuality.Shard;

/// <summary>
/// How every stage writes: into a fresh temporary folder beside its output folder, renamed into place only once
/// complete. A folder that exists is therefore complete, and a stage whose folder exists is skipped (idempotent, and a
/// rerun resumes after the last finished stage); a task killed half-way leaves only a temporary folder, never taken as output.
/// Two attempts racing on the same task (a retry while the first is still alive) both write; the first rename wins.
/// </summary>
public static class StageOutput
{
    private const string TemporaryMark = ".partial-";

    /// <returns>True when this call produced the output, false when it was already there.</returns>
    public static bool Produce(string folder, Action<string> write)
    {
        if (Directory.Exists(folder)) return false;
        Directory.CreateDirectory(Path.GetDirectoryName(folder)!);
        var temporary = folder + TemporaryMark + Guid.NewGuid().ToString("N");
        Directory.CreateDirectory(temporary);
        try
        {
            write(temporary);
            Directory.Move(temporary, folder);
            return true;
        }
        catch (IOException) when (Directory.Exists(folder))
        {
            // Another attempt finished first: its output is as good as ours.
            return false;
        }
        finally
        {
            if (Directory.Exists(temporary)) Directory.Delete(temporary, recursive: true);
        }
    }

    /// <summary>One file written beside its final name and renamed over it.</summary>
    public static void WriteFileAtomically(string path, Action<Stream> write)
    {
        var temporary = path + TemporaryMark + Guid.NewGuid().ToString("N");
        try
        {
            using (var stream = File.Create(temporary)) write(stream);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>The output folder, which must exist: the stage that makes it has to have finished.</summary>
    public static string Finished(string folder, string stage) =>
        Directory.Exists(folder) ? folder : throw new InvalidOperationException($"{folder} not found: run '{stage}' first");
}
