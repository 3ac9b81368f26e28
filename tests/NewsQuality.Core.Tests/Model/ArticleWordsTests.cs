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
