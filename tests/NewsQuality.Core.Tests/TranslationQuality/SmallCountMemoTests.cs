using NewsQuality.TranslationQuality;

namespace NewsQuality.Core.Tests.TranslationQuality;

public class SmallCountMemoTests
{
    [Fact]
    public void Gives_the_functions_own_bits_and_computes_each_small_count_once()
    {
        var calls = new Dictionary<int, int>();
        var memo = new SmallCountMemo(count =>
        {
            calls[count] = calls.GetValueOrDefault(count) + 1;
            return Math.Log10(1 + count);
        });
        int[] counts = [0, 1, 2, 0, 1, 16383, 16384, 1_000_000, 16384, 2];
        foreach (var count in counts)
            Assert.Equal(BitConverter.DoubleToInt64Bits(Math.Log10(1 + count)), BitConverter.DoubleToInt64Bits(memo.Of(count)));
        // Kept below 16,384; counts past it are computed each time.
        Assert.Equal(1, calls[0]);
        Assert.Equal(1, calls[2]);
        Assert.Equal(1, calls[16383]);
        Assert.Equal(2, calls[16384]);
    }
}
