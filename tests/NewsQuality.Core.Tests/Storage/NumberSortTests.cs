using NewsQuality.Storage;

namespace NewsQuality.Core.Tests.Storage;

public class NumberSortTests
{
    public static TheoryData<string> Shapes => ["random", "few distinct", "sorted", "reversed", "organ pipe", "all equal"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Sorts_like_Array_Sort_at_every_length(string shape)
    {
        var random = new Random(17);
        foreach (var length in Enumerable.Range(0, 70).Concat([100, 255, 256, 1_000, 5_000]))
        {
            var values = Enumerable.Range(0, length).Select(i => shape switch
            {
                "random" => (ulong)random.NextInt64() * 3,
                "few distinct" => (ulong)random.Next(4),
                "sorted" => (ulong)i,
                "reversed" => (ulong)(length - i),
                "organ pipe" => (ulong)Math.Min(i, length - i),
                _ => 42UL,
            }).ToArray();
            var expected = values.ToArray();
            Array.Sort(expected);
            NumberSort.Sort(values.AsSpan());
            Assert.Equal(expected, values);
        }
    }

    [Fact]
    public void Past_the_depth_limit_ranges_are_heap_sorted_to_the_same_order()
    {
        var random = new Random(5);
        foreach (var depthLimit in new[] { 0, 1, 2 })
        {
            var values = Enumerable.Range(0, 3_000).Select(_ => random.Next(-50, 50)).ToArray();
            var expected = values.Order().ToArray();
            NumberSort.IntroSort(values.AsSpan(), depthLimit);
            Assert.Equal(expected, values);
        }
    }

    [Fact]
    public void Distinct_keeps_one_of_each_value_in_order_at_the_front()
    {
        ulong[] values = [1, 1, 2, 5, 5, 5, 9];
        Assert.Equal(4, NumberSort.Distinct(values.AsSpan()));
        Assert.Equal([1UL, 2, 5, 9], values[..4]);
        Assert.Equal(0, NumberSort.Distinct(Span<ulong>.Empty));
        Assert.Equal(1, NumberSort.Distinct(new ulong[] { 7 }.AsSpan()));
    }

    [Fact]
    public void Signed_values_sort_below_zero()
    {
        long[] values = [3, -1, long.MinValue, 0, long.MaxValue, -1, 2];
        NumberSort.Sort(values.AsSpan());
        Assert.Equal([long.MinValue, -1, -1, 0, 2, 3, long.MaxValue], values);
    }

    [Theory]
    [InlineData(0, "hashes")]
    [InlineData(16, "hashes")]
    [InlineData(17, "hashes")]
    [InlineData(40, "hashes")]
    [InlineData(100, "pairs")]
    [InlineData(200, "shared prefix")]
    [InlineData(255, "hashes")]
    [InlineData(256, "hashes")]
    [InlineData(3000, "hashes")]
    [InlineData(70_000, "hashes")]
    [InlineData(40, "one bucket")]
    [InlineData(4000, "one bucket")]
    [InlineData(3000, "pairs")]
    [InlineData(3000, "shared prefix")]
    [InlineData(500, "all equal")]
    public void Sorts_by_leading_bits_as_a_comparison_sort_orders(int count, string shape)
    {
        var random = new Random(count);
        var values = Enumerable.Range(0, count).Select(i => shape switch
        {
            // Random 64-bit values, some repeated, and values differing only in their top or bottom byte.
            "hashes" => i % 7 == 0 ? (ulong)(i % 5) << 56 : i % 11 == 0 ? 42UL : (ulong)random.NextInt64() * 3,
            // Two values of one top byte alternating (a bucket of thousands, most of them equal), then a few random ones.
            "one bucket" => i < count - 20 ? 0xAB00_0000_0000_0000UL | (ulong)(i % 2) * 0xFFFFUL : (ulong)random.NextInt64() * 5,
            // LSH's candidate pairs: a document number above another, both small, so the top bytes are all zero.
            "pairs" => (ulong)random.Next(2_300) << 32 | (uint)random.Next(2_300),
            // Every value shares its top 40 bits; the buckets are cut from the bits below them.
            "shared prefix" => 0x1234_5678_9A00_0000UL | (uint)random.Next(1 << 24),
            _ => 77UL,
        }).ToArray();
        var expected = values.Order().ToArray();
        NumberSort.SortByLeadingBits(values);
        Assert.Equal(expected, values);
    }
}
