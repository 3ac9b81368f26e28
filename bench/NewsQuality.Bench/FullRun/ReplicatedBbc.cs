using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsQuality.Bench.FullRun;

/// <summary>
/// Real-like articles at any size (issue 17's scaling measure): the 2,225 BBC News articles, then copies of them with
/// light edits, as a story republished under other URLs is: a word dropped here and there, now and then "(updated)" after
/// the title, and in one copy in five one figure corrected. Every copy is a near-duplicate of its original, so the corpus
/// rules (NQ1001–NQ1003) work on clusters that grow with the corpus (about 45 versions of each story at 100,000 articles):
/// a cost that grows faster than the corpus shows as falling articles/s. (Figures changed throughout with the wording
/// kept is what templated notices about different events look like, which NQ1001 rightly keeps apart.)
/// </summary>
public static partial class ReplicatedBbc
{
    /// <summary>Share of a copy's paragraphs that lose one word.</summary>
    private const double DroppedWordShare = 0.3;

    /// <summary>Share of copies with one figure corrected.</summary>
    private const double CorrectedShare = 0.2;

    public static (string Path, long Bytes) Write(string bbcJsonl, string path, int count, int seed)
    {
        var originals = File.ReadLines(bbcJsonl).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<Record>(l)!).ToList();
        var random = new Random(seed);
        using (var writer = new StreamWriter(path, false) { NewLine = "\n" })
            for (var i = 0; i < count; i++)
            {
                var original = originals[i % originals.Count];
                var copy = i / originals.Count;
                var record = copy == 0 ? original : Edited(original, copy, random);
                writer.WriteLine(JsonSerializer.Serialize(new { id = record.id, title = record.title, text = record.text }));
            }
        return (path, new FileInfo(path).Length);
    }

    private static Record Edited(Record original, int copy, Random random)
    {
        var paragraphs = original.text.Split("\n\n").Select(paragraph =>
        {
            if (random.NextDouble() >= DroppedWordShare) return paragraph;
            var words = paragraph.Split(' ');
            if (words.Length < 8) return paragraph;
            var drop = random.Next(1, words.Length - 1);
            return string.Join(' ', words.Where((_, k) => k != drop));
        });
        var text = string.Join("\n\n", paragraphs);
        if (random.NextDouble() < CorrectedShare && Figure().Match(text) is { Success: true } figure)
            text = string.Concat(text.AsSpan(0, figure.Index), (long.Parse(figure.Value) + 1).ToString(), text.AsSpan(figure.Index + figure.Length));
        var title = random.NextDouble() < 0.3 ? original.title + " (updated)" : original.title;
        return new Record($"{original.id}-copy{copy}", title, text);
    }

    [GeneratedRegex(@"\b\d{1,9}\b")]
    private static partial Regex Figure();

    private sealed record Record(string id, string title, string text);
}
