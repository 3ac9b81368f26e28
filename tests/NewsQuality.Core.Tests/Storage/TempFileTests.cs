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

    private static SpillFile Spill(string folder)
    {
        var spill = new SpillFile(folder);
        spill.Write<ulong>([1, 2, 3]);
        return spill;
    }

    private static DiskArray<int> Records(string folder)
    {
        var array = new DiskArray<int>(folder);
        array.Add(1);
        return array;
    }
}
