using NewsQuality.Model;
using NewsQuality.TranslationQuality;

namespace NewsQuality.Core.Tests.TranslationQuality;

public class SentenceFeaturesTests
{
    /// <summary>A toy model: enough text that "the minister said" is a known trigram and "zebra" an unseen word.</summary>
    private static readonly NGramLanguageModel Model = Build(
        "the minister said the talks went well",
        "the minister said the deal was signed",
        "the talks went on for two days",
        "the minister said the talks would resume");

    private static NGramLanguageModel Build(params string[] sentences)
    {
        var builder = new NGramLanguageModel.Builder();
        foreach (var sentence in sentences) builder.Add(NGramLanguageModel.Words(sentence, new TextSpan(0, sentence.Length)));
        return builder.Build(minCount: 2);
    }

    private static float Feature(string sentence, string name) =>
        SentenceFeatures.Analyze(sentence, new TextSpan(0, sentence.Length), Model).Features[SentenceFeatures.Index(name)];

    [Fact]
    public void Names_cover_every_feature_once_and_groups_name_only_real_features()
    {
        Assert.Equal(SentenceFeatures.Count, SentenceFeatures.Names.Length);
        Assert.Equal(SentenceFeatures.Count, SentenceFeatures.Names.Distinct().Count());
        Assert.All(SentenceFeatures.Groups.Values.SelectMany(g => g), name => SentenceFeatures.Index(name));
    }

    [Fact]
    public void Known_word_sequences_score_higher_than_unseen_ones()
    {
        var known = Model.Score(["the", "minister", "said"]);
        var unseen = Model.Score(["zebra", "minister", "the"]);
        Assert.Equal(3, known[2].MatchedOrder);
        Assert.Equal(0, unseen[0].MatchedOrder);
        Assert.True(known.Average(s => s.Log10Score) > unseen.Average(s => s.Log10Score));
        Assert.True(Feature("The minister said the talks went well.", "lm_mean") > Feature("Zebra talks the said minister well went.", "lm_mean"));
        Assert.Equal(0f, Feature("The minister said the talks went well.", "unseen_word_share"));
        Assert.Equal(0.125f, Feature("The zebra said the talks went well.", "unseen_word_share")); // 1 of 7 words + end
    }

    [Fact]
    public void Each_word_backs_off_from_its_trigram_to_its_bigram_to_its_unigram()
    {
        const double backoff = -0.39794000867; // log10(0.4), the model's penalty per order it backs off
        var the = Model.UnigramCount("the");
        var end = Model.UnigramCount(NGramLanguageModel.SentenceEnd);
        // "<s> the" (4 of 4 sentence starts), "<s> the minister" (3 of 4), "the minister said" (3 of 3), then nothing after "said".
        Assert.Equal(
            [new WordSurprise(0.0, 2, the), new WordSurprise(Math.Log10(3.0 / 4), 3, 3), new WordSurprise(0.0, 3, 3),
             new WordSurprise(backoff + backoff + Model.UnigramLog10(end), 1, end)],
            Model.Score(["the", "minister", "said"]));
        // An unseen first word backs off once (it has no trigram), an unseen later word twice; a known word after it falls to its unigram.
        Assert.Equal(
            [new WordSurprise(backoff + Model.UnigramLog10(0), 0, 0), new WordSurprise(backoff + backoff + Model.UnigramLog10(0), 0, 0),
             new WordSurprise(backoff + backoff + Model.UnigramLog10(the), 1, the)],
            Model.Score(["zebra", "zebra", "the"]).Take(3));
    }

    [Fact]
    public void Pruning_drops_ngrams_seen_once_but_keeps_every_word()
    {
        Assert.Equal(2, Model.UnigramCount("days") + Model.UnigramCount("two"));
        Assert.Equal(0, Model.UnigramCount("zebra"));
        // "went on" was seen once: scored from the unigram, not the bigram.
        Assert.Equal(1, Model.Score(["went", "on"])[1].MatchedOrder);
    }

    [Fact]
    public void Saved_model_loads_with_the_same_scores()
    {
        using var stream = new MemoryStream();
        Model.Save(stream);
        stream.Position = 0;
        var loaded = NGramLanguageModel.Load(stream);
        string[] words = ["the", "minister", "said", "zebra"];
        Assert.Equal(Model.Score(words), loaded.Score(words));
        Assert.Equal(Model.Sizes, loaded.Sizes);
    }

