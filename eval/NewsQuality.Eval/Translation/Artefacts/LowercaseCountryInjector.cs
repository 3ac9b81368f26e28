using NewsQuality.Knowledge;
using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Eval.Translation.Artefacts;

/// <summary>NQ2008: one mention of a country or nationality in the body ("Sweden", "French") written in lower case.</summary>
public sealed class LowercaseCountryInjector : IArtefactInjector
{
    public string RuleId => "NQ2008";

    public Injection? Inject(CleanArticle article, Random random)
    {
        var mentions = Tokenizer.Words(article.Body)
            .Where(t => t.Value.Length >= 4 && char.IsUpper(t.Value[0]) && t.Value.Skip(1).All(char.IsLower)
                        && Gazetteer.Default.FindCountry(t.Value) is not null)
            .ToList();
        if (mentions.Count == 0) return null;
        var mention = mentions[random.Next(mentions.Count)];
        var body = article.Body[..mention.Span.Start] + mention.Value.ToLowerInvariant() + article.Body[mention.Span.End..];
        return new Injection(article.Title, body, new TextSpan(article.Title.Length + 2 + mention.Span.Start, mention.Span.Length));
    }
}
