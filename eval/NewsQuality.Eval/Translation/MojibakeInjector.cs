using NewsQuality.Model;

namespace NewsQuality.Eval.Translation;

/// <summary>
/// One character of the body re-typed as its UTF-8 bytes read as Windows-1252: an apostrophe becomes "â€™" (from ’),
/// "£" becomes "Â£", a spaced hyphen becomes "â€“" (from –), a double quote becomes "â€œ" (from “).
/// </summary>
public sealed class MojibakeInjector : IErrorInjector
{
    private static readonly (string Clean, string Garbled)[] Damage = [("'", "â€™"), ("£", "Â£"), (" - ", " â€“ "), ("\"", "â€œ")];

    public string RuleId => "NQ2009";
    public string Description => "a character garbled as UTF-8 read as Windows-1252";

    public Injection? Inject(Article host, Random random, IReadOnlyList<Article> donors)
    {
        var places = Damage
            .SelectMany(d => Occurrences(host.Text, d.Clean).Where(i => i >= host.BodyStart).Select(i => (Index: i, d.Clean, d.Garbled)))
            .ToList();
        if (places.Count == 0) return null;
        var (at, clean, garbled) = places[random.Next(places.Count)];
        var text = host.Text[..at] + garbled + host.Text[(at + clean.Length)..];
        var trimmed = garbled.Trim();
        return new Injection(BbcCorpus.WithText(host, text, "+mojibake"), new TextSpan(at + garbled.IndexOf(trimmed, StringComparison.Ordinal), trimmed.Length));
    }

    private static IEnumerable<int> Occurrences(string text, string value)
    {
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
            yield return i;
    }
}
