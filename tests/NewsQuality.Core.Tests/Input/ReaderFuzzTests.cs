using System.Text;
using NewsQuality.Input;

namespace NewsQuality.Core.Tests.Input;

/// <summary>
/// Thousands of malformed inputs (valid samples with bytes flipped, cut, duplicated or injected, and pure noise) through
/// every reader, with a fixed seed: a reader must never throw, and never take long on one input.
/// </summary>
public class ReaderFuzzTests
{
    private const int InputsPerReader = 1800;

    private static readonly Dictionary<string, byte[]> Samples = new()
    {
        ["text"] = Encoding.UTF8.GetBytes("Headline here\n\nA body paragraph with “quotes” and – dashes.\n\nAnother one."),
        ["markdown"] = Encoding.UTF8.GetBytes("---\nauthor: x\n---\n\n# Headline\n\nBody *text* here.\n"),
        ["jsonl"] = Encoding.UTF8.GetBytes("{\"id\":\"a\",\"title\":\"T\",\"text\":\"Body \\u00e9 text.\",\"published\":\"2021-01-01\"}\n{\"id\":\"b\",\"text\":\"More.\"}\n"),
        ["html"] = Encoding.UTF8.GetBytes("<html><head><meta property=\"og:title\" content=\"T\"><title>T</title></head><body><article><h1>T</h1><p>Body &amp; more <b>bold</b>.</p><!-- c --><script>x()</script></article></body></html>"),
        ["warc"] = ArchiveAndCsvReaderTests.Warc(("https://x.example/a", "text/html", "<html><body><p>Body text.</p></body></html>")),
        ["csv"] = Encoding.UTF8.GetBytes("id,title,text\n1,\"A, b\",\"Line one\nline two \"\"q\"\"\"\n2,T,Body\n"),
    };

    public static TheoryData<string> Formats() => new(ReaderRegistry.Default.Readers.Select(r => r.Format));

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Malformed_inputs_never_throw_or_hang(string format)
    {
        var reader = ReaderRegistry.Default.ForFormat(format)!;
        var sample = Samples[format];
        // string.GetHashCode differs between processes; the seed must not, so a failure can be replayed.
        var random = new Random(format.Aggregate(20261124, (seed, c) => seed * 31 + c));
        var path = "fuzz" + reader.Extensions[0];
        var options = new ReaderOptions { MaxArticleBytes = 64 * 1024 };
        for (var i = 0; i < InputsPerReader; i++)
        {
            var input = Mutate(sample, random);
            var read = Task.Run(() => reader.Read(path, () => new MemoryStream(input), options).Count());
            var finished = await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(10)));
            Assert.True(finished == read, $"{format} reader hung on input {i}");
            Assert.True(await read >= 1, $"{format} reader gave neither an article nor an error on input {i}");
        }
    }

    [Fact]
    public void The_fuzz_covers_every_registered_reader_with_over_ten_thousand_inputs()
    {
        Assert.Equal(ReaderRegistry.Default.Readers.Select(r => r.Format).Order(), Samples.Keys.Order());
        Assert.True(Samples.Count * InputsPerReader >= 10_000);
    }

    private static byte[] Mutate(byte[] sample, Random random)
    {
        var bytes = new List<byte>(sample);
        switch (random.Next(6))
        {
            case 0: return Enumerable.Range(0, random.Next(0, 300)).Select(_ => (byte)random.Next(256)).ToArray();
            case 1: return sample[..random.Next(sample.Length + 1)];
        }
        for (var edits = random.Next(1, 12); edits > 0 && bytes.Count > 0; edits--)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0: bytes[at] = (byte)random.Next(256); break;
                case 1: bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 20))); break;
                case 2: bytes.InsertRange(at, Encoding.UTF8.GetBytes(Pick(random, ["\"", "<", ">", "\r\n", "\0", "{", "}", ",", "\\", "<div>", "WARC/1.0\r\n", "Content-Length: 99999999\r\n", "&#xD800;", "\u2028"]))); break;
                case 3: bytes.InsertRange(at, bytes.GetRange(at, Math.Min(bytes.Count - at, random.Next(1, 64)))); break;
                default: bytes.InsertRange(at, Enumerable.Repeat((byte)random.Next(256), random.Next(1, 2000))); break;
            }
        }
        return bytes.ToArray();
    }

    private static string Pick(Random random, string[] options) => options[random.Next(options.Length)];
}
