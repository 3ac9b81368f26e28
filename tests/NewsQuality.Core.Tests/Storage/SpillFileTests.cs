using NewsQuality.Storage;

namespace NewsQuality.Core.Tests.Storage;

public class SpillFileTests
{
    [Fact]
    public void Arrays_written_in_parallel_read_back_exactly()
    {
        using var spill = new SpillFile();
        var sets = Enumerable.Range(0, 500).Select(i => Enumerable.Range(0, i % 37).Select(j => (ulong)(i * 1000 + j)).ToArray()).ToArray();
        var handles = sets.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(set => spill.Write<ulong>(set)).ToArray();
        var signature = spill.Write<uint>([7u, 8u, uint.MaxValue]);
        for (var i = 0; i < sets.Length; i++) Assert.Equal(sets[i], spill.Read(handles[i]));
        Assert.Equal([7u, 8u, uint.MaxValue], spill.Read(signature));
        Assert.Equal(sets.Sum(s => s.Length) * 8L + 12, spill.Length);
    }

    [Fact]
    public void Arrays_read_back_while_writes_are_still_gathered_and_past_the_gathering_size()
    {
        using var spill = new SpillFile();
        var small = spill.Write<int>([1, 2, 3]);
        // Read before anything reached the file, then written past a full buffer (1 MB) and beside it.
        Assert.Equal([1, 2, 3], spill.Read(small));
        var large = Enumerable.Range(0, 300_000).Select(i => (long)i * 7).ToArray();
        var big = spill.Write<long>(large);
        var after = spill.Write<char>("after".AsSpan());
        Assert.Equal(large, spill.Read(big));
        Assert.Equal("after", spill.ReadString(after));
        Assert.Equal([1, 2, 3], spill.Read(small));
        Assert.Equal(12L + large.Length * 8L + 10, spill.Length);
    }

    [Fact]
    public void Arrays_read_into_a_longer_buffer_fill_its_start_only()
    {
        using var spill = new SpillFile();
        var inFile = spill.Write<int>(Enumerable.Range(0, 300_000).ToArray());
        var buffered = spill.Write<int>([4, 5, 6]);
        var buffer = Enumerable.Repeat(-1, 300_010).ToArray();
        // From memory, then from the file into the same buffer; what lies past an array stays as it was.
        Assert.Equal([4, 5, 6], spill.Read(buffered, buffer).ToArray());
        Assert.Equal(-1, buffer[3]);
        Assert.Equal(300_000, spill.Read(inFile, buffer).Length);
        Assert.Equal(Enumerable.Range(0, 300_000), buffer[..300_000]);
        Assert.All(buffer[300_000..], value => Assert.Equal(-1, value));
        Assert.Throws<ArgumentOutOfRangeException>(() => spill.Read(buffered, new int[2]).Length);
    }
}
