using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using NewsQuality.Storage;

namespace NewsQuality.Text;

/// <summary>
/// Latent topic vectors of word stems (latent semantic analysis of BBC News, shipped as an embedded table made by
/// tools/derive-topic-vectors.cs): stems that occur in the same kind of story point the same way, so two paragraphs
/// about football are close even when they share no word. Loaded once, lazily; read-only and thread-safe.
/// </summary>
public sealed class TopicVectors
{
    private static readonly Lazy<TopicVectors> ShippedTable = new(() => Diagnostics.StartupTrace.Measure("topic vectors", () => FromResource("NewsQuality.Text.topic-vectors.tsv")));
    private readonly Dictionary<string, float[]> _vectors;

    /// <summary>1 / σ of each dimension: a stem's vector is its row of V Σ, so a dimension's column has length σ.</summary>
    private readonly double[] _inverseSingularValues;

    private TopicVectors(int dimensions, Dictionary<string, float[]> vectors)
    {
        Dimensions = dimensions;
        _vectors = vectors;
        var squares = new double[dimensions];
        foreach (var vector in vectors.Values)
            for (var k = 0; k < dimensions; k++) squares[k] += vector[k] * vector[k];
        _inverseSingularValues = squares.Select(square => square > 0 ? 1 / Math.Sqrt(square) : 0).ToArray();
    }

    public static TopicVectors Shipped => ShippedTable.Value;

    /// <summary>
    /// How much of a text's weighted-stem vector the table's topics rebuild, given the text's <see cref="Of"/>: its squared
    /// projection on the table's dimensions (each divided by that dimension's singular value). Over the text's squared length it
    /// is the reconstructed share; two tables are compared on the same text, so the length is left out.
    /// </summary>
    public double ReconstructedEnergy(ReadOnlySpan<double> projection)
    {
        double energy = 0;
        for (var k = 0; k < Dimensions; k++) energy += Math.Pow(projection[k] * _inverseSingularValues[k], 2);
        return energy;
    }

    public int Dimensions { get; }

    /// <summary>How many stems have a vector.</summary>
    public int Count => _vectors.Count;

    public bool Contains(string stem) => _vectors.ContainsKey(stem);

    /// <summary>The stem's vector, or null when the table has none: for callers that look each stem up once and sum many times.</summary>
    public float[]? VectorOf(string stem) => _vectors.GetValueOrDefault(stem);

    /// <summary>The weighted sum of the stems' vectors; stems without a vector add nothing.</summary>
    public double[] Of(IEnumerable<KeyValuePair<string, double>> weightedStems)
    {
        var sum = new double[Dimensions];
        foreach (var (stem, weight) in weightedStems)
            if (_vectors.TryGetValue(stem, out var vector)) AddWeighted(sum, vector, weight);
        return sum;
    }

    /// <summary>Adds <paramref name="weight"/> times <paramref name="vector"/> to <paramref name="sum"/>, as <see cref="Of"/> adds each stem.</summary>
    /// <remarks>
    /// Four dimensions a step in 128-bit vectors (NQ3003 adds two tables' vectors for every stem of every paragraph): each
    /// dimension is still its float widened to double, times the weight, added to the sum, rounded as the scalar loop rounds
    /// (no fused multiply-add), so the sums are the same bits (VectorSumTests).
    /// </remarks>
    public static void AddWeighted(Span<double> sum, float[] vector, double weight)
    {
        var k = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            var n = Math.Min(sum.Length, vector.Length);
            var w = Vector128.Create(weight);
            ref var s = ref MemoryMarshal.GetReference(sum);
            ref var v = ref MemoryMarshal.GetArrayDataReference(vector);
            for (; k + 4 <= n; k += 4)
            {
                var floats = Vector128.LoadUnsafe(ref v, (nuint)k);
                (Vector128.LoadUnsafe(ref s, (nuint)k) + w * Vector128.WidenLower(floats)).StoreUnsafe(ref s, (nuint)k);
                (Vector128.LoadUnsafe(ref s, (nuint)k + 2) + w * Vector128.WidenUpper(floats)).StoreUnsafe(ref s, (nuint)k + 2);
            }
        }
        for (; k < sum.Length; k++) sum[k] += weight * vector[k];
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
    /// <remarks>Read field by field into one buffer: no split arrays or LINQ per line, which made this load a tenth of a
    /// one-file check (docs/performance.md).</remarks>
    public static TopicVectors FromResource(string resource)
    {
        using var stream = EmbeddedResources.Open(resource);
        using var reader = new StreamReader(stream);
        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var dimensions = 0;
        var bytes = Array.Empty<byte>();
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#')) continue;
            var tab = line.IndexOf('\t');
            if (tab < 0)
            {
                dimensions = int.Parse(line);
                bytes = new byte[dimensions];
                continue;
            }
            var rest = line.AsSpan(tab + 1);
            var second = rest.IndexOf('\t');
            var scale = float.Parse(rest[..second], System.Globalization.CultureInfo.InvariantCulture) / 127;
            var stem = line[..tab];
            if (!Convert.TryFromBase64Chars(rest[(second + 1)..], bytes, out var written) || written != dimensions)
                throw new InvalidDataException($"{resource}: '{stem}' does not have {dimensions} dimensions.");
            var vector = new float[dimensions];
            for (var k = 0; k < dimensions; k++) vector[k] = (sbyte)bytes[k] * scale;
            vectors[stem] = vector;
        }
        return new TopicVectors(dimensions, vectors);
    }
}
