using System.Numerics;
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
            var nonAscii = Vector128.Create((ushort)0xFF80);
            var caseBit = Vector128.Create((ushort)0x20);
            var (lowerA, upperA, alphabet) = (Vector128.Create((ushort)'a'), Vector128.Create((ushort)'A'), Vector128.Create((ushort)('z' - 'a')));
            for (; i <= text.Length - Vector128<ushort>.Count; i += Vector128<ushort>.Count)
            {
                var chars = Vector128.LoadUnsafe(ref first, (nuint)i);
                if ((chars & nonAscii) != Vector128<ushort>.Zero)
                {
                    for (var k = i; k < i + Vector128<ushort>.Count; k++) Count(text[k], ref letters, ref upper);
                    continue;
                }
                var isLetter = Vector128.LessThanOrEqual((chars | caseBit) - lowerA, alphabet);
                var isUpper = Vector128.LessThanOrEqual(chars - upperA, alphabet);
                letters += BitOperations.PopCount(isLetter.ExtractMostSignificantBits());
                upper += BitOperations.PopCount(isUpper.ExtractMostSignificantBits());
            }
        }
        for (; i < text.Length; i++) Count(text[i], ref letters, ref upper);
        capitals = upper;
        return letters;
    }

    private static void Count(char c, ref int letters, ref int upper)
    {
        if (!char.IsLetter(c)) return;
        letters++;
        if (char.IsUpper(c)) upper++;
    }
}
