using NewsQuality.Core.Tests.Rules;
using NewsQuality.Knowledge;
using NewsQuality.Rules.Duplicate;
using NewsQuality.Rules.OffTopic;
using NewsQuality.Rules.Translation;
using NewsQuality.Storage;
using NewsQuality.Text;
using NewsQuality.TranslationQuality;
using NewsQuality.Similarity;

namespace NewsQuality.Core.Tests.Startup;

/// <summary>Data written down so that a run need not work it out at start-up is what working it out gives.</summary>
public class PrecomputedDataTests
{
    private const string KnowledgeData = "src/NewsQuality.Core/Knowledge/Data";

    /// <summary>The text data's gazetteer, built from the source tree's figures.tsv (the tool ships only the image).</summary>
    private static Gazetteer GazetteerFromText()
    {
        using var figures = File.OpenText(SourceTree.Path(KnowledgeData, "figures.tsv"));
        return Gazetteer.LoadFromText(figures);
    }

    [Fact]
    public void Default_lsh_splits_are_the_searchs_choice()
    {
        Assert.Equal(2, NQ1001NearDuplicate.DefaultLshChoices.Count);
        foreach (var ((threshold, permutations), split) in NQ1001NearDuplicate.DefaultLshChoices)
            Assert.Equal(LshParameters.Optimal(threshold, permutations), split);
    }

    [Fact]
    public void The_table_holds_the_near_duplicate_rules_default_setting()
    {
        // Changing the rule's default threshold without the table would quietly bring the search back into every start.
        var threshold = new NQ1001NearDuplicate().Descriptor.DefaultThreshold;
        Assert.Contains((threshold, NQ1001NearDuplicate.DefaultPermutations), NQ1001NearDuplicate.DefaultLshChoices.Keys);
    }

    [Fact]
    public void The_shipped_gazetteer_image_is_what_the_text_data_builds()
    {
        var built = GazetteerImage.Write(GazetteerFromText());
        if (Environment.GetEnvironmentVariable("NQ_UPDATE_PREBUILT") == "1")
            File.WriteAllBytes(SourceTree.Path(KnowledgeData, GazetteerImage.Resource), built);
        Assert.True(Gazetteer.ReadResource(GazetteerImage.Resource).AsSpan().SequenceEqual(built),
            $"Knowledge/Data/{GazetteerImage.Resource} is stale: regenerate it with NQ_UPDATE_PREBUILT=1 dotnet test --filter PrecomputedDataTests, then rebuild");
    }

    [Theory]
    [InlineData("src/NewsQuality.Core/Text/Data/topic-vectors.tsv", TopicVectors.ShippedResource)]
    [InlineData("src/NewsQuality.Core/Rules/OffTopic/Data/topic-vectors-beyond-bbc.tsv", NQ3003OffTopicParagraph.BeyondBbcTopicsResource)]
    public void The_shipped_topic_vector_images_are_what_their_text_builds(string text, string resource)
    {
        var built = TopicVectors.Write(File.ReadLines(SourceTree.Path(text)));
        if (Environment.GetEnvironmentVariable("NQ_UPDATE_PREBUILT") == "1")
            File.WriteAllBytes(SourceTree.Path(Path.ChangeExtension(text, ".bin")), built);
        Assert.True(EmbeddedResources.ReadAllBytes(resource).AsSpan().SequenceEqual(built),
            $"{Path.ChangeExtension(text, ".bin")} is stale: regenerate it with NQ_UPDATE_PREBUILT=1 dotnet test --filter PrecomputedDataTests, then rebuild");
    }

    [Fact]
    public void The_shipped_language_profile_image_is_what_their_text_builds()
    {
        const string Data = "src/NewsQuality.Core/Rules/Translation/Data";
        var built = LanguageProfiles.Write(File.ReadLines(SourceTree.Path(Data, LanguageProfiles.TextFile)));
        if (Environment.GetEnvironmentVariable("NQ_UPDATE_PREBUILT") == "1")
            File.WriteAllBytes(SourceTree.Path(Data, LanguageProfiles.ImageFile), built);
        Assert.True(EmbeddedResources.ReadAllBytes("NewsQuality.Rules.Translation.Data." + LanguageProfiles.ImageFile).AsSpan().SequenceEqual(built),
            $"{Data}/{LanguageProfiles.ImageFile} is stale: regenerate it with NQ_UPDATE_PREBUILT=1 dotnet test --filter PrecomputedDataTests, then rebuild");
    }

