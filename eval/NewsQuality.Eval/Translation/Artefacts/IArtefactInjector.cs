using NewsQuality.Model;

namespace NewsQuality.Eval.Translation.Artefacts;

/// <summary>A clean article: its title and body, as in the BBC corpus.</summary>
public sealed record CleanArticle(string Id, string Title, string Body)
{
    /// <summary>The text the analyzers see for a JSON Lines record: title, blank line, body.</summary>
    public string Text => Title + "\n\n" + Body;
}

/// <summary>The article with one error put in, and where it is (offsets into title + "\n\n" + body).</summary>
public sealed record Injection(string Title, string Body, TextSpan Expected);

/// <summary>Puts one error of a kind into a clean article, at a known place; null when the article offers no place for it.</summary>
public interface IArtefactInjector
{
    /// <summary>The rule that should find the error.</summary>
    string RuleId { get; }

    Injection? Inject(CleanArticle article, Random random);
}
