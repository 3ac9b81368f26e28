using NewsQuality.Knowledge;
using NewsQuality.Model;

namespace NewsQuality.Eval.Translation;

/// <summary>Adds a sentence naming an office the country does not have ("Russian Chancellor Petrov said …").</summary>
public sealed class ImpossibleOfficeInjector : IErrorInjector
{
    private static readonly string[] Offices = ["Chancellor", "Prime Minister", "President"];

    public string RuleId => "NQ2003";
    public string Description => "a title the country does not have";

    public Injection? Inject(Article host, Random random, IReadOnlyList<Article> donors)
    {
        var office = Offices[random.Next(Offices.Length)];
        // Only adjectives that name this country unambiguously ("French" also names French territories).
        var candidates = Gazetteer.Default.Countries
            .Where(c => c.OfficesComplete && !c.HeadOffices.Contains(office))
            .SelectMany(c => c.Adjectives.Where(a => a.Length > 2 && a.Any(char.IsLower) && a.Split(' ').All(w => char.IsUpper(w[0])) && Gazetteer.Default.FindCountry(a) == c))
            .ToList();
        var title = $"{candidates[random.Next(candidates.Count)]} {office}";
        var sentence = $"{title} {Names.Surname(random)} said the matter would be discussed again next week.";
        return Splice.AppendSentence(host, random, sentence, title, "+office");
    }
}
