using NewsQuality.Text;

namespace NewsQuality.Core.Tests.Text;

/// <summary>The per-thread working arrays of NQ2014, NQ3003 and NQ4003: kept and grown up to a bound, never kept beyond it.</summary>
public class ReusedArrayTests
{
    [Fact]
    public void Room_gives_the_kept_array_while_it_is_long_enough_and_grows_it_at_least_twofold()
    {
        var reused = new ReusedArray<int>();
        var first = reused.Room(5, kept: 100);
        Assert.Equal(5, first.Length);
        first[0] = 42;
        Assert.Same(first, reused.Room(3, kept: 100));
        Assert.Same(first, reused.Room(5, kept: 100));
        Assert.Equal(42, reused.Room(1, kept: 100)[0]); // contents are left as they were
        var grown = reused.Room(6, kept: 100);
        Assert.Equal(10, grown.Length);
        Assert.Same(grown, reused.Room(10, kept: 100));
        Assert.Equal(30, reused.Room(30, kept: 100).Length); // more than twice: exactly what is asked
        Assert.Empty(new ReusedArray<int>().Room(0, kept: 0));
    }

    [Fact]
    public void Growth_stops_at_the_kept_bound_and_a_longer_request_gets_an_array_that_is_not_kept()
    {
        var reused = new ReusedArray<int>();
        var kept = reused.Room(60, kept: 100);
        var capped = reused.Room(61, kept: 100);
        Assert.Equal(100, capped.Length); // twice 60, but no more than the bound
        Assert.NotSame(kept, capped);
        var own = reused.Room(101, kept: 100);
        Assert.Equal(101, own.Length);
        Assert.NotSame(own, reused.Room(101, kept: 100));
        Assert.Same(capped, reused.Room(100, kept: 100)); // the kept array is still the bounded one
    }

    [Fact]
    public void Grown_keeps_the_used_elements_when_it_must_move_them()
    {
        var reused = new ReusedArray<int>();
        var array = reused.Room(2, kept: 8);
        var used = 0;
        for (var i = 0; i < 20; i++)
        {
            array = reused.Grown(array, used, used + 1, kept: 8);
            array[used++] = i * i;
        }
        Assert.Equal(Enumerable.Range(0, 20).Select(i => i * i), array.Take(used));
        Assert.True(array.Length >= 20);
        Assert.Equal(8, reused.Room(1, kept: 8).Length); // past the bound the filled array was not kept
        var small = reused.Room(1, kept: 8);
        Assert.Same(small, reused.Grown(small, 0, 8, kept: 8)); // long enough already: the same array
    }
}
