using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using NewsQuality.Model;
using NewsQuality.Similarity;
using NewsQuality.Text;

namespace NewsQuality.Core.Tests.Similarity;

/// <summary>
/// The shingler and the particulars scan words a vector at a time over ASCII letters and digits; these tests hold them
/// to the words read one character at a time (written out here) on random texts mixing ASCII, other letters and digits,
/// inner marks, wire markers, figures and names.
/// </summary>
public class VectorScanTests
{
    private static readonly string[] Pieces =
    [
        "the", "said", "on", "Tuesday", "Putin", "Biden", "Reuters", "REFILE-", "UPDATE 2-", "rpt", "Rpt", "RPT", "ap", "AFP",
        "advisory", "reuter", "refiled", "Correction", "2,000", "1.5", "42", "4th", "10 1/8", "U.S.", "O'Neill", "AT&T", "NATO’s",
        "rock’n’roll", "Zürich", "Straße", "ΩMEGA", "Москва", "москва", "٣٤", "x²", "café", "CAFÉ", "İstanbul", "ıdle", "ſtate",
        "naïve", "Ⅻ", "a.b", "end.", "Dunridge", "BANCORP", "DIVIDEND", "Inc", "and", "of", "The", "In", "AP", "UPDATE",
        new string('w', 70), "W" + new string('x', 69), "9" + new string('9', 69), "abc123def", "ABC9", "x1y",
    ];

    private static readonly string[] Gaps = [" ", "  ", ", ", ". ", "! ", ": ", "; ", "\n", "\n\n", "\r\n", "\t", " - ", " — ", "'", "’", " “", "” ", " (", ") ", "-", "&", ".", ",", "…", "\u00a0"];

    private static string RandomText(Random random)
    {
        var text = new StringBuilder();
        var pieces = random.Next(0, 120);
        for (var i = 0; i < pieces; i++)
        {
            if (i > 0 || random.Next(3) == 0) text.Append(Gaps[random.Next(Gaps.Length)]);
            var piece = Pieces[random.Next(Pieces.Length)];
            text.Append(random.Next(8) == 0 ? piece.ToUpperInvariant() : piece);
        }
        if (random.Next(3) == 0) text.Append(Gaps[random.Next(Gaps.Length)]);
        return text.ToString();
    }

    [Fact]
    public void Shingles_of_random_texts_are_the_words_normalised_one_character_at_a_time()
    {
        var random = new Random(181);
        for (var trial = 0; trial < 600; trial++)
        {
            var text = RandomText(random);
            var lines = TextBlocks.NonBlankLines(text).ToArray();
            foreach (var size in new[] { 1, 2, 3 })
            {
                var shingler = new Shingler(size);
                var expected = ReferenceShingles(text, lines, size);
                Assert.Equal(expected, shingler.Shingles(text, lines));
                Assert.Equal(expected, shingler.Stream(text, lines).Distinct());
            }
        }
    }

    [Fact]
    public void Particulars_of_random_texts_are_the_words_read_one_character_at_a_time()
    {
        var random = new Random(182);
        var names = 0;
        var figures = 0;
        for (var trial = 0; trial < 600; trial++)
        {
            var text = RandomText(random);
            var expected = ReferenceParticulars(text, TextBlocks.NonBlankLines(text));
            Assert.Equal(expected, Particulars.Of(text));
            names += expected.Count(p => Particulars.KindOf(p) == Particulars.Kind.Name);
            figures += expected.Count(p => Particulars.KindOf(p) == Particulars.Kind.Figure);
        }
        // The texts exercise both kinds (a test that found none would prove nothing).
        Assert.True(names > 1000 && figures > 1000, $"{names} names, {figures} figures");
    }

