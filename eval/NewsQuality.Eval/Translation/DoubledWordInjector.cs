using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Eval.Translation;

/// <summary>
/// Doubles a lower-case word of the body ("the talks" becomes "the the talks"), or with <c>capitalised</c> a capitalised
/// word inside a sentence, a name or a word of one ("London London", "Stock Exchange Exchange", the seed's "Eastern Eastern Europe").
/// </summary>
public sealed class DoubledWordInjector(bool capitalised = false) : IErrorInjector
{
    public string RuleId => "NQ2001";
    public string Description => capitalised ? "double a capitalised word inside a sentence" : "double a lower-case body word";

    public Injection? Inject(Article host, Random random, IReadOnlyList<Article> donors)
    {
        var words = Tokenizer.Words(host.Text).Where(t => t.Span.Start >= host.BodyStart && t.Value.Length >= 2
            && (capitalised ? IsCapitalisedInsideSentence(host.Text, t) : t.Value.All(char.IsLower))).ToList();
        if (words.Count == 0) return null;
        var word = words[random.Next(words.Count)];
        var (text, _) = Splice.Insert(host.Text, word.Span.End, " " + word.Value);
        return new Injection(BbcCorpus.WithText(host, text, capitalised ? "+doubled-capital" : "+doubled"), new TextSpan(word.Span.Start, word.Value.Length * 2 + 1));
    }

    /// <summary>A capital and then lower case, after a space that follows no sentence end (so not a sentence's first word).</summary>
    private static bool IsCapitalisedInsideSentence(string text, Token word) =>
        char.IsUpper(word.Value[0]) && word.Value.Skip(1).All(char.IsLower)
        && word.Span.Start >= 2 && text[word.Span.Start - 1] == ' ' && (char.IsLetterOrDigit(text[word.Span.Start - 2]) || text[word.Span.Start - 2] == ',');
}
