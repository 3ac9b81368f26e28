using NewsQuality.Storage;

namespace NewsQuality.Knowledge;

/// <summary>
/// One-word proper names of the English word list (Houston, Connors, Clare; see Data/SOURCES.md): a written name
/// that is one of them is a real name of someone, not a slip for a listed figure one letter away.
/// </summary>
public static class ProperNames
{
    private static readonly Lazy<HashSet<string>> Names = new(() => Diagnostics.StartupTrace.Measure("proper names", Load));

    public static bool Contains(string word) => Names.Value.Contains(word);

    /// <summary>Loads the names now (a run's warm-up, <see cref="Rules.IArticleRule.WarmUp"/>) rather than at the first look-up.</summary>
    public static void WarmUp() => _ = Names.Value;

    private static HashSet<string> Load()
    {
        using var stream = EmbeddedResources.Open("NewsQuality.Knowledge.proper-names.txt");
        using var reader = new StreamReader(stream);
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && line[0] != '#') names.Add(line);
        return names;
    }
}
