using NewsQuality.Model;

namespace NewsQuality.Eval.Translation.Artefacts;

/// <summary>
/// NQ2009: one character of the body re-typed as its UTF-8 bytes read as Windows-1252: an apostrophe becomes "â€™"
/// (from ’), "£" becomes "Â£", or a spaced hyphen becomes "â€“" (from –).
/// </summary>
public sealed class MojibakeInjector : IArtefactInjector
{
    private static readonly (string Clean, string Garbled)[] Damage = [("'", "â€™"), ("£", "Â£"), (" - ", " â€“ "), ("\"", "â€œ")];

    public string RuleId => "NQ2009";

    public Injection? Inject(CleanArticle article, Random random)
    {
        var choices = Damage
            .SelectMany(d => AllIndexes(article.Body, d.Clean).Select(index => (Index: index, d.Clean, d.Garbled)))
            .ToList();
        if (choices.Count == 0) return null;
        var (at, clean, garbled) = choices[random.Next(choices.Count)];
        var body = article.Body[..at] + garbled + article.Body[(at + clean.Length)..];
        var trimmed = garbled.Trim();
        var start = article.Title.Length + 2 + at + garbled.IndexOf(trimmed, StringComparison.Ordinal);
        return new Injection(article.Title, body, new TextSpan(start, trimmed.Length));
    }

    private static IEnumerable<int> AllIndexes(string text, string value)
    {
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
            yield return i;
    }
}
