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
    [GeneratedRegex(@"^(?:see also|read also|also read|also see|read more|related(?: stories| articles| news| content)?|more on this(?: story)?|you may also like|recommended(?: for you)?)\b[\s\u00A0]*[:\-–—|»›]?[\s\u00A0]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();

    public static IReadOnlyList<LinkLine> Find(Article article)
    {
        var text = article.Text;
        var result = new List<LinkLine>();
        foreach (var line in TextBlocks.NonBlankLines(text))
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
    /// Cosine similarity (TF-IDF) between the promoted headline and the article's own body, leaving out every link
    /// line so that a run of link bait does not vouch for itself.
    /// </summary>
    public static double TopicSimilarity(Article article, LinkLine link, CorpusStatistics corpus)
    {
        var weights = TermWeights.For(corpus);
        var links = Find(article).Select(l => l.Line).ToList();
        var body = article.Paragraphs
            .Where(p => p.Start >= article.BodyStart && !links.Any(l => l.Overlaps(p)))
            .Select(p => TermVectors.TfIdf(article.Text, p, weights))
            .Append(TermVectors.TfIdf(article.Text, article.TitleSpan, weights));
        return TermVectors.Cosine(TermVectors.TfIdf(article.Text, link.Headline, weights), TermVectors.Sum(body));
    }
}
