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
}