    /// <summary>Words of letters and digits (Unicode), lower-cased a character at a time, inner apostrophes dropped; windows hashed as the shingler does.</summary>
    private static ulong[] ReferenceShingles(string text, IEnumerable<TextSpan> spans, int size)
    {
        var words = new List<string>();
        foreach (var span in spans)
        {
            var word = new StringBuilder();
            for (var i = span.Start; i < span.End; i++)
            {
                var c = text[i];
                if (char.IsLetterOrDigit(c)) word.Append(char.ToLowerInvariant(c));
                else if (word.Length > 0 && !(c is '\'' or '’' or '‘' && i + 1 < span.End && char.IsLetterOrDigit(text[i + 1])))
                {
                    words.Add(word.ToString());
                    word.Clear();
                }
            }
            if (word.Length > 0) words.Add(word.ToString());
        }
        if (words.Count == 0) return [];
        var hashes = new SortedSet<ulong>();
        for (var i = 0; i < Math.Max(1, words.Count - size + 1); i++)
            hashes.Add(XxHash3.HashToUInt64(MemoryMarshal.AsBytes(string.Join(' ', words.Skip(i).Take(size)).AsSpan())));
        return hashes.ToArray();
    }

    private static readonly HashSet<string> Markers = new(StringComparer.OrdinalIgnoreCase)
    {
        "refile", "refiled", "corrected", "correction", "update", "updated", "repeat", "rpt", "urgent", "flash", "wrapup",
        "reuter", "reuters", "ap", "afp", "advisory",
    };

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as", "into", "over",
        "after", "before", "vs", "is", "are", "was", "be", "it", "its", "his", "her", "their", "not", "no", "up", "out",
    };

    /// <summary>
    /// The particulars as defined (see <see cref="Particulars"/>), words read a character at a time: a word is a run of
    /// letters and numbers, with an inner mark (. , ' ’ &amp;) between two of them kept.
    /// </summary>
    private static ulong[] ReferenceParticulars(string text, IEnumerable<TextSpan> spans)
    {
        static bool IsWord(char c) => char.IsLetter(c) || char.IsNumber(c);
        static ulong Hash(string value, ulong seed = 0) => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(value.AsSpan()), (long)seed);
        var hashes = new SortedSet<ulong>();
        foreach (var span in spans)
        {
            var line = text.Substring(span.Start, span.Length);
            var allCapitals = !line.Any(char.IsLower) && line.Count(char.IsLetter) >= 4;
            var afterMarker = false;
            string? context = null;
            var i = span.Start;
            while (true)
            {
                while (i < text.Length && !IsWord(text[i])) i++;
                if (i >= span.End) break;
                var start = i;
                while (i < text.Length && (IsWord(text[i]) || i + 1 < text.Length && text[i] is '.' or ',' or '\'' or '’' or '&' && IsWord(text[i + 1]) && i > start)) i++;
                if (i > span.End) break;
                var word = text[start..i];
                if (Markers.Contains(word)) { afterMarker = true; continue; }
                var isFigure = word.Any(c => c < 0x80 ? char.IsAsciiDigit(c) : char.IsDigit(c));
                if (isFigure && afterMarker) { afterMarker = false; continue; }
                afterMarker = false;
                if (isFigure)
                {
                    var bare = word.Replace(",", "");
                    hashes.Add(Hash(bare) & ~Particulars.PlacedBit | Particulars.FigureBit);
                    hashes.Add(Hash(bare, context is null ? 0 : Hash(context.ToLowerInvariant())) | Particulars.PlacedBit | Particulars.FigureBit);
                    continue;
                }
                context = word;
                if (!char.IsUpper(word[0]) || FunctionWords.Contains(word)) continue;
                var name = allCapitals
                    ? TermWeights.Background.DocumentFrequency(word.ToLowerInvariant()) < 10
                    : !Particulars.StartsSentence(text, start, span.Start);
                if (name) hashes.Add(Hash(word.ToLowerInvariant()) & ~Particulars.FigureBit);
            }
        }
        return hashes.ToArray();
    }
}
