using System.Text;
using NewsQuality.Storage;

namespace NewsQuality.Rules.Translation;

/// <summary>Reads the data files shipped in Rules/Translation/Data as embedded resources (their derivation is under tools/).</summary>
internal static class EmbeddedData
{
    public static Stream Open(string name) => EmbeddedResources.Open("NewsQuality.Rules.Translation.Data." + name);

    /// <summary>Non-empty lines that are not # comments.</summary>
    public static IEnumerable<string> ReadLines(string name)
    {
        using var reader = new StreamReader(Open(name), Encoding.UTF8);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && line[0] != '#') yield return line;
    }
}
