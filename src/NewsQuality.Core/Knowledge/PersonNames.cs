using System.Collections.Frozen;
using System.Globalization;

namespace NewsQuality.Knowledge;

/// <summary>Comparing personal names across spelling and transliteration variants.</summary>
public static class PersonNames
{
    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase) { "Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV" };

    /// <summary>The name's words without suffixes ("Jr."), initials ("R.") and commas.</summary>
    /// <remarks>A loop over the name's spaces, not a split and LINQ: NQ2004 asks for every full name of every article.</remarks>
    public static IReadOnlyList<string> Words(string name)
    {
        var words = new List<string>(4);
        var suffixes = Suffixes.GetAlternateLookup<ReadOnlySpan<char>>();
        var start = 0;
        while (start < name.Length)
        {
            var end = name.IndexOf(' ', start);
            if (end < 0) end = name.Length;
            var word = name.AsSpan(start, end - start).Trim(',');
            if (IsNameWord(word, suffixes))
                words.Add(word.Length == end - start ? (start == 0 && end == name.Length ? name : name.Substring(start, end - start)) : word.ToString());
            start = end + 1;
        }
        return words;
    }

    /// <summary>
    /// <see cref="Words(string)"/> of a name written by <paramref name="tokens"/> (name words, as <c>Article.NameWords</c>
    /// gives them: no spaces or commas inside), added to <paramref name="into"/>: the tokens' own strings, no list or
    /// substring per name.
    /// </summary>
    public static void AddWords(ReadOnlySpan<Text.Token> tokens, List<string> into)
    {
        var suffixes = Suffixes.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var token in tokens)
            if (IsNameWord(token.Value, suffixes)) into.Add(token.Value);
    }

    /// <summary>A word of a name that is no suffix ("Jr.") or initials ("R.", "H.W.").</summary>
    private static bool IsNameWord(ReadOnlySpan<char> word, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> suffixes) =>
        word.Length > 0 && !suffixes.Contains(word) && !IsInitials(word);

    /// <summary>One or two capital letters, each followed by a dot ("R.", "H.W."), as a name's initials are written.</summary>
    public static bool IsInitials(ReadOnlySpan<char> word) =>
        word.Length is 2 or 4 && char.IsUpper(word[0]) && word[1] == '.' && (word.Length == 2 || char.IsUpper(word[2]) && word[3] == '.');

    /// <summary>
    /// Folds spellings that transliterations of the same name differ by (Zelensky/Zelenskyy/Zelenskiy,
    /// Dmitry/Dmitri, Oleksiy/Oleksii, Mukherjee/Mukerjee), so they compare equal while "Anthony" and "Antony" do not.
    /// </summary>
    /// <remarks>
    /// Folded in one buffer, one string in the end: a builder, a string per folding that applies and the final string
    /// per call were most of the name rules' allocations (NQ2004 folds every capitalised word it compares).
    /// </remarks>
    public static string Fold(string word) => Folded(word);

    /// <summary>Room for the folded form of nearly every word, for <see cref="Fold(string, Span{char})"/> on the stack.</summary>
    public const int FoldBuffer = 128;

    /// <summary><see cref="Fold(string)"/> in <paramref name="buffer"/> when it fits, for look-ups by span without a string.</summary>
    /// <remarks>Copied from the thread's memo of folded words (<see cref="Folded"/>): folding a word anew took a few thousand instructions.</remarks>
    public static Span<char> Fold(string word, Span<char> buffer)
    {
        var folded = Folded(word);
        if (folded.Length > buffer.Length) buffer = new char[folded.Length];
        folded.CopyTo(buffer);
        return buffer[..folded.Length];
    }

    /// <summary>Words folded on this thread, kept (names recur); emptied when it holds <see cref="FoldMemoCapacity"/> words.</summary>
    [ThreadStatic] private static Dictionary<string, string>? _folded;

    private const int FoldMemoCapacity = 1 << 16;

    /// <summary>The folded form of <paramref name="word"/>, from the memo or folded and kept.</summary>
    private static string Folded(string word)
    {
        var memo = _folded ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (memo.TryGetValue(word, out var folded)) return folded;
        if (memo.Count >= FoldMemoCapacity) memo.Clear();
        folded = new string(FoldAnew(word, stackalloc char[FoldBuffer]));
        memo.Add(word, folded);
        return folded;
    }

    /// <summary>Folds <paramref name="word"/> into <paramref name="buffer"/> (a larger array when it does not fit).</summary>
    private static Span<char> FoldAnew(string word, Span<char> buffer)
    {
        if (word.Length > buffer.Length) buffer = new char[word.Length];
        var length = 0;
        foreach (var c in word)
        {
            // An accent already written apart from its letter (decomposed text) is dropped as the letter's own is.
            if (c >= 0x80 && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            buffer[length++] = c == '-' ? ' ' : BaseLetter(c);
        }
        foreach (var (from, to) in Foldings) length = ReplaceInPlace(buffer[..length], from, to);
        return buffer[..length];
    }

    /// <summary>
    /// Each Latin letter with a diacritic and its base letter, lower case ("Gérald" folds as "Gerald", "Støre" as "Store"): the tool
    /// runs with invariant globalization, where <c>string.Normalize</c> leaves non-ASCII text as it is, so the decompositions are
    /// carried here (tools/latin-base-letters.py prints them from Unicode's data, with the letters with a stroke, which Unicode
    /// does not decompose: ø, ł, đ).
    /// </summary>
    /// <summary>The two words have the same letters, case and accents aside ("Gonzalez", "González"): no transliteration folded.</summary>
    public static bool SameLetters(string a, string b)
    {
        if (a.Length != b.Length) return false;
        for (var i = 0; i < a.Length; i++)
            if (BaseLetter(a[i]) != BaseLetter(b[i])) return false;
        return true;
    }

    internal static char BaseLetter(char c) => c < 0x80 ? char.ToLowerInvariant(c) : BaseLetterOf.GetValueOrDefault(c, char.ToLowerInvariant(c));

    private static readonly FrozenDictionary<char, char> BaseLetterOf =
        AccentedLetters.Zip(BaseLetters).ToFrozenDictionary(pair => pair.First, pair => pair.Second);

    private const string AccentedLetters = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳḀḁḂḃḄḅḆḇḈḉḊḋḌḍḎḏḐḑḒḓḔḕḖḗḘḙḚḛḜḝḞḟḠḡḢḣḤḥḦḧḨḩḪḫḬḭḮḯḰḱḲḳḴḵḶḷḸḹḺḻḼḽḾḿṀṁṂṃṄṅṆṇṈṉṊṋṌṍṎṏṐṑṒṓṔṕṖṗṘṙṚṛṜṝṞṟṠṡṢṣṤṥṦṧṨṩṪṫṬṭṮṯṰṱṲṳṴṵṶṷṸṹṺṻṼṽṾṿẀẁẂẃẄẅẆẇẈẉẊẋẌẍẎẏẐẑẒẓẔẕẖẗẘẙẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹøØłŁđĐħĦıŧŦðÐŀĿ";
    private const string BaseLetters = "aaaaaaceeeeiiiinooooouuuuyaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddeeeeeeeeeegggggggghhiiiiiiiiijjkkllllllnnnnnnoooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzzoouuaaiioouuuuuuuuuuaaaaggkkoooojggnnaaaaaaeeeeiiiioooorrrruuuusstthhaaeeooooooooyyaabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwyaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyyoollddhhittddll";

    /// <summary>
    /// <c>string.Replace(from, to)</c> (ordinal, left to right, matches not overlapping) inside <paramref name="text"/>, for a
    /// <paramref name="to"/> no longer than <paramref name="from"/>: what is written never passes what is still to be read.
    /// Gives the new length.
    /// </summary>
    private static int ReplaceInPlace(Span<char> text, string from, string to)
    {
        int read = 0, write = 0;
        while (true)
        {
            var found = text[read..].IndexOf(from, StringComparison.Ordinal);
            var kept = found < 0 ? text.Length - read : found;
            text.Slice(read, kept).CopyTo(text[write..]);
            (read, write) = (read + kept, write + kept);
            if (found < 0) return write;
            to.CopyTo(text[write..]);
            (read, write) = (read + from.Length, write + to.Length);
        }
    }

    /// <summary>Hassan/Hasan, Mohammed/Mohamed: a doubled letter after the first two is a transliteration choice. In place; gives the new length.</summary>
    private static int CollapseDoubles(Span<char> s)
    {
        var length = 0;
        for (var i = 0; i < s.Length; i++)
            if (i < 2 || s[i] != s[i - 1]) s[length++] = s[i];
        return length;
    }

    /// <summary>
    /// Two spellings of a transliterated surname of <paramref name="country"/> that differ only in a doubled letter (Hassan/Hasan) or
    /// in an aspirate "h" after a consonant (Prayuth/Prayut), or "kh" for "h" (Rakhmon/Rahmon): both are in use. Vowels are the surname's
    /// own (Putin is not Patin), and so is "kh" against "k" but in an Indic or Thai name, where it is an aspirate as "th" is
    /// (Mukherjee/Mukerjee; Persian and Russian "kh" is another letter than "k": no romanisation writes Khatami "Katami"). A Cyrillic
    /// or East Asian name's doubled letter is the original's (Набиуллина is Nabiullina, not "Nabiulina"; Hattori), but for "ss"
    /// (Borissov/Borisov).
    /// </summary>
    public static bool SameTransliteration(string a, string b, string country)
    {
        var doublesKept = WritesEveryDoubledLetter.Contains(country);
        var kh = WritesAspirates.Contains(country) ? "k" : "h";
        Span<char> x = Fold(a.ToLowerInvariant().Replace("kh", kh), stackalloc char[FoldBuffer]);
        Span<char> y = Fold(b.ToLowerInvariant().Replace("kh", kh), stackalloc char[FoldBuffer]);
        return x[..Loosened(x, doublesKept)].SequenceEqual(y[..Loosened(y, doublesKept)]);
    }

    /// <summary>
    /// Drops an "h" after t, d, g, b or p (Thai, Indic and Arabic names write the aspirate or not: Prayuth/Prayut, Thaksin/Taksin) and
    /// collapses doubled letters (<see cref="CollapseDoubles"/>; only "ss" when <paramref name="doublesKept"/>), in place; returns the new length.
    /// </summary>
    private static int Loosened(Span<char> s, bool doublesKept = false)
    {
        var length = 0;
        for (var i = 0; i < s.Length; i++)
            if (!(s[i] == 'h' && i > 0 && s[i - 1] is 't' or 'd' or 'g' or 'b' or 'p')
                && !(doublesKept && s[i] == 's' && length > 0 && s[length - 1] == 's')) s[length++] = s[i];
        return doublesKept ? length : CollapseDoubles(s[..length]);
    }

    /// <summary>Countries whose names are romanised from an Indic or Thai script, whose aspirates English writes with an "h" or without.</summary>
    private static readonly HashSet<string> WritesAspirates = new(StringComparer.Ordinal)
    {
        "India", "Bangladesh", "Nepal", "Bhutan", "Sri Lanka", "Thailand", "Laos", "Cambodia", "Burma",
    };

    /// <summary>Countries whose names are romanised from Cyrillic or an East Asian script, where a doubled letter is written as the original has it.</summary>
    private static readonly HashSet<string> WritesEveryDoubledLetter = new(StringComparer.Ordinal)
    {
        "Russia", "Ukraine", "Belarus", "Bulgaria", "Serbia", "North Macedonia", "Montenegro", "Bosnia and Herzegovina", "Kazakhstan",
        "Kyrgyzstan", "Tajikistan", "Uzbekistan", "Turkmenistan", "Mongolia", "China", "Taiwan", "Hong Kong", "Macau", "Japan", "North Korea",
        "South Korea",
    };

    /// <summary>
    /// Two spellings of one given name. Names transliterated from another script (<paramref name="transliterated"/>)
    /// may also differ in which vowels they write (Mohammed/Muhammad, Ahmed/Ahmad), in doubled letters (Hassan/Hasan) or
    /// in an aspirate (Prayuth/Prayut); English names may not (Rechard is not Richard). A dropped or added letter (Kmala/Kamala) is
    /// never a variant.
    /// </summary>
    public static bool SameGivenName(string a, string b, bool transliterated = true)
    {
        Span<char> x = Fold(a, stackalloc char[FoldBuffer]), y = Fold(b, stackalloc char[FoldBuffer]);
        if (x.SequenceEqual(y)) return true;
        if (!transliterated) return false;
        foreach (var (from, to) in SlavicGivenNameSpellings)
        {
            x = x[..ReplaceInPlace(x, from, to)];
            y = y[..ReplaceInPlace(y, from, to)];
        }
        if (x.SequenceEqual(y)) return true;
        x = x[..Loosened(x)];
        y = y[..Loosened(y)];
        if (x.Length != y.Length) return false;
        for (var i = 0; i < x.Length; i++)
            if (x[i] != y[i] && !(IsVowel(x[i]) && IsVowel(y[i]))) return false;
        return true;
    }

    /// <summary>
    /// The English spellings of Slavic given names beside their transliterations, on folded names: Alexander/Aleksandr,
    /// Alexei/Aleksei, Maxim/Maksim, Pyotr/Petr (the list has Belarus's president as Aleksandr Lukashenko, the news Alexander).
    /// </summary>
    private static readonly (string From, string To)[] SlavicGivenNameSpellings = [("ks", "x"), ("ander", "andr"), ("pyotr", "petr")];

    /// <summary>
    /// Countries whose names are written at home in another script than the Latin one (Cyrillic, Greek, Arabic, Hebrew, Indic, Thai,
    /// Chinese, Japanese, Korean…) or were until lately (Uzbek, Azerbaijani, Turkmen): English has several spellings of their people's
    /// names in use (Borissov/Borisov, Prayuth/Prayut). A French or Portuguese name has one (Macronn, Guteres are slips).
    /// </summary>
    public static bool IsFromOtherScript(string country) => OtherScriptCountries.Contains(country);

    private static readonly HashSet<string> OtherScriptCountries = new(StringComparer.Ordinal)
    {
        "Russia", "Ukraine", "Belarus", "Bulgaria", "Serbia", "North Macedonia", "Montenegro", "Bosnia and Herzegovina", "Kazakhstan",
        "Kyrgyzstan", "Tajikistan", "Uzbekistan", "Turkmenistan", "Azerbaijan", "Mongolia", "Georgia", "Armenia", "Greece", "Cyprus",
        "Israel", "Iran", "Iraq", "Syria", "Lebanon", "Jordan", "Saudi Arabia", "Yemen", "Oman", "United Arab Emirates", "Qatar",
        "Bahrain", "Kuwait", "Egypt", "Libya", "Tunisia", "Algeria", "Morocco", "Sudan", "Mauritania", "Western Sahara", "West Bank", "Palestine",
        "Gaza, Gaza Strip", "Afghanistan", "Pakistan", "India", "Bangladesh", "Nepal", "Bhutan", "Sri Lanka", "Maldives", "Burma",
        "Thailand", "Laos", "Cambodia", "China", "Taiwan", "Hong Kong", "Macau", "Japan", "North Korea", "South Korea", "Ethiopia",
        "Eritrea", "Djibouti", "Comoros", "Chad",
    };

    /// <summary>
    /// Whether English writes this country's people's names in more than one spelling: names from another script
    /// (<see cref="IsFromOtherScript"/>), and the Arabic given names and surnames of Latin-script countries of West and East Africa
    /// and maritime Southeast Asia (Muhammadu/Mohammadu, Mohamad/Mohamed). Other names written in the Latin script at home have one
    /// spelling, accents aside: "Emerson Mnangagwa", "Pedro Pablo Kuczinski" and "Nancy Pelosy" are slips.
    /// </summary>
    public static bool IsTransliterated(string country) => IsFromOtherScript(country) || ArabicNameCountries.Contains(country);

    private static readonly HashSet<string> ArabicNameCountries = new(StringComparer.Ordinal)
    {
        "Nigeria", "Niger", "Senegal", "Mali", "The Gambia", "Guinea", "Sierra Leone", "Burkina Faso", "Somalia", "Malaysia", "Indonesia",
        "Brunei", "Tanzania", "Cameroon",
    };

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static readonly (string From, string To)[] Foldings =
    [
        ("kh", "k"), ("ts", "c"), ("yy", "y"), ("iy", "y"), ("ii", "y"), ("ij", "y"), ("j", "y"), ("i", "y"), ("yy", "y"), ("ye", "e"), ("ou", "u"), ("w", "v"), ("ck", "k"),
    ];
}
