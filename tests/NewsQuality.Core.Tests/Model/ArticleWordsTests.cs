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

    [Theory]
    [InlineData("seeds/000_90e9dc78b7355bf2.txt")]
    [InlineData("seeds/004_d45996393cbbdd09.txt")]
    public void What_an_article_let_go_of_is_found_again_the_same(string seed)
    {
        // The engine lets go of an article's products once its rules have run (the words, their numbers, the name words and
        // their runs go back to the pool, where another article takes them): asked again, each is found again, and another
        // article's do not show through.
        var article = RuleAssert.ArticleOf(Fixtures.Read(seed));
        var other = RuleAssert.ArticleOf("Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State Antony Blinken's aide.\n\nSee also: Talks");
        var expectedNames = PersonMentions.Words(article.Text);
        var lines = TextBlocks.NonBlankLineArray(article.Text);
        var kinds = lines.Select(line => BoilerplatePhrases.Kind(article.Slice(line))).ToArray();
        var expectedRuns = PersonMentions.Runs(article.Text, expectedNames);
        var expectedIds = WordIdentities.Of(Tokenizer.WordArray(article.Text));
        for (var round = 0; round < 3; round++)
        {
            Assert.Equal(expectedRuns, article.NameRuns);
            Assert.Equal(expectedIds.Ids.ToArray(), article.WordIds.Ids.ToArray());
            Assert.Equal(Enumerable.Range(0, expectedIds.Count).Select(expectedIds.Lower), Enumerable.Range(0, article.WordIds.Count).Select(article.WordIds.Lower));
            Assert.Equal(expectedNames, article.NameWords);
            Assert.Equal(expectedNames.Select(w => w.Value), article.NameWordValues);
            Assert.Equal(lines, article.NonBlankLines.ToArray());
            Assert.Equal(kinds, lines.Select(article.BoilerplateKind));
            Assert.Equal(article.LinkLines.Select(l => l.Line), article.LinkLineSpans);
            Assert.Equal(Tokenizer.Words(article.Text), article.Words);
            article.LetGoOfRuleProducts();
            Assert.Equal(PersonMentions.Words(other.Text), other.NameWords);
            Assert.Equal(PersonMentions.Runs(other.Text, PersonMentions.Words(other.Text)), other.NameRuns);
            Assert.Equal(Tokenizer.WordArray(other.Text).Length, other.WordIds.Ids.Length);
            Assert.Single(other.LinkLineSpans);
            other.LetGoOfRuleProducts();
        }
    }

    [Fact]
    public void Boilerplate_kinds_of_lines_paragraphs_and_other_spans_are_the_patterns_answers()
    {
        // Kept by line for the non-blank lines, in a table for a paragraph of several lines or any other span; asked in any order.
        const string text = "Title\n\nAccept all cookies\nto continue reading.\n\n  Subscribe to our newsletter  \n\nThe talks ended on Friday.\nAll rights reserved.";
        var article = RuleAssert.ArticleOf(text);
        var spans = article.NonBlankLines.ToArray().Concat(article.Paragraphs)
            .Concat([new TextSpan(0, 3), new TextSpan(text.IndexOf("Subscribe"), 9), new TextSpan(text.Length, 0)]).ToList();
        foreach (var span in spans.AsEnumerable().Reverse().Concat(spans))
            Assert.Equal(BoilerplatePhrases.Kind(text.Substring(span.Start, span.Length)), article.BoilerplateKind(span));
        Assert.Contains(spans, span => article.BoilerplateKind(span) is not null);
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
