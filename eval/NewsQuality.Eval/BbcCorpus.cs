using NewsQuality.Input;
using NewsQuality.Model;

namespace NewsQuality.Eval;

/// <summary>The BBC News 2004–2005 development corpus from ../shared/corpora, as articles.</summary>
public static class BbcCorpus
{
    public static IReadOnlyList<Article> Load() =>
        new JsonLinesReader()
            .Read("bbc-news-2005.jsonl", () => File.OpenRead(SharedData.Path("corpora/bbc-news-2005.jsonl")), new ReaderOptions())
            .Where(r => r.Article is not null)
            .Select(r => r.Article!)
            .ToList();

    /// <summary>The category part of an id such as "bbc-politics-123".</summary>
    public static string Category(Article article) => article.Id.Split('-')[1];

    /// <summary>
    /// The held-out half of the translation and residue evaluations: even-numbered articles (bbc-sport-002); their tables (the
    /// language model) read only the odd-numbered half. NQ3003's evaluations split the other way (RealCorpora: even ids tune).
    /// </summary>
    public static bool IsHeldOut(Article article) => int.Parse(article.Id[(article.Id.LastIndexOf('-') + 1)..]) % 2 == 0;

    /// <summary>A copy of <paramref name="article"/> with different text (and the same title span rules).</summary>
    public static Article WithText(Article article, string text, string idSuffix) =>
        new(article.Id + idSuffix, article.Origin, text, article.TitleSpan) { Source = article.Source, Published = article.Published, TitleFromRecord = article.TitleFromRecord };
}
