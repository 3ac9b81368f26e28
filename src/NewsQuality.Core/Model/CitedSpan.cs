namespace NewsQuality.Model;

/// <summary>
/// A span of an article with its line and column worked out while the article was at hand, so that a corpus rule can
/// cite it once the article is gone. Fixed-size, so it fits in the rules' on-disk digests.
/// </summary>
public readonly record struct CitedSpan(TextSpan Span, int Line, int Column)
{
    public static CitedSpan In(Article article, TextSpan span)
    {
        // A span at the start of a text without a source map (most often its title) is at line 1, column 1: the digests of
        // a run's first pass cite titles, and would otherwise map the lines of every article for that alone.
        var (line, column) = span.Start == 0 && article.SourceMap is null ? (1, 1) : article.Position(span.Start);
        return new CitedSpan(span, line, column);
    }

    /// <summary>This span as a related location in another article, named by id and path.</summary>
    public RelatedLocation Cite(string message, string articleId, string path) => new(message, Span, Line, Column, articleId, path);
}
