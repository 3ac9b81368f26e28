using NewsQuality.Knowledge;
using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Eval.Translation;

/// <summary>One mention of a country or nationality in the body ("Sweden", "French") written in lower case.</summary>
public sealed class LowercaseCountryInjector : IErrorInjector
{
    public string RuleId => "NQ2008";
    public string Description => "a country or nationality in lower case";

    public Injection? Inject(Article host, Random random, IReadOnlyList<Article> donors)
    {
        var mentions = Tokenizer.Words(host.Text)
            .Where(t => t.Span.Start >= host.BodyStart && t.Value.Length >= 4 && char.IsUpper(t.Value[0]) && t.Value.Skip(1).All(char.IsLower)
                        && Gazetteer.Default.FindCountry(t.Value) is not null)
            .ToList();
        if (mentions.Count == 0) return null;
        var mention = mentions[random.Next(mentions.Count)];
        var text = host.Text[..mention.Span.Start] + mention.Value.ToLowerInvariant() + host.Text[mention.Span.End..];
        return new Injection(BbcCorpus.WithText(host, text, "+lowercase"), mention.Span);
    }
}
