using NewsQuality.Eval.Translation;
using NewsQuality.Model;

namespace NewsQuality.Eval.RealNews;

/// <summary>
/// Quoted speech opened by a dash as machine translation carries it over from Scandinavian, Dutch or Russian copy, in the
/// shapes such copy has: the present tense and the agency ("says Anna Lindqvist to NTB"), several sentences before the
/// attribution, the attribution first ("– He said last Friday, “…”", the seed's), reported speech ("– Kremlin spokesman … said,
/// according to …, that …", the seed's), an exchange of three dash-led paragraphs, and the dash as an en dash, an em dash or
/// a hyphen (an ASCII pipeline's). Between two sentences of the story, as one paragraph or the three of an exchange.
/// </summary>
public sealed class DialogueDashShapesInjector : IErrorInjector
{
    private static readonly string[] Dashes = ["– ", "– ", "– ", "— ", "- "];
    private static readonly string[] Agencies = ["NTB", "TT", "Ritzau", "ANP", "Interfax", "the newspaper Aftenposten"];
    private static readonly string[] Roles = ["the minister", "the party leader", "spokesman", "the coach", "the county mayor", "the chief executive"];

    public string RuleId => "NQ2005";
    public string Description => "speech opened by a dash, as translated copy has it";

    public Injection? Inject(Article host, Random random, IReadOnlyList<Article> donors)
    {
        var dash = Dashes[random.Next(Dashes.Length)];
        var person = $"{Translation.Names.Given(random)} {Translation.Names.Surname(random)}";
        var role = Roles[random.Next(Roles.Length)];
        var agency = Agencies[random.Next(Agencies.Length)];
        var day = Translation.Names.Weekday(random);
        var insert = random.Next(5) switch
        {
            0 => $"{dash}We are very satisfied with the agreement, says {person}.",
            1 => $"{dash}It has been a demanding week for everyone involved. Now we are looking ahead, {role} {person} says to {agency}.",
            2 => $"{dash}{Capitalised(role)} {person} said, according to {agency}, that the talks would continue after the weekend.",
            3 => $"{dash}She said last {day}, “There is no reason to change course now.”",
            _ => $"{dash}This is a good day for the whole region, says {person}.\n\n{dash}We have worked towards this for many years.\n\n{dash}Now the real work begins, {person.Split(' ')[1]} adds.",
        };
        return OffTopicDonor.InsertParagraph(host, random, insert, "+dialogue-dash");
    }

    private static string Capitalised(string phrase) => char.ToUpperInvariant(phrase[0]) + phrase[1..];
}
