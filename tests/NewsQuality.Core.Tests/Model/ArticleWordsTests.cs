using NewsQuality.Model;
using NewsQuality.Text;
using NewsQuality.TranslationQuality;

namespace NewsQuality.Core.Tests.Model;

/// <summary>The article's shared words must be exactly what each rule got when it tokenised its own span.</summary>
public class ArticleWordsTests
{
    [Theory]
    [InlineData("seeds/000_90e9dc78b7355bf2.txt")]
    [InlineData("seeds/004_d45996393cbbdd09.txt")]
    public void Words_of_every_sentence_paragraph_and_line_equal_the_span_tokenised_alone(string seed)
    {
        var article = RuleAssert.ArticleOf(Fixtures.Read(seed));
        var spans = Sentences.Split(article.Text).Concat(article.Paragraphs).Concat(TextBlocks.NonBlankLines(article.Text)).ToList();
        Assert.NotEmpty(spans);
        foreach (var span in spans)
            Assert.Equal(Tokenizer.Words(article.Text, span), article.WordsIn(span));
        Assert.Equal(Tokenizer.Words(article.Text), article.Words);
        Assert.Equal(PersonMentions.Words(article.Text), article.NameWords);
        Assert.Equal(article.NameWords.Select(w => w.Value), article.NameWordValues);
        Assert.Equal(article.NameWords.Count, article.NameWordValues.Count);
        for (var i = 0; i < article.NameWordValues.Count; i++) Assert.Same(article.NameWords[i].Value, article.NameWordValues[i]);
    }

    [Fact]
    public void Name_word_values_join_as_their_strings_do()
    {
        // Joined from the tokens in place (through the list's values and as a span), from strings, past the buffer's room.
        var article = RuleAssert.ArticleOf("Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State Antony Blinken's aide.");
        var values = article.NameWordValues;
        var strings = values.ToArray();
        Span<char> room = stackalloc char[256], small = stackalloc char[8];
        for (var first = 0; first < values.Count; first++)
            for (var length = 1; first + length <= values.Count; length++)
            {
                var expected = string.Join(' ', strings[first..(first + length)]);
                Assert.Equal(expected, JoinedWords.Join(values, first, length, room).ToString());
                Assert.Equal(expected, JoinedWords.Join(TokenSpans.Of(article.NameWords), first, length, small).ToString());
                Assert.Equal(expected, JoinedWords.Join(strings.AsSpan(), first, length, small).ToString());
            }
        Assert.Contains("U.S.", strings);
        Assert.Contains("Blinken", strings);
    }

    [Theory]
    [InlineData(0, 7)]   // "high-sp": ends inside a hyphenated word
    [InlineData(5, 10)]  // "speed rail": starts inside it
    [InlineData(2, 3)]   // inside one word
    [InlineData(10, 0)]  // empty
    [InlineData(0, 29)]  // the whole text
    public void A_span_that_cuts_a_word_is_tokenised_on_its_own(int start, int length)
    {
        var article = RuleAssert.ArticleOf("high-speed rail, Biden's plan");
        var span = new TextSpan(start, length);
        Assert.Equal(Tokenizer.Words(article.Text, span), article.WordsIn(span));
    }
}
