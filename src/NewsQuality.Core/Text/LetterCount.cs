using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsQuality.Text;

/// <summary>
/// How many letters a text holds (<see cref="char.IsLetter(char)"/>) and how many of them are capitals
/// (<see cref="char.IsUpper(char)"/>), eight characters at a time where all eight are ASCII (the letters then are A to Z and
/// a to z, the capitals A to Z), one at a time through the Unicode table elsewhere: the rules' letter counts read every
/// character of the article.
/// </summary>
internal static class LetterCount
{
    public static int Letters(ReadOnlySpan<char> text, out int capitals)
    {
        int letters = 0, upper = 0, i = 0;
        if (Vector128.IsHardwareAccelerated && text.Length >= Vector128<ushort>.Count)
        {
            ref var first = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<char, ushort>(text));
            for (; i <= text.Length - Vector128<ushort>.Count; i += Vector128<ushort>.Count)
            {
                var chars = Vector128.LoadUnsafe(ref first, (nuint)i);
                if (!AllAscii(chars))
                {
                    for (var k = i; k < i + Vector128<ushort>.Count; k++) Count(text[k], ref letters, ref upper);
                    continue;
                }
                letters += AsciiLetters(chars);
                upper += BitOperations.PopCount(Vector128.LessThanOrEqual(chars - Vector128.Create((ushort)'A'), Alphabet).ExtractMostSignificantBits());
            }
        }
        for (; i < text.Length; i++) Count(text[i], ref letters, ref upper);
        capitals = upper;
        return letters;
    }

    /// <summary>Whether all eight characters are ASCII (then <see cref="AsciiLetters"/> counts their letters).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool AllAscii(Vector128<ushort> chars) => (chars & Vector128.Create((ushort)0xFF80)) == Vector128<ushort>.Zero;

    /// <summary>How many of eight ASCII characters are letters (A to Z, a to z: the case bit set, then one range).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int AsciiLetters(Vector128<ushort> chars) =>
        BitOperations.PopCount(Vector128.LessThanOrEqual((chars | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Alphabet).ExtractMostSignificantBits());

    private static Vector128<ushort> Alphabet => Vector128.Create((ushort)('z' - 'a'));

    private static void Count(char c, ref int letters, ref int upper)
    {
        if (!char.IsLetter(c)) return;
        letters++;
        if (char.IsUpper(c)) upper++;
    }
}
