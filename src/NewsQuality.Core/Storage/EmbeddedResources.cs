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
        return Copy(stream);
    }

    /// <summary>
    /// <paramref name="read"/> of the resource's bytes where the runtime keeps them (the executable or the assembly, mapped),
    /// without copying them; of a copy when the runtime hands another kind of stream. For images read once into objects or
    /// tables, whose copy was garbage as soon as read (2.7 MB of gazetteer, 1.1 MB of trigrams on every check, on the
    /// large-object heap: fresh pages each time, docs/performance.md). The bytes must not be kept past the call.
    /// </summary>
    public static T ReadInPlace<T>(string logicalName, Func<ReadOnlySpan<byte>, T> read) => read(Mapped(logicalName).Span);

    /// <summary>
    /// The resource's bytes where the runtime keeps them, for an image kept and read by look-ups (the stem tables): not a copy on
    /// the large-object heap; a copy when the runtime hands another kind of stream. The mapped memory lasts as long as the process
    /// (the assembly is never unloaded).
    /// </summary>
    public static unsafe ShippedBytes Mapped(string logicalName)
    {
        using var stream = Open(logicalName);
        return stream is UnmanagedMemoryStream mapped
            ? new ShippedBytes(mapped.PositionPointer, checked((int)(mapped.Length - mapped.Position)))
            : Copy(stream);
    }

    private static byte[] Copy(Stream stream)
    {
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}

/// <summary>A shipped image's bytes: the resource's own memory (<see cref="EmbeddedResources.Mapped"/>) or an array.</summary>
internal readonly unsafe struct ShippedBytes
{
    private readonly byte[]? _array;
    private readonly byte* _mapped;
    private readonly int _length;

    public ShippedBytes(byte[] array) => (_array, _length) = (array, array.Length);

    public ShippedBytes(byte* mapped, int length)
    {
        _mapped = mapped;
        _length = length;
    }

    public static implicit operator ShippedBytes(byte[] array) => new(array);

    public int Length => _length;

    public ReadOnlySpan<byte> Span => _array is not null ? _array : new ReadOnlySpan<byte>(_mapped, _length);
}
