namespace NewsQuality.Knowledge;

/// <summary>
/// One-word proper names of the English word list (Houston, Connors, Clare; see Data/SOURCES.md): a written name
/// that is one of them is a real name of someone, not a slip for a listed figure one letter away.
/// </summary>
public static class ProperNames
{
    private static readonly Lazy<HashSet<string>> Names = new(() => Diagnostics.StartupTrace.Measure("proper names", Load));

    public static bool Contains(string word) => Names.Value.Contains(word);

    private static HashSet<string> Load()
    {
        var assembly = typeof(ProperNames).Assembly;
        using var stream = assembly.GetManifestResourceStream("NewsQuality.Knowledge.proper-names.txt")
            ?? throw new InvalidOperationException($"Embedded resource proper-names.txt is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && line[0] != '#') names.Add(line);
        return names;
    }
}
