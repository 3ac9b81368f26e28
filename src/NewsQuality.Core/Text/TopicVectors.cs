using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using NewsQuality.Storage;

namespace NewsQuality.Text;

/// <summary>
/// Latent topic vectors of word stems (latent semantic analysis of BBC News, derived as text by tools/derive-topic-vectors.cs):
/// stems that occur in the same kind of story point the same way, so two paragraphs about football are close even when they
/// share no word. Loaded once, lazily; read-only and thread-safe.
/// <para>
/// Shipped as a binary image read without parsing (<see cref="Write"/>; the text parsed a float and a base64 field per stem and
/// made an array and a string per stem, 17,000 objects of the two tables that every collection of a run had to keep), in
/// <see cref="StemRowsImage"/>'s layout: the scales are the text's scale / 127, the stems in the text's order.
/// <c>PrecomputedDataTests</c> hold each shipped image equal to what its text builds.
/// </para>
/// </summary>
public sealed class TopicVectors
{
    /// <summary>The shipped table's image (Text/Data/topic-vectors.bin, from topic-vectors.tsv beside it).</summary>
    public const string ShippedResource = "NewsQuality.Text.topic-vectors.bin";

    private static readonly Lazy<TopicVectors> ShippedTable = new(() => Diagnostics.StartupTrace.Measure("topic vectors", () => FromResource(ShippedResource)));

    private const int Magic = 0x3154514E; // "NQT1"
    /// <summary>The image, read in place: no array, string or value per stem is made from it.</summary>
    private readonly ShippedBytes _image;

    private readonly StemRowsImage.Layout _layout;

    /// <summary>1 / σ of each dimension: a stem's vector is its row of V Σ, so a dimension's column has length σ.</summary>
    private readonly double[] _inverseSingularValues;

    private TopicVectors(ShippedBytes image, string source)
    {
        _layout = StemRowsImage.Read(image.Span, Magic) ?? throw new InvalidDataException($"{source}: not a topic-vector image.");
        _image = image;
        (Count, Dimensions) = (_layout.Count, _layout.Dimensions);
        if (_layout.Length != image.Length) throw new InvalidDataException($"{source}: not {_layout.Length} bytes long.");
        // Each dimension's squares (of the float each byte times its row's scale gives) summed over the rows in the text's order,
        // as the table of arrays summed them.
        var squares = new double[Dimensions];
        var scales = Scales;
        var rows = Rows;
        for (var row = 0; row < Count; row++)
        {
            var scale = scales[row];
            var bytes = rows.Slice(row * Dimensions, Dimensions);
            for (var k = 0; k < bytes.Length && k < squares.Length; k++)
            {
                var value = bytes[k] * scale;
                squares[k] += value * value;
            }
        }
        _inverseSingularValues = new double[Dimensions];
        for (var k = 0; k < Dimensions; k++) _inverseSingularValues[k] = squares[k] > 0 ? 1 / Math.Sqrt(squares[k]) : 0;
    }

    private ReadOnlySpan<float> Scales => MemoryMarshal.Cast<byte, float>(_image.Span.Slice(_layout.ScalesStart, Count * sizeof(float)));

    private ReadOnlySpan<sbyte> Rows => MemoryMarshal.Cast<byte, sbyte>(_image.Span.Slice(_layout.RowsStart, Count * Dimensions));

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
    public int Count { get; }

    public bool Contains(string stem) => RowOf(stem) >= 0;

    /// <summary>The number of <paramref name="stem"/>'s row (for <see cref="AddRow"/>), -1 when the table has none.</summary>
    public int RowOf(ReadOnlySpan<char> stem) => StemRowsImage.RowOf(_image.Span, _layout, stem);

    /// <summary><see cref="RowOf(ReadOnlySpan{char})"/> of a stem whose <see cref="StemRowsImage.Hash"/> is <paramref name="hash"/>.</summary>
    public int RowOf(ReadOnlySpan<char> stem, uint hash) => StemRowsImage.RowOf(_image.Span, _layout, stem, hash);

    /// <summary>The vector of row <paramref name="row"/> as floats (each byte times the row's scale), for tests and tools.</summary>
    public float[] RowValues(int row)
    {
        var scale = Scales[row];
        var values = new float[Dimensions];
        var bytes = Rows.Slice(row * Dimensions, Dimensions);
        for (var k = 0; k < values.Length; k++) values[k] = bytes[k] * scale;
        return values;
    }

