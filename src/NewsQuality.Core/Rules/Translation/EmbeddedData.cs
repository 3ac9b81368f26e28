using System.Text;
using NewsQuality.Storage;

namespace NewsQuality.Rules.Translation;

/// <summary>Reads the data files shipped in Rules/Translation/Data as embedded resources (their derivation is under tools/).</summary>
internal static class EmbeddedData
{
    private const string Prefix = "NewsQuality.Rules.Translation.Data.";

    private static Stream Open(string name) => EmbeddedResources.Open(Prefix + name);

    /// <summary>The whole file as bytes, for the images and filters read in place.</summary>
    public static byte[] ReadAllBytes(string name) => EmbeddedResources.ReadAllBytes(Prefix + name);

    /// <summary>Non-empty lines that are not # comments.</summary>
    public static IEnumerable<string> ReadLines(string name)
    {
        using var reader = new StreamReader(Open(name), Encoding.UTF8);
        while (reader.ReadLine() is { } line)
            if (IsDataLine(line)) yield return line;
    }

    /// <summary>Whether a line of a data file is data: not empty and not a # comment.</summary>
    public static bool IsDataLine(string line) => line.Length > 0 && line[0] != '#';
}
