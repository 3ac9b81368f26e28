using NewsQuality.Text;

namespace NewsQuality.Core.Tests.Text;

public class LetterCountTests
{
    [Fact]
    public void Counts_letters_and_capitals_as_the_unicode_table_does()
    {
        // ASCII runs (letters beside @ [ ` {, digits, punctuation), Latin-1 and other letters, capitals of other scripts,
        // a surrogate pair, marks and spaces.
        string[] pieces = ["The quick brown fox", "@[`{AZaz", "12345678 ,.;", "Zz@@``[[{{", "a", "Z", " ", "é", "É", "ß", "Ω", "ω", "Ж",
                           "中", "\U0001D400", "ǅ", "–", "\n", "“", "\u00A0"];
        var random = new Random(11);
        for (var round = 0; round < 3000; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(30)).Select(_ => pieces[random.Next(pieces.Length)]));
            var offset = text.Length == 0 ? 0 : random.Next(text.Length);
            var span = text.AsSpan(offset);
            int letters = 0, capitals = 0;
            foreach (var c in span)
            {
                if (!char.IsLetter(c)) continue;
                letters++;
                if (char.IsUpper(c)) capitals++;
            }
            Assert.Equal(letters, LetterCount.Letters(span, out var counted));
            Assert.Equal(capitals, counted);
        }
    }
}