    /// <summary>
    /// Adds <paramref name="weight"/> times row <paramref name="row"/>'s vector to <paramref name="sum"/>: the same bits as
    /// <see cref="AddWeighted"/> of <see cref="RowValues"/>, each byte scaled to its float as it is added (sixteen a step in
    /// 128-bit vectors: bytes widened to integers, to floats, times the scale in single precision, widened to doubles).
    /// </summary>
    public void AddRow(Span<double> sum, int row, double weight)
    {
        var image = _image.Span;
        var scale = StemRowsImage.Scale(image, _layout, row);
        var bytes = MemoryMarshal.Cast<byte, sbyte>(image.Slice(_layout.RowsStart + row * Dimensions, Dimensions));
        var n = Math.Min(sum.Length, bytes.Length);
        var k = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            var factor = Vector128.Create(scale);
            var w = Vector128.Create(weight);
            ref var target = ref MemoryMarshal.GetReference(sum);
            ref var source = ref MemoryMarshal.GetReference(bytes);
            for (; k + 16 <= n; k += 16)
            {
                var (low, high) = Vector128.Widen(Vector128.LoadUnsafe(ref source, (nuint)k));
                AddEight(ref Unsafe.Add(ref target, k), low, factor, w);
                AddEight(ref Unsafe.Add(ref target, k + 8), high, factor, w);
            }
            // Eight more (a table of 24 dimensions has 16 and 8): their bytes widened from a 64-bit load.
            if (k + 8 <= n)
            {
                AddEight(ref Unsafe.Add(ref target, k), Vector128.WidenLower(Vector64.LoadUnsafe(ref source, (nuint)k).ToVector128()), factor, w);
                k += 8;
            }
        }
        for (; k < n; k++)
        {
            var value = bytes[k] * scale;
            sum[k] += weight * value;
        }

        static void AddEight(ref double into, Vector128<short> values, Vector128<float> factor, Vector128<double> weight)
        {
            var (low, high) = Vector128.Widen(values);
            AddFour(ref into, Vector128.ConvertToSingle(low) * factor, weight);
            AddFour(ref Unsafe.Add(ref into, 4), Vector128.ConvertToSingle(high) * factor, weight);
        }

        static void AddFour(ref double into, Vector128<float> values, Vector128<double> weight)
        {
            (Vector128.LoadUnsafe(ref into) + weight * Vector128.WidenLower(values)).StoreUnsafe(ref into);
            (Vector128.LoadUnsafe(ref into, 2) + weight * Vector128.WidenUpper(values)).StoreUnsafe(ref into, 2);
        }
    }

    /// <summary>The weighted sum of the stems' vectors; stems without a vector add nothing.</summary>
    public double[] Of(IEnumerable<KeyValuePair<string, double>> weightedStems)
    {
        var sum = new double[Dimensions];
        foreach (var (stem, weight) in weightedStems)
            if (RowOf(stem) is var row and >= 0) AddRow(sum, row, weight);
        return sum;
    }

    /// <summary>Adds <paramref name="weight"/> times <paramref name="vector"/> to <paramref name="sum"/>, as <see cref="Of"/> adds each stem.</summary>
    /// <remarks>
    /// Four dimensions a step in 128-bit vectors (NQ3003 adds two tables' vectors for every stem of every paragraph): each
    /// dimension is still its float widened to double, times the weight, added to the sum, rounded as the scalar loop rounds
    /// (no fused multiply-add), so the sums are the same bits (VectorSumTests).
    /// </remarks>
    public static void AddWeighted(Span<double> sum, ReadOnlySpan<float> vector, double weight)
    {
        var k = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            var n = Math.Min(sum.Length, vector.Length);
            var w = Vector128.Create(weight);
            ref var s = ref MemoryMarshal.GetReference(sum);
            ref var v = ref MemoryMarshal.GetReference(vector);
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

    /// <summary>The table in the embedded image <paramref name="resource"/> (made by <see cref="Write"/>).</summary>
    public static TopicVectors FromResource(string resource) => new(EmbeddedResources.Mapped(resource), resource);

    public static TopicVectors FromImage(byte[] image, string source = "topic vectors") => new(image, source);

    /// <summary>
    /// The image of a table's text (tools/derive-topic-vectors.cs): comment lines starting with '#', a line with the dimension
    /// count, then "stem TAB scale TAB base64 of one signed byte per dimension" per stem; a stem given twice is an error.
    /// </summary>
    public static byte[] Write(IEnumerable<string> lines)
    {
        var dimensions = 0;
        var stems = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var scales = new List<float>();
        var bytes = new List<byte>();
        foreach (var line in lines)
        {
            if (line.StartsWith('#')) continue;
            var fields = line.Split('\t');
            if (fields.Length == 1)
            {
                dimensions = int.Parse(line, CultureInfo.InvariantCulture);
                continue;
            }
            if (!seen.Add(fields[0])) throw new InvalidDataException($"topic vectors: '{fields[0]}' is given twice.");
            var row = Convert.FromBase64String(fields[2]);
            if (row.Length != dimensions) throw new InvalidDataException($"topic vectors: '{fields[0]}' does not have {dimensions} dimensions.");
            stems.Add(fields[0]);
            scales.Add(float.Parse(fields[1], CultureInfo.InvariantCulture) / 127);
            bytes.AddRange(row);
        }
        return StemRowsImage.Write(Magic, dimensions, stems, CollectionsMarshal.AsSpan(scales), CollectionsMarshal.AsSpan(bytes));
    }
}
