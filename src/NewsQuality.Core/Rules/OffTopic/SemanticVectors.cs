using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using NewsQuality.Storage;

namespace NewsQuality.Rules.OffTopic;

/// <summary>
/// NQ3003's static word vectors distilled from a pretrained sentence encoder (all-MiniLM-L6-v2, Apache-2.0;
/// tools/derive-semantic-vectors.cs): they know topics BBC News never covered. Shipped as a binary image read in place,
/// so a start reads tables instead of parsing 20,000 lines and allocating a vector per stem.
/// <para>
/// In <see cref="Text.StemRowsImage"/>'s layout (the scales are the row's largest component / 127). Made from the derivation's text (Data/text/semantic-vectors.tsv) by <see cref="Write"/>; a test
/// holds the shipped image equal to what the text builds.
/// </para>
/// </summary>
internal sealed class SemanticVectors
{
    public const string Resource = "semantic-vectors.bin";

    private const int Magic = 0x3153514E; // "NQS1"
    private readonly ShippedBytes _image;
    private readonly Text.StemRowsImage.Layout _layout;

    private SemanticVectors(ShippedBytes image)
    {
        _image = image;
        _layout = Text.StemRowsImage.Read(image.Span, Magic) ?? throw new InvalidDataException($"{Resource}: not a semantic-vector image.");
        Dimensions = _layout.Dimensions;
    }

    /// <summary>The shipped image, read once the first time NQ3003 judges an article.</summary>
    public static SemanticVectors Shipped => ShippedImage.Value;

    private static readonly Lazy<SemanticVectors> ShippedImage = new(() => Diagnostics.StartupTrace.Measure("semantic vectors",
        () => new SemanticVectors(EmbeddedResources.Mapped("NewsQuality.Rules.OffTopic.Data." + Resource))));

    public int Dimensions { get; }

    /// <summary>The number of <paramref name="stem"/>'s row, -1 when the table does not know the stem.</summary>
    public int RowOf(ReadOnlySpan<char> stem) => Text.StemRowsImage.RowOf(_image.Span, _layout, stem);

    /// <summary><see cref="RowOf(ReadOnlySpan{char})"/> of a stem whose <see cref="Text.StemRowsImage.Hash"/> is <paramref name="hash"/>.</summary>
    public int RowOf(ReadOnlySpan<char> stem, uint hash) => Text.StemRowsImage.RowOf(_image.Span, _layout, stem, hash);

    /// <summary>Adds row <paramref name="row"/> (from <see cref="RowOf"/>; nothing for -1) to <paramref name="sum"/>.</summary>
    public void AddRow(Span<double> sum, int row)
    {
        if (row < 0) return;
        var image = _image.Span;
        var scale = MemoryMarshal.Cast<byte, float>(image.Slice(_layout.ScalesStart, _layout.Count * sizeof(float)))[row];
        var values = MemoryMarshal.Cast<byte, sbyte>(image.Slice(_layout.RowsStart + row * Dimensions, Dimensions));
        // The same float products as a row expanded to floats, so the measures do not depend on the storage.
        AddScaled(sum, values, scale);
    }

    /// <summary>
    /// Adds each value times <paramref name="scale"/>, rounded to a float, to <paramref name="sum"/>: sixteen dimensions a step in
    /// 128-bit vectors (bytes widened to integers, to floats, multiplied in single precision, widened to doubles and added), the
    /// same bits as one dimension at a time (VectorSumTests).
    /// </summary>
    public static void AddScaled(Span<double> sum, ReadOnlySpan<sbyte> values, float scale)
    {
        var done = Vector128.IsHardwareAccelerated ? AddSixteens(sum, values, Vector128.Create(scale)) : 0;
        for (var k = done; k < sum.Length; k++) sum[k] += (float)(values[k] * scale);
    }

    /// <summary>The whole sixteens of <see cref="AddScaled"/>; gives how many dimensions it added.</summary>
    private static int AddSixteens(Span<double> sum, ReadOnlySpan<sbyte> values, Vector128<float> factor)
    {
        var whole = Math.Min(sum.Length, values.Length) / 16 * 16;
        ref var target = ref MemoryMarshal.GetReference(sum);
        for (var at = 0; at < whole; at += 16)
        {
            var (low, high) = Vector128.Widen(Vector128.LoadUnsafe(ref MemoryMarshal.GetReference(values), (nuint)at));
            var (a, b) = Vector128.Widen(low);
            var (c, d) = Vector128.Widen(high);
            AddFour(ref Unsafe.Add(ref target, at), Vector128.ConvertToSingle(a) * factor);
            AddFour(ref Unsafe.Add(ref target, at + 4), Vector128.ConvertToSingle(b) * factor);
            AddFour(ref Unsafe.Add(ref target, at + 8), Vector128.ConvertToSingle(c) * factor);
            AddFour(ref Unsafe.Add(ref target, at + 12), Vector128.ConvertToSingle(d) * factor);
        }
        return whole;

        static void AddFour(ref double into, Vector128<float> products)
        {
            (Vector128.LoadUnsafe(ref into) + Vector128.WidenLower(products)).StoreUnsafe(ref into);
            (Vector128.LoadUnsafe(ref into, 2) + Vector128.WidenUpper(products)).StoreUnsafe(ref into, 2);
        }
    }

    /// <summary>
    /// The image of the derivation's text: a header line with the dimension count after a comment line, then
    /// "stem TAB largest component TAB base64 of one signed byte per dimension" per stem.
    /// </summary>
    public static byte[] Write(IEnumerable<string> lines)
    {
        var rows = lines.Where(line => !line.StartsWith('#')).ToList();
        var dimensions = int.Parse(rows[0], CultureInfo.InvariantCulture);
        var stems = rows.Skip(1).Select(line => line.Split('\t')).ToList();
        var scales = new float[stems.Count];
        var bytes = new byte[stems.Count * dimensions];
        for (var s = 0; s < stems.Count; s++)
        {
            scales[s] = float.Parse(stems[s][1], CultureInfo.InvariantCulture) / 127;
            var row = Convert.FromBase64String(stems[s][2]);
            if (row.Length != dimensions) throw new InvalidDataException($"semantic vectors: '{stems[s][0]}' does not have {dimensions} dimensions.");
            row.CopyTo(bytes, s * dimensions);
        }
        return Text.StemRowsImage.Write(Magic, dimensions, stems.Select(stem => stem[0]).ToList(), scales, bytes);
    }
}
