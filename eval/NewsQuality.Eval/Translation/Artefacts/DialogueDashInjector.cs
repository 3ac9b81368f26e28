using System.Text.RegularExpressions;
using NewsQuality.Model;

namespace NewsQuality.Eval.Translation.Artefacts;

/// <summary>
/// NQ2005: a quoted paragraph ("\"We are pleased,\" he said.") rewritten the Scandinavian way, opening with a dash and
/// without quotation marks ("– We are pleased, he said.").
/// </summary>
public sealed partial class DialogueDashInjector : IArtefactInjector
{
    [GeneratedRegex(@"(?m)^""([^""\n]+)""")]
    private static partial Regex OpeningQuote();

    public string RuleId => "NQ2005";

    public Injection? Inject(CleanArticle article, Random random)
    {
        var quotes = OpeningQuote().Matches(article.Body);
        if (quotes.Count == 0) return null;
        var quote = quotes[random.Next(quotes.Count)];
        var body = article.Body[..quote.Index] + "– " + quote.Groups[1].Value + article.Body[(quote.Index + quote.Length)..];
        return new Injection(article.Title, body, new TextSpan(article.Title.Length + 2 + quote.Index, 1));
    }
}