    [Fact]
    public void The_shipped_background_frequency_image_is_what_its_text_builds_and_reads_as_the_text_says()
    {
        const string Text = "src/NewsQuality.Core/Text/Data/background-df.tsv";
        var lines = File.ReadAllLines(SourceTree.Path(Text));
        var built = TermWeights.WriteBackground(lines);
        if (Environment.GetEnvironmentVariable("NQ_UPDATE_PREBUILT") == "1")
            File.WriteAllBytes(SourceTree.Path(Path.ChangeExtension(Text, ".bin")), built);
        Assert.True(EmbeddedResources.ReadAllBytes(TermWeights.BackgroundResource).AsSpan().SequenceEqual(built),
            $"{Path.ChangeExtension(Text, ".bin")} is stale: regenerate it with NQ_UPDATE_PREBUILT=1 dotnet test --filter PrecomputedDataTests, then rebuild");
        // Every term of the text has its frequency, the count of documents is the text's, and a term it lacks has none.
        var rows = lines.Where(line => !line.StartsWith('#')).ToList();
        Assert.Equal(int.Parse(rows[0]), TermWeights.Background.Documents);
        var terms = rows.Skip(1).Select(line => line.Split('\t')).ToList();
        Assert.True(terms.Count > 15_000, $"only {terms.Count} terms");
        Assert.All(terms, term => Assert.Equal(int.Parse(term[1]), TermWeights.Background.DocumentFrequency(term[0])));
        Assert.Equal(0, TermWeights.Background.DocumentFrequency("zorbaxian"));
        Assert.Throws<InvalidDataException>(() => TermWeights.WriteBackground(["# two", "10", "oil\t3", "oil\t4"]));
        Assert.Throws<InvalidDataException>(() => TermWeights.FromImage(built[..^2], "a cut image"));
    }

    [Fact]
    public void The_shipped_language_model_image_is_the_compressed_model_as_loaded()
    {
        using var compressed = SourceTree.OpenTranslationData(TranslationQualityEstimator.LanguageModelFile);
        var built = NGramLanguageModel.Load(compressed).ToImage();
        if (Environment.GetEnvironmentVariable("NQ_UPDATE_PREBUILT") == "1")
            File.WriteAllBytes(SourceTree.Path(TranslationQualityEstimator.DataFolder, TranslationQualityEstimator.LanguageModelImageResource), built);
        var shipped = TranslationQualityEstimator.ReadResource(TranslationQualityEstimator.LanguageModelImageResource);
        Assert.True(shipped.AsSpan().SequenceEqual(built),
            $"{TranslationQualityEstimator.LanguageModelImageResource} is stale: regenerate it with NQ_UPDATE_PREBUILT=1 dotnet test --filter PrecomputedDataTests, then rebuild");
        Assert.True(NGramLanguageModel.FromImage(shipped).ToImage().AsSpan().SequenceEqual(shipped));
    }

    [Fact]
    public void The_gazetteer_read_from_its_image_writes_the_same_image()
    {
        // Everything the image holds (figures, surname table, name index, deletion keys) comes back as it was written.
        Assert.True(GazetteerImage.Write(Gazetteer.Default).AsSpan().SequenceEqual(Gazetteer.ReadResource(GazetteerImage.Resource)));
    }

    [Fact]
    public void The_gazetteer_read_from_its_image_finds_what_the_text_built_one_finds()
    {
        var (text, image) = (GazetteerFromText(), Gazetteer.Default);
        Assert.Equal(text.Figures.Count, image.Figures.Count);
        for (var i = 0; i < text.Figures.Count; i++)
        {
            var (a, b) = (text.Figures[i], image.Figures[i]);
            Assert.Equal((a.Name, a.Country), (b.Name, b.Country));
            Assert.Equal(a.Aliases, b.Aliases);
            Assert.Equal(a.Roles, b.Roles);
            foreach (var name in a.AllNames)
            {
                var words = PersonNames.Words(name);
                if (words.Count == 0) continue;
                Assert.Equal(text.NameIndex.Find(words)?.Figure.Name, image.NameIndex.Find(words)?.Figure.Name);
                Assert.Equal(text.NameIndex.OneEditFrom(words[^1]).Select(v => v.Figure.Name), image.NameIndex.OneEditFrom(words[^1]).Select(v => v.Figure.Name));
                var surname = Gazetteer.Surname(name);
                if (surname.Length > 0) Assert.Equal(text.FiguresBySurname[surname].Select(f => f.Name), image.FiguresBySurname[surname].Select(f => f.Name));
            }
        }
    }
}
