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
        using var spill = new SpillFile(memoryBudget: 0);
        var small = spill.Write<int>([1, 2, 3]);
        // Read before anything reached the file, then written past a full chunk (2 MB) and beside it.
        Assert.Equal([1, 2, 3], spill.Read(small));
        var large = Enumerable.Range(0, 600_000).Select(i => (long)i * 7).ToArray();
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
        using var spill = new SpillFile(memoryBudget: 0);
        var inFile = spill.Write<int>(Enumerable.Range(0, 600_000).ToArray());
        var buffered = spill.Write<int>([4, 5, 6]);
        var buffer = Enumerable.Repeat(-1, 600_010).ToArray();
        // From memory, then from the file and memory (the array's last bytes are in the chunk gathering writes) into the same
        // buffer; what lies past an array stays as it was.
        Assert.Equal([4, 5, 6], spill.Read(buffered, buffer).ToArray());
        Assert.Equal(-1, buffer[3]);
        Assert.Equal(600_000, spill.Read(inFile, buffer).Length);
        Assert.Equal(Enumerable.Range(0, 600_000), buffer[..600_000]);
        Assert.All(buffer[600_000..], value => Assert.Equal(-1, value));
        Assert.Throws<ArgumentOutOfRangeException>(() => spill.Read(buffered, new int[2]).Length);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3 * SpillFile.ChunkBytes)]
    [InlineData(SpillFile.DefaultMemoryBudget)]
    public void Arrays_across_chunks_and_the_budget_read_back_while_others_are_written(long memoryBudget)
    {
        // Arrays of every size up to two chunks, written from four threads while each thread reads back what it wrote before:
        // a read meets the bytes in memory, in the file, or both, as the full chunks move out under it.
        var folder = Directory.CreateTempSubdirectory("nq-spill-").FullName;
        try
        {
            using var spill = new SpillFile(folder, memoryBudget);
            var random = new Random(17);
            var sizes = Enumerable.Range(0, 400).Select(i => i % 50 == 49 ? random.Next(SpillFile.ChunkBytes / 8, SpillFile.ChunkBytes / 4) : random.Next(0, 3_000)).ToArray();
            var written = sizes.AsParallel().WithDegreeOfParallelism(4).Select((size, i) =>
            {
                var values = Enumerable.Range(0, size).Select(j => ((ulong)i << 32) | (uint)j).ToArray();
                var spilled = spill.Write<ulong>(values);
                Assert.Equal(values, spill.Read(spilled));
                return (values, spilled);
            }).ToArray();
            foreach (var (values, spilled) in written) Assert.Equal(values, spill.Read(spilled));
            Assert.Equal(sizes.Sum(size => 8L * size), spill.Length);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_disposed_spill_refuses_reads_and_writes_of_what_it_held_in_memory()
    {
        var spill = new SpillFile();
        var spilled = spill.Write<int>([1, 2, 3]);
        spill.Dispose();
        Assert.Throws<ObjectDisposedException>(() => spill.Read(spilled));
        Assert.Throws<ObjectDisposedException>(() => spill.Write<int>([4]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Plain ASCII, with a tab\tand a line end\n")]
    [InlineData("Café \u00FF\u0000 crème brûlée \u00A0£")]
    [InlineData("Latin-1 then \u0100 past it")]
    [InlineData("Ελληνικά, 😀 and a lone half \uD800 of a pair")]
    public void Texts_read_back_as_written_narrow_when_every_character_is_latin_1(string text)
    {
        using var spill = new SpillFile(memoryBudget: 0);
        var padding = spill.Write<byte>(new byte[SpillFile.ChunkBytes - 3]);
        // Across the first chunk's end, and again from the file once the chunk has moved there.
        var spilled = spill.WriteText(text);
        Assert.Equal(text, spill.ReadText(spilled));
        Assert.Equal(text.All(c => c <= '\u00FF'), spilled.Narrow);
        Assert.Equal(padding.Count + (spilled.Narrow ? 1 : 2) * (long)text.Length, spill.Length);
        spill.Write<byte>(new byte[SpillFile.ChunkBytes]);
        Assert.Equal(text, spill.ReadText(spilled));
    }
}
