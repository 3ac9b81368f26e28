using NewsQuality.Text;

namespace NewsQuality.Core.Tests.Text;

/// <summary>The pooled arrays an article's words live in while its rules run.</summary>
public class PooledArrayTests
{
    [Fact]
    public void Grown_keeps_the_used_part_and_at_least_doubles()
    {
        var words = System.Buffers.ArrayPool<string>.Shared.Rent(16);
        for (var i = 0; i < 16; i++) words[i] = $"word {i}";
        var grown = PooledArray.Grown(words, 16);
        Assert.True(grown.Length >= 32);
        Assert.Equal(Enumerable.Range(0, 16).Select(i => $"word {i}"), grown.Take(16));
        PooledArray.Return(grown, 16);
    }

    [Fact]
    public void Copied_out_is_the_used_part_alone()
    {
        var runs = System.Buffers.ArrayPool<int>.Shared.Rent(16);
        for (var i = 0; i < 16; i++) runs[i] = i * i;
        Assert.Equal([0, 1, 4, 9, 16], PooledArray.CopiedOut(runs, 5));
        Assert.Empty(PooledArray.CopiedOut(System.Buffers.ArrayPool<int>.Shared.Rent(16), 0));
    }

    [Fact]
    public void Return_clears_the_used_part_of_references_and_takes_the_pools_empty_array()
    {
        var words = System.Buffers.ArrayPool<string>.Shared.Rent(16);
        for (var i = 0; i < 16; i++) words[i] = $"word {i}";
        PooledArray.Return(words, 10);
        // Cleared as far as used: what the pool keeps holds no article's strings.
        Assert.All(words.Take(10), Assert.Null);
        PooledArray.Return(System.Buffers.ArrayPool<string>.Shared.Rent(0), 0);
    }
}