    /// <summary>
    /// The image is the count tables as they are looked up (read in place, nothing built at start-up): a model read from it
    /// scores as the built one, saves the same compressed bytes (its n-grams read back from the tables, sorted by hash), and
    /// writes the same image; a damaged header is refused.
    /// </summary>
    [Fact]
    public void A_model_read_from_its_image_scores_saves_and_writes_as_the_built_one()
    {
        var image = Model.ToImage();
        var read = NGramLanguageModel.FromImage(image);
        string[] words = ["the", "minister", "said", "zebra", "two", "days", "went", "on"];
        Assert.Equal(Model.Score(words), read.Score(words));
        Assert.Equal(Model.Sizes, read.Sizes);
        Assert.Equal(Model.UnigramCount("days"), read.UnigramCount("days"));
        using MemoryStream built = new(), fromImage = new();
        Model.Save(built);
        read.Save(fromImage);
        Assert.Equal(built.ToArray(), fromImage.ToArray());
        Assert.Equal(image, read.ToImage());
        Assert.Throws<InvalidDataException>(() => NGramLanguageModel.FromImage(image[..20]));
        var damaged = (byte[])image.Clone();
        damaged[4 * 4] = 3; // the unigram table's slot count, no longer a power of two
        Assert.Throws<InvalidDataException>(() => NGramLanguageModel.FromImage(damaged));
    }

    [Fact]
    public void Slor_separates_word_order_from_word_rarity()
    {
        // Same words, so the same unigram rarity; only the order differs.
        Assert.True(Feature("The minister said the talks went well.", "lm_slor") > Feature("Talks the well minister went said the.", "lm_slor"));
    }

    [Fact]
    public void Numbers_are_one_token_and_counted()
    {
        Assert.Equal("<num>", NGramLanguageModel.Normalise("2,500"));
        Assert.Equal(0.4f, Feature("Prices rose 12% in 2004.", "number_share")); // 2 of 5 words
    }

    [Theory]
    [InlineData("The the minister said said it.", "adjacent_repeat", 2)]
    [InlineData("The minister said it.", "adjacent_repeat", 0)]
    [InlineData("he said the talks went well.", "starts_lower", 1)]
    [InlineData("He said the talks went well", "no_terminal_punct", 1)]
    [InlineData("He said “the talks went well.", "unbalanced", 1)]
    [InlineData("He said (the talks) went “well”.", "unbalanced", 0)]
    [InlineData("The talks in the city of the state of the union.", "function_run", 0)]
    [InlineData("The NATO and UN talks.", "all_caps_share", 0.4)]
    [InlineData("They said the things were very good.", "generic_share", 2 / 7.0)]
    public void Each_feature_measures_what_its_name_says(string sentence, string name, double expected)
    {
        if (name == "function_run")
            Assert.Equal(2 / 11f, Feature(sentence, name), 3); // "of the" twice: longest run 2 of 11 words
        else
            Assert.Equal((float)expected, Feature(sentence, name), 3);
    }

    [Fact]
    public void Repeated_content_words_and_bigrams_are_counted()
    {
        Assert.Equal(2f, Feature("The talks went well and the talks went on.", "repeated_bigram"), 3); // "the talks", "talks went"
        Assert.Equal(0f, Feature("The talks went well and then ended.", "repeated_bigram"), 3);
        Assert.True(Feature("Talks about talks about talks.", "repeated_content") > 0);
        // A word written three times is one repeated word: "talks" of five words.
        Assert.Equal(0.2f, Feature("Talks about talks about talks.", "repeated_content"), 3);
    }

    [Fact]
    public void The_language_model_summaries_over_a_span_are_the_bits_of_linq_and_mathnet_over_an_array()
    {
        var random = new Random(17);
        for (var trial = 0; trial < 5_000; trial++)
        {
            var values = new double[1 + random.Next(60)];
            // Scores as the model gives them (log10, mostly -1 to -6, many repeats), and now and then wider or exact values.
            for (var i = 0; i < values.Length; i++)
                values[i] = trial % 7 == 0 ? (random.NextDouble() - 0.5) * 1e6 : random.Next(4) == 0 ? -2.5 : -6 * random.NextDouble();
            Assert.Equal(BitConverter.DoubleToInt64Bits(values.Average()), BitConverter.DoubleToInt64Bits(SentenceFeatures.Mean(values)));
            Assert.Equal(BitConverter.DoubleToInt64Bits(values.Min()), BitConverter.DoubleToInt64Bits(SentenceFeatures.Min(values)));
            Assert.Equal(BitConverter.DoubleToInt64Bits(MathNet.Numerics.Statistics.Statistics.StandardDeviation(values)),
                BitConverter.DoubleToInt64Bits(SentenceFeatures.StandardDeviation(values)));
        }
        Assert.True(double.IsNaN(SentenceFeatures.Min([-1.0, double.NaN, -3.0])));
        Assert.True(double.IsNaN(SentenceFeatures.StandardDeviation([-1.0])));
    }

