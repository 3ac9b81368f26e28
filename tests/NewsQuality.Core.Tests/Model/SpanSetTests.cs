using NewsQuality.Model;

namespace NewsQuality.Core.Tests.Model;

public class SpanSetTests
{
    private static readonly SpanSet Lines = new([new TextSpan(20, 5), new TextSpan(0, 10), new TextSpan(40, 1)]);

    [Theory]
    [InlineData(0, 1, true)]
    [InlineData(9, 5, true)]
    [InlineData(10, 10, false)]
    [InlineData(24, 16, true)]
    [InlineData(25, 15, false)]
    [InlineData(41, 100, false)]
    [InlineData(15, 30, true)]
    public void Answers_overlap_as_a_scan_would(int start, int length, bool expected)
    {
        var span = new TextSpan(start, length);
        Assert.Equal(expected, Lines.OverlapsAny(span));
        Assert.Equal(Lines.Any(span.Overlaps), Lines.OverlapsAny(span));
    }

    [Fact]
    public void Contains_only_exact_members()
    {
        Assert.True(Lines.Contains(new TextSpan(20, 5)));
        Assert.False(Lines.Contains(new TextSpan(20, 4)));
        Assert.False(Lines.Contains(new TextSpan(21, 4)));
    }

    [Fact]
    public void Keeps_text_order_and_refuses_overlapping_members()
    {
        Assert.Equal([0, 20, 40], Lines.Select(s => s.Start));
        Assert.Throws<ArgumentException>(() => new SpanSet([new TextSpan(0, 10), new TextSpan(5, 10)]));
    }

    [Fact]
    public void An_empty_set_overlaps_nothing() => Assert.False(new SpanSet([]).OverlapsAny(new TextSpan(0, 100)));
}
