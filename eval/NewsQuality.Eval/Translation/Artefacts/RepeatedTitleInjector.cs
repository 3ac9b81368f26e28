using NewsQuality.Model;

namespace NewsQuality.Eval.Translation.Artefacts;

/// <summary>NQ2007: the headline printed a second time above the body, as a template does, sometimes with its quotes or spacing changed.</summary>
public sealed class RepeatedTitleInjector : IArtefactInjector
{
    public string RuleId => "NQ2007";

    public Injection? Inject(CleanArticle article, Random random)
    {
        var copy = random.Next(3) switch
        {
            0 => article.Title,
            1 => article.Title.Replace('\'', '’').Replace(" ", "  ", StringComparison.Ordinal),
            _ => article.Title.ToUpperInvariant(),
        };
        return new Injection(article.Title, copy + "\n\n" + article.Body, new TextSpan(article.Title.Length + 2, copy.Length));
    }
}
