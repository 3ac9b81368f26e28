using NewsQuality.Model;

namespace NewsQuality.Analysis;

/// <summary>
/// The first pass's articles, handed to the second pass in input order: an article keeps what the first pass found out
/// about it (words, paragraphs, masthead, link lines, boilerplate lines, content lines), which the second pass's rules
/// read again; re-finding them was a fifth of a check's CPU on real articles. Only the first articles up to a budget of
/// text are kept, so a large corpus costs no more memory than this: the articles past it are made again from what the
/// second pass re-reads.
/// </summary>
internal sealed class CarriedArticles(long budgetChars)
{
    /// <summary>
    /// Text kept by default: 8 million characters (the 2,225 BBC articles are 5 million); an article with its words and
    /// lines takes about ten times its text in bytes, so at most about 100 MB more while both passes run.
    /// </summary>
    public const long DefaultBudgetChars = 8_000_000;

    private readonly List<Article?> _articles = [];
    private long _chars;

    /// <summary>Keeps the next article of the first pass (in input order), while the budget lasts.</summary>
    public void Keep(Article article)
    {
        if (_chars > budgetChars) return;
        _chars += article.Text.Length;
        if (_chars <= budgetChars) _articles.Add(article);
    }

    /// <summary>
    /// The first pass's article number <paramref name="index"/> if it was kept and is the one the second pass read again
    /// (same id), else <paramref name="reread"/>. Lets go of the kept one, so memory falls as the second pass goes on.
    /// </summary>
    public Article Take(int index, Article reread)
    {
        if (index >= _articles.Count || _articles[index] is not { } kept) return reread;
        _articles[index] = null;
        return kept.Id == reread.Id ? kept : reread;
    }
}
