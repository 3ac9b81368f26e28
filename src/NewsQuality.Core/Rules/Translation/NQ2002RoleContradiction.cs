using NewsQuality.Knowledge;
using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Rules.Translation;

/// <summary>
/// One person, two incompatible titles in one article ("Kremlin adviser Yuri Ushakov" … "Russian Chancellor
/// Ushakov"): machine translation often renders a title by guesswork. Reports the later mention, citing the earlier.
/// </summary>
public sealed class NQ2002RoleContradiction : IArticleRule
{
    public RuleDescriptor Descriptor { get; } = new(
        Id: "NQ2002",
        Name: "role-contradiction",
        Category: RuleCategory.Translation,
        DefaultSeverity: Severity.Error,
        DefaultThreshold: 0.5,
        Summary: "The same person is given incompatible titles in one article.",
        Rationale: "An article that calls someone an adviser and later a chancellor is wrong at least once; machine translation " +
                   "guesses titles it does not know. It is an error because it misinforms readers about who holds power. Compatible " +
                   "titles (adviser and aide, chancellor and finance minister in Britain), qualified ones (former, deputy, acting) and titles a listed " +
                   "person really held in turn (Senator and President Obama) are not flagged.",
        FlaggedExample: "Despite this, Kremlin adviser Yuri Ushakov was satisfied. Later, Russian Chancellor Ushakov warned of a fatal mistake.",
        CleanExample: "Kremlin adviser Yuri Ushakov spoke first. Ushakov, a Kremlin aide, said the talks went well.")
    {
        FixTitle = "Use the person's real title throughout",
    };

    /// <summary>The name index (the people of the article are looked up in it).</summary>
    public void WarmUp(Analysis.AnalysisOptions options) => _ = options.Gazetteer.NameIndex;

    public void Analyze(ArticleContext context)
    {
        foreach (var person in context.Article.People(context.Gazetteer))
        {
            // One title contradicts nothing: no need to look the person up. Counted in a loop before anything is made for the
            // person (most have one title or none): the list and the lambdas' captures were objects per person.
            if (MentionsWithRole(person.Mentions) >= 2) CheckRoles(context, person);
        }
    }

    private static int MentionsWithRole(IReadOnlyList<PersonMention> mentions)
    {
        var count = 0;
        for (var i = 0; i < mentions.Count; i++)
            if (mentions[i].Role is not null) count++;
        return count;
    }

    private static void CheckRoles(ArticleContext context, ArticlePerson person)
    {
        var roled = person.Mentions.Where(m => m.Role is not null).ToList();
        var careers = KnownFigures(person.FullName, context.Gazetteer).Select(RoleLexicon.HeldBy).ToList();
        for (var later = 1; later < roled.Count; later++)
        {
            var current = roled[later];
            var earlier = roled.Take(later).FirstOrDefault(m => RoleLexicon.Contradict(m.Role!.Classes, current.Role!.Classes)
                                                                && !careers.Any(held => HeldOne(m.Role.Classes, held) && HeldOne(current.Role.Classes, held)));
            if (earlier is null) continue;
            var earlierRole = context.Article.Slice(earlier.RoleSpan!.Value);
            var currentRole = context.Article.Slice(current.RoleSpan!.Value);
            var (line, _) = context.Article.LineMap.GetPosition(earlier.Span.Start);
            context.Report(current.Span, 0.9,
                $"{person.FullName} is called \"{currentRole}\" here but \"{earlierRole}\" on line {line}: one person cannot hold both roles; the title is probably mistranslated.",
                suggestion: $"{earlierRole} {current.Name}",
                related: [context.Related(earlier.Span, $"earlier title: \"{earlierRole}\"")]);
        }
    }

    /// <summary>The listed figures a name can stand for: the one with that full name, or everyone with that surname ("Obama").</summary>
    private static IEnumerable<PublicFigure> KnownFigures(string name, Gazetteer gazetteer)
    {
        var words = PersonNames.Words(name);
        return words.Count >= 2
            ? gazetteer.NameIndex.Find(words) is { } known ? [known.Figure] : []
            : gazetteer.NameIndex.WithSurname(name).Select(v => v.Figure).Distinct();
    }

    private static bool HeldOne(RoleClass title, RoleClass held) => (title & held) != RoleClass.None;
}
