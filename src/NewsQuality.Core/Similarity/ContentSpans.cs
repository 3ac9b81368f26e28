using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Similarity;

/// <summary>The parts of an article that duplication is judged on: its lines without site chrome and link lines.</summary>
public static class ContentSpans
{
    public static IReadOnlyList<TextSpan> Of(Article article)
    {
        var links = LinkLines.Find(article).Select(l => l.Line).ToList();
        var (masthead, _) = Masthead.Find(article.Text);
        return TextBlocks.NonBlankLines(article.Text)
            .Where(line => !links.Contains(line) && !masthead.Contains(line) && BoilerplatePhrases.Kind(article.Slice(line)) is null)
            .ToList();
    }

    /// <summary>Content paragraphs (blank-line separated) with at least <paramref name="minWords"/> words.</summary>
    public static IReadOnlyList<TextSpan> Paragraphs(Article article, int minWords)
    {
        var content = Of(article);
        return article.Paragraphs
            .Where(p => content.Any(line => p.Contains(line.Start)) && Tokenizer.Words(article.Text, p).Skip(minWords - 1).Any())
            .ToList();
    }
}
