using NewsQuality.Storage;

namespace NewsQuality.Core.Tests.Storage;

public class TempFileTests
{
    public static TheoryData<string> Kinds() => new("spill file", "record file");

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_file_is_gone_once_disposed_and_on_unix_from_the_start(string kind)
    {
        var folder = Directory.CreateTempSubdirectory("nq-temp-").FullName;
        try
        {
            using (IDisposable file = kind == "spill file" ? Spill(folder) : Records(folder))
            {
                // On Unix the name goes at once, so not even a killed process leaves the file behind.
                if (OperatingSystem.IsWindows()) Assert.Single(Directory.GetFiles(folder));
                else Assert.Empty(Directory.GetFiles(folder));
            }
            Assert.Empty(Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // Past the in-memory buffers (a spill's budget of one 2 MB chunk, a 64 KB block of records), so that the file is made.
    private static SpillFile Spill(string folder)
    {
        var spill = new SpillFile(folder, memoryBudget: 0);
        spill.Write<ulong>(new ulong[300_000]);
        return spill;
    }

    private static DiskArray<int> Records(string folder)
    {
        var array = new DiskArray<int>(folder);
        for (var i = 0; i < 20_000; i++) array.Add(i);
        return array;
    }

    [Fact]
    public void Small_arrays_and_spills_stay_in_memory_and_make_no_file()
    {
        // A folder that does not exist: creating a file there would throw.
        var missing = Path.Combine(Path.GetTempPath(), $"nq-missing-{Guid.NewGuid():N}");
        using var records = new DiskArray<(ulong, int)>(missing);
        for (var i = 0; i < 100; i++) records.Add(((ulong)i, -i));
        using var spill = new SpillFile(missing);
        var written = spill.Write<uint>([1u, 2u, 3u]);
        var longer = spill.Write<long>(Enumerable.Range(0, 5_000).Select(i => (long)i).ToArray());

        Assert.Equal(Enumerable.Range(0, 100).Select(i => ((ulong)i, -i)), records);
        Assert.Equal([(3UL, -3), (4UL, -4)], ExternalSort.Sorted(records).Skip(3).Take(2));
        Assert.Equal([1u, 2u, 3u], spill.Read(written));
        Assert.Equal(4_999L, spill.Read(longer)[^1]);
        Assert.False(Directory.Exists(missing));
    }
}
