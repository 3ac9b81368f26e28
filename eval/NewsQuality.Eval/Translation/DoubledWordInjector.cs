using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Eval.Translation;

/// <summary>Doubles a lower-case word of the body: "the talks" becomes "the the talks".</summary>
public sealed class DoubledWordInjector : IErrorInjector
{
    public string RuleId => "NQ2001";
    public string Description => "double a lower-case body word";

    public Injection? Inject(Article host, Random random, IReadOnlyList<Article> donors)
    {
        var words = Tokenizer.Words(host.Text).Where(t => t.Span.Start >= host.BodyStart && t.Value.All(char.IsLower) && t.Value.Length >= 2).ToList();
        if (words.Count == 0) return null;
        var word = words[random.Next(words.Count)];
        var (text, _) = Splice.Insert(host.Text, word.Span.End, " " + word.Value);
        return new Injection(BbcCorpus.WithText(host, text, "+doubled"), new TextSpan(word.Span.Start, word.Value.Length * 2 + 1));
    }
}
