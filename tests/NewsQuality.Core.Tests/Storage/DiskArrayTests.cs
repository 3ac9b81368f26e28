using NewsQuality.Storage;

namespace NewsQuality.Core.Tests.Storage;

public class DiskArrayTests
{
    [Fact]
    public void Records_read_back_by_index_and_in_order_across_block_boundaries()
    {
        using var array = new DiskArray<(long Key, int Value)>();
        const int count = 20_000; // several 64 KB blocks of 16-byte records
        for (var i = 0; i < count; i++) array.Add((i * 7L, -i));
        Assert.Equal(count, array.Count);
        Assert.Equal((7L * 12_345, -12_345), array[12_345]);
        Assert.Equal((7L * (count - 1), -(count - 1)), array[count - 1]); // still in the write buffer
        Assert.Equal(Enumerable.Range(0, count).Select(i => (i * 7L, -i)), array);
        Assert.Throws<ArgumentOutOfRangeException>(() => array[count]);
    }

    [Fact]
    public void Records_read_by_index_in_any_order_from_several_threads_and_arrays_are_those_written()
    {
        // 24-byte records: a block of the file is 5,461 of them (written out after that many), one read around a record 170.
        const int count = 40_000;
        using var first = new DiskArray<(long, long, long)>();
        using var second = new DiskArray<(long, long, long)>();
        for (var i = 0; i < count; i++)
        {
            first.Add((i, 1, -i));
            second.Add((i, 2, -i));
        }
        var random = new Random(5);
        var orders = new[]
        {
            Enumerable.Range(0, count).ToArray(),
            Enumerable.Range(0, count).Reverse().ToArray(),
            Enumerable.Range(0, count).Select(_ => random.Next(count)).ToArray(),
            Enumerable.Range(0, count / 2).SelectMany(i => new[] { i, count - 1 - i }).ToArray(), // two places far apart, in turn
        };
        Parallel.ForEach(orders, order =>
        {
            foreach (var i in order)
            {
                Assert.Equal((i, 1L, -i), first[i]);
                Assert.Equal((i, 2L, -i), second[i]);
            }
        });
    }

    [Fact]
    public void A_record_written_after_its_block_was_read_reads_back()
    {
        // 24-byte records: the file is written 2,730 at a time (64 KB), and read 170 at a time around a record (4 KB), so
        // the block read around record 2,729 ends where the file ended then, ten records in.
        const int written = 2_730;
        using var array = new DiskArray<(long, long, long)>();
        for (var i = 0; i < written + 10; i++) array.Add((i, 0, -i));
        Assert.Equal((written - 1L, 0L, 1L - written), array[written - 1]);
        for (var i = written + 10; i < 3 * written; i++) array.Add((i, 0, -i));
        // Written out since: read from the file, not taken as missing from the block read before.
        Assert.Equal((written + 5L, 0L, -written - 5L), array[written + 5]);
        Assert.Equal((written - 2L, 0L, 2L - written), array[written - 2]);
        Assert.Equal((2L * written + 1, 0L, -2L * written - 1), array[2 * written + 1]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(3_000)]
    [InlineData(1_000_000)] // more than a block: the buffer starts at a block
    public void Arrays_filled_together_keep_their_records_whatever_size_they_expect(int expectedRecords)
    {
        // As LSH fills its bands: a record to each in turn. 12-byte records: a block (5,461 records) is not a power of two.
        const int count = 12_000, arrays = 5;
        var filled = Enumerable.Range(0, arrays).Select(_ => new DiskArray<(int, int, int)>(expectedRecords: expectedRecords)).ToArray();
        try
        {
            for (var i = 0; i < count; i++)
                for (var a = 0; a < arrays; a++) filled[a].Add((a, i, -i));
            for (var a = 0; a < arrays; a++)
            {
                Assert.Equal(count, filled[a].Count);
                Assert.Equal(Enumerable.Range(0, count).Select(i => (a, i, -i)), filled[a]);
                Assert.Equal((a, count - 1, 1 - count), filled[a][count - 1]);
                Assert.Equal((a, 5_461, -5_461), filled[a][5_461]);
            }
        }
        finally
        {
            foreach (var array in filled) array.Dispose();
        }
    }
}

public class ExternalSortTests
{
    [Theory]
    [InlineData(0)]      // one run, sorted in memory
    [InlineData(1_000)]  // many runs, merged
    [InlineData(999)]    // runs of uneven length
    public void Sorts_like_an_in_memory_sort_whatever_the_run_size(int runRecords)
    {
        var random = new Random(7);
        var values = Enumerable.Range(0, 25_000).Select(_ => (random.Next(500), random.Next())).ToList();
        using var array = new DiskArray<(int, int)>();
        foreach (var value in values) array.Add(value);
        Assert.Equal(values.Order(), ExternalSort.Sorted(array, runRecords: runRecords));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1_000)]
    [InlineData(7_777)]
    public void Sorted_blocks_in_order_are_the_sorted_records(int runRecords)
    {
        var random = new Random(11);
        var values = Enumerable.Range(0, 30_000).Select(_ => (ulong)random.NextInt64(0, 5_000)).ToList();
        using var array = new DiskArray<ulong>();
        foreach (var value in values) array.Add(value);
        var blocks = ExternalSort.SortedBlocks(array, runRecords: runRecords).Select(block => block.ToArray()).ToList();
        Assert.Equal(values.Order(), blocks.SelectMany(block => block));
        Assert.All(blocks, block => Assert.NotEmpty(block));
        // One block when the records sort in one run; merged blocks of at most 64 KB otherwise.
        if (runRecords == 0) Assert.Single(blocks);
        else Assert.True(blocks.Count > 1 && blocks.All(block => block.Length <= 8192));
    }

    [Fact]
    public void Honours_a_comparer_and_an_empty_input()
    {
        using var array = new DiskArray<int>();
        Assert.Empty(ExternalSort.Sorted(array));
        foreach (var value in new[] { 3, 1, 2 }) array.Add(value);
        Assert.Equal([3, 2, 1], ExternalSort.Sorted(array, Comparer<int>.Create((a, b) => b.CompareTo(a)), runRecords: 2));
    }
}