    [Fact]
    public void An_articles_sentences_have_the_same_features_after_another_articles_on_the_same_thread()
    {
        static Article Make(string id, string body) => new(id, new ArticleOrigin("test", 1), "Title\n\n" + body, new TextSpan(0, 5));
        var first = Make("a", "The minister said the talks went well. Prices of 12 goods rose. It’s the minister’s deal and it's signed.");
        var second = Make("b", "A zebra crossed the road in the capital city. The zebra’s keeper said nothing about it at all.");
        float[][] Features(Article article) =>
            Sentences.Split(article.Text, TextSpan.FromBounds(article.BodyStart, article.Text.Length)).Select(span =>
            {
                var (words, numbers, start) = article.NumberedWordsIn(span);
                return SentenceFeatures.Analyze(article.Text, span, words, numbers, numbers.Ids.Slice(start, words.Count), Model).Features;
            }).ToArray();
        var before = Features(first);
        var between = Features(second);
        var again = Features(first);
        Assert.Equal(before.Length, again.Length);
        for (var i = 0; i < before.Length; i++) Assert.Equal(before[i], again[i]);
        // Each sentence on its own (its words numbered alone) gives the same features as inside its article.
        var alone = Sentences.Split(second.Text, TextSpan.FromBounds(second.BodyStart, second.Text.Length))
            .Select(span => SentenceFeatures.Analyze(second.Text, span, Model).Features).ToArray();
        for (var i = 0; i < alone.Length; i++) Assert.Equal(alone[i], between[i]);
    }

    [Fact]
    public void The_counted_ascii_punctuation_is_what_the_unicode_predicate_says()
    {
        for (var c = '\0'; c < 0x80; c++)
            Assert.True((char.IsPunctuation(c) && c is not (',' or '.' or '\'' or '-')) == SentenceFeatures.CountedAsciiPunctuation.Contains(c), $"U+{(int)c:X4}");
    }

    [Fact]
    public void Character_counts_are_those_of_one_loop_over_the_unicode_predicates()
    {
        // ASCII runs broken by letters past ASCII (Latin-1, past U+024F), curly quotes and apostrophes, other punctuation and signs.
        const string pieces = "aZ09 ,.'-!?\"()[]{}:;@#%&*/\\_$+<=>^`|~\téÿĀɏɐЖक中’‘“”–—…·«»¿×÷€\u00A0";
        var random = new Random(23);
        var texts = Enumerable.Range(0, 2000).Select(_ => new string(Enumerable.Range(0, random.Next(0, 60)).Select(_ => pieces[random.Next(pieces.Length)]).ToArray()))
            .Append("Plain ASCII, all of it.").Append("’").Append("é").Append("");
        foreach (var text in texts)
        {
            int letters = 0, nonAscii = 0, commas = 0, other = 0;
            foreach (var c in text)
            {
                if (char.IsLetter(c))
                {
                    letters++;
                    if (c > 0x24F) nonAscii++;
                }
                else if (c == ',') commas++;
                else if (char.IsPunctuation(c) && c is not ('.' or '\'' or '’' or '-')) other++;
            }
            Assert.Equal((letters, nonAscii, commas, other), SentenceFeatures.CharacterCounts(text));
        }
    }

    [Fact]
    public void A_word_is_all_capitals_as_the_unicode_predicates_say()
    {
        const string pieces = "aZmQ09'’-.ÀÉàéĀāΩωЖжǅⅣⅳ中ß";
        var random = new Random(29);
        foreach (var word in Enumerable.Range(0, 3000).Select(_ => new string(Enumerable.Range(0, random.Next(0, 8)).Select(_ => pieces[random.Next(pieces.Length)]).ToArray())))
        {
            var letters = word.Where(char.IsLetter).ToList();
            Assert.True((letters.Count > 0 && letters.All(char.IsUpper)) == SentenceFeatures.IsAllCaps(word), word);
        }
    }

    [Theory]
    [InlineData("It is the way they do things.", "function_share", 5.0 / 7)]
    [InlineData("It is the way they do things.", "pronoun_share", 2.0 / 7)]
    [InlineData("It is the way they do things.", "generic_share", 3.0 / 7)]
    [InlineData("Zebras ate 12 and ٣ apples in 2005.", "number_share", 3.0 / 8)]
    [InlineData("They’re sure it’s théirs, isn’t it?", "pronoun_share", 1.0 / 6)]
    [InlineData("Das Café der Straße ist ĦŊ alt.", "function_share", 0.0)]
    public void Listed_words_and_numbers_are_told_in_any_spelling(string sentence, string name, double expected) =>
        Assert.Equal(expected, Feature(sentence, name), precision: 5);
}
