namespace NewsQuality.Eval;

/// <summary>Finds the read-only ../shared folder (development corpora, reference data) beside the repository.</summary>
public static class SharedData
{
    /// <summary>$NQ_SHARED, else the first folder named "shared" beside the repository root or one of its parents.</summary>
    public static string Root()
    {
        if (Environment.GetEnvironmentVariable("NQ_SHARED") is { Length: > 0 } fromEnv) return fromEnv;
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(System.IO.Path.Combine(candidate, "corpora"))) return candidate;
        }
        throw new DirectoryNotFoundException("../shared not found; set NQ_SHARED to its path.");
    }

    public static string Path(string relative) => System.IO.Path.Combine(Root(), relative);
}
