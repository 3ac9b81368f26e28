using NewsQuality.Knowledge;
using NewsQuality.Model;

namespace NewsQuality.Eval.Translation;

/// <summary>Mentions a listed public figure with one edit in the given name (substitution, deletion, insertion or transposition).</summary>
public sealed class MisspelledFigureInjector : IErrorInjector
{
    public string RuleId => "NQ2004";
    public string Description => "a public figure's given name one edit off";

    public Injection? Inject(Article host, Random random, IReadOnlyList<Article> donors)
    {
        // Two-word names with a real surname (not a regnal number: "Harald V").
        var figures = Gazetteer.Default.Figures.Where(f => PersonNames.Words(f.Name) is { Count: 2 } w && w[0].Length >= 4 && w[0].All(char.IsLetter) && w[1].Length >= 3).ToList();
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var figure = figures[random.Next(figures.Count)];
            var words = PersonNames.Words(figure.Name);
            var misspelled = Edit(words[0], random);
            // An edit that lands on an accepted transliteration is not a misspelling.
            if (figure.AllNames.Any(n => PersonNames.Fold(PersonNames.Words(n)[0]) == PersonNames.Fold(misspelled))) continue;
            var name = $"{misspelled} {words[1]}";
            return Splice.AppendSentence(host, random, $"{name} was also said to be following the case closely.", name, "+name");
        }
        return null;
    }

    /// <summary>One edit (substitution, deletion, insertion or transposition) that keeps the initial letter.</summary>
    internal static string Edit(string word, Random random)
    {
        var chars = word.ToList();
        var at = random.Next(1, chars.Count - 1); // keep the initial: misspellings rarely change it
        switch (random.Next(4))
        {
            case 0: chars[at] = (char)('a' + random.Next(26)); break;
            case 1: chars.RemoveAt(at); break;
            case 2: chars.Insert(at, (char)('a' + random.Next(26))); break;
            default: (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]); break;
        }
        var edited = new string(chars.ToArray());
        return edited == word ? word + "h" : edited;
    }
}
