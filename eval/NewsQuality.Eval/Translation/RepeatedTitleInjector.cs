using NewsQuality.Model;

namespace NewsQuality.Eval.Translation;

/// <summary>The headline printed a second time above the body, as a template does: identical, with curly quotes and doubled spaces, or in capitals.</summary>
public sealed class RepeatedTitleInjector : IErrorInjector
{
    public string RuleId => "NQ2007";
    public string Description => "the headline printed twice";

    public Injection? Inject(Article host, Random random, IReadOnlyList<Article> donors)
    {
        if (host.TitleSpan.Length == 0) return null;
        var copy = random.Next(3) switch
        {
            0 => host.Title,
            1 => host.Title.Replace('\'', '’').Replace(" ", "  ", StringComparison.Ordinal),
            _ => host.Title.ToUpperInvariant(),
        };
        var (text, span) = Splice.Insert(host.Text, host.TitleSpan.End, "\n\n" + copy);
        return new Injection(BbcCorpus.WithText(host, text, "+title"), new TextSpan(span.Start + 2, copy.Length));
    }
}
