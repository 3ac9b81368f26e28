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
}
