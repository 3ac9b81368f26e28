using System.Text;
using System.Text.Json;

namespace NewsQuality.Bench.Dedup;

/// <summary>
/// Writes N synthetic news-length articles (~3 KB, words drawn Zipf-like from a made-up vocabulary) as JSON Lines,
/// a known fraction of them near-duplicates of an earlier article (10% of words substituted). Fixed seed.
/// With <c>paragraphWords</c>, the text is split into paragraphs of that many words, as news is; with a
/// <c>vocabulary</c> (most frequent first), its words are drawn from it instead.
/// </summary>
public static class SyntheticCorpus
{
    public sealed record Written(string Path, int Articles, int Planted, long Bytes);

    public static Written Write(string path, int count, double plantedFraction, int seed, int paragraphWords = 0, string[]? vocabulary = null)
    {
        var random = new Random(seed);
        vocabulary ??= Enumerable.Range(0, 30_000).Select(i => Word(random)).ToArray();
        var bodies = new List<string>();
        var planted = 0;
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20))
        {
            for (var i = 0; i < count; i++)
            {
                string body;
                if (i > 0 && random.NextDouble() < plantedFraction)
                {
                    var words = bodies[random.Next(bodies.Count)].Split(' ');
                    for (var w = 0; w < words.Length; w++)
                        if (random.NextDouble() < 0.1) words[w] = vocabulary[Zipf(random, vocabulary.Length)];
                    body = string.Join(' ', words);
                    planted++;
                }
                else
                {
                    body = string.Join(' ', Enumerable.Range(0, 480).Select(_ => vocabulary[Zipf(random, vocabulary.Length)]));
                    // Only the originals are kept as sources of copies; a bounded pool keeps memory flat for large N.
                    if (bodies.Count < 5_000) bodies.Add(body); else bodies[random.Next(bodies.Count)] = body;
                }
                writer.WriteLine(JsonSerializer.Serialize(new { id = $"a{i}", title = $"Synthetic story {i}", text = Paragraphs(body, paragraphWords) }));
            }
        }
        return new Written(path, count, planted, new FileInfo(path).Length);
    }

    private static string Paragraphs(string body, int paragraphWords) =>
        paragraphWords <= 0 ? body : string.Join("\n\n", body.Split(' ').Chunk(paragraphWords).Select(words => string.Join(' ', words)));

    /// <summary>English words, most frequent first, from the document-frequency table shipped in NewsQuality.Core.</summary>
    public static string[] EnglishVocabulary()
    {
        using var stream = typeof(NewsQuality.Text.TermWeights).Assembly.GetManifestResourceStream("NewsQuality.Text.background-df.tsv")!;
        using var reader = new StreamReader(stream);
        var words = new List<(string Word, int Frequency)>();
        while (reader.ReadLine() is { } line)
            if (line.Split('\t') is [var word, var frequency] && !line.StartsWith('#')) words.Add((word, int.Parse(frequency)));
        return words.OrderByDescending(w => w.Frequency).ThenBy(w => w.Word, StringComparer.Ordinal).Select(w => w.Word).ToArray();
    }

    /// <summary>Roughly Zipfian ranks: frequent words are frequent, as in prose.</summary>
    private static int Zipf(Random random, int size) => Math.Min(size - 1, (int)Math.Exp(random.NextDouble() * Math.Log(size)) - 1);

    private static string Word(Random random)
    {
        var letters = new char[random.Next(2, 10)];
        for (var i = 0; i < letters.Length; i++) letters[i] = (char)('a' + random.Next(26));
        return new string(letters);
    }
}
