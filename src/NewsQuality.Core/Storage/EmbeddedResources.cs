namespace NewsQuality.Storage;

/// <summary>
/// The data files shipped inside NewsQuality.Core as embedded resources, by their logical names (NewsQuality.Core.csproj
/// gives each folder's prefix, e.g. "NewsQuality.Knowledge."): one place that opens them and says clearly when a build
/// left one out.
/// </summary>
internal static class EmbeddedResources
{
    public static Stream Open(string logicalName) =>
        typeof(EmbeddedResources).Assembly.GetManifestResourceStream(logicalName)
        ?? throw new InvalidOperationException($"Embedded resource {logicalName} is missing from NewsQuality.Core.");

    /// <summary>The whole resource as bytes, for the pre-built images that are read as tables.</summary>
    public static byte[] ReadAllBytes(string logicalName)
    {
        using var stream = Open(logicalName);
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
