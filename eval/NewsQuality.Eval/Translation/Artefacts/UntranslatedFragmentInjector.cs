using NewsQuality.Model;

namespace NewsQuality.Eval.Translation.Artefacts;

/// <summary>
/// NQ2010: a clause in a source language left in an English sentence ("…, maar de minister wil daar niets van weten.").
/// The clauses are ordinary news phrasing, written for this evaluation and not used to build or tune the rule.
/// </summary>
public sealed class UntranslatedFragmentInjector : IArtefactInjector
{
    private static readonly string[] Clauses =
    [
        "maar de minister wil daar niets van weten",                 // Dutch
        "volgens de politie zijn er geen gewonden gevallen",
        "men kritiken från oppositionen har varit hård",             // Swedish
        "och regeringen vill inte kommentera uppgifterna",
        "men regjeringen ønsker ikke å kommentere saken",             // Norwegian
        "og politiet etterforsker nå hendelsen",
        "men ministeren vil ikke udtale sig om sagen",                // Danish
        "og forhandlingerne fortsætter i næste uge",
        "aber die Verhandlungen sollen nächste Woche weitergehen",    // German
        "wie ein Sprecher des Ministeriums am Abend mitteilte",
        "mais le gouvernement refuse de commenter ces informations",  // French
        "selon un porte-parole du ministère des affaires étrangères",
        "pero el ministro no quiso hacer declaraciones a la prensa",  // Spanish
        "según fuentes cercanas a la negociación",
        "ma il governo non ha ancora preso una decisione",            // Italian
        "secondo quanto riferito dalle autorità locali",
    ];

    public string RuleId => "NQ2010";

    public Injection? Inject(CleanArticle article, Random random)
    {
        // Sentence ends inside the body: the clause goes before the full stop, after a comma.
        var ends = Enumerable.Range(1, Math.Max(0, article.Body.Length - 2))
            .Where(i => article.Body[i] == '.' && article.Body[i + 1] == ' ' && char.IsLower(article.Body[i - 1]))
            .ToList();
        if (ends.Count == 0) return null;
        var at = ends[random.Next(ends.Count)];
        var clause = Clauses[random.Next(Clauses.Length)];
        var body = article.Body[..at] + ", " + clause + article.Body[at..];
        return new Injection(article.Title, body, new TextSpan(article.Title.Length + 2 + at + 2, clause.Length));
    }
}
