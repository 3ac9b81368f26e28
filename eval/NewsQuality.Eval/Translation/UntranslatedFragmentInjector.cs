using NewsQuality.Model;

namespace NewsQuality.Eval.Translation;

/// <summary>
/// A clause in a source language left in an English sentence ("…, maar de minister wil daar niets van weten."). The
/// clauses are ordinary news phrasing written for this evaluation; see docs/translation-artefacts.md for how they were used.
/// </summary>
public sealed class UntranslatedFragmentInjector : IErrorInjector
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
    public string Description => "a clause left in the source language";

    public Injection? Inject(Article host, Random random, IReadOnlyList<Article> donors)
    {
        // The clause goes before the full stop of a body sentence, after a comma.
        var stops = Enumerable.Range(Math.Max(1, host.BodyStart), Math.Max(0, host.Text.Length - 1 - Math.Max(1, host.BodyStart)))
            .Where(i => host.Text[i] == '.' && host.Text[i + 1] == ' ' && char.IsLower(host.Text[i - 1]))
            .ToList();
        if (stops.Count == 0) return null;
        var clause = Clauses[random.Next(Clauses.Length)];
        var (text, span) = Splice.Insert(host.Text, stops[random.Next(stops.Count)], ", " + clause);
        return new Injection(BbcCorpus.WithText(host, text, "+untranslated"), new TextSpan(span.Start + 2, clause.Length));
    }
}
