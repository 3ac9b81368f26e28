using System.Text.RegularExpressions;
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
public sealed partial class NQ2002RoleContradiction : IArticleRule
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
                   "government, foreign, defence or interior minister, a chamber's leader) given to a second person is flagged at the listed person " +
                   "who never held it (\"Premier Li Keqiang\" … \"Premier Wang Yi\"); a predecessor who held it, or a namesake of the same family " +
                   "(\"President Clinton\" beside Hillary Clinton), is no slip. The same bare title of a prime minister, a chancellor, a chief justice, a vice " +
                   "president, an attorney general, a treasurer or a minister or secretary of one portfolio, word for word, before two " +
                   "people is flagged whoever they are, unless the list has them in different countries or both in the office, or a sentence of " +
                   "theirs tells of their own succession (\"resigned\", \"sworn in\", \"former\", \"new\"; not someone else's, nor \"appointed by\"). A listed head of state called head of government of " +
                   "the same country, or the other way round, and a member of one chamber of Congress called a member of the other, are flagged " +
                   "though nobody else holds that office in the article (\"Prime Minister Reuven Rivlin\", \"Senator Devin Nunes\"), as is a US " +
                   "cabinet member or holder of another office of cabinet rank called by a cabinet office they never held (\"Secretary of State Jim Mattis\", \"Defense Secretary Nikki Haley\"); the list " +
                   "keeps the other head office of heads who held it before 2015 (Erdogan's premiership), and a head office held only before the " +
                   "other is flagged in an article that names a later year, unless its own sentence names a year of it. Nobody heads two " +
                   "international bodies (\"European Commission " +
                   "President Jean-Claude Juncker\" … \"European Council President Juncker\"), unless the article moves them to one, and no body has " +
                   "two heads (\"WHO Director-General Margaret Chan\" … \"Keiji Fukuda, the WHO's director-general\"), unless the list has both there.",
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
        CheckOfficesHeldByTwo(context, people, reported ??= []);
        CheckHeadsOfTwoBodies(context, people, reported);
        CheckBodyHeadedByTwo(context, people, reported);
        CheckOfficeAgainstList(context, people, reported);
        // Last: what the list says of the one person is better evidence than the article's other holder.
        CheckOneTitleTwoHolders(context, people, reported);
    }

    /// <summary>
    /// A listed person called by the one of two offices nobody holds with the other that the list never has them in, though
    /// nobody else holds it in the article: a head of state called head of government of the same country, or the other way round
    /// ("Prime Minister Reuven Rivlin", "Irish President Leo Varadkar", "former President Nawaz Sharif"), a member of one chamber
    /// of Congress called a member of the other ("Senator Devin Nunes"). The list keeps heads since 2015 and, by hand, the other
    /// head office of heads who held it before (Erdogan's premiership, Medvedev's presidency), and every seat in Congress since
    /// 1947, so a retrospective's title is no slip. Not a title the article says the person moved to, a qualified one ("acting
    /// President", "state Senator"), a president's title that may be a body's ("European Council President Donald Tusk",
    /// "President Charles Michel of the European Council"), namesakes the list gives other offices, a lawmaker listed with as many roles as
    /// the list keeps (an old seat may be cut), or a surname alone that a listed kin of the person may bear.
    /// </summary>
    private static void CheckOfficeAgainstList(ArticleContext context, IReadOnlyList<ArticlePerson> people, List<TextSpan> reported)
    {
        foreach (var person in people)
        {
            List<PublicFigure>? figures = null;
            foreach (var mention in person.Mentions)
            {
                if (TitleOfExclusiveOffice(context, mention) is not var (office, title, pair)) continue;
                var span = TextSpan.FromBounds(title.Start, mention.NameSpan.End);
                if (reported.Contains(mention.Span) || reported.Contains(span)) continue;
                figures ??= FiguresNamed(context.Gazetteer, person.FullName);
                if (figures.Count == 0 || figures[0] is not { } figure || pair == Chambers && figures.Any(f => f.Roles.Count >= MaxListedRoles)
                    || context.Gazetteer.FindCountry(figure.Country) is not { OfficesComplete: true } country
                    || mention.Country is { } named && named != country) continue;
                var titled = pair == HeadOffices ? ClassesOf(office, RoleLexicon.ClassesOfTitle(office), country) : mention.Role!.Classes;
                var held = RoleLexicon.HeldBy(figure) & pair;
                // Of two exclusive offices, the other one only, or this one only before the other in an article written after (Putin's
                // premiership). A US cabinet member called by another cabinet office ("Secretary of State Jim Mattis", "Treasury Secretary
                // Wilbur Ross"): the list has every cabinet since 1977; only someone it has in an office of cabinet rank at all (a governor
                // or lawmaker may have joined the cabinet since the list was made).
                var outdated = held == pair && pair == HeadOffices && figures.Count == 1 && IsOutdatedHeadTitle(context.Article, figure, mention, titled);
                var listedIn = pair & ~titled;
                var cabinetRole = pair == Cabinet ? figure.Roles.FirstOrDefault(r => (RoleLexicon.ClassesOfTitle(r.Title) & Cabinet) != RoleClass.None || IsCabinetLevel(r)) : null;
                var contradicts = pair == Cabinet ? cabinetRole is not null && (held & titled) == RoleClass.None : held == listedIn || outdated;
                // Namesakes (two Mike Rogerses, or one person listed under two spellings) must all tell the same.
                if (!contradicts || figures.Any(f => f.Country != figure.Country || (RoleLexicon.HeldBy(f) & pair) != held)
                    || (pair == HeadOffices ? !country.HeadOffices.Contains(office) || office == "President" && MayBeBodysPresident(context, figure, mention, title.Start)
                                            : country.Name != "United States")
                    || MayBeKinOf(context.Gazetteer, figure, mention) || HeldOne(titled, StatedMoves(context.Article, person))) continue;
                var listed = cabinetRole ?? figure.Roles.First(r => (RoleLexicon.ClassesOfTitle(r.Title) & listedIn) != RoleClass.None);
                var why = outdated ? "held the titled office only before that, while the article names a later year" : "never held that office";
                reported.Add(span);
                context.Report(span, 0.8,
                    $"{person.FullName} is called \"{context.Article.Slice(title).TrimEnd()}\" here, but {figure.Name} is listed as {listed.Title} of {country.Name}{Years(listed)} and {why}: the title is probably mistranslated.",
                    suggestion: $"{listed.Title} {mention.Name}");
            }
        }
    }

    /// <summary>Congress's two chambers: a lawmaker sits in one or the other, as a head heads the state or the government (<see cref="HeadOffices"/>).</summary>
    private const RoleClass Chambers = RoleClass.UpperHouse | RoleClass.LowerHouse;

    /// <summary>
    /// The US cabinet's single offices the lexicon tells apart: state, defense, treasury, justice, homeland security, commerce, health,
    /// education, energy.
    /// </summary>
    private const RoleClass Cabinet = RoleClass.ForeignMinister | RoleClass.DefenceMinister | RoleClass.FinanceMinister | RoleClass.JusticeMinister
                                      | RoleClass.InteriorMinister | RoleClass.TradeMinister | RoleClass.HealthMinister | RoleClass.EducationMinister | RoleClass.EnergyMinister;

    /// <summary>
    /// A US office of cabinet rank the list has every holder of since 1977 besides the cabinet's own departments: someone who held
    /// one (UN ambassador Nikki Haley, Vice President Mike Pence) is known well enough that a cabinet title they never held is a slip.
    /// </summary>
    private static bool IsCabinetLevel(FigureRole role) =>
        role.Country == "United States" && (role.Title.StartsWith("Secretary of ", StringComparison.Ordinal) || CabinetRankOffices.Contains(role.Title));

    /// <summary>The titles of the offices of cabinet rank as the officials' list writes them (FiveThirtyEight's cabinet-level officials).</summary>
    private static readonly HashSet<string> CabinetRankOffices = new(StringComparer.Ordinal)
    {
        "Vice President", "Ambassador to the United Nations", "White House Chief of Staff", "Director of the Office of Management and Budget",
        "Trade Representative", "Administrator of the Environmental Protection Agency", "Administrator of the Small Business Administration",
        "CIA Director", "Director of Central Intelligence", "Director of National Intelligence", "Chair of the Council of Economic Advisers",
        "Director of the Office of Science and Technology Policy",
    };

    /// <summary>
    /// The roles a listed person keeps at most (tools/derive-knowledge.py, MAX_ROLES, most recent first): a person with as many may
    /// have lost an old seat (a head office the list has since 2015 is never the one lost).
    /// </summary>
    private const int MaxListedRoles = 4;

    /// <summary>
    /// The mention's title when it is one of two exclusive offices (<see cref="HeadOffices"/>, <see cref="Chambers"/>): the office's
    /// name (a head office's canonical one, else the title's phrase), the title's span and the pair. A head office may be dated as held
    /// once ("former President"); no title may be qualified otherwise ("acting", "deputy", "state Senator").
    /// </summary>
    private static (string Office, TextSpan Title, RoleClass Pair)? TitleOfExclusiveOffice(ArticleContext context, PersonMention mention)
    {
        if (mention is { Role: { } role, RoleSpan: { } span })
        {
            var before = TextBlocks.LastWord(context.Text.AsSpan(0, span.Start));
            if (RoleLexicon.Qualifiers.Contains(before.ToString())) return null;
            if (role.Office is { } office && (role.Classes & HeadOffices) != RoleClass.None) return (office, span, HeadOffices);
            if (before.Equals("state", StringComparison.OrdinalIgnoreCase)) return null;
            if (role.Classes is RoleClass.UpperHouse or RoleClass.LowerHouse) return (role.Phrase, span, Chambers);
            // A cabinet title after a name that is no country's is a state's or a body's office ("Arizona Attorney General
            // Janet Napolitano", "Georgia Secretary of State"): the list lacks most of those. A name before a comma is the previous
            // person of a list ("Treasury Secretary Steven Mnuchin, Commerce Secretary Wilbur Ross").
            return role.Classes is RoleClass.ForeignMinister or RoleClass.DefenceMinister or RoleClass.FinanceMinister or RoleClass.JusticeMinister
                       or RoleClass.InteriorMinister or RoleClass.TradeMinister or RoleClass.HealthMinister or RoleClass.EducationMinister or RoleClass.EnergyMinister
                   && !(TextBlocks.IsCapitalisedWord(before) && context.Gazetteer.FindCountry(before) is null)
                ? (role.Phrase, span, Cabinet) : null;
        }
        return mention.Role is null && DatedTitles.OfficeBefore(context.Article, mention.NameSpan) is ({ } former, var dating)
            ? (former, TextSpan.FromBounds(dating.Start, mention.NameSpan.Start), HeadOffices) : null;
    }

    /// <summary>Every listed person a full name can be (two Mike Rogerses; Binyamin and Benyamin Netanyahu, one man listed twice).</summary>
    private static List<PublicFigure> FiguresNamed(Gazetteer gazetteer, string fullName)
    {
        var words = PersonNames.Words(fullName);
        var figures = new List<PublicFigure>();
        if (words.Count < 2) return figures;
        foreach (var variant in gazetteer.NameIndex.WithSurname(words[^1]))
            if (variant.SameGivenName(words[0]) && !figures.Contains(variant.Figure)) figures.Add(variant.Figure);
        return figures;
    }

    /// <summary>" (since 2014)", " (2014–2019)", or nothing when the list gives no year.</summary>
    private static string Years(FigureRole role) => (role.FirstYear, role.LastYear) switch
    {
        ({ } first, null) => $" (since {first})",
        ({ } first, { } last) => $" ({first}–{last})",
        (null, { } last) => $" (in {last})",
        _ => "",
    };

    /// <summary>
    /// "President" before the name may be a body's: a body's name before it ("European Council President"), "of" or "at" after the
    /// name ("President Charles Michel of the European Council"), or a person the list has as a body's president (Donald Tusk).
    /// </summary>
    private static bool MayBeBodysPresident(ArticleContext context, PublicFigure figure, PersonMention mention, int roleStart)
    {
        if (TextBlocks.OpensWithOfOrAt(context.Text.AsSpan(mention.NameSpan.End))) return true;
        var start = Math.Max(context.Text.LastIndexOf('\n', Math.Max(0, roleStart - 1)) + 1, roleStart - BodyHeadReach);
        if (BodyName().IsMatch(context.Text.AsSpan(start, roleStart - start).ToString())) return true;
        return figure.Roles.Any(r => r.Title.StartsWith("President of ", StringComparison.Ordinal) && RoleLexicon.ClassesOfTitle(r.Title) == RoleClass.None);
    }

    /// <summary>
    /// The head of an international body named right before a name ("European Commission President", "U.N. Secretary-General",
    /// "IMF Managing Director"): the body, and how far back from the name the phrase starts. Its office words are all a head's.
    /// </summary>
    [GeneratedRegex(@"(?<body>" + Bodies + @") (?<head>President|Secretary-General|Secretary General|Managing Director|Director-General|Director General|chief|head|Chairman|Chair) $", RegexOptions.CultureInvariant)]
    private static partial Regex BodyHeadBefore();

    /// <summary>
    /// The head of an international body set off after a name (", the WHO's director-general", ", IOC president"): the body and
    /// the head's word, as <see cref="BodyHeadBefore"/> gives them. Not a title a name follows: in a list, the next person's
    /// ("Secretary of State Condoleezza Rice, UN Secretary General Kofi Annan").
    /// </summary>
    [GeneratedRegex(@"^, (?:the )?(?<body>" + Bodies + @")(?:'s|’s)? (?<head>[Pp]resident|[Ss]ecretary-[Gg]eneral|[Ss]ecretary [Gg]eneral|[Mm]anaging [Dd]irector|[Dd]irector-[Gg]eneral|[Dd]irector [Gg]eneral|[Cc]hairman|[Cc]hair)\b(?! of| [A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex BodyHeadAfter();

    /// <summary>International bodies by the names news gives them.</summary>
    private const string Bodies = @"(?:European|EU) (?:Commission|Council|Parliament)|(?:U\.N\.|UN|United Nations)(?: General Assembly| Security Council| Human Rights Council)?|NATO|IMF|International Monetary Fund|World Bank|ECB|European Central Bank|WTO|World Trade Organization|WHO|World Health Organization|IOC|FIFA|UEFA|OPEC|African Union|Arab League|OSCE|IAEA|Eurogroup|WADA|World Anti-Doping Agency|\bFed\b|Federal Reserve|CERN|UNESCO|UNICEF|UNHCR|OECD|Interpol|ICRC|FAO|ILO|WFP|ASEAN|ECOWAS|OAS";

    /// <summary>An international body's name, anywhere.</summary>
    [GeneratedRegex(Bodies, RegexOptions.CultureInvariant)]
    private static partial Regex BodyName();

    /// <summary>The text ends with the last word of a body head's title and a space.</summary>
    private static bool EndsWithHeadWord(ReadOnlySpan<char> text)
    {
        foreach (var word in HeadWords)
            if (text.EndsWith(word, StringComparison.Ordinal)) return true;
        return false;
    }

    private static readonly string[] HeadWords = ["President ", "Secretary-General ", "General ", "Director ", "Director-General ", "chief ", "head ", "Chairman ", "Chair "];

    /// <summary>How far before a name a body head's phrase is looked for ("United Nations Human Rights Council President ").</summary>
    private const int BodyHeadReach = 64;

    /// <summary>Bodies written two ways.</summary>
    private static string BodyKey(string body) => body switch
    {
        "U.N." or "United Nations" => "UN",
        "International Monetary Fund" => "IMF",
        "European Central Bank" => "ECB",
        "World Trade Organization" => "WTO",
        "World Health Organization" => "WHO",
        "World Anti-Doping Agency" => "WADA",
        "Federal Reserve" => "Fed",
        _ => body.Replace("U.N. ", "UN ").Replace("United Nations ", "UN ").Replace("EU ", "European "),
    };

    /// <summary>
    /// One international body, two heads: "ECB President Mario Draghi" … "ECB President Christine Lagarde", "WHO Director-General
    /// Margaret Chan" … "Keiji Fukuda, the WHO's director-general". A body has one president, chair, secretary-general, managing
    /// director or director-general at a time (not one "chief": the word is loose; not a Fed "President": the regional banks have
    /// twelve). Not a dated or qualified title, nor someone the article moves (<see cref="IsMoved"/>) when the list has neither at
    /// the head, nor the one the list lacks when the article moves them, nor two people the list both has at the head of that body
    /// (a predecessor). Reported at the one the list does not have there, else the later.
    /// </summary>
    private static void CheckBodyHeadedByTwo(ArticleContext context, IReadOnlyList<ArticlePerson> people, List<TextSpan> reported)
    {
        if (people.Count < 2) return;
        List<(ArticlePerson Person, string Office, TextSpan Span, TextSpan Title)>? heads = null;
        foreach (var person in people)
            foreach (var mention in person.Mentions)
                if (BodyHeadOf(context, mention) is var (office, span, title) && !reported.Contains(mention.Span))
                    (heads ??= []).Add((person, office, span, title));
        if (heads is null || heads.Count < 2) return;
        heads.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        for (var later = 1; later < heads.Count; later++)
        {
            var h = heads[later];
            if (heads.Take(later).FirstOrDefault(e => e.Office == h.Office && e.Person != h.Person) is not { Person: not null } e) continue;
            var (listedLater, listedEarlier) = (HeadsListed(context.Gazetteer, h.Person, h.Office), HeadsListed(context.Gazetteer, e.Person, e.Office));
            if (listedLater && listedEarlier) continue;
            var (slip, other) = listedLater ? (e, h) : (h, e);
            // A move the article tells excuses the one moved, a successor or one named to come ("Lagarde was nominated to succeed
            // Draghi"); the listed head's own appointment ("Powell, whom Trump picked to lead the Fed") excuses nobody else.
            if (IsMoved(context.Article, slip.Person) || !(listedLater || listedEarlier) && IsMoved(context.Article, other.Person)) continue;
            if (reported.Contains(slip.Span)) continue;
            reported.Add(slip.Span);
            var (line, _) = context.Article.LineMap.GetPosition(other.Span.Start);
            context.Report(slip.Span, 0.8,
                $"{slip.Person.FullName} is called \"{context.Article.Slice(slip.Title)}\" here, but the article gives that office to {other.Person.FullName} on line {line}: a body has one head at a time; the title is probably mistranslated.",
                related: [context.Related(other.Span, $"{other.Person.FullName}: \"{context.Article.Slice(other.Title)}\"")]);
        }
    }

    /// <summary>
    /// The mention's title when it names the head of an international body, before the name or set off after it: the office as a
    /// key (the body and the head's word), the title and name's span, and the title's.
    /// </summary>
    private static (string Office, TextSpan Span, TextSpan Title)? BodyHeadOf(ArticleContext context, PersonMention mention)
    {
        var text = context.Text;
        var name = mention.NameSpan;
        Match match;
        TextSpan title;
        if (EndsWithHeadWord(text.AsSpan(0, name.Start)))
        {
            if (BodyHeadTitleBefore(text, name) is not var (before, beforeTitle)) return null;
            (match, title) = (before, beforeTitle);
        }
        else
        {
            if (!(match = BodyHeadAfter().Match(text, name.End, Math.Min(BodyHeadReach, text.Length - name.End))).Success) return null;
            var opening = match.Groups["body"].Index - (text.AsSpan(name.End + 2).StartsWith("the ") ? 4 : 0);
            title = TextSpan.FromBounds(opening, match.Index + match.Length);
        }
        var body = BodyKey(match.Groups["body"].Value);
        var head = match.Groups["head"].Value.ToLowerInvariant().Replace('-', ' ') switch
        {
            "president" when body != "Fed" => "president",
            "chairman" or "chair" => "chair",
            "secretary general" => "secretary-general",
            "managing director" => "managing director",
            "director general" => "director-general",
            _ => null,
        };
        return head is null ? null : ($"{body} {head}", TextSpan.FromBounds(Math.Min(title.Start, name.Start), Math.Max(title.End, name.End)), title);
    }

    /// <summary>
    /// The title of an international body's head right before a name, when the name ends such a title (<see cref="EndsWithHeadWord"/>,
    /// asked first by the callers): its match (the body and the head's word) and span; null when there is none, or when it is dated
    /// or qualified ("former European Parliament President").
    /// </summary>
    private static (Match Match, TextSpan Title)? BodyHeadTitleBefore(string text, TextSpan name)
    {
        var start = Math.Max(text.LastIndexOf('\n', Math.Max(0, name.Start - 1)) + 1, name.Start - BodyHeadReach);
        var match = BodyHeadBefore().Match(text, start, name.Start - start);
        if (!match.Success) return null;
        var title = new TextSpan(match.Index, match.Length - 1);
        return IsQualifiedBefore(text, title.Start) ? null : (match, title);
    }

    /// <summary>The list has a person of that full name at the head of the body the office key names (Mario Draghi: "President of the European Central Bank").</summary>
    private static bool HeadsListed(Gazetteer gazetteer, ArticlePerson person, string office) =>
        FiguresNamed(gazetteer, person.FullName).Any(f => f.Roles.Any(r => BodyName().Match(r.Title) is { Success: true } m && office.StartsWith(BodyKey(m.Value) + " ", StringComparison.Ordinal)));

    /// <summary>
    /// One person at the head of two international bodies: "European Commission President Jean-Claude Juncker" … "European Council
    /// President Juncker", "U.N. Secretary-General Antonio Guterres" … "U.N. General Assembly President Guterres". Nobody heads two
    /// at once; a dated or qualified title ("former European Parliament President Martin Schulz") and a person the article moves
    /// to a body (<see cref="IsMoved"/>: "Lagarde was nominated to succeed Mario Draghi as ECB President") are left alone. Reported
    /// at the later title.
    /// </summary>
    private static void CheckHeadsOfTwoBodies(ArticleContext context, IReadOnlyList<ArticlePerson> people, List<TextSpan> reported)
    {
        var text = context.Text;
        foreach (var person in people)
        {
            (string Body, TextSpan Title, PersonMention Mention)? first = null;
            foreach (var mention in person.Mentions)
            {
                // Most names follow no head's title: a look at the word before the name, then the phrase.
                if (!EndsWithHeadWord(text.AsSpan(0, mention.NameSpan.Start)) || BodyHeadTitleBefore(text, mention.NameSpan) is not var (match, title)) continue;
                var body = BodyKey(match.Groups["body"].Value);
                if (first is not { } earlier) { first = (body, title, mention); continue; }
                if (earlier.Body == body || reported.Contains(mention.Span) || IsMoved(context.Article, person)) continue;
                var (line, _) = context.Article.LineMap.GetPosition(earlier.Title.Start);
                var span = TextSpan.FromBounds(title.Start, mention.NameSpan.End);
                var earlierTitle = context.Article.Slice(earlier.Title);
                context.Report(span, 0.8,
                    $"{person.FullName} is called \"{context.Article.Slice(title)}\" here but \"{earlierTitle}\" on line {line}: nobody heads both bodies; the title is probably mistranslated.",
                    suggestion: $"{earlierTitle} {mention.Name}",
                    related: [context.Related(TextSpan.FromBounds(earlier.Title.Start, earlier.Mention.NameSpan.End), $"earlier title: \"{earlierTitle}\"")]);
                break;
            }
        }
    }

    /// <summary>The word before the title dates or qualifies it ("former", "acting", "deputy").</summary>
    private static bool IsQualifiedBefore(string text, int titleStart) =>
        RoleLexicon.Qualifiers.Contains(TextBlocks.LastWord(text.AsSpan(0, titleStart)).ToString());

    /// <summary>
    /// A sentence that names the person moves someone to a body: a word of appointment followed in its clause, within
    /// <see cref="MaxWordsAfterMove"/> words, by a body's name ("Lagarde was nominated to succeed Mario Draghi as ECB President").
    /// </summary>
    private static bool IsMoved(Article article, ArticlePerson person)
    {
        foreach (var sentence in Sentences.Split(article.Text))
        {
            if (!person.Mentions.Any(m => sentence.Contains(m.NameSpan.Start))) continue;
            var words = article.WordSpanIn(sentence);
            for (var m = 0; m < words.Length; m++)
            {
                if (!MoveWords.Contains(words[m].Value)) continue;
                var reach = words[Math.Min(words.Length - 1, m + MaxWordsAfterMove)].Span.End;
                var after = article.Text.AsSpan(words[m].Span.End, reach - words[m].Span.End);
                if (after.IndexOfAny(ClauseMarks) is var mark and >= 0) after = after[..mark];
                if (BodyName().IsMatch(after)) return true;
            }
        }
        return false;
    }

    /// <summary>Offices one person holds in a country at a time: a second holder named in the same article is a slip.</summary>
    private static readonly RoleClass[] SingleHolderOffices =
        [RoleClass.HeadOfState, RoleClass.HeadOfGovernment, RoleClass.ForeignMinister, RoleClass.DefenceMinister, RoleClass.InteriorMinister, RoleClass.SupremeLeader];

    /// <summary>
    /// A chamber's single offices, by phrase (their family is every senator's or representative's), with the officials' title
    /// for each: the House's speaker is written two ways.
    /// </summary>
    private static readonly Dictionary<string, string> ChamberLeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        ["senate majority leader"] = "Senate Majority Leader", ["senate minority leader"] = "Senate Minority Leader",
        ["house majority leader"] = "House Majority Leader", ["house minority leader"] = "House Minority Leader",
        ["house speaker"] = "Speaker of the House", ["speaker of the house"] = "Speaker of the House",
    };

    /// <summary>The single office a title names, as a key (its family, or a chamber leader's title), or null for titles many hold.</summary>
    private static string? SingleOffice(RoleEntry role) =>
        ChamberLeaders.TryGetValue(role.Phrase, out var leader) ? leader
        : Array.IndexOf(SingleHolderOffices, role.Classes) >= 0 ? role.Classes.ToString() : null;

    /// <summary>The listed person held that single office: one of its family, or the chamber leader's title.</summary>
    private static bool HeldSingleOffice(PublicFigure figure, RoleEntry role) =>
        ChamberLeaders.TryGetValue(role.Phrase, out var leader)
            ? figure.Roles.Any(r => r.Title.Equals(leader, StringComparison.OrdinalIgnoreCase))
            : (RoleLexicon.HeldBy(figure) & role.Classes) != RoleClass.None;

    private const RoleClass HeadOffices = RoleClass.HeadOfState | RoleClass.HeadOfGovernment;

    /// <summary>
    /// A surname alone with a single office ("President Clinton") that another listed person of that surname and country held:
    /// the article may mean them, though it linked the surname to the one it names in full (Hillary Clinton). Not for offices many
    /// hold at once: that another Representative Smith is listed says nothing of which Smith "Representative Smith" is.
    /// </summary>
    private static bool MayBeKinOf(Gazetteer gazetteer, PublicFigure figure, PersonMention mention) =>
        !mention.Name.Contains(' ') && SingleOffice(mention.Role!) is not null && gazetteer.NameIndex.PeopleWithSurname(mention.Name) <= MaxKin
        && gazetteer.NameIndex.WithSurname(mention.Name).Any(v => v.Figure != figure && v.Figure.Country == figure.Country && HeldSingleOffice(v.Figure, mention.Role!));

    /// <summary>
    /// A family, not a common surname: more listed people of one surname (Johnson, Kelly, Jackson) are strangers to each other, and
    /// the article's own person is the one it names.
    /// </summary>
    private const int MaxKin = 3;

    /// <summary>
    /// One office, two holders: "Premier Li Keqiang" and later "Premier Xi", "Senate Majority Leader Mitch McConnell" and "McCain,
    /// the Senate majority leader", give one country's single office to two people. Reported at the mention of a listed person who
    /// never held that office (by the officials' list) and whom the article does not move into it; a predecessor who held it
    /// ("President Barack Obama" beside "President Donald Trump") is no slip.
    /// </summary>
    private static void CheckOfficesHeldByTwo(ArticleContext context, IReadOnlyList<ArticlePerson> people, List<TextSpan> reported)
    {
        if (people.Count < 2) return;
        // Every titled mention of each single office in each country, in the order the people are first met.
        Dictionary<(string, string), List<(ArticlePerson Person, PersonMention Mention, PublicFigure? Figure)>>? holders = null;
        foreach (var person in people)
        {
            PublicFigure? figure = null;
            var looked = false;
            foreach (var mention in person.Mentions)
            {
                if (mention.Role is not { } title || SingleOffice(title) is not { } office) continue;
                if (!looked) (figure, looked) = (OnlyFigure(context.Gazetteer, person), true);
                if ((mention.Country?.Name ?? figure?.Country) is not { } country) continue;
                holders ??= [];
                if (!holders.TryGetValue((office, country), out var list)) holders[(office, country)] = list = [];
                list.Add((person, mention, figure));
            }
        }
        if (holders is null) return;
        foreach (var list in holders.Values)
            foreach (var (person, mention, figure) in list)
            {
                // The other holder the article names: the first mention of someone else.
                if (figure is null || list.FirstOrDefault(h => h.Person != person) is not { Person: { } other } holder
                    || reported.Contains(mention.Span) || HeldSingleOffice(figure, mention.Role!)
                    || MayBeKinOf(context.Gazetteer, figure, mention)
                    || (StatedMoves(context.Article, person) & mention.Role!.Classes) != RoleClass.None) continue;
                var role = context.Article.Slice(mention.RoleSpan!.Value);
                reported.Add(mention.Span);
                var (line, _) = context.Article.LineMap.GetPosition(holder.Mention.Span.Start);
                context.Report(mention.Span, 0.8,
                    $"{person.FullName} is called \"{role}\" here, but the article gives that office to {other.FullName} on line {line}, and " +
                    $"{figure.Name} is listed as {figure.Roles.FirstOrDefault()?.Title ?? "holding no such office"}: the title is probably mistranslated.",
                    suggestion: figure.Roles.FirstOrDefault() is { } listed ? $"{listed.Title} {mention.Name}" : null,
                    related: [context.Related(holder.Mention.Span, $"{other.FullName}: \"{context.Article.Slice(holder.Mention.RoleSpan!.Value)}\"")]);
            }
    }

    /// <summary>Titles of an office one person holds at a time in a country, as written before a name, besides a cabinet portfolio's
    /// (not a president's: companies and bodies have presidents; a vice president's is one office). Not a firm's chief executive:
    /// a story of two firms gives both heads the bare title (a blind round's clean article).</summary>
    private static readonly HashSet<string> OneHolderTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        "chief justice", "prime minister", "chancellor", "vice president", "deputy president", "attorney general", "senate president",
        "house speaker", "central bank governor", "treasurer", "taoiseach", "tanaiste", "tánaiste",
    };

    /// <summary>A title of <see cref="OneHolderTitles"/> or a minister's or secretary's of one portfolio ("Economy Minister", "Health
    /// Secretary"), not a deputy's (a ministry has several).</summary>
    private static bool NamesOneOffice(string written, RoleEntry role) =>
        OneHolderTitles.Contains(written) || RoleLexicon.IsPortfolioTitle(role) && written.Contains(' ');

    /// <summary>
    /// A title of one office (<see cref="NamesOneOffice"/>) written capitalised right before a name ("Tanaiste Joan Burton"), or after
    /// "the" and set off by a comma ("The tanaiste, Joan Burton"), as the Guardian writes titles; not before "of" or "at" ("Foreign
    /// Minister X of Peru"). Not an apposition after the name ("Joan Burton, the tanaiste,"): measured, it caught nothing more on the
    /// rounds' tuning halves and raised a false flag on a blind round's clean copy.
    /// </summary>
    /// <param name="Title">The title with its qualifiers (<see cref="TitleWithItsQualifiers"/>), lower-cased.</param>
    /// <param name="Before">The word before those, lower-cased.</param>
    private readonly record struct OneHolderTitle(ArticlePerson Person, PersonMention Mention, TextSpan Span, RoleClass Classes, string Title, string Before);

    private static OneHolderTitle? OneHolderTitleOf(string text, ArticlePerson person, PersonMention mention)
    {
        if (mention is not { Role: { } role, RoleSpan: { } span } || span.End > mention.NameSpan.Start
            || !NamesOneOffice(text.Substring(span.Start, span.Length), role) || TextBlocks.OpensWithOfOrAt(text.AsSpan(mention.NameSpan.End))) return null;
        var title = TitleWithItsQualifiers(text, span, out var before);
        // Set off by a comma after "the" (before the title or the capitalised words that qualify it: "the Irish tanaiste"), the name
        // must be a person's in full ("The tanaiste, Joan Burton", not "In Athens, the finance minister").
        var written = char.IsUpper(text[span.Start])
                      || person.FullName.Contains(' ') && text.AsSpan(span.End, mention.NameSpan.Start - span.End).SequenceEqual(", ") && before == "the";
        return written ? new(person, mention, span, role.Classes, title, before) : null;
    }

    /// <summary>
    /// One title, word for word, before two people's names ("Foreign Minister Nicolas Maduro" … "Foreign Minister Elias Jaua", "Chief
    /// Justice Anthony Kennedy" … "Chief Justice John Roberts"): wire copy gives its own country's officials bare titles and others'
    /// their country, so the same bare title is the same office, and it has one holder. Judged whatever the list knows of either (a
    /// minister of years it lacks), for the offices of <see cref="NamesOneOffice"/> written the same way both times with the same
    /// words before them. Not a dated or qualified title, a title before "of" ("Foreign Minister X of Peru"), two people the list has
    /// in different countries or both in the office (a predecessor), a listed person's title when the headline and lead name other
    /// countries only (<see cref="IsPublishersOwn"/>), chief justices in a story that names a state's court, someone the article moves
    /// into the office, or two spellings of one name. Reported at the one the list does not have in the office when it has the other
    /// there, else at the later.
    /// </summary>
    private static void CheckOneTitleTwoHolders(ArticleContext context, IReadOnlyList<ArticlePerson> people, List<TextSpan> reported)
    {
        if (people.Count < 2) return;
        Dictionary<string, OneHolderTitle>? first = null;
        foreach (var person in people)
            foreach (var mention in person.Mentions)
            {
                if (OneHolderTitleOf(context.Text, person, mention) is not { Title: var title } titled) continue;
                if (RoleLexicon.Qualifiers.Contains(titled.Before) || title.EndsWith("chief justice", StringComparison.Ordinal) && NamesSubnationalCourt(context.Text)) continue;
                first ??= new(StringComparer.OrdinalIgnoreCase);
                if (!first.TryGetValue(title, out var earlier)) { first[title] = titled; continue; }
                if (earlier.Person == person || PersonNames.Words(earlier.Person.FullName)[^1] == PersonNames.Words(person.FullName)[^1]
                    || reported.Contains(mention.Span) || reported.Contains(earlier.Mention.Span)) continue;
                var (a, b) = (OnlyFigure(context.Gazetteer, earlier.Person), OnlyFigure(context.Gazetteer, person));
                if (a is not null && b is not null && a.Country != b.Country || IsPublishersOwn(context, a is null ? b : b is null ? a : null)
                    || ((StatedMoves(context.Article, earlier.Person) | StatedMoves(context.Article, person)) & titled.Classes) != RoleClass.None
                    || TellsOfSuccession(context.Text, earlier.Mention.NameSpan, people) || TellsOfSuccession(context.Text, mention.NameSpan, people)) continue;
                // The one the list has in the office is its holder; else the later title is the odd one.
                var earlierHolds = a is not null && (RoleLexicon.HeldBy(a) & titled.Classes) != RoleClass.None;
                var laterHolds = b is not null && (RoleLexicon.HeldBy(b) & titled.Classes) != RoleClass.None;
                if (earlierHolds && laterHolds) continue; // a predecessor ("Prime Minister Antonis Samaras" beside Alexis Tsipras)
                var (slip, other) = laterHolds && !earlierHolds ? (earlier, titled) : (titled, earlier);
                var slipSpan = slip.Mention.Span;
                reported.Add(slipSpan);
                var (line, _) = context.Article.LineMap.GetPosition(other.Span.Start);
                context.Report(slipSpan, 0.7,
                    $"{slip.Person.FullName} is called \"{context.Article.Slice(slip.Span)}\" here, but the article gives that office to {other.Person.FullName} on line {line}: one office, one holder at a time; the title is probably mistranslated.",
                    related: [context.Related(other.Mention.Span, $"{other.Person.FullName}: \"{context.Article.Slice(other.Span)}\"")]);
            }
    }

    /// <summary>
    /// The text names a US state's or a province's court ("the Florida Supreme Court", "the state supreme court"): a chief justice
    /// may then be that court's beside the country's (a story of Bush v. Gore names both; round 10's clean copy).
    /// </summary>
    private static bool NamesSubnationalCourt(string text)
    {
        foreach (Match court in SubnationalCourt().Matches(text))
            // Two capitalised words may be a state's name ("New York") or a word before one ("The Florida").
            if (court.Groups["state"] is not { Success: true, Value: var state } || SubnationalPremiers.IsUsState(state)
                || state.IndexOf(' ') is var space and > 0 && SubnationalPremiers.IsUsState(state[(space + 1)..])) return true;
        return false;
    }

    [GeneratedRegex(@"\b(?:(?<state>[A-Z][a-z]+(?: [A-Z][a-z]+)?)|[Ss]tate|[Pp]rovincial) (?:Supreme|High|Superior) Court\b|\b(?:state|provincial) (?:supreme|high|superior) court\b")]
    private static partial Regex SubnationalCourt();

    /// <summary>
    /// The one of two bare titles the list has is of a country that neither the headline nor the lead names, though they name one
    /// (<see cref="CountryMentions.InHeadlineAndLead"/>): a broadcaster writes its own country's officials bare ("Prime Minister John
    /// Howard has condemned the coup" in an Australian story from Fiji, beside Fiji's "Prime Minister Mahendra Chaudhry"; round 10's
    /// clean copy), so the two titles are two offices.
    /// </summary>
    private static bool IsPublishersOwn(ArticleContext context, PublicFigure? listed)
    {
        if (listed is null) return false;
        var named = false;
        foreach (var country in CountryMentions.InHeadlineAndLead(context.Article, context.Gazetteer))
        {
            if (country.Name == listed.Country) return false;
            named = true;
        }
        return named;
    }

    /// <summary>
    /// The sentence of the name tells of one holder following another ("replaced", "succeeded", "resigned", "sworn in", "his
    /// predecessor"): a reshuffle names the old and the new holder with one title. The word must be the person's own: not one told
    /// of someone else named between it and the name ("Foreign Minister Elias Jaua said Maduro, whom Chavez named as his
    /// successor"), nor who chose them ("Chief Justice John Roberts, a conservative appointed by President George W. Bush").
    /// </summary>
    private static bool TellsOfSuccession(string text, TextSpan name, IReadOnlyList<ArticlePerson> people)
    {
        if (Sentences.Containing(text, name.Start) is not { } sentence) return false;
        foreach (Match word in Succession().Matches(text.Substring(sentence.Start, sentence.Length)))
        {
            var at = sentence.Start + word.Index;
            if (ChosenBy().IsMatch(text.AsSpan(at + word.Length))) continue;
            var between = at < name.Start ? TextSpan.FromBounds(at + word.Length, name.Start) : TextSpan.FromBounds(name.End, at);
            if (!NamesSomeoneIn(people, between)) return true;
        }
        return false;
    }

    /// <summary>A person's name lies wholly inside the span.</summary>
    private static bool NamesSomeoneIn(IReadOnlyList<ArticlePerson> people, TextSpan span)
    {
        foreach (var person in people)
            foreach (var mention in person.Mentions)
                if (mention.NameSpan.Start >= span.Start && mention.NameSpan.End <= span.End) return true;
        return false;
    }

    /// <summary>The rest of a word of appointment and "by" after it ("appointed by", "named by"): who chose the holder.</summary>
    [GeneratedRegex(@"^\w*\s+by\b")]
    private static partial Regex ChosenBy();

    [GeneratedRegex(@"\b(?:replac|succe(?:ed|ssor|ssion)|predecessor|resign|stepp?(?:ed|ing|s)? down|sworn|sack|fired|dismiss|oust|appoint|nominat|named|took over|take over|taking over|former|outgoing|incoming|(?-i:new\b))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Succession();

    /// <summary>
    /// The title with the capitalised words right before it ("Venezuelan Foreign Minister"), lower-cased, and the word before those;
    /// "The" opening a sentence is that word, not a qualifier.
    /// </summary>
    private static string TitleWithItsQualifiers(string text, TextSpan title, out string before)
    {
        var start = title.Start;
        while (TextBlocks.LastWord(text.AsSpan(0, start)) is var word && TextBlocks.IsCapitalisedWord(word) && !word.SequenceEqual("The"))
            start = text.AsSpan(0, start).TrimEnd().Length - word.Length;
        before = TextBlocks.LastWord(text.AsSpan(0, start)).ToString().ToLowerInvariant();
        return text[start..title.End].ToLowerInvariant();
    }

    /// <summary>The one listed person of that full name, or null (nobody, or namesakes).</summary>
    private static PublicFigure? OnlyFigure(Gazetteer gazetteer, ArticlePerson person) =>
        KnownFigures(person.FullName, gazetteer).ToList() is [var one] ? one : null;

    private static int MentionsWithRole(IReadOnlyList<PersonMention> mentions)
    {
        var count = 0;
        for (var i = 0; i < mentions.Count; i++)
            if (mentions[i].Role is not null) count++;
        return count;
    }

    private static void CheckRoles(ArticleContext context, ArticlePerson person, List<TextSpan> reportedSpans)
    {
        var figures = KnownFigures(person.FullName, context.Gazetteer).ToList();
        // "President Clinton" beside "Secretary of State Hillary Clinton" may be Bill Clinton: no title of hers.
        var roled = person.Mentions.Where(m => m.Role is not null && !(figures.Count == 1 && MayBeKinOf(context.Gazetteer, figures[0], m))).ToList();
        if (roled.Count < 2) return;
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
        // Two head offices the person held one after the other: the mention given the earlier one, undated, is the slip.
        int? Outdated(int a, int b) =>
            figures.Count != 1 || classes[a] is not (RoleClass.HeadOfState or RoleClass.HeadOfGovernment) || classes[b] != (HeadOffices & ~classes[a]) ? null
            : IsOutdatedHeadTitle(context.Article, figures[0], roled[a], classes[a]) ? a
            : IsOutdatedHeadTitle(context.Article, figures[0], roled[b], classes[b]) ? b : null;
        List<int>? reported = null;
        for (var later = 1; later < roled.Count; later++)
        {
            var now = classes[later];
            // The first earlier title that contradicts this one: both never held in turn, or one of them outdated (found once).
            var (found, outdated) = (-1, (int?)null);
            for (var k = 0; k < later && found < 0; k++)
            {
                if (!RoleLexicon.Contradict(classes[k], now)) continue;
                var heldInTurn = careers.Any(held => HeldOne(classes[k], held) && HeldOne(now, held));
                var outdatedOne = heldInTurn ? Outdated(k, later) : null;
                if (heldInTurn && outdatedOne is null || Moved(classes[k]) || Moved(now)) continue;
                (found, outdated) = (k, outdatedOne);
            }
            if (found < 0) continue;
            var (slip, other) = outdated is { } earlier ? (earlier, earlier == found ? later : found)
                : Standing(found) < Standing(later) ? (found, later) : (later, found);
            if ((reported ??= []).Contains(slip)) continue;
            reported.Add(slip);
            var (current, cited) = (roled[slip], roled[other]);
            var citedRole = context.Article.Slice(cited.RoleSpan!.Value);
            var currentRole = context.Article.Slice(current.RoleSpan!.Value);
            var (line, _) = context.Article.LineMap.GetPosition(cited.Span.Start);
            var which = other < slip ? "earlier" : "later";
            reportedSpans.Add(current.Span);
            var why = outdated is null ? "one person cannot hold both roles"
                : $"{figures[0].Name} held that office only before the other, and an undated title names the office held now";
            context.Report(current.Span, 0.9,
                $"{person.FullName} is called \"{currentRole}\" here but \"{citedRole}\" on line {line}: {why}; the title is probably mistranslated.",
                suggestion: $"{citedRole} {current.Name}",
                related: [context.Related(cited.Span, $"{which} title: \"{citedRole}\"")]);
        }
    }

    /// <summary>
    /// The mention's head title is an office the list has the person in only before their other head office (Erdogan: prime
    /// minister to 2014, president since; Medvedev: president to 2012, then prime minister), undated (no year up to its end in the
    /// sentence), in an article that names a year of the later office. An undated title is the person's office at the time of
    /// writing, and a year an article names is one it was written in or after: "Prime Minister Tayyip Erdogan" beside a 2016 coup
    /// attempt is a slip, "Prime Minister Vladimir Putin ordered troops into Georgia in 2008" a retrospective. Without a year of the
    /// later office the article may be from the earlier one's years, and another title the slip ("President Wickremesinghe" in
    /// 2018 copy): nothing tells.
    /// </summary>
    private static bool IsOutdatedHeadTitle(Article article, PublicFigure figure, PersonMention mention, RoleClass title)
    {
        if (title is not (RoleClass.HeadOfState or RoleClass.HeadOfGovernment) || YearsHeld(figure, title) is not { } held
            || YearsHeld(figure, HeadOffices & ~title) is not { } other || held.Last > other.First || !YearFrom(article.Text, other.First)) return false;
        return Sentences.Containing(article.Text, mention.NameSpan.Start) is not { } sentence
               || !YearUpTo(article.Text.AsSpan(sentence.Start, sentence.Length), held.Last);
    }

    /// <summary>The years the list has the person in an office of that family: the first (the last, when only that is known) and the last (open: none).</summary>
    private static (int First, int Last)? YearsHeld(PublicFigure figure, RoleClass office)
    {
        (int First, int Last)? years = null;
        foreach (var role in figure.Roles)
        {
            if ((RoleLexicon.ClassesOfTitle(role.Title) & office) == RoleClass.None || (role.FirstYear ?? role.LastYear) is not { } first) continue;
            var last = role.LastYear ?? int.MaxValue;
            years = years is { } known ? (Math.Min(known.First, first), Math.Max(known.Last, last)) : (first, last);
        }
        return years;
    }

    /// <summary>The text names a year (four digits from 1900) no later than <paramref name="last"/>.</summary>
    private static bool YearUpTo(ReadOnlySpan<char> text, int last) => NamesYear(text, 1900, last);

    /// <summary>
    /// The text names a year from <paramref name="first"/> to the list's last (later ones are plans: "by 2030"), not as an event's
    /// name: "the 2018 finals", "the 2022 World Cup" may lie ahead of the story ("Prime Minister Vladimir Putin" in 2010, when Russia
    /// won the 2018 finals).
    /// </summary>
    private static bool YearFrom(ReadOnlySpan<char> text, int first) => NamesYear(text, first, ListedUntil, skipEventNames: true);

    /// <summary>The last year of the officials' list (the Factbook of 2026).</summary>
    private const int ListedUntil = 2026;

    /// <summary>
    /// The text names a year, four digits standing alone, from <paramref name="first"/> to <paramref name="last"/>; with
    /// <paramref name="skipEventNames"/>, not a year that names an event after it (<see cref="EventAfterYear"/>).
    /// </summary>
    private static bool NamesYear(ReadOnlySpan<char> text, int first, int last, bool skipEventNames = false)
    {
        for (var i = 0; i + 4 <= text.Length; i++)
        {
            if (!char.IsDigit(text[i]) || (i > 0 && char.IsDigit(text[i - 1])) || (i + 4 < text.Length && char.IsDigit(text[i + 4]))) continue;
            if (int.TryParse(text.Slice(i, 4), out var year) && year >= first && year <= last
                && !(skipEventNames && EventAfterYear().IsMatch(text[(i + 4)..]))) return true;
        }
        return false;
    }

    /// <summary>An event a year names, right after it: "2018 finals", "2022 World Cup", "2020 Olympics", "2024 election".</summary>
    [GeneratedRegex(@"^ (?:World Cup|Olympics?|Olympic Games|Games|Winter Games|Summer Games|Paralympics|Expo|finals?|tournament|championships?|Euros?|Cup|elections?|presidential election|polls?|vote|summit|census)\b", RegexOptions.CultureInvariant)]
    private static partial Regex EventAfterYear();

    /// <summary>
    /// The families a mention's title can mean for this person: "chancellor" is a head of government in Germany or Austria and the
    /// finance minister in Britain (the mention's country, else the person's), both elsewhere ("German Finance Minister Wolfgang
    /// Schaeuble" … "Chancellor Schaeuble" is a contradiction).
    /// </summary>
    private static RoleClass ClassesIn(PersonMention mention, Country? home) =>
        ClassesOf(mention.Role!.Office, mention.Role.Classes, mention.Country ?? home);

    /// <summary>The families an office's title (<paramref name="classes"/>) means in a country: a chancellor's, by <see cref="ClassesIn"/>.</summary>
    private static RoleClass ClassesOf(string? office, RoleClass classes, Country? country)
    {
        if (office != "Chancellor" || country is null) return classes;
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
            // The name run that opens at word w of the sentence, if one does.
            NameRun? NameAt(int w) => w < spans.Count && article.NameRuns.FirstOrDefault(run => run.Span.Start == spans[w].Start) is { Name: not null } run ? run : null;
            // A word that is a title only before a name ("General", "Speaker") is none elsewhere: "is also general secretary".
            bool IsTitleHere((RoleEntry Entry, int Last) role) => !role.Entry.BeforeNameOnly || NameAt(role.Last + 1) is not null;
            // "replacing him with Home Affairs Minister Malusi Gigaba": a title before another person's name is that person's.
            bool IsAnothersTitle(int titleEnd) => NameAt(titleEnd + 1) is { } named && !person.Mentions.Any(m => m.NameSpan.Overlaps(named.Span));
            // The move is the person's when their name is the last one before the word of appointment, or stands between it and
            // the title or right after the title: "Modi congratulated Kovind, who was elected president" moves Kovind, not Modi.
            bool IsTheirs(int move, int titleEnd)
            {
                var after = spans[Math.Min(spans.Count - 1, titleEnd + WordsAfterTitle)].End;
                if (person.Mentions.Any(m => m.NameSpan.Start >= spans[move].Start && m.NameSpan.Start < after && !AfterPreposition(article.Text, span.Start, m.Span.Start))) return true;
                var before = article.NameRuns.LastOrDefault(run => run.Span.Start >= span.Start && run.Span.End <= spans[move].Start
                                                                   && !IsAttributive(article.Text, span.Start, run.Span.Start)
                                                                   && !AfterPreposition(article.Text, span.Start, run.Span.Start));
                return before.Name is not null && person.Mentions.Any(m => m.NameSpan.Overlaps(before.Span));
            }
            // "Moon nominated Lee Nak-yon, the governor of South Jeolla province, as prime minister": someone else named between the
            // word of appointment and the title, and not the person, is the one it moves (not after "from": "took over from Matteo
            // Renzi as prime minister").
            bool AnotherNamedBetween(int move, int title)
            {
                bool Between(TextSpan name) => name.Start > spans[move].End && name.End <= spans[title].Start;
                return !person.Mentions.Any(m => Between(m.NameSpan))
                       && article.NameRuns.Any(run => run.End - run.Start >= 2 && Between(run.Span) && !AfterPreposition(article.Text, span.Start, run.Span.Start));
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
                            && RoleLexicon.MatchStartingAt(sentence, r) is { } role && IsTitleHere(role) && IsTheirs(m, role.Last) && !AnotherNamedBetween(m, r)
                            && !IsAnothersTitle(role.Last) && !IsOldTitle(role.Last) && !(KeepWords.Contains(sentence[m]) && NameAt(role.Last + 1) is not null))
                            moves |= MovedInto(role.Entry);
                // "Italy's new prime minister", right before the title (in lower case: "New York Mayor" is no move).
                if (sentence[m] is "new" or "incoming" && RoleLexicon.MatchStartingAt(sentence, m + 1) is { } newRole && IsTheirs(m, newRole.Last)
                    && !IsAnothersTitle(newRole.Last))
                    moves |= MovedInto(newRole.Entry);
                // "asked Gentiloni to form a government", "will head the new government", "assumed the premiership": a move to the head of government.
                if ((sentence[m] is "form" or "forming" or "formed" or "head" or "heads" or "lead" or "leads" && sentence.Skip(m + 1).Take(3).Any(w => w is "government" or "cabinet")
                     || sentence[m] is "premiership") && !HasUnnamedDoer(sentence, m) && IsTheirs(m, Math.Min(sentence.Count - 1, m + 3)))
                    moves |= RoleClass.HeadOfGovernment;
            }
        }
        return moves;
    }

    /// <summary>
    /// The families a title someone is moved to gives them: a head office only by its own title ("sworn in as prime minister"), not
    /// by a title a head may also bear ("choosing a lawmaker": a prime minister sits in parliament, but is not made one by a seat).
    /// A monarch's title is a head's own.
    /// </summary>
    private static RoleClass MovedInto(RoleEntry title) =>
        title.Office is null && (title.Classes & ~HeadOffices) != RoleClass.None ? title.Classes & ~HeadOffices : title.Classes;

    /// <summary>
    /// An infinitive's doer is the word before its "to", past "try to" and the like: in "Rivlin will consult party leaders before
    /// choosing a lawmaker to try to form a government" a lawmaker, whom the article does not name, forms it, not Rivlin.
    /// </summary>
    private static bool HasUnnamedDoer(List<string> sentence, int verb)
    {
        var k = verb - 1;
        if (k < 1 || sentence[k] != "to") return false;
        while (k > 0 && sentence[k] is "to" or "try" or "attempt" or "seek" or "be" or "able") k--;
        return char.IsLower(sentence[k][0]) && sentence[k] is not ("him" or "her" or "them");
    }

    /// <summary>
    /// A name after an article ("a former Museveni ally", "the Trump administration") modifies a noun: in "Besigye, a former
    /// Museveni ally, … showing him being sworn in as president" the one sworn in is not Museveni.
    /// </summary>
    private static bool IsAttributive(string text, int sentenceStart, int nameStart)
    {
        var before = text.AsSpan(sentenceStart, nameStart - sentenceStart).TrimEnd();
        var word = TextBlocks.LastWord(before);
        if (word is "former") word = TextBlocks.LastWord(before[..^word.Length]);
        return word is "a" or "an" or "the" or "A" or "An" or "The";
    }

    /// <summary>
    /// A name (or its title) after "by", "before", "from" or "under" is not the one a word of appointment moves: in "Cottarelli, an
    /// economist asked by Mattarella to lead a technocrat government", "Conte was sworn in before President Sergio Mattarella as
    /// prime minister" and "Gentiloni took over from Matteo Renzi as prime minister" only Cottarelli, Conte and Gentiloni move.
    /// </summary>
    private static bool AfterPreposition(string text, int sentenceStart, int nameStart) =>
        TextBlocks.LastWord(text.AsSpan(sentenceStart, nameStart - sentenceStart)) is "by" or "before" or "from" or "under";

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

    /// <summary>
    /// Words of <see cref="MoveWords"/> that state an office kept ("holds the interior portfolio"): before a title and a name they hold
    /// the person, not the office ("gunmen are holding Prime Minister Mahendra Chaudhry"; round 10, tuning half).
    /// </summary>
    private static readonly HashSet<string> KeepWords = new(StringComparer.OrdinalIgnoreCase) { "holds", "holding", "keep", "keeps", "retain", "retains" };

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
