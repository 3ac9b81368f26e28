using NewsQuality.Knowledge;
using NewsQuality.Model;
using NewsQuality.Text;
using NewsQuality.TranslationQuality;

namespace NewsQuality.Rules.Translation;

/// <summary>
/// One person, two incompatible titles in one article ("Kremlin adviser Yuri Ushakov" … "Russian Chancellor
/// Ushakov"): machine translation often renders a title by guesswork. Reports the mention that is the slip (a title the person
/// never held, or the odd one out; else the later), citing the other.
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
                   "titles (adviser and aide, chancellor and finance minister in Britain), qualified ones (former, deputy, acting), titles a listed " +
                   "person really held in turn (Senator and President Obama) and titles the article says the person moved between (\"Foreign " +
                   "Minister Paolo Gentiloni was sworn in as prime minister\") are not flagged. One country's single office (head of state or " +
                   "government, foreign, defence or interior minister) given to a second person is flagged at the listed person who never held it " +
                   "(\"Premier Li Keqiang\" … \"Premier Xi Jinping\"); a predecessor who held it is no slip.",
        FlaggedExample: "Despite this, Kremlin adviser Yuri Ushakov was satisfied. Later, Russian Chancellor Ushakov warned of a fatal mistake.",
        CleanExample: "Kremlin adviser Yuri Ushakov spoke first. Ushakov, a Kremlin aide, said the talks went well.")
    {
        FixTitle = "Use the person's real title throughout",
    };

    /// <summary>The name index (the people of the article are looked up in it).</summary>
    public void WarmUp(Analysis.AnalysisOptions options) => _ = options.Gazetteer.NameIndex;

    public void Analyze(ArticleContext context)
    {
        var people = context.Article.People(context.Gazetteer);
        List<TextSpan>? reported = null;
        foreach (var person in people)
        {
            // One title contradicts nothing: no need to look the person up. Counted in a loop before anything is made for the
            // person (most have one title or none): the list and the lambdas' captures were objects per person.
            if (MentionsWithRole(person.Mentions) >= 2) CheckRoles(context, person, reported ??= []);
        }
        CheckOfficesHeldByTwo(context, people, reported);
    }

    /// <summary>Offices one person holds in a country at a time: a second holder named in the same article is a slip.</summary>
    private static readonly RoleClass[] SingleHolderOffices =
        [RoleClass.HeadOfState, RoleClass.HeadOfGovernment, RoleClass.ForeignMinister, RoleClass.DefenceMinister, RoleClass.InteriorMinister, RoleClass.SupremeLeader];

    /// <summary>
    /// One office, two holders: "Senate Majority Leader …" aside, "Premier Li Keqiang" and later "Premier Xi", or "Foreign Minister
    /// Sergei Lavrov" and "Foreign Minister Shoigu", give one country's single office to two people. Reported at the mention of a
    /// listed person who never held an office of that family (by the officials' list) and whom the article does not move into
    /// it; a predecessor who held it ("President Barack Obama" beside "President Donald Trump") is no slip.
    /// </summary>
    private static void CheckOfficesHeldByTwo(ArticleContext context, IReadOnlyList<ArticlePerson> people, List<TextSpan>? reported)
    {
        if (people.Count < 2) return;
        // The first holder of each office in each country, in the article's order.
        Dictionary<(RoleClass, string), (ArticlePerson Person, PersonMention Mention)>? holders = null;
        foreach (var person in people)
        {
            PublicFigure? figure = null;
            var looked = false;
            foreach (var mention in person.Mentions)
            {
                if (mention.Role is null || Array.IndexOf(SingleHolderOffices, mention.Role.Classes) < 0) continue;
                if (!looked) (figure, looked) = (KnownFigures(person.FullName, context.Gazetteer).ToList() is [var one] ? one : null, true);
                var country = mention.Country?.Name ?? figure?.Country;
                if (country is null) continue;
                var key = (mention.Role.Classes, country);
                holders ??= [];
                if (!holders.TryGetValue(key, out var holder)) { holders[key] = (person, mention); continue; }
                if (holder.Person == person || figure is null || reported?.Contains(mention.Span) == true
                    || (RoleLexicon.HeldBy(figure) & mention.Role.Classes) != RoleClass.None
                    || (StatedMoves(context.Article, person) & mention.Role.Classes) != RoleClass.None) continue;
                var role = context.Article.Slice(mention.RoleSpan!.Value);
                var (line, _) = context.Article.LineMap.GetPosition(holder.Mention.Span.Start);
                context.Report(mention.Span, 0.8,
                    $"{person.FullName} is called \"{role}\" here, but the article gives that office to {holder.Person.FullName} on line {line}, and " +
                    $"{figure.Name} is listed as {figure.Roles.FirstOrDefault()?.Title ?? "holding no such office"}: the title is probably mistranslated.",
                    suggestion: figure.Roles.FirstOrDefault() is { } listed ? $"{listed.Title} {mention.Name}" : null,
                    related: [context.Related(holder.Mention.Span, $"{holder.Person.FullName}: \"{context.Article.Slice(holder.Mention.RoleSpan!.Value)}\"")]);
            }
        }
    }

    private static int MentionsWithRole(IReadOnlyList<PersonMention> mentions)
    {
        var count = 0;
        for (var i = 0; i < mentions.Count; i++)
            if (mentions[i].Role is not null) count++;
        return count;
    }

    private static void CheckRoles(ArticleContext context, ArticlePerson person, List<TextSpan> reportedSpans)
    {
        var roled = person.Mentions.Where(m => m.Role is not null).ToList();
        var figures = KnownFigures(person.FullName, context.Gazetteer).ToList();
        var careers = figures.Select(RoleLexicon.HeldBy).ToList();
        // Read only when two titles contradict: most people with two titles have compatible ones.
        RoleClass? moves = null;
        bool Moved(RoleClass title) => HeldOne(title, moves ??= StatedMoves(context.Article, person));
        // The person's country, as the list knows them or as another title names it ("German Finance Minister"): it tells which
        // chancellor a bare "Chancellor" is.
        var home = (figures.Count == 1 ? context.Gazetteer.FindCountry(figures[0].Country) : null)
                   ?? person.Mentions.FirstOrDefault(m => m.Country is not null)?.Country;
        var classes = roled.Select(m => ClassesIn(m, home)).ToList();
        // Which of two contradicting titles is the slip: the one the person never held by the list, else the one fewer of the
        // other titles agree with, else the later (a slip planted in the first title is reported there, not at every later one).
        int Standing(int i) => (careers.Any(held => HeldOne(classes[i], held)) ? roled.Count : 0)
                               + Enumerable.Range(0, roled.Count).Count(j => j != i && !RoleLexicon.Contradict(classes[i], classes[j]));
        List<int>? reported = null;
        for (var later = 1; later < roled.Count; later++)
        {
            var now = classes[later];
            var found = Enumerable.Range(0, later).FirstOrDefault(k => RoleLexicon.Contradict(classes[k], now)
                                                                       && !careers.Any(held => HeldOne(classes[k], held) && HeldOne(now, held))
                                                                       && !Moved(classes[k]) && !Moved(now), -1);
            if (found < 0) continue;
            var (slip, other) = Standing(found) < Standing(later) ? (found, later) : (later, found);
            if ((reported ??= []).Contains(slip)) continue;
            reported.Add(slip);
            var (current, cited) = (roled[slip], roled[other]);
            var citedRole = context.Article.Slice(cited.RoleSpan!.Value);
            var currentRole = context.Article.Slice(current.RoleSpan!.Value);
            var (line, _) = context.Article.LineMap.GetPosition(cited.Span.Start);
            var which = other < slip ? "earlier" : "later";
            reportedSpans.Add(current.Span);
            context.Report(current.Span, 0.9,
                $"{person.FullName} is called \"{currentRole}\" here but \"{citedRole}\" on line {line}: one person cannot hold both roles; the title is probably mistranslated.",
                suggestion: $"{citedRole} {current.Name}",
                related: [context.Related(cited.Span, $"{which} title: \"{citedRole}\"")]);
        }
    }

    /// <summary>
    /// The families a mention's title can mean for this person: "chancellor" is a head of government in Germany or Austria and the
    /// finance minister in Britain (the mention's country, else the person's), both elsewhere ("German Finance Minister Wolfgang
    /// Schaeuble" … "Chancellor Schaeuble" is a contradiction).
    /// </summary>
    private static RoleClass ClassesIn(PersonMention mention, Country? home)
    {
        var classes = mention.Role!.Classes;
        if (mention.Role.Office != "Chancellor" || (mention.Country ?? home) is not { } country) return classes;
        if (country.Name == "United Kingdom") return RoleClass.FinanceMinister;
        return country.HeadOffices.Contains("Chancellor") ? RoleClass.HeadOfGovernment : classes;
    }

    /// <summary>
    /// The offices the article says the person moved into or out of, in a sentence that names them: a word of appointment followed
    /// within a few words, or after "as" further on in that sentence, by a title ("Foreign Minister Paolo Gentiloni was sworn in as Italy's prime minister", "Le Havre Mayor
    /// Edouard Philippe was named prime minister", "Macron named Lyon Mayor Gerard Collomb as interior minister, and Defense
    /// Minister Jean-Yves Le Drian as foreign minister"). A story about a change of office gives the person both titles, the old
    /// and the new; a mistranslated title comes with no such word.
    /// </summary>
    private static RoleClass StatedMoves(Article article, ArticlePerson person)
    {
        var moves = RoleClass.None;
        var words = article.Words;
        var sentence = new List<string>();
        var spans = new List<TextSpan>();
        var k = 0;
        foreach (var span in Sentences.Split(article.Text))
        {
            sentence.Clear();
            spans.Clear();
            while (k < words.Count && words[k].Span.End <= span.End)
            {
                if (words[k].Span.Start >= span.Start)
                {
                    sentence.Add(words[k].Value);
                    spans.Add(words[k].Span);
                }
                k++;
            }
            if (!person.Mentions.Any(m => span.Contains(m.NameSpan.Start))) continue;
            // "will take over the foreign ministry": the ministry's portfolio is its minister's.
            for (var m = 0; m < sentence.Count; m++)
                if (sentence[m] is "ministry" or "Ministry") sentence[m] = "minister";
            // The move is the person's when their name is the last one before the word of appointment, or stands between it and
            // the title or right after the title: "Modi congratulated Kovind, who was elected president" moves Kovind, not Modi.
            // The name run that opens at word w of the sentence, if one does.
            NameRun? NameAt(int w) => w < spans.Count && article.NameRuns.FirstOrDefault(run => run.Span.Start == spans[w].Start) is { Name: not null } run ? run : null;
            // A word that is a title only before a name ("General", "Speaker") is none elsewhere: "is also general secretary".
            bool IsTitleHere((RoleEntry Entry, int Last) role) => !role.Entry.BeforeNameOnly || NameAt(role.Last + 1) is not null;
            // "replacing him with Home Affairs Minister Malusi Gigaba": a title before another person's name is that person's.
            bool IsAnothersTitle(int titleEnd) => NameAt(titleEnd + 1) is { } named && !person.Mentions.Any(m => m.NameSpan.Overlaps(named.Span));
            bool IsTheirs(int move, int titleEnd)
            {
                var after = spans[Math.Min(spans.Count - 1, titleEnd + WordsAfterTitle)].End;
                if (person.Mentions.Any(m => m.NameSpan.Start >= spans[move].Start && m.NameSpan.Start < after)) return true;
                var before = article.NameRuns.LastOrDefault(run => run.Span.Start >= span.Start && run.Span.End <= spans[move].Start
                                                                   && !IsAttributive(article.Text, span.Start, run.Span.Start));
                return before.Name is not null && person.Mentions.Any(m => m.NameSpan.Overlaps(before.Span));
            }
            // "named Homeland Security Secretary John Kelly as his chief of staff": the title before the name, when an "as" and a
            // title follow it, is the office the person leaves, not one the article says they took.
            bool IsOldTitle(int titleEnd)
            {
                if (NameAt(titleEnd + 1) is not { } named) return false;
                for (var w = titleEnd + 1; w < sentence.Count; w++)
                    if (spans[w].Start >= named.Span.End && sentence[w] is "as" && Enumerable.Range(w + 1, WordsAfterAs).Any(r => RoleLexicon.MatchStartingAt(sentence, r) is not null))
                        return true;
                return false;
            }
            for (var m = 0; m < sentence.Count; m++)
            {
                // "who is also the government's chief spokesman": a second office, stated.
                if (MoveWords.Contains(sentence[m]) || sentence[m] is "also" && m > 0 && sentence[m - 1] is "is" or "was")
                    for (var r = m + 1; r < sentence.Count; r++)
                        if ((r - m <= MaxWordsAfterMove && OneClause(article.Text, spans[m], spans[r]) || AfterAs(sentence, r))
                            && RoleLexicon.MatchStartingAt(sentence, r) is { } role && IsTitleHere(role) && IsTheirs(m, role.Last)
                            && !IsAnothersTitle(role.Last) && !IsOldTitle(role.Last))
                            moves |= role.Entry.Classes;
                // "Italy's new prime minister", right before the title (in lower case: "New York Mayor" is no move).
                if (sentence[m] is "new" or "incoming" && RoleLexicon.MatchStartingAt(sentence, m + 1) is { } newRole && IsTheirs(m, newRole.Last)
                    && !IsAnothersTitle(newRole.Last))
                    moves |= newRole.Entry.Classes;
                // "asked Gentiloni to form a government", "will head the new government", "assumed the premiership": a move to the head of government.
                if ((sentence[m] is "form" or "forming" or "formed" or "head" or "heads" or "lead" or "leads" && sentence.Skip(m + 1).Take(3).Any(w => w is "government" or "cabinet")
                     || sentence[m] is "premiership") && IsTheirs(m, Math.Min(sentence.Count - 1, m + 3)))
                    moves |= RoleClass.HeadOfGovernment;
            }
        }
        return moves;
    }

    /// <summary>
    /// A name after an article ("a former Museveni ally", "the Trump administration") modifies a noun: in "Besigye, a former
    /// Museveni ally, … showing him being sworn in as president" the one sworn in is not Museveni.
    /// </summary>
    private static bool IsAttributive(string text, int sentenceStart, int nameStart)
    {
        var before = text.AsSpan(sentenceStart, nameStart - sentenceStart).TrimEnd();
        var word = before[(before.LastIndexOfAny(' ', '\n') + 1)..];
        if (word is "former")
        {
            before = before[..^word.Length].TrimEnd();
            word = before[(before.LastIndexOfAny(' ', '\n') + 1)..];
        }
        return word is "a" or "an" or "the" or "A" or "An" or "The";
    }

    /// <summary>Words after a title within which the person's name still is the title's ("Italy's new prime minister, Paolo Gentiloni,").</summary>
    private const int WordsAfterTitle = 4;

    /// <summary>Words after "as" within which the office a person is named to starts ("as his new White House chief of staff").</summary>
    private const int WordsAfterAs = 5;

    /// <summary>Words between a word of appointment and the title it gives: "sworn in as Italy's prime minister", "named Foreign Minister Paolo Gentiloni as prime minister".</summary>
    private const int MaxWordsAfterMove = 8;

    /// <summary>
    /// No clause mark between a word of appointment and a title: in "Macron, who has never held elected office, served as economy
    /// minister under President Francois Hollande" nothing made Hollande president.
    /// </summary>
    private static bool OneClause(string text, TextSpan move, TextSpan title) =>
        text.AsSpan(move.End, title.Start - move.End).IndexOfAny(ClauseMarks) < 0;

    private static readonly System.Buffers.SearchValues<char> ClauseMarks = System.Buffers.SearchValues.Create(",;:()—–");

    /// <summary>"as" one or two words before: the appointment's title further on in a list ("…, and Defense Minister Jean-Yves Le Drian as foreign minister").</summary>
    private static bool AfterAs(List<string> sentence, int r) =>
        sentence[r - 1] is "as" || r >= 2 && sentence[r - 2] is "as";

    /// <summary>
    /// Words that give a person an office. Leaving one (fired, resigned, quit, ousted) gives none: "Zuma fired Finance Minister Pravin
    /// Gordhan" does not explain a later "Home Affairs Minister Gordhan".
    /// </summary>
    private static readonly HashSet<string> MoveWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "sworn", "appointed", "appoint", "appoints", "named", "name", "names", "nominated", "nominate", "nominates", "elected", "elect",
        "became", "become", "becomes", "becoming", "chosen", "picked", "tapped", "promoted", "confirmed", "installed", "succeed",
        "succeeded", "succeeds", "succeeding", "replace", "replaced", "replaces", "replacing", "moved", "moves", "reshuffle",
        "naming", "appointing", "nominating", "electing", "choosing", "picking", "tapping", "installing", "promoting",
        // "took over from Renzi as prime minister", "took office as", "was made foreign minister", "will head the new government as".
        "took", "take", "takes", "taking", "made", "makes", "head", "heads", "headed", "assumed", "assume", "assumes",
        // "handed the job of prime minister": an office newly given.
        "handed", "given",
        // A second office held at once, stated: "who also serves as foreign minister", "will keep the interior portfolio".
        "serves", "serving", "holds", "holding", "keep", "keeps", "retain", "retains", "portfolio",
    };

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
