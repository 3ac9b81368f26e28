using System.Text.Json;
using NewsQuality.Input;
using NewsQuality.Model;

namespace NewsQuality.Eval.Names;

/// <summary>
/// Real professional news for the name checks: BBC News 2005 and the mainstream part of the hyperpartisan-2019
/// corpus (articles marked <c>hyperpartisan: false</c>, 287 sites the rules were not written on). Split by the
/// number in the id: even ids are the tuning half, odd ids the reported half.
/// </summary>
public static class NamesCorpus
{
    public static IReadOnlyList<Article> Bbc() => Read("corpora/bbc-news-2005.jsonl", _ => true);

    public static IReadOnlyList<Article> Mainstream()
    {
        var path = SharedData.Path("corpora/hyperpartisan-2019.jsonl");
        var mainstream = File.ReadLines(path)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(row => !row.GetProperty("hyperpartisan").GetBoolean())
            .Select(row => row.GetProperty("id").GetString()!)
            .ToHashSet(StringComparer.Ordinal);
        return Read("corpora/hyperpartisan-2019.jsonl", article => mainstream.Contains(article.Id));
    }

    /// <summary>True for the reported half (odd id), false for the tuning half (even id).</summary>
    public static bool IsReported(Article article) => long.Parse(article.Id[(article.Id.LastIndexOf('-') + 1)..]) % 2 == 1;

    private static IReadOnlyList<Article> Read(string relative, Func<Article, bool> keep) =>
        new JsonLinesReader()
            .Read(Path.GetFileName(relative), () => File.OpenRead(SharedData.Path(relative)), new ReaderOptions())
            .Where(r => r.Article is not null && keep(r.Article))
            .Select(r => r.Article!)
            .ToList();
}
