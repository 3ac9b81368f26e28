using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Core.Tests.Text;

/// <summary>The tokenizer's and the letter runs' ASCII tables must give exactly what the Unicode tests give.</summary>
public class TokenizerTests
{
    // ASCII letters, digits, joiners and punctuation next to Latin-1 letters and signs, other scripts, a surrogate pair.
    private const string Pieces = "aZ09'’- .,;:!?\"()[]{}@`^_~\t\nªµºÀ×÷ÿ\u00A0ſ\u212AΩжक中😀ß";

    private static IEnumerable<string> Texts()
    {
        var random = new Random(19);
        for (var n = 0; n < 3000; n++)
        {
            var chars = new char[random.Next(0, 40)];
            for (var i = 0; i < chars.Length; i++) chars[i] = Pieces[random.Next(Pieces.Length)];
            yield return new string(chars);
        }
        yield return "Biden's high-speed rail - ‘quoted’ -5 it's' 'tis co-op-- a-b-c 12-15 l’Oréal";
    }

    [Fact]
    public void Words_are_the_runs_of_letters_and_digits_with_inner_joiners()
    {
        foreach (var text in Texts())
        {
            Assert.Equal(ReferenceWords(text, 0, text.Length), Tokenizer.Words(text).Select(t => (t.Value, t.Span)));
            if (text.Length > 4)
                Assert.Equal(ReferenceWords(text, 2, text.Length - 2), Tokenizer.Words(text, TextSpan.FromBounds(2, text.Length - 2)).Select(t => (t.Value, t.Span)));
            Assert.Equal(ReferenceWords(text, 0, text.Length), Tokenizer.WordArray(text).Select(t => (t.Value, t.Span)));
        }
    }

    [Fact]
    public void Words_counted_up_to_a_limit_are_the_words_given_up_to_it()
    {
        foreach (var text in Texts())
        {
            var spans = text.Length > 4 ? new[] { new TextSpan(0, text.Length), TextSpan.FromBounds(2, text.Length - 2), TextSpan.FromBounds(1, 3) } : [new TextSpan(0, text.Length)];
            foreach (var span in spans)
            {
                var words = ReferenceWords(text, span.Start, span.End).Count();
                Assert.Equal(words, Tokenizer.CountWords(text, span));
                for (var limit = 0; limit <= 4; limit++) Assert.Equal(Math.Min(words, limit), Tokenizer.CountWords(text, span, limit));
            }
        }
    }

    [Fact]
    public void Letter_runs_are_the_runs_of_letters()
    {
        foreach (var text in Texts())
        {
            var runs = new List<TextSpan>();
            foreach (var run in TermVectors.TermSpans(text, new TextSpan(0, text.Length))) runs.Add(run);
            Assert.Equal(ReferenceRuns(text), runs);
        }
    }

    /// <summary>The tokenizer as it was written first: char.IsLetterOrDigit at every character.</summary>
    private static List<(string, TextSpan)> ReferenceWords(string text, int from, int end)
    {
        var words = new List<(string, TextSpan)>();
        var i = from;
        while (true)
        {
            while (i < end && !char.IsLetterOrDigit(text[i])) i++;
            var start = i;
            while (i < end && (char.IsLetterOrDigit(text[i])
                               || text[i] is '\'' or '’' or '-' && i + 1 < end && char.IsLetterOrDigit(text[i + 1]) && i > 0 && char.IsLetterOrDigit(text[i - 1])))
                i++;
            if (i == start) return words;
            words.Add((text[start..i], TextSpan.FromBounds(start, i)));
        }
    }

    private static List<TextSpan> ReferenceRuns(string text)
    {
        var runs = new List<TextSpan>();
        var i = 0;
        while (true)
        {
            while (i < text.Length && !char.IsLetter(text[i])) i++;
            var start = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            if (i == start) return runs;
            runs.Add(TextSpan.FromBounds(start, i));
        }
    }
}
