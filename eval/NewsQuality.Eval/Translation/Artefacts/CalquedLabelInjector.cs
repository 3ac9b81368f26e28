using NewsQuality.Model;

namespace NewsQuality.Eval.Translation.Artefacts;

/// <summary>
/// NQ2006: the title gets " | " and a machine-translated section name of a Dutch, Scandinavian or German site.
/// The renderings are what a general MT engine makes of those section names, including ones the rule's list lacks.
/// </summary>
public sealed class CalquedLabelInjector : IArtefactInjector
{
    private static readonly string[] Labels =
    [
        "the interior", "abroad", "domestic", "foreign countries", "pleasure", "miscellaneous", "the region", "inland",
        "economy", "culture", "sports", "remarkable", "the foreign", "local", "opinion", "science and technology",
    ];

    public string RuleId => "NQ2006";

    public Injection? Inject(CleanArticle article, Random random)
    {
        var label = Labels[random.Next(Labels.Length)];
        var title = article.Title + " | " + label;
        return new Injection(title, article.Body, new TextSpan(title.Length - label.Length, label.Length));
    }
}
