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
    public void An_articles_words_numbered_through_the_threads_table_equal_those_numbered_from_their_strings()
    {
        const string text = "The the THE Straße STRASSE straße İstanbul istanbul Don’t don't Ωmega ωMEGA \u212Aelvin kelvin Kelvin";
        var article = RuleAssert.ArticleOf(text + " " + new string('X', 70) + " " + new string('x', 70) + " The end.");
        var words = article.Words.ToArray();
        var shared = article.WordIds;
        var alone = WordIdentities.Of(words);
        Assert.Equal(alone.Ids.ToArray(), shared.Ids.ToArray());
        Assert.Equal(alone.Count, shared.Count);
        for (var id = 0; id < shared.Count; id++) Assert.Equal(alone.Lower(id), shared.Lower(id));
        Assert.Equal(alone.IdOf("don't"), shared.IdOf("don't"));
        Assert.Null(shared.IdOf("nowhere"));
        // A second article on the same thread numbers its own words from 0, in the order they first occur.
        var second = RuleAssert.ArticleOf("kelvin the Rain THE");
        Assert.Equal([0, 1, 2, 1], second.WordIds.Ids.ToArray());
        Assert.Equal(["kelvin", "the", "rain"], Enumerable.Range(0, second.WordIds.Count).Select(second.WordIds.Lower));
    }

    [Fact]
    public void Answers_are_asked_once_per_thread_across_articles_and_on_another_thread_for_that_article_alone()
    {
        var asked = new List<string>();
        Func<string, bool> question = word => { lock (asked) asked.Add(word); return word.Length > 3; };
        var first = RuleAssert.ArticleOf("Rain rain and RAIN again");
        var answers = first.WordIds.Answers(question);
        foreach (var id in first.WordIds.Ids) Assert.Equal(first.WordIds.Lower(id).Length > 3, answers[id]);
        Assert.Equal(["rain", "and", "again"], asked);
        var second = RuleAssert.ArticleOf("Again the rain");
        var more = second.WordIds.Answers(question);
        foreach (var id in second.WordIds.Ids) Assert.Equal(second.WordIds.Lower(id).Length > 3, more[id]);
        Assert.Equal(["rain", "and", "again", "the"], asked);
        // Numbered on this thread, asked on another: that thread asks the question itself and keeps nothing in this thread's words.
        var third = RuleAssert.ArticleOf("Rain and snow");
        var numbers = third.WordIds;
        var elsewhere = OnAnotherThread(() =>
        {
            var answers = numbers.Answers(question);
            return numbers.Ids.ToArray().Select(id => answers[id]).ToArray();
        });
        Assert.Equal([true, false, true], elsewhere);
        Assert.Equal(["rain", "and", "again", "the", "rain", "and", "snow"], asked);
    }

    [Fact]
    public void An_entry_keeps_each_slots_answer_apart_asked_once_even_when_it_is_false_zero_or_null()
    {
        var entry = new InternedWord("rain");
        var asked = new List<string>();
        T Ask<T>(string name, T answer)
        {
            asked.Add(name);
            return answer;
        }
        for (var round = 0; round < 2; round++)
        {
            // Every yes-or-no slot, alternately true and false; the number slot; every reference slot, the first null.
            for (var slot = 0; slot < WordQuestions.YesOrNo; slot++)
            {
                var name = "bool" + slot;
                var expected = slot % 3 == 1;
                Assert.Equal(expected, entry.Answer(word => Ask(name, expected), slot));
            }
            // A new delegate each round (it captures the round), and without a slot: asked again.
            var thisRound = round;
            Assert.Equal(0u, entry.Answer(word => Ask("zero", (uint)(thisRound - thisRound)), -1));
            Assert.Equal(7u, entry.Answer(word => Ask("uint0", 7u), 0));
            string?[] references = [null, "one", "two"];
            for (var slot = 0; slot < WordQuestions.References; slot++)
            {
                var name = "ref" + slot;
                var expected = references[slot];
                Assert.Same(expected, entry.Answer(word => Ask(name, expected), slot));
            }
        }
        // The slotted questions were asked once in the two rounds; the one without a slot (a new delegate each round) twice.
        Assert.Equal(WordQuestions.YesOrNo + WordQuestions.Numbers + WordQuestions.References + 2, asked.Count);
        Assert.Equal(2, asked.Count(name => name == "zero"));
    }

    [Fact]
    public void Questions_of_every_kind_beyond_the_slots_are_still_asked_once_per_thread_across_articles()
    {
        // Every slot taken by questions asked nowhere else (a new delegate each), so the questions below have none.
        for (var k = 0; k < WordQuestions.YesOrNo; k++) WordQuestions.SlotOf(TakeSlot<bool>(k));
        for (var k = 0; k < WordQuestions.Numbers; k++) WordQuestions.SlotOf(TakeSlot<uint>(k));
        for (var k = 0; k < WordQuestions.References; k++) WordQuestions.SlotOf(TakeSlot<string>(k));
        var asked = new List<string>();
        // Two questions of each kind: six, within the eight a word keeps without slots.
        var yesOrNo = Enumerable.Range(0, 2).Select(k => (Func<string, bool>)(word => { asked.Add(word); return (word.Length + k) % 2 == 0; })).ToList();
        var numbers = Enumerable.Range(0, 2).Select(k => (Func<string, uint>)(word => { asked.Add(word); return (uint)(word.Length * k); })).ToList();
        var references = Enumerable.Range(0, 2).Select(k => (Func<string, string?>)(word => { asked.Add(word); return k == 0 ? null : word + k; })).ToList();
        Assert.All(yesOrNo, question => Assert.Equal(-1, WordQuestions.SlotOf(question)));
        Assert.All(numbers, question => Assert.Equal(-1, WordQuestions.SlotOf(question)));
        Assert.All(references, question => Assert.Equal(-1, WordQuestions.SlotOf(question)));
        const int questions = 6;
        foreach (var text in new[] { "Rain rain and RAIN again", "Again the rain" })
        {
            var article = RuleAssert.ArticleOf(text);
            var ids = article.WordIds;
            for (var k = 0; k < yesOrNo.Count; k++)
            {
                var answers = ids.Answers(yesOrNo[k]);
                foreach (var id in ids.Ids) Assert.Equal((ids.Lower(id).Length + k) % 2 == 0, answers[id]);
            }
            for (var k = 0; k < numbers.Count; k++)
            {
                var answers = ids.Answers(numbers[k]);
                foreach (var id in ids.Ids) Assert.Equal((uint)(ids.Lower(id).Length * k), answers[id]);
            }
            for (var k = 0; k < references.Count; k++)
            {
                var answers = ids.Answers(references[k]);
                foreach (var id in ids.Ids) Assert.Equal(k == 0 ? null : ids.Lower(id) + k, answers[id]);
            }
        }
        // "rain", "and", "again" in the first article, "the" alone new in the second: each asked once per question.
        Assert.Equal(4 * questions, asked.Count);
        Assert.Equal(questions, asked.Count(word => word == "the"));
    }

    private static Func<string, T> TakeSlot<T>(int k) => word => k < 0 ? throw new InvalidOperationException() : default!;

    [Fact]
    public void Words_found_on_one_thread_and_numbered_on_another_are_numbered_from_their_strings()
    {
        var article = RuleAssert.ArticleOf("The cat saw THE Cat");
        _ = article.Words;
        var numbers = OnAnotherThread(() => article.WordIds);
        Assert.Equal([0, 1, 2, 0, 1], numbers.Ids.ToArray());
        Assert.Equal(["the", "cat", "saw"], Enumerable.Range(0, numbers.Count).Select(numbers.Lower));
    }

    private static T OnAnotherThread<T>(Func<T> work)
    {
        T result = default!;
        var thread = new Thread(() => result = work());
        thread.Start();
        thread.Join();
        return result;
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
