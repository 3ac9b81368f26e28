namespace NewsQuality.Model;

public static class RelatedLocations
{
    /// <summary>A location in <paramref name="article"/>, with line and column filled in, citing that article by id and path.</summary>
    public static RelatedLocation In(Article article, TextSpan span, string message)
    {
        var (line, column) = article.Position(span.Start);
        return new RelatedLocation(message, span, line, column, article.Id, article.Origin.Path);
    }
}
