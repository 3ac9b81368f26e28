using NewsQuality.Text;

namespace NewsQuality.Core.Tests.Text;

/// <summary>Short news-like texts written for these tests, one per language and script the English-only rules misfire on.</summary>
public class LanguageIdentifierTests
{
    public const string Korean = "서울시는 오늘 새로운 교통 정책을 발표했다. 시민들은 출퇴근 시간에 버스를 더 자주 이용할 수 있게 된다.";
    public const string Japanese = "東京都は今日、新しい交通政策を発表しました。市民は通勤の時間にバスをもっと頻繁に利用できるようになります。";
    public const string Russian = "Правительство объявило сегодня, что не будет повышать налоги в этом году. Решение было принято после встречи с профсоюзами, которые также просили больше поддержки для семей.";
    public const string Portuguese = "O governo anunciou ontem que não vai aumentar os impostos este ano. A decisão foi tomada depois de uma reunião com os sindicatos, que também pediram mais apoio para as famílias.";
    public const string Indonesian = "Pemerintah mengumumkan hari ini bahwa pajak tidak akan dinaikkan tahun ini. Keputusan itu diambil setelah rapat dengan serikat pekerja yang juga meminta lebih banyak bantuan untuk keluarga-keluarga miskin.";

    [Theory]
    [InlineData(Korean, "ko", "Korean", "Hangul")]
    [InlineData(Japanese, "ja", "Japanese", "Japanese kana and kanji")]
    [InlineData(Russian, "ru", "Russian", "Cyrillic")]
    [InlineData(Portuguese, "pt", "Portuguese", "Latin")]
    [InlineData(Indonesian, "id", "Indonesian", "Latin")]
    [InlineData("政府今天宣布，今年不会提高税收。这一决定是在与工会会面后作出的。", "zh", "Chinese", "Han")]
    [InlineData("El gobierno anunció ayer que no va a subir los impuestos este año. La decisión fue tomada después de una reunión con los sindicatos.", "es", "Spanish", "Latin")]
    public void Names_the_language_and_the_script(string text, string code, string name, string script)
    {
        var language = LanguageIdentifier.Identify(text);
        Assert.Equal((code, name, script), (language.Code, language.Name, language.Script));
        Assert.False(language.IsEnglish);
    }

    [Theory]
    [InlineData("The government announced yesterday that it would not raise taxes this year. The decision was taken after a meeting with the unions.")]
    [InlineData("The minister said that de regering het niet eens is met het voorstel, according to the agency, and that talks would resume on Monday after the holiday.")]
    [InlineData("Visitors to São Paulo and Jakarta said the Festa Junina was the highlight of their trip, which they had planned for two years with their families.")]
    [InlineData("Too short to tell.")]
    [InlineData("")]
    public void English_and_English_with_foreign_words_count_as_English(string text) =>
        Assert.True(LanguageIdentifier.Identify(text).IsEnglish);

    [Fact]
    public void Clean_English_fixtures_and_seeds_are_English()
    {
        foreach (var file in Fixtures.Files("clean", "*.txt").Concat(Fixtures.Files("seeds", "*.txt")))
            Assert.True(LanguageIdentifier.Identify(File.ReadAllText(file)).IsEnglish, file);
    }
    [Fact]
    public void Letters_are_counted_per_script_as_the_runes_of_the_text_give_them()
    {
        // ASCII letters and marks, Latin-1 and Latin Extended letters, Greek, Cyrillic, Arabic, Devanagari, Hangul, kana,
        // Han (one beyond the BMP, a surrogate pair), a mathematical letter (Other), digits, U+FFFD, lone surrogates.
        string[] pieces = ["a", "Z", " ", "'", "7", "é", "ß", "Ł", "ɐ", "Ω", "ж", "ب", "क", "한", "カ", "中", "\U00020000", "\U0001D400",
                           "\uFFFD", "\uD800", "\uDC00", "\uD83D", "–", "\n",
                           // ASCII runs of eight and more, read eight characters at a time: letters next to @ [ ` { (the neighbours of the alphabets).
                           "The quick brown fox", "@[`{AZaz", "12345678 ,.;", "Zz@@``[[{{"];
        var random = new Random(5);
        Span<int> perScript = stackalloc int[15], firstSeen = stackalloc int[15];
        for (var round = 0; round < 2000; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(40)).Select(_ => pieces[random.Next(pieces.Length)]));
            var (seen, total) = LanguageIdentifier.CountLetters(text, perScript, firstSeen);
            // The definition: every rune of the text (U+FFFD for an unpaired surrogate), the letters by their script.
            var expectedCounts = new int[15];
            var expectedOrder = new List<int>();
            foreach (var rune in text.EnumerateRunes())
            {
                if (!System.Text.Rune.IsLetter(rune)) continue;
                var script = LanguageIdentifier.ScriptOf(rune.Value);
                if (expectedCounts[script]++ == 0) expectedOrder.Add(script);
            }
            Assert.Equal(expectedCounts, perScript.ToArray());
            Assert.Equal(expectedOrder, firstSeen[..seen].ToArray());
            Assert.Equal(expectedCounts.Sum(), total);
        }
    }
}
