using NewsQuality.Model;

namespace NewsQuality.Eval.Translation;

/// <summary>
/// A related-story line pasted from another source between two body paragraphs, as in seed 000 ("See also  That's why
/// McDonald's is changing the Happy Meal"): "See also " and the headline of another article of the corpus that has a
/// quote or apostrophe, in curly quotes (’ “ ”) where the host is typeset with straight ones. What NQ2011 is for; the
/// other NQ2011 injector retypes one of the host's own paragraphs, which real copy typed by several hands also shows.
/// </summary>
public sealed class PastedLinkInjector : IErrorInjector
{
    public string RuleId => "NQ2011";
    public string Description => "a related-story line pasted in the other quote style";

    public Injection? Inject(Article host, Random random, IReadOnlyList<Article> donors)
    {
        var paragraphs = Splice.BodyParagraphs(host);
        var quoted = donors.Where(d => d.Id != host.Id && d.Title.IndexOfAny(['\'', '"']) >= 0).ToList();
        if (paragraphs.Count < 2 || quoted.Count == 0) return null;
        var line = "See also " + TypographyShiftInjector.Curl(quoted[random.Next(quoted.Count)].Title);
        var paragraph = paragraphs[random.Next(paragraphs.Count - 1)];
        var (text, span) = Splice.Insert(host.Text, paragraph.End, "\n\n" + line);
        return new Injection(BbcCorpus.WithText(host, text, "+link"), new TextSpan(span.Start + 2, line.Length));
    }
}
