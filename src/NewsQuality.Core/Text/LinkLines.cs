using System.Text.RegularExpressions;
using NewsQuality.Analysis;
using NewsQuality.Model;

namespace NewsQuality.Text;

/// <summary>A "See also …" / "Read more: …" line: the whole line and the headline it promotes.</summary>
public readonly record struct LinkLine(TextSpan Line, TextSpan Headline);

/// <summary>
/// Finds lines that promote another page ("See also", "Read also", "Also read", "Read more", "Related:"), as
/// content farms and site templates insert them, and measures how far the promoted headline is from the article.
/// </summary>
public static partial class LinkLines
{
    /// <summary>
    /// The labels of a link line: phrases that only ever promote a page, with or without a separator after them, and words that
    /// also open sentences ("More than 90,000 soldiers…", "Watch the video") only with a colon, bar or guillemet after them, as
    /// the crawl's pages write them ("NOW WATCH: …", "Trending: …", "Sponsored: …", "Up next: …", "More: …"). The same labels
    /// left in the source language by a machine-translation pipeline ("Läs också: …", "Lees ook: …", "Lesen Sie auch: …",
    /// "Lire aussi : …", "Читайте также: …") are link lines too, with a separator after them.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:see also|read also|also read|also see|read more|related(?: stories| articles| news| content| coverage| links| reading| topics)?|more on this(?: story)?|you may also like|recommended(?: for you)?)\b[\s\u00A0]*[:\-–—|»›]?|(?:now watch|watch|trending|sponsored|up next|read next|more|see more|don't miss|don’t miss|must read|popular|suggested)[\s\u00A0]*[:|»›]|(?:läs också|läs mer|se även|les også|les mer|se også|læs også|læs mere|lees ook|lees meer|zie ook|lesen sie auch|mehr zum thema|siehe auch|auch interessant|à lire aussi|lire aussi|voir aussi|lea también|ver también|leggi anche|vedi anche|leia também|veja também|leia mais|lue myös|katso myös|czytaj też|czytaj także|zobacz też|читайте также|смотрите также)[\s\u00A0]*[:\-–—|»›])[\s\u00A0]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();

    /// <summary>Scans the body's lines; rules read the result once per article through <see cref="Article.LinkLines"/>.</summary>
    public static IReadOnlyList<LinkLine> Find(Article article)
    {
        var text = article.Text;
        var result = new List<LinkLine>();
        foreach (var line in article.NonBlankLines)
        {
            if (line.Start < article.BodyStart) continue;
            var match = Prefix().Match(text, line.Start, line.Length);
            if (!match.Success) continue;
            var headline = TextBlocks.Trim(text, TextSpan.FromBounds(match.Index + match.Length, line.End));
            result.Add(new LinkLine(line, headline));
        }
        return result;
    }

    /// <summary>
    /// Cosine similarity (TF-IDF) between each promoted headline and the article's own body, leaving out every link
    /// line so that a run of link bait does not vouch for itself. The body is weighed once for all the links.
    /// </summary>
    public static double[] TopicSimilarities(Article article, IReadOnlyList<LinkLine> links, CorpusStatistics corpus)
    {
        var weights = TermWeights.For(corpus);
        var linkSpans = new SpanSet(links.Select(l => l.Line));
        var body = TermVectors.Sum(article.Paragraphs
            .Where(p => p.Start >= article.BodyStart && !linkSpans.OverlapsAny(p))
            .Select(p => TermVectors.TfIdf(article.Text, p, weights))
            .Append(TermVectors.TfIdf(article.Text, article.TitleSpan, weights)));
        return TermVectors.Cosines(links.Select(link => TermVectors.TfIdf(article.Text, link.Headline, weights)).ToList(), body);
    }
}
