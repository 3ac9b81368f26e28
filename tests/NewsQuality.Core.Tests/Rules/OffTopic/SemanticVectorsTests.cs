using System.Globalization;
using NewsQuality.Rules.OffTopic;
using NewsQuality.Storage;

namespace NewsQuality.Core.Tests.Rules.OffTopic;

/// <summary>NQ3003's semantic-vector image is the derivation's text, and reads back every row of it.</summary>
public class SemanticVectorsTests
{
    private static readonly string[] Text = File.ReadAllLines(SourceTree.Path("src/NewsQuality.Core/Rules/OffTopic/Data/text/semantic-vectors.tsv"));

    [Fact]
    public void The_shipped_image_is_what_the_text_builds()
    {
        var built = SemanticVectors.Write(Text);
        if (Environment.GetEnvironmentVariable("NQ_UPDATE_PREBUILT") == "1")
            File.WriteAllBytes(SourceTree.Path("src/NewsQuality.Core/Rules/OffTopic/Data", SemanticVectors.Resource), built);
        Assert.True(EmbeddedResources.ReadAllBytes("NewsQuality.Rules.OffTopic.Data." + SemanticVectors.Resource).AsSpan().SequenceEqual(built),
            $"Rules/OffTopic/Data/{SemanticVectors.Resource} is stale: regenerate it with NQ_UPDATE_PREBUILT=1 dotnet test --filter SemanticVectorsTests, then rebuild");
    }

    [Fact]
    public void Every_stem_of_the_text_reads_back_as_its_row()
    {
        var table = SemanticVectors.Shipped;
        var dimensions = int.Parse(Text.First(line => !line.StartsWith('#')), CultureInfo.InvariantCulture);
        Assert.Equal(dimensions, table.Dimensions);
        foreach (var line in Text.Where(line => line.Contains('\t')))
        {
            var fields = line.Split('\t');
            var scale = float.Parse(fields[1], CultureInfo.InvariantCulture) / 127;
            var expected = Convert.FromBase64String(fields[2]).Select(b => (double)((sbyte)b * scale)).ToArray();
            var sum = new double[dimensions];
            var row = table.RowOf(fields[0]);
            Assert.True(row >= 0, fields[0]);
            table.AddRow(sum, row);
            Assert.Equal(expected, sum);
        }
    }

    [Fact]
    public void An_unknown_stem_adds_nothing()
    {
        var sum = new double[SemanticVectors.Shipped.Dimensions];
        Assert.Equal(-1, SemanticVectors.Shipped.RowOf("zzzqxv"));
        SemanticVectors.Shipped.AddRow(sum, -1);
        Assert.All(sum, v => Assert.Equal(0, v));
    }
}
