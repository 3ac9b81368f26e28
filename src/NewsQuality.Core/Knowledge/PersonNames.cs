using System.Globalization;
using System.Text;

namespace NewsQuality.Knowledge;

/// <summary>Comparing personal names across spelling and transliteration variants.</summary>
public static class PersonNames
{
    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase) { "Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV" };

    /// <summary>The name's words without suffixes ("Jr."), initials ("R.") and commas.</summary>
    public static IReadOnlyList<string> Words(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(','))
            .Where(w => w.Length > 0 && !Suffixes.Contains(w) && !(w.Length == 2 && w[1] == '.'))
            .ToList();

    /// <summary>
    /// Folds spellings that transliterations of the same name differ by (Zelensky/Zelenskyy/Zelenskiy,
    /// Dmitry/Dmitri, Oleksiy/Oleksii, Mukherjee/Mukerjee), so they compare equal while "Anthony" and "Antony" do not.
    /// </summary>
    public static string Fold(string word)
    {
        var plain = new StringBuilder();
        foreach (var c in word.Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) plain.Append(char.ToLowerInvariant(c));
        var s = plain.ToString().Replace('-', ' ');
        foreach (var (from, to) in Foldings) s = s.Replace(from, to);
        return s;
    }

    /// <summary>Hassan/Hasan, Mohammed/Mohamed: in given names, doubled letters are a transliteration choice.</summary>
    private static string CollapseDoubles(string s)
    {
        var result = new StringBuilder(s.Length);
        foreach (var c in s)
            if (result.Length == 0 || result[^1] != c) result.Append(c);
        return result.ToString();
    }

    /// <summary>
    /// Given names that differ only in which vowels they write (Mohammed/Muhammad, Ahmed/Ahmad) or in doubled letters
    /// (Hassan/Hasan) are transliterations of one name; a dropped or added letter (Kmala/Kamala) is not.
    /// </summary>
    public static bool SameGivenName(string a, string b)
    {
        var (x, y) = (CollapseDoubles(Fold(a)), CollapseDoubles(Fold(b)));
        if (x == y) return true;
        if (x.Length != y.Length) return false;
        for (var i = 0; i < x.Length; i++)
            if (x[i] != y[i] && !(IsVowel(x[i]) && IsVowel(y[i]))) return false;
        return true;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static readonly (string From, string To)[] Foldings =
    [
        ("kh", "k"), ("ts", "c"), ("yy", "y"), ("iy", "y"), ("ii", "y"), ("ij", "y"), ("j", "y"), ("i", "y"), ("yy", "y"), ("ye", "e"), ("ou", "u"), ("w", "v"), ("ck", "k"),
    ];
}
