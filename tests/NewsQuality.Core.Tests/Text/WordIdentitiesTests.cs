using NewsQuality.Model;
using NewsQuality.Text;
using NewsQuality.TranslationQuality;

namespace NewsQuality.Core.Tests.Text;

/// <summary>An article's numbered words must stand for exactly the lower cases the rules made one occurrence at a time.</summary>
public class WordIdentitiesTests
{
    private static readonly NGramLanguageModel Model = TranslationQualityEstimator.Default.LanguageModel;

    [Fact]
    public void Words_share_a_number_exactly_when_their_lower_cases_are_equal()
    {
        var words = Tokenizer.WordArray("The the THE Straße STRASSE İstanbul istanbul Don’t don't " + new string('X', 70) + " " + new string('x', 70));
        var numbers = WordIdentities.Of(words);
        for (var i = 0; i < words.Length; i++)
        {
            Assert.Equal(words[i].Value.ToLowerInvariant(), numbers.Lower(numbers.Ids[i]));
            for (var j = 0; j < words.Length; j++)
                Assert.Equal(words[i].Value.ToLowerInvariant() == words[j].Value.ToLowerInvariant(), numbers.Ids[i] == numbers.Ids[j]);
        }
        Assert.Equal(words.Select(w => w.Value.ToLowerInvariant()).Distinct().Count(), numbers.Count);
    }

    [Fact]
    public void Each_distinct_word_is_asked_once_and_only_when_wanted()
    {
        var numbers = WordIdentities.Of(Tokenizer.WordArray("Rain rain and RAIN again"));
        var asked = new List<string>();
        Func<string, int> length = word => { asked.Add(word); return word.Length; };
        var answers = numbers.Answers(length);
        foreach (var id in numbers.Ids) Assert.Equal(numbers.Lower(id).Length, answers[id]);
        Assert.Same(answers, numbers.Answers(length));
        Assert.Equal(["rain", "and", "again"], asked);
    }

    [Theory]
    [InlineData("seeds/000_90e9dc78b7355bf2.txt")]
    [InlineData("seeds/004_d45996393cbbdd09.txt")]
    public void Sentence_features_from_the_articles_numbers_equal_those_from_the_sentence_alone(string seed)
    {
        var article = RuleAssert.ArticleOf(Fixtures.Read(seed) + "\n\nIn 2004 and 2005 the firm’s firm's Profits rose 12% and 15%, the the FIRM said of rock’n'roll and rock'n’roll.");
        foreach (var span in Sentences.Split(article.Text))
        {
            var (words, numbers, first) = article.NumberedWordsIn(span);
            if (words.Count == 0) continue;
            var shared = SentenceFeatures.Analyze(article.Text, span, words, numbers, numbers.Ids.Slice(first, words.Count), Model);
            var alone = SentenceFeatures.Analyze(article.Text, span, Model);
            Assert.Equal(alone.Features, shared.Features);
            Assert.Equal(alone.Surprise, shared.Surprise);
            // The model's words as strings, normalised one at a time: the hashes the numbers carry are theirs.
            Assert.Equal(Model.Score(NGramLanguageModel.Words(article.Text, span)), shared.Surprise);
        }
    }
}
