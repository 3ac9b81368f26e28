using NewsQuality.TranslationQuality;

namespace NewsQuality.Core.Tests.TranslationQuality;

/// <summary>The shipped estimate, loaded from NewsQuality.Core's embedded resources, on sentences written for this test.</summary>
public class TranslationQualityEstimatorTests
{
    private static readonly TranslationQualityEstimator Estimator = TranslationQualityEstimator.Default;

    [Theory]
    [InlineData("The government announced on Tuesday that it would raise the minimum wage next year.",
                "The government announce Tuesday on that it raise would the wage minimum of year the next next.")]
    [InlineData("Shares in the company fell sharply after it warned that profits would be lower than expected.",
                "Company of shares fell the sharp after warning it of profit lower that expect was.")]
    [InlineData("The match was postponed because heavy rain had flooded the pitch.",
                "Match is postpone because of the rain heavy flood pitch the the.")]
    public void Fluent_sentence_scores_above_its_garbled_version(string fluent, string garbled)
    {
        var fluentQuality = Estimator.EstimateSentence(fluent);
        var garbledQuality = Estimator.EstimateSentence(garbled);
        Assert.True(fluentQuality > garbledQuality + 0.3, $"fluent {fluentQuality:F2} vs garbled {garbledQuality:F2}");
    }

    [Fact]
    public void Trained_models_are_compact()
    {
        using var languageModel = SourceTree.OpenTranslationData(TranslationQualityEstimator.LanguageModelFile);
        using var model = SourceTree.OpenTranslationData(TranslationQualityEstimator.QualityModelFile);
        Assert.InRange(languageModel.Length + model.Length, 1, 3_000_000);
        Assert.All(Estimator.LanguageModel.Sizes, size => Assert.True(size > 10_000));
    }

    [Fact]
    public void Blamed_words_are_the_unexpected_ones_not_names()
    {
        const string sentence = "President Obama visited Nairobi and the flurbish of glimpsy was bad.";
        var analysis = Estimator.Estimate(sentence, new NewsQuality.Model.TextSpan(0, sentence.Length)).Analysis;
        var blamed = TranslationQualityEstimator.BlamedWords(analysis).Select(w => w.Value).ToList();
        Assert.Contains("flurbish", blamed);
        Assert.DoesNotContain("Nairobi", blamed);
        Assert.DoesNotContain("Obama", blamed);
    }

    /// <summary>
    /// An article's sentences estimated in the thread's buffers (EstimateArticle, and NQ2014's Judge, which reuses them from
    /// article to article) are each what the sentence gives alone, with its own arrays: words, scores, features and estimate,
    /// bit for bit, after a long article has grown the buffers and a short one has used them; and the article's estimate is the same either way.
    /// </summary>
    [Fact]
    public void An_articles_sentences_estimated_in_the_threads_buffers_are_each_what_the_sentence_gives_alone()
    {
        static NewsQuality.Model.Article Make(string id, string body) =>
            new(id, new NewsQuality.Model.ArticleOrigin("test", 1), "Title\n\n" + body, new NewsQuality.Model.TextSpan(0, 5));
        var random = new Random(5);
        string[] words = ["the", "minister", "said", "talks", "would", "resume", "on", "Tuesday", "in", "capital", "zebra", "12", "it’s", "deal", "of"];
        string Sentence() => string.Join(' ', Enumerable.Range(0, random.Next(1, 30)).Select(_ => words[random.Next(words.Length)])) + ".";
        var articles = new[] { 300, 3, 40, 1 }.Select((count, i) => Make($"a{i}", string.Join(' ', Enumerable.Range(0, count).Select(_ => "The " + Sentence())))).ToList();
        foreach (var article in articles)
        {
            var estimates = Estimator.EstimateArticle(article);
            Assert.NotEmpty(estimates);
            foreach (var estimate in estimates)
            {
                var alone = Estimator.Estimate(article.Text, estimate.Span);
                Assert.Equal(alone.Quality, estimate.Quality);
                Assert.Equal(alone.Analysis.Words, estimate.Analysis.Words);
                Assert.Equal(alone.Analysis.Surprise, estimate.Analysis.Surprise);
                Assert.Equal(alone.Analysis.Features, estimate.Analysis.Features);
            }
            var judged = ArticleTranslationEstimate.Of(Estimator.Judge(article))!;
            var listed = ArticleTranslationEstimate.Of(estimates)!;
            Assert.Equal(listed.Quality, judged.Quality);
            Assert.Equal(listed.Sentences, judged.Sentences);
            Assert.Equal(listed.Weakest, judged.Weakest);
        }
    }
}
