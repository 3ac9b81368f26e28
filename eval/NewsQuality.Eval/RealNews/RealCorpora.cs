using System.Text.Json;
using NewsQuality.Input;
using NewsQuality.Model;

namespace NewsQuality.Eval.RealNews;

/// <summary>
/// The two real-news corpora of ../shared/corpora used for false-flag rates: BBC News 2005 (the clean reference) and the
/// mainstream part of the SemEval-2019 hyperpartisan crawl (287 sites, text as crawled), split by numeric id.
/// </summary>
public static class RealCorpora
{
    /// <summary>Which half of each corpus: rules are tuned on even numeric ids and figures reported on odd ones.</summary>
    public enum Split { Tune, Report }

    public sealed record Corpus(string Name, IReadOnlyList<Article> Articles);

    public static IReadOnlyList<Corpus> Load(Split split) =>
    [
        new("BBC News 2005", BbcCorpus.Load().Where(a => In(split, a)).ToList()),
        new("hyperpartisan-2019 mainstream", Mainstream().Where(a => In(split, a)).ToList()),
    ];

    /// <summary>"bbc-sport-002" and "hp-0000123" end in their numbers: even ones tune, odd ones report.</summary>
    public static bool In(Split split, Article article)
    {
        var number = long.Parse(article.Id[(article.Id.LastIndexOf('-') + 1)..]);
        return number % 2 == (split == Split.Tune ? 0 : 1);
    }

    private static IEnumerable<Article> Mainstream()
    {
        const string file = "corpora/hyperpartisan-2019.jsonl";
        // The reader has no field for the crowd label, so the mainstream ids come from a first look at each record.
        var mainstream = File.ReadLines(SharedData.Path(file))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(root => !root.GetProperty("hyperpartisan").GetBoolean())
            .Select(root => root.GetProperty("id").GetString()!)
            .ToHashSet(StringComparer.Ordinal);
        return new JsonLinesReader()
            .Read(Path.GetFileName(file), () => File.OpenRead(SharedData.Path(file)), new ReaderOptions())
            .Select(r => r.Article)
            .Where(a => a is not null && mainstream.Contains(a.Id))
            .Select(a => a!);
    }
}
