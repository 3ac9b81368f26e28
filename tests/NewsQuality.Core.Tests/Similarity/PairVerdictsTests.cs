using NewsQuality.Similarity;

namespace NewsQuality.Core.Tests.Similarity;

public class PairVerdictsTests
{
    [Fact]
    public void A_verdict_is_given_back_for_its_pair_only()
    {
        var verdicts = new PairVerdicts(PairVerdicts.SlotsFor(100));
        verdicts.Set(0, 1, true);
        verdicts.Set(1, 2, false);
        verdicts.Set(7, int.MaxValue, true);
        Assert.True(verdicts.TryGet(0, 1, out var yes) && yes);
        Assert.True(verdicts.TryGet(1, 2, out var no) && !no);
        Assert.True(verdicts.TryGet(7, int.MaxValue, out var highest) && highest);
        Assert.False(verdicts.TryGet(0, 2, out _));
        Assert.False(verdicts.TryGet(2, 7, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => verdicts.Set(3, 3, true));
    }

    [Fact]
    public void A_full_table_forgets_new_pairs_and_keeps_the_old()
    {
        var verdicts = new PairVerdicts(PairVerdicts.SlotsFor(1));
        for (var i = 0; i < 5000; i++) verdicts.Set(i, i + 1, i % 3 == 0);
        var kept = Enumerable.Range(0, 5000).Count(i => verdicts.TryGet(i, i + 1, out var verdict) && verdict == (i % 3 == 0));
        var wrong = Enumerable.Range(0, 5000).Count(i => verdicts.TryGet(i, i + 1, out var verdict) && verdict != (i % 3 == 0));
        Assert.InRange(kept, 900, 1024);
        Assert.Equal(0, wrong);
    }

    [Fact]
    public void Threads_setting_at_once_lose_no_verdict()
    {
        var verdicts = new PairVerdicts(PairVerdicts.SlotsFor(1 << 16));
        Parallel.For(0, 20_000, i => verdicts.Set(i % 10_000, 10_000 + i % 7, i % 10_000 % 2 == 0));
        for (var i = 0; i < 10_000; i++) Assert.True(verdicts.TryGet(i, 10_000 + i % 7, out var verdict) && verdict == (i % 2 == 0), $"pair {i}");
    }
}
