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
}
