using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Similarity;

/// <summary>The parts of an article that duplication is judged on: its lines without site chrome and link lines.</summary>
public static class ContentSpans
{
    public static SpanSet Of(Article article) => article.ContentLines;

    /// <summary>What <see cref="Article.ContentLines"/> keeps: found there once per article.</summary>
    internal static SpanSet Find(Article article)
    {
        var links = article.LinkLineSpans;
        // A short capitalised headline over a short first line looks like a masthead (wire notices do); the article's own title is kept.
        var mastheadLines = article.Masthead.Lines;
        var kept = new List<TextSpan>();
        foreach (var line in article.NonBlankLines)
            if (!links.Contains(line) && !IsMasthead(line) && article.BoilerplateKind(line) is null) kept.Add(line);
        return new SpanSet(kept);

        bool IsMasthead(TextSpan line)
        {
            foreach (var masthead in mastheadLines)
                if (masthead == line && !masthead.Overlaps(article.TitleSpan)) return true;
            return false;
        }
    }

    /// <summary>Content paragraphs (blank-line separated) with at least <paramref name="minWords"/> words.</summary>
    public static IReadOnlyList<TextSpan> Paragraphs(Article article, int minWords)
    {
        var content = Of(article);
        var paragraphs = new List<TextSpan>();
        foreach (var paragraph in article.Paragraphs)
            if (content.OverlapsAny(paragraph) && HasWords(article.Text, paragraph, minWords)) paragraphs.Add(paragraph);
        return paragraphs;
    }

    /// <summary>
    /// Whether <paramref name="span"/> holds at least <paramref name="count"/> words (as <see cref="Article.WordsIn"/> cuts
    /// them), counted where they stand: the first pass needs no article's words otherwise, and made every article's (a
    /// string per word) only for this count.
    /// </summary>
    private static bool HasWords(string text, TextSpan span, int count)
    {
        foreach (var _ in Tokenizer.WordSpans(text, span))
            if (--count <= 0) return true;
        return count <= 0;
    }
}
