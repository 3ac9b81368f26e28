using NewsQuality.Knowledge;
using NewsQuality.Model;

namespace NewsQuality.Text;

/// <summary>
/// A head office dated as held once, right before a name ("former Prime Minister Barack Obama", "the late Chancellor"): a
/// person mention carries no role for it (a qualified title is not the person's office now), yet the person held it once.
/// </summary>
public static class DatedTitles
{
    /// <summary>
    /// The dated head office right before <paramref name="name"/> (a name run's span): its canonical name and the span from the
    /// dating word, or nulls.
    /// </summary>
    /// <remarks>Read from the article's words, where the name's run starts (<see cref="Article.NameRuns"/>).</remarks>
    public static (string? Office, TextSpan Span) OfficeBefore(Article article, TextSpan name)
    {
        var (tokens, words) = (article.NameWords, article.NameWordValues);
        var at = -1;
        foreach (var run in article.NameRuns)
            if (run.Span.Start == name.Start) { at = run.Start; break; }
        if (at < 2 || !Adjacent(article.Text, tokens, at - 1)) return (null, default);
        if (RoleLexicon.MatchEndingAt(words, at - 1) is not { Entry.Office: { } office } match || match.First == 0
            || !IsDatingWord(words[match.First - 1])) return (null, default);
        return (office, tokens[match.First - 1].Span);
    }

    /// <summary>One of the qualifiers that date an office rather than name another (<see cref="RoleLexicon.DatingWords"/>).</summary>
    public static bool IsDatingWord(string word) => RoleLexicon.DatingWords.Contains(word);

    /// <summary>Token <paramref name="i"/> and the next are separated by spaces only.</summary>
    public static bool Adjacent(string text, IReadOnlyList<Token> tokens, int i) =>
        i + 1 < tokens.Count && text.AsSpan(tokens[i].Span.End, tokens[i + 1].Span.Start - tokens[i].Span.End).Trim().Length == 0;
}
