using NewsQuality.Model;

namespace NewsQuality.Eval.Translation;

/// <summary>
/// The title gets " | " and a machine-translated section name of a Dutch, Scandinavian or German site. The renderings
/// are what a general MT engine makes of such section names, including ones NQ2006's list lacks ("economy", "local").
/// </summary>
public sealed class CalquedLabelInjector : IErrorInjector
{
    private static readonly string[] Labels =
    [
        "the interior", "abroad", "domestic", "foreign countries", "pleasure", "miscellaneous", "the region", "inland",
        "economy", "culture", "sports", "remarkable", "the foreign", "local", "opinion", "science and technology",
    ];

    public string RuleId => "NQ2006";
    public string Description => "a calqued section label after the title";

    public Injection? Inject(Article host, Random random, IReadOnlyList<Article> donors)
    {
        if (host.TitleSpan.Length == 0) return null;
        var label = Labels[random.Next(Labels.Length)];
        var title = host.Title + " | " + label;
        var text = title + host.Text[host.TitleSpan.End..];
        var article = new Article(host.Id + "+label", host.Origin, text, new TextSpan(0, title.Length)) { Source = host.Source, Published = host.Published, TitleFromRecord = host.TitleFromRecord };
        return new Injection(article, new TextSpan(title.Length - label.Length, label.Length));
    }
}
