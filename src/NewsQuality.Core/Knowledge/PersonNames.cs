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

    /// <summary>Hassan/Hasan, Mohammed/Mohamed: a doubled letter after the first two is a transliteration choice.</summary>
    private static string CollapseDoubles(string s)
    {
        var result = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
            if (i < 2 || s[i] != s[i - 1]) result.Append(s[i]);
        return result.ToString();
    }

    /// <summary>
    /// Two spellings of one given name. Names transliterated from another script (<paramref name="transliterated"/>)
    /// may also differ in which vowels they write (Mohammed/Muhammad, Ahmed/Ahmad) or in doubled letters
    /// (Hassan/Hasan); English names may not (Rechard is not Richard). A dropped or added letter (Kmala/Kamala) is
    /// never a variant.
    /// </summary>
    public static bool SameGivenName(string a, string b, bool transliterated = true)
    {
        var (x, y) = (Fold(a), Fold(b));
        if (x == y) return true;
        if (!transliterated) return false;
        (x, y) = (CollapseDoubles(x), CollapseDoubles(y));
        if (x.Length != y.Length) return false;
        for (var i = 0; i < x.Length; i++)
            if (x[i] != y[i] && !(IsVowel(x[i]) && IsVowel(y[i]))) return false;
        return true;
    }

    /// <summary>Countries whose people's names are written in English as at home, so no transliteration varies them.</summary>
    public static bool IsTransliterated(string country) => !EnglishNamedCountries.Contains(country);

    private static readonly HashSet<string> EnglishNamedCountries = new(StringComparer.Ordinal)
    {
        "United States", "United Kingdom", "Canada", "Australia", "New Zealand", "Ireland",
    };

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static readonly (string From, string To)[] Foldings =
    [
        ("kh", "k"), ("ts", "c"), ("yy", "y"), ("iy", "y"), ("ii", "y"), ("ij", "y"), ("j", "y"), ("i", "y"), ("yy", "y"), ("ye", "e"), ("ou", "u"), ("w", "v"), ("ck", "k"),
    ];
}
