namespace NewsQuality.Text;

/// <summary>
/// Latent topic vectors of word stems (latent semantic analysis of BBC News, shipped as an embedded table made by
/// tools/derive-topic-vectors.cs): stems that occur in the same kind of story point the same way, so two paragraphs
/// about football are close even when they share no word. Loaded once, lazily; read-only and thread-safe.
/// </summary>
public sealed class TopicVectors
{
    private static readonly Lazy<TopicVectors> ShippedTable = new(Load);
    private readonly Dictionary<string, float[]> _vectors;

    private TopicVectors(int dimensions, Dictionary<string, float[]> vectors)
    {
        Dimensions = dimensions;
        _vectors = vectors;
    }

    public static TopicVectors Shipped => ShippedTable.Value;

    public int Dimensions { get; }

    /// <summary>How many stems have a vector.</summary>
    public int Count => _vectors.Count;

    public bool Contains(string stem) => _vectors.ContainsKey(stem);

    /// <summary>The weighted sum of the stems' vectors; stems without a vector add nothing.</summary>
    public double[] Of(IEnumerable<KeyValuePair<string, double>> weightedStems)
    {
        var sum = new double[Dimensions];
        foreach (var (stem, weight) in weightedStems)
            if (_vectors.TryGetValue(stem, out var vector))
                for (var k = 0; k < Dimensions; k++) sum[k] += weight * vector[k];
        return sum;
    }

    /// <summary>Cosine of two vectors; 0 when either is zero.</summary>
    public static double Cosine(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var k = 0; k < a.Length; k++)
        {
            dot += a[k] * b[k];
            na += a[k] * a[k];
            nb += b[k] * b[k];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }

    /// <summary>Lines "stem TAB scale TAB base64 of one signed byte per dimension" after a header line with the dimension count.</summary>
    private static TopicVectors Load()
    {
        using var stream = typeof(TopicVectors).Assembly.GetManifestResourceStream("NewsQuality.Text.topic-vectors.tsv")
            ?? throw new InvalidOperationException("Embedded resource topic-vectors.tsv is missing.");
        using var reader = new StreamReader(stream);
        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var dimensions = 0;
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#')) continue;
            var fields = line.Split('\t');
            if (fields.Length == 1)
            {
                dimensions = int.Parse(fields[0]);
                continue;
            }
            var scale = float.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture) / 127;
            var bytes = Convert.FromBase64String(fields[2]);
            if (bytes.Length != dimensions) throw new InvalidDataException($"topic-vectors.tsv: '{fields[0]}' has {bytes.Length} dimensions, not {dimensions}.");
            vectors[fields[0]] = bytes.Select(b => (sbyte)b * scale).ToArray();
        }
        return new TopicVectors(dimensions, vectors);
    }
}
