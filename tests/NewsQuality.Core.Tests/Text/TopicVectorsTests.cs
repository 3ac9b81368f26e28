using System.Globalization;
using NewsQuality.Storage;
using NewsQuality.Text;

namespace NewsQuality.Core.Tests.Text;

public class TopicVectorsTests
{
    private static double[] Topic(params string[] words) =>
        TopicVectors.Shipped.Of(words.Select(w => KeyValuePair.Create(TermVectors.Stem(w), 1.0)));

    [Fact]
    public void The_shipped_table_loads_with_common_news_stems()
    {
        var table = TopicVectors.Shipped;
        Assert.Equal(24, table.Dimensions);
        Assert.True(table.Count > 5000, $"only {table.Count} stems");
        Assert.All(new[] { "league", "crude", "election", "software", "film" }, w => Assert.True(table.Contains(TermVectors.Stem(w)), w));
    }

    [Fact]
    public void Words_of_one_kind_of_story_point_the_same_way_without_sharing_a_word()
    {
        var football = Topic("striker", "league", "champions");
        var soccer = Topic("goal", "midfielder", "coach");
        var oil = Topic("crude", "opec", "barrel");
        Assert.True(TopicVectors.Cosine(football, soccer) > TopicVectors.Cosine(football, oil) + 0.3,
            $"football~soccer {TopicVectors.Cosine(football, soccer):0.00}, football~oil {TopicVectors.Cosine(football, oil):0.00}");
    }

    [Fact]
    public void Unknown_stems_add_nothing_and_zero_vectors_have_no_similarity()
    {
        var nothing = Topic("zzzqx", "qqqvb");
        Assert.All(nothing, v => Assert.Equal(0, v));
        Assert.Equal(0, TopicVectors.Cosine(nothing, Topic("league")));
    }

    /// <summary>
    /// Every stem of each table's text reads back from its image as the old reader of the text made it: the scale parsed as a
    /// float over 127, each signed byte times it; and the singular values' sums over the rows in the text's order.
    /// </summary>
    [Theory]
    [InlineData("src/NewsQuality.Core/Text/Data/topic-vectors.tsv")]
    [InlineData("src/NewsQuality.Core/Rules/OffTopic/Data/topic-vectors-beyond-bbc.tsv")]
    public void Every_stem_of_the_text_reads_back_from_the_image_as_the_text_gives_it(string path)
    {
        var lines = File.ReadAllLines(SourceTree.Path(path));
        var table = TopicVectors.FromImage(TopicVectors.Write(lines));
        var dimensions = int.Parse(lines.First(line => !line.StartsWith('#')), CultureInfo.InvariantCulture);
        Assert.Equal(dimensions, table.Dimensions);
        var rows = lines.Where(line => line.Contains('\t')).ToList();
        Assert.Equal(rows.Count, table.Count);
        var squares = new double[dimensions];
        foreach (var line in rows)
        {
            var fields = line.Split('\t');
            var scale = float.Parse(fields[1], CultureInfo.InvariantCulture) / 127;
            var expected = Convert.FromBase64String(fields[2]).Select(b => (sbyte)b * scale).ToArray();
            var row = table.RowOf(fields[0]);
            Assert.True(row >= 0, fields[0]);
            Assert.Equal(expected, table.RowValues(row));
            // A row added in place is the same bits as its floats added (what NQ3003 summed when the table held arrays).
            var weight = 0.1 + row % 17 * 0.731;
            var (inPlace, fromFloats) = (new double[dimensions], new double[dimensions]);
            inPlace.AsSpan().Fill(row % 5 * 0.37);
            fromFloats.AsSpan().Fill(row % 5 * 0.37);
            table.AddRow(inPlace, row, weight);
            TopicVectors.AddWeighted(fromFloats, expected, weight);
            Assert.Equal(fromFloats.Select(BitConverter.DoubleToInt64Bits), inPlace.Select(BitConverter.DoubleToInt64Bits));
            for (var k = 0; k < dimensions; k++) squares[k] += expected[k] * expected[k];
        }
        // ReconstructedEnergy of a unit vector along one dimension is 1 / σ², σ² the dimension's sum of squares.
        for (var k = 0; k < dimensions; k++)
        {
            var unit = new double[dimensions];
            unit[k] = 1;
            var inverse = squares[k] > 0 ? 1 / Math.Sqrt(squares[k]) : 0;
            Assert.Equal(BitConverter.DoubleToInt64Bits(Math.Pow(inverse, 2)), BitConverter.DoubleToInt64Bits(table.ReconstructedEnergy(unit)));
        }
        Assert.Equal(-1, table.RowOf("zzzqxnotastem"));
        Assert.False(table.Contains(""));
    }

    [Fact]
    public void A_stem_given_twice_or_of_the_wrong_length_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => TopicVectors.Write(["2", "oil\t1.0\tAQI=", "oil\t1.0\tAQI="]));
        Assert.Throws<InvalidDataException>(() => TopicVectors.Write(["2", "oil\t1.0\tAQID"]));
        Assert.Throws<InvalidDataException>(() => TopicVectors.FromImage(new byte[20]));
    }
}
