using System.Runtime.InteropServices;

namespace NewsQuality.Text;

/// <summary>
/// The binary image both shipped stem tables use (<see cref="TopicVectors"/>, NQ3003's semantic vectors), read in place.
/// Layout, little-endian: five 32-bit words (magic, stem count N, dimensions D, slot count H, a power of two, character
/// count C); H slots (a stem's number + 1, 0 for empty; open addressing on FNV-1a (<see cref="SpanTable{T}.Hash"/>), probed
/// linearly); N + 1 character offsets; N scales; N × D signed bytes; C UTF-16 characters, the stems one after the other.
/// </summary>
internal static class StemRowsImage
{
    public const int HeaderWords = 5;

    /// <summary>Where each part of an image of <paramref name="count"/> stems starts, in bytes.</summary>
    public readonly record struct Layout(int Count, int Dimensions, int Slots, int Chars)
    {
        public int SlotsStart => HeaderWords * sizeof(int);
        public int OffsetsStart => SlotsStart + Slots * sizeof(int);
        public int ScalesStart => OffsetsStart + (Count + 1) * sizeof(int);
        public int RowsStart => ScalesStart + Count * sizeof(float);
        public int CharsStart => RowsStart + Count * Dimensions;
        public int Length => CharsStart + Chars * sizeof(char);
    }

    /// <summary>The layout in <paramref name="image"/>'s header, when its first word is <paramref name="magic"/>; else null.</summary>
    public static Layout? Read(ReadOnlySpan<byte> image, int magic)
    {
        if (image.Length < HeaderWords * sizeof(int)) return null;
        var header = MemoryMarshal.Cast<byte, int>(image[..(HeaderWords * sizeof(int))]);
        return header[0] == magic ? new Layout(header[1], header[2], header[3], header[4]) : null;
    }

    /// <summary>The hash every image finds a stem by (FNV-1a over the UTF-16 characters, the same in every process): a caller that looks one stem up in several images hashes it once.</summary>
    public static uint Hash(ReadOnlySpan<char> stem) => SpanTable<object>.Hash(stem);

    /// <summary>The number of <paramref name="stem"/>'s row, -1 when the image has none.</summary>
    public static int RowOf(ReadOnlySpan<byte> image, in Layout layout, ReadOnlySpan<char> stem) => RowOf(image, layout, stem, Hash(stem));

    /// <summary>The number of <paramref name="stem"/>'s row, -1 when the image has none; <paramref name="hash"/> is its <see cref="Hash"/>.</summary>
    public static int RowOf(ReadOnlySpan<byte> image, in Layout layout, ReadOnlySpan<char> stem, uint hash)
    {
        var slots = MemoryMarshal.Cast<byte, int>(image.Slice(layout.SlotsStart, layout.Slots * sizeof(int)));
        var offsets = MemoryMarshal.Cast<byte, int>(image.Slice(layout.OffsetsStart, (layout.Count + 1) * sizeof(int)));
        var chars = MemoryMarshal.Cast<byte, char>(image.Slice(layout.CharsStart, layout.Chars * sizeof(char)));
        foreach (var row in Storage.ImageSlots.Candidates(slots, Slot(hash, layout.Slots - 1)))
            if (chars[offsets[row]..offsets[row + 1]].SequenceEqual(stem)) return row;
        return -1;
    }

    /// <summary>The scale of row <paramref name="row"/>: for an image of no dimensions, the row's one number (the background table's document frequency).</summary>
    public static float Scale(ReadOnlySpan<byte> image, in Layout layout, int row) =>
        MemoryMarshal.Read<float>(image.Slice(layout.ScalesStart + row * sizeof(float), sizeof(float)));

    /// <summary>The image of <paramref name="stems"/> with their <paramref name="scales"/> and rows (<paramref name="rows"/>, D bytes each, in the stems' order).</summary>
    public static byte[] Write(int magic, int dimensions, IReadOnlyList<string> stems, ReadOnlySpan<float> scales, ReadOnlySpan<byte> rows)
    {
        var table = Storage.ImageSlots.Build(stems.Count, (s, mask) => Slot(Hash(stems[s]), mask));
        var offsets = new int[stems.Count + 1];
        for (var s = 0; s < stems.Count; s++) offsets[s + 1] = offsets[s] + stems[s].Length;
        var chars = string.Concat(stems);
        using var image = new MemoryStream();
        image.Write(MemoryMarshal.AsBytes<int>([magic, stems.Count, dimensions, table.Length, chars.Length]));
        image.Write(MemoryMarshal.AsBytes<int>(table));
        image.Write(MemoryMarshal.AsBytes<int>(offsets));
        image.Write(MemoryMarshal.AsBytes(scales));
        image.Write(rows);
        image.Write(MemoryMarshal.AsBytes(chars.AsSpan()));
        return image.ToArray();
    }

    /// <summary>The first slot of a stem of <see cref="Hash"/> <paramref name="hash"/>.</summary>
    private static int Slot(uint hash, int mask) => (int)(hash & int.MaxValue) & mask;
}
