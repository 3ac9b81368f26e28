using NewsQuality.IO;

namespace NewsQuality.Core.Tests.IO;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nq-atomic-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Replaces_the_content_and_leaves_no_temporary_file()
    {
        var path = Path.Combine(_dir, "report.json");
        File.WriteAllText(path, "old");
        AtomicFile.WriteAllText(path, "new");
        Assert.Equal("new", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_dir));
    }

    [Fact]
    public void A_write_that_fails_midway_keeps_the_old_file_intact()
    {
        var path = Path.Combine(_dir, "index.db");
        File.WriteAllText(path, "precious");
        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("partial"u8);
            throw new InvalidOperationException("interrupted");
        }));
        Assert.Equal("precious", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_dir));
    }
}
