using System.Text;
using System.Text.Json;

namespace NewsQuality.Shard.Tests;

/// <summary>
/// A made-up news corpus split into JSON Lines shards, with every kind of corpus finding planted at known rates (fixed
/// seed): near-duplicates of earlier stories (a tenth of their words changed; some dated, so representatives are chosen by
/// date and by links), stories padded with paragraphs pasted from another (NQ1002), and sites whose template lines recur
/// across their stories (NQ4003).
/// </summary>
public static class GeneratedCorpus
{
    private static readonly string[] Sites = ["harbour-times", "valley-post", "metro-daily", "coast-herald", "plains-gazette"];

    /// <returns>The shard files, in order, named relative to <paramref name="folder"/>.</returns>
    public static IReadOnlyList<string> Write(string folder, int articles, int shards, int seed)
    {
        var random = new Random(seed);
        var vocabulary = Enumerable.Range(0, 20_000).Select(_ => Word(random)).ToArray();
        var templates = Sites.ToDictionary(site => site, site => new[]
        {
            $"Sign up for the {site} morning briefing",
            $"Follow {site} on every platform for live updates",
        });
        var originals = new List<string[]>();
        var paths = Enumerable.Range(0, shards).Select(s => $"shard-{s:D2}.jsonl").ToList();
        var writers = paths.Select(p => new StreamWriter(Path.Combine(folder, p), false, new UTF8Encoding(false))).ToList();
        try
        {
            for (var i = 0; i < articles; i++)
            {
                var roll = random.NextDouble();
                string[] paragraphs;
                if (originals.Count > 0 && roll < 0.08) paragraphs = Respun(originals[random.Next(originals.Count)], random, vocabulary);
                else if (originals.Count > 0 && roll < 0.12)
                {
                    var source = originals[random.Next(originals.Count)];
                    paragraphs = [.. Story(random, vocabulary, 8), .. source.Take(3)];
                }
                else
                {
                    paragraphs = Story(random, vocabulary, random.Next(5, 10));
                    if (originals.Count < 2_000) originals.Add(paragraphs); else originals[random.Next(originals.Count)] = paragraphs;
                }
                var site = Sites[random.Next(Sites.Length)];
                var lines = new List<string>(paragraphs);
                foreach (var template in templates[site])
                    if (random.NextDouble() < 0.7) lines.Insert(random.Next(lines.Count + 1), template);
                var record = new Dictionary<string, object>
                {
                    ["id"] = $"g{i}",
                    ["title"] = $"{Capitalised(vocabulary[random.Next(2000)])} {vocabulary[random.Next(2000)]} story {i}",
                    ["source"] = site,
                    ["text"] = string.Join("\n\n", lines),
                };
                if (random.NextDouble() < 0.4) record["published"] = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(500_000)).ToString("O");
                writers[(int)((long)i * shards / articles)].WriteLine(JsonSerializer.Serialize(record));
            }
        }
        finally
        {
            foreach (var writer in writers) writer.Dispose();
        }
        return paths;
    }

    private static string[] Story(Random random, string[] vocabulary, int paragraphs) =>
        Enumerable.Range(0, paragraphs).Select(_ => Capitalised(string.Join(' ', Enumerable.Range(0, random.Next(40, 70)).Select(_ => vocabulary[Zipf(random, vocabulary.Length)]))) + ".").ToArray();

    private static string[] Respun(string[] paragraphs, Random random, string[] vocabulary) =>
        paragraphs.Select(p => string.Join(' ', p.Split(' ').Select(w => random.NextDouble() < 0.1 ? vocabulary[Zipf(random, vocabulary.Length)] : w))).ToArray();

    private static int Zipf(Random random, int size) => Math.Min(size - 1, (int)Math.Exp(random.NextDouble() * Math.Log(size)) - 1);

    private static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static string Word(Random random)
    {
        const string consonants = "bcdfghklmnprstvz", vowels = "aeiou";
        var syllables = random.Next(1, 4);
        var word = new StringBuilder();
        for (var s = 0; s < syllables; s++) word.Append(consonants[random.Next(consonants.Length)]).Append(vowels[random.Next(vowels.Length)]);
        return word.ToString();
    }
}
