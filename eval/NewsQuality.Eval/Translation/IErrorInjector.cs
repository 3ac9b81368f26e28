using NewsQuality.Model;

namespace NewsQuality.Eval.Translation;

/// <summary>One injected error: the damaged article and where the damage is.</summary>
public sealed record Injection(Article Article, TextSpan Span);

/// <summary>Puts one error of a known type into a clean article, at a random place, reproducibly from <paramref name="random"/>.</summary>
public interface IErrorInjector
{
    /// <summary>The rule that should catch this error.</summary>
    string RuleId { get; }

    string Description { get; }

    /// <summary>The damaged article, or null when this host offers no place for the error.</summary>
    Injection? Inject(Article host, Random random, IReadOnlyList<Article> donors);
}

/// <summary>Helpers injectors share: choosing body paragraphs and splicing text in.</summary>
public static class Splice
{
    /// <summary>Body paragraphs (not the title) of at least <paramref name="minLength"/> characters.</summary>
    public static IReadOnlyList<TextSpan> BodyParagraphs(Article article, int minLength = 80) =>
        article.Paragraphs.Where(p => p.Start >= article.BodyStart && p.Length >= minLength).ToList();

    /// <summary>Inserts <paramref name="insert"/> at <paramref name="offset"/>; returns the new text and the inserted span.</summary>
    public static (string Text, TextSpan Span) Insert(string text, int offset, string insert) =>
        (text.Insert(offset, insert), new TextSpan(offset, insert.Length));

    /// <summary>Appends a sentence to the end of a random body paragraph; the span covers <paramref name="flagged"/> inside it.</summary>
    public static Injection? AppendSentence(Article host, Random random, string sentence, string flagged, string idSuffix)
    {
        var paragraphs = BodyParagraphs(host);
        if (paragraphs.Count == 0) return null;
        var paragraph = paragraphs[random.Next(paragraphs.Count)];
        var (text, span) = Insert(host.Text, paragraph.End, " " + sentence);
        var start = span.Start + 1 + sentence.IndexOf(flagged, StringComparison.Ordinal);
        return new Injection(BbcCorpus.WithText(host, text, idSuffix), new TextSpan(start, flagged.Length));
    }
}
