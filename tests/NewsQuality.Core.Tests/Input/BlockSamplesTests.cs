using NewsQuality.Input.Html;

namespace NewsQuality.Core.Tests.Input;

/// <summary>
/// The blocks a learned block classifier would judge (eval extraction-train): every block described, the reading marked, and
/// blocks outside it that the extractor keeps out by name (an author card) or that are a copyright line never offered to the trees.
/// </summary>
public class BlockSamplesTests
{
    private static List<BlockSample> Samples(string fixture) => BlockSamples.Of(File.ReadAllText(Fixtures.Path("html/" + fixture)));

    private static BlockSample Holding(List<BlockSample> samples, string text) => samples.Single(s => s.Text.Contains(text, StringComparison.Ordinal));

    [Fact]
    public void Describes_every_block_and_marks_the_reading()
    {
        var samples = Samples("intro-apart-from-items.html");
        Assert.All(samples, s => Assert.Equal(BlockSamples.FeatureCount, s.Features.Length));
        var intro = Holding(samples, "A hosepipe ban does not have to mean a brown lawn");
        Assert.True(intro.Read);
        Assert.False(intro.Candidate);
    }

    [Fact]
    public void An_author_card_outside_the_reading_is_not_offered()
    {
        var card = Holding(Samples("intro-apart-from-items.html"), "Jane Doe has written about gardens");
        Assert.False(card.Read);
        Assert.False(card.Candidate);
    }

    [Fact]
    public void A_copyright_line_outside_the_reading_is_not_offered()
    {
        var footer = Holding(Samples("div-paragraphs.html"), "All rights reserved");
        Assert.False(footer.Read);
        Assert.False(footer.Candidate);
    }
}
