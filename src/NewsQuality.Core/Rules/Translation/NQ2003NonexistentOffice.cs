using NewsQuality.Knowledge;
using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Rules.Translation;

/// <summary>
/// A head-of-state or head-of-government office that the named country does not have ("Russian Chancellor"):
/// checked against each country's real offices from the CIA World Factbook.
/// </summary>
public sealed class NQ2003NonexistentOffice : IArticleRule
{
    public RuleDescriptor Descriptor { get; } = new(
        Id: "NQ2003",
        Name: "nonexistent-office",
        Category: RuleCategory.Translation,
        DefaultSeverity: Severity.Error,
        DefaultThreshold: 0.5,
        Summary: "A title names an office that country does not have.",
        Rationale: "Russia has a president and a prime minister but no chancellor; \"Russian Chancellor\" is a translation or fact error " +
                   "that misinforms readers. Offices are checked against the CIA World Factbook (2015–2026) for presidents, prime ministers " +
                   "and chancellors, with the offices the listed officials held under those exact titles since 2015 (Peru's prime minister); a monarch's title " +
                   "(king, queen, emperor, emir, sultan) is checked only before a person listed under that full name who never held it (\"Algerian " +
                   "King Abdelaziz Bouteflika\"), because historical kings and emperors are legitimately written about. A prime minister's, premier's or chancellor's " +
                   "title before a listed person's full name, with no country named (\"Chancellor Vladimir Putin\"), is checked against that " +
                   "person's country, unless the person held an office of that name; a president's only before a listed head of state or government " +
                   "(\"President Shinzo Abe\") and not before \"of\" (\"President Charles Michel of the European Council\"), since many bodies have presidents. " +
                   "A deputy's title of a president or prime minister the country lacks (\"Vice President Yoshihide Suga\", \"South African Deputy Prime " +
                   "Minister\") is checked only before a listed head of state or government (a minister may be a body's vice president); a president's deputy " +
                   "given another country's style (\"Vice President\" in Kenya or South Africa, whose deputy is the deputy president; \"Deputy " +
                   "President Kamala Harris\") only before someone listed in the deputy office under the other style and never under this one. " +
                   "A premier given to a state, province or prefecture (\"the premier of Delta State\", \"Texas Premier\", \"premier of Fukushima " +
                   "Prefecture\") is flagged unless the subdivision is one whose head English news calls a premier (Canada's provinces, Australia's " +
                   "states, South Africa's provinces, Germany's states). " +
                   "A title only one country's government has, or a few (\"Chancellor of the Exchequer\", \"Chief Cabinet Secretary\", \"State Counsellor\", " +
                   "\"Business Secretary\"; \"Foreign Secretary\" and \"Home Secretary\", Britain's and South Asia's) " +
                   "is checked before a listed person of another country who never held it. " +
                   "A dated title (\"former U.S. Prime Minister\") is checked only before a listed person who never held an office of that name: " +
                   "the country may have had it before 2015.",
        FlaggedExample: "Russian Chancellor Ushakov said sanctions would be a fatal mistake.",
        CleanExample: "German Chancellor Olaf Scholz met the British Chancellor, the Austrian Chancellor and Ukrainian Defense Minister Oleksiy Reznikov.")
    {
        FixTitle = "Use an office the country really has",
    };

    public void Analyze(ArticleContext context)
    {
        var gazetteer = context.Gazetteer;
        var tokens = context.Article.NameWords;
        var words = context.Article.NameWordValues;
        var nameWords = TokenSpans.Of(tokens); // the loop's own reads without an interface call per word
        // Most capitalised words name no country and start no country's name: with the default gazetteer their lower cases
        // say so, asked once per thread (two case-insensitive look-ups at every capitalised word otherwise).
        var byLowerCase = ReferenceEquals(gazetteer, Gazetteer.Default);
        var namesCountry = byLowerCase ? context.Article.WordIds.Answers(Gazetteer.NamesDefaultCountry) : null;
        var startsName = byLowerCase ? context.Article.WordIds.Answers(Gazetteer.StartsDefaultMultiWordName) : null;
        List<TextSpan>? reported = null;
        for (var i = 0; i + 1 < nameWords.Length; i++)
        {
            // Demonyms of one to three words: "Russian", "South African", "Papua New Guinean".
            if (!char.IsUpper(nameWords[i].Value[0])) continue;
            if (byLowerCase && PersonMentions.AnsweringNumber(context.Article, i, nameWords[i]) is var number and >= 0
                && !namesCountry![number] && !startsName![number]) continue;
            var (country, last) = CountryMentions.At(context.Text, tokens, words, i, gazetteer);
            if (country is not { OfficesComplete: true } || !DatedTitles.Adjacent(context.Text, tokens, last) && !PossessiveBetween(context.Text, tokens, last)) continue;
            if (RoleLexicon.MatchStartingAt(words, last + 1) is not { } match || (match.Entry.Office ?? MonarchOffice(match.Entry.Phrase)) is not { } office) continue;
            if (country.HeadOffices.Contains(office) || IsOfOrganisation(words, match.Last) || CountryMentions.EndsBodysName(context.Text, tokens, words, i)
                || IsCommunity(context.Text, tokens, words, i, country, gazetteer)) continue;
            // "former" and the like date the office: the country's offices since 2015 may lack it ("former Kenyan Prime Minister
            // Raila Odinga"), so only a listed person who never held an office of that name is judged ("former U.S. Prime Minister
            // Barack Obama"); "deputy" and the like make another office.
            var qualified = IsQualified(words, i);
            if (qualified && !DatedTitles.IsDatingWord(words[i - 1])) continue;
            // A monarch's title is judged only before a person listed under that full name who never held it: a country's kings
            // and emperors are history once it has none ("Egyptian King Farouk"), a republic's president called king is a slip
            // ("Algerian King Abdelaziz Bouteflika").
            var monarch = match.Entry.Office is null;
            var person = FollowingPerson(context, words, match.Last + 1, country, bySurname: !monarch);
            if ((qualified || monarch) && (person is null || HeldOffice(person, office))) continue;
            var span = TextSpan.FromBounds(tokens[i].Span.Start, tokens[match.Last].Span.End);
            var known = Known(country);
            var suggestion = person is not null
                ? $"{person.Roles[0].Title} {person.Name}"
                : country.HeadOffices.Contains("Prime Minister") && office is "Chancellor" or "Taoiseach" ? $"{context.Article.Slice(TextSpan.FromBounds(tokens[i].Span.Start, tokens[last].Span.End))} Prime Minister" : null;
            context.Report(span, 0.95,
                $"{country.Name} has no {office.ToLowerInvariant()} (it has {known}); \"{context.Article.Slice(span)}\" is probably a mistranslated title.",
                suggestion);
            (reported ??= []).Add(span);
        }
        TitlesOfListedPeople(context, reported);
        TitlesOfTheStorysOfficials(context, reported);
        foreach (var span in SubnationalPremiers.Find(context.Text))
            if (!context.HasFindingOverlapping(span))
                context.Report(span, 0.8,
                    $"\"{context.Article.Slice(span)}\": premiers head the provinces and states of Canada, Australia, South Africa and Germany; a state, province or prefecture elsewhere has a governor or a chief minister, and a US state a governor. The title is probably mistranslated.");
    }

    /// <summary>
    /// A prime minister's or chancellor's title before a person the list lacks, with no country named ("Prime Minister Elias Jaua" in a
    /// story on Venezuela, "Chancellor Brian Lenihan" in one on Ireland): wire copy gives a foreign official's country at the first
    /// mention ("Japanese Prime Minister"), so a bare title is an official of the story's country, the first one its headline or lead
    /// names (<see cref="CountryMentions.StorysCountry"/>), and that country has no such office. Every head of government since 2015 is listed and
    /// judged by <see cref="TitlesOfListedPeople"/>; the list lacks ministers, governors and officials of earlier years, whose title
    /// a translation turned into the head's. Not a president's title (companies, banks and universities have presidents), a premier's
    /// (provinces and states have premiers), a qualified or dated title, a title after a capitalised word ("Regional Prime Minister",
    /// a body's or a region's), before a name an "of" follows, in a paragraph that names a country with that office ("…, the Japanese
    /// leader"), a person the article gives a country or a body's office anywhere, or another title (two titles are NQ2002's).
    /// </summary>
    private static void TitlesOfTheStorysOfficials(ArticleContext context, List<TextSpan>? reported)
    {
        Country? storys = null;
        var looked = false;
        foreach (var person in context.Article.People(context.Gazetteer))
        {
            var names = PersonNames.Words(person.FullName);
            // Another title of theirs makes the slip one of two titles, NQ2002's to report ("Kremlin adviser Petrov" … "Prime Minister Petrov").
            if (names.Count < 2 || person.Mentions.Any(m => m.Country is not null || m.Role == RoleLexicon.OfficeOfBody)
                || person.Mentions.Select(m => m.Role?.Phrase).Where(p => p is not null).Distinct().Count() > 1) continue;
            foreach (var mention in person.Mentions)
            {
                if (mention is not { Role: { Office: { } office, Phrase: "prime minister" or "chancellor" }, RoleSpan: { } roleSpan }
                    || !CountryMentions.HasBareTitle(context.Article, mention) || reported?.Any(roleSpan.Overlaps) == true) continue;
                if (!looked) (storys, looked) = (CountryMentions.StorysCountry(context.Article, context.Gazetteer), true);
                if (storys is not { OfficesComplete: true } country || country.HeadOffices.Contains(office)) return;
                if (context.Gazetteer.NameIndex.Find(names) is not null) break;
                if (context.Article.ParagraphAt(mention.NameSpan.Start) is { } paragraph && NamesCountryWith(context, paragraph, office)) continue;
                context.Report(mention.Span, 0.8,
                    $"{country.Name} has no {office.ToLowerInvariant()} (it has {Known(country)}), and the story is about {country.Name} (the first country its headline or lead names); \"{context.Article.Slice(mention.Span)}\" is probably a mistranslated title.");
            }
        }
    }

    /// <summary>The span names a country that has the office ("Prime Minister Kenji Watanabe, the Japanese leader"): the title may be its.</summary>
    private static bool NamesCountryWith(ArticleContext context, TextSpan span, string office)
    {
        var (tokens, words) = (context.Article.NameWords, context.Article.NameWordValues);
        for (var i = 0; i < tokens.Count; i++)
            if (span.Contains(tokens[i].Span.Start) && char.IsUpper(tokens[i].Value[0])
                && CountryMentions.At(context.Text, tokens, words, i, context.Gazetteer).Country is { } country && country.HeadOffices.Contains(office)) return true;
        return false;
    }

    /// <summary>
    /// A government office before a listed person's name with no country named ("Chancellor Vladimir Putin", "Prime Minister Joe
    /// Biden"): the person's country, from the gazetteer, has no such office. Only the offices the lexicon names (prime minister or
    /// premier, chancellor, taoiseach, president: for a president, only before a country's leader, <see cref="IsNationalLeadersPresidency"/>,
    /// since many bodies have presidents); only a person named in full in the article, who held no office of that name (a chancellor of
    /// the exchequer).
    /// A title after a country's name in the possessive ("Hong Kong's Prime Minister John Lee") was reported above (<paramref name="reported"/>).
    /// A deputy of a head office the person's country lacks ("Vice President Yoshihide Suga", "South African Deputy Prime Minister Jacob
    /// Zuma"; <see cref="DeputyTitleBefore"/>) is judged here too, before a listed head only.
    /// </summary>
    private static void TitlesOfListedPeople(ArticleContext context, List<TextSpan>? reported)
    {
        foreach (var person in context.Article.People(context.Gazetteer))
        {
            var names = PersonNames.Words(person.FullName);
            // Named elsewhere as a region's or a party's head ("Bavarian Premier Horst Seehofer"), a bare "Premier Seehofer" is that office.
            if (names.Count < 2 || person.Mentions.Any(m => m.Role == RoleLexicon.OfficeOfBody)) continue;
            PublicFigure? listed = null;
            foreach (var mention in person.Mentions)
            {
                string office;
                TextSpan span;
                // Besides a head office: a title only one country has (its span kept for the message), or a head office's deputy.
                (string[] Countries, TextSpan Title)? oneCountrys = null;
                TextSpan? deputyTitle = null;
                if (mention is { Role.Office: { } current, RoleSpan: { } roleSpan, Country: null } && roleSpan.Start <= mention.NameSpan.Start
                    && !RoleLexicon.IsQualifiedBefore(context.Text, roleSpan.Start) && reported?.Any(roleSpan.Overlaps) != true)
                    (office, span) = (current, mention.Span);
                else if (mention.Role is null && DatedTitles.OfficeBefore(context.Article, mention.NameSpan) is ({ } former and not "President", var formerSpan))
                    (office, span) = (former, TextSpan.FromBounds(formerSpan.Start, mention.NameSpan.End));
                else if (OneCountrysTitleBefore(context, mention) is var (only, onlySpan))
                    (office, span, oneCountrys) = (string.Join(", ", only), mention.Span, (only, onlySpan));
                else if (DeputyTitleBefore(context, mention) is var (deputied, deputySpan) && reported?.Any(deputySpan.Overlaps) != true)
                    (office, span, deputyTitle) = (deputied, mention.Span, deputySpan);
                else continue;
                // Looked up once per person, at the first title worth checking.
                if ((listed ??= context.Gazetteer.NameIndex.Find(names)?.Figure) is not { } figure) break;
                if (oneCountrys is var (countries, title))
                {
                    if (countries.Contains(figure.Country) || figure.Roles.Any(r => r.Title.Contains(mention.Role!.Phrase, StringComparison.OrdinalIgnoreCase))) continue;
                    context.Report(span, 0.95,
                        $"\"{context.Article.Slice(title)}\" is a title of {(countries.Length == 1 ? "one country's government" : "a few countries' governments")} ({office}), and {figure.Name} is listed as {figure.Roles[0].Title} ({figure.Country}); the title is probably mistranslated.",
                        $"{figure.Roles[0].Title} {mention.Name}");
                    continue;
                }
                if (deputyTitle is { } styled && (mention.Country?.Name ?? figure.Country) == figure.Country
                    && context.Gazetteer.FindCountry(figure.Country) is { OfficesComplete: true } home && OtherDeputyStyle(home, figure, context.Article.Slice(styled)) is var (written, style))
                {
                    context.Report(span, 0.95,
                        $"{home.Name} has no {written}: its president's deputy is the {style.ToLowerInvariant()}, as {figure.Name} is listed; \"{context.Article.Slice(span)}\" is probably a mistranslated title.",
                        $"{style} {mention.Name}");
                    continue;
                }
                if (deputyTitle is not null && (!IsHead(figure) || (mention.Country?.Name ?? figure.Country) != figure.Country)) continue;
                if (context.Gazetteer.FindCountry(figure.Country) is not { OfficesComplete: true } country) break;
                // Each title on its own: "President Enrique Pena Nieto" is right where "Prime Minister Pena Nieto" is not.
                if (country.HeadOffices.Contains(office) || HeldOffice(figure, office)
                    || office == "President" && !IsNationalLeadersPresidency(context, figure, mention)) continue;
                var known = Known(country);
                var what = deputyTitle is not null ? $"{office.ToLowerInvariant()} to be the deputy of" : office.ToLowerInvariant();
                context.Report(span, 0.95,
                    $"{country.Name} has no {what} (it has {known}), and {figure.Name} is listed as {figure.Roles[0].Title}; \"{context.Article.Slice(span)}\" is probably a mistranslated title.",
                    $"{figure.Roles[0].Title} {mention.Name}");
            }
        }
    }

    /// <summary>
    /// A bare "President" before a listed head of state or government of a country without one ("President Shinzo Abe") is a slip
    /// for their office; before anyone else, or before a name that an "of" or "at" follows ("President Charles Michel of the European
    /// Council"), it may be a body's president. Never dated ("former President"): a country may have had a president before 2015.
    /// </summary>
    private static bool IsNationalLeadersPresidency(ArticleContext context, PublicFigure figure, PersonMention mention)
    {
        if ((RoleLexicon.HeldBy(figure) & (RoleClass.HeadOfState | RoleClass.HeadOfGovernment)) == RoleClass.None) return false;
        return !TextBlocks.OpensWithOfOrAt(context.Text.AsSpan(mention.NameSpan.End));
    }

    /// <summary>
    /// The head office a deputy's title before the name is the deputy of, and the title's span: "Vice President", "Deputy Prime
    /// Minister", "First Deputy Premier", "South African Deputy Prime Minister". Not a dated or a body's title ("former Vice President",
    /// "Commission Vice President Margrethe Vestager", "Vice President … of the European Commission"), nor a chancellor's deputy
    /// (a university's vice-chancellor).
    /// </summary>
    private static (string Office, TextSpan Span)? DeputyTitleBefore(ArticleContext context, PersonMention mention)
    {
        if (mention is not { Role: { } role, RoleSpan: { } roleSpan } || (role.Classes & RoleClass.Deputy) == RoleClass.None || role.Office is not null
            || roleSpan.Start > mention.NameSpan.Start || RoleLexicon.IsQualifiedBefore(context.Text, roleSpan.Start)
            || TextBlocks.OpensWithOfOrAt(context.Text.AsSpan(mention.NameSpan.End))) return null;
        var before = TextBlocks.LastWord(context.Text.AsSpan(0, roleSpan.Start));
        if (mention.Country is null && TextBlocks.IsCapitalisedWord(before)) return null;
        // "Vice-President" is read as "Vice President".
        var words = context.Article.Slice(roleSpan).Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        var deputyWord = Array.FindIndex(words, RoleLexicon.DeputyWords.Contains);
        if (deputyWord < 0 || RoleLexicon.MatchStartingAt(words, deputyWord + 1) is not ({ Office: "President" or "Prime Minister" } entry, var last)
            || last != words.Length - 1) return null;
        return (entry.Office!, roleSpan);
    }

    /// <summary>
    /// A president's deputy given the style of another country's: "Vice President" where the country's heads include a deputy
    /// president instead (the Factbook's Kenya, since its 2013 constitution, and South Africa), "Deputy President" where they do not
    /// ("Deputy President Kamala Harris"). Only before a person the list has in the country's deputy office under the other style and
    /// never in one of this style (Kenya had vice presidents before 2013). The written style in lower case and the listed one.
    /// </summary>
    private static (string Written, string Listed)? OtherDeputyStyle(Country country, PublicFigure figure, string title)
    {
        var deputyPresidents = country.OtherHeadTitles.Contains("Deputy President");
        var (written, listed) = title.EndsWith("Vice President", StringComparison.OrdinalIgnoreCase) && deputyPresidents ? ("Vice President", "Deputy President")
            : title.EndsWith("Deputy President", StringComparison.OrdinalIgnoreCase) && !deputyPresidents ? ("Deputy President", "Vice President")
            : (null, null);
        if (written is null || listed is null || !figure.Roles.Any(r => r.Country == country.Name && r.Title == listed)
            || figure.Roles.Any(r => r.Title.Contains(written, StringComparison.OrdinalIgnoreCase))) return null;
        return (written.ToLowerInvariant(), listed);
    }

    /// <summary>
    /// A title only one country's government has, or a few, before the name and not dated ("Chancellor of the Exchequer", the United
    /// Kingdom's; "Chief Cabinet Secretary", Japan's; "State Counsellor", Burma's; "Foreign Secretary", Britain's minister's and a
    /// South Asian civil servant's, never the US secretary of state's): the countries and the title's span.
    /// </summary>
    private static (string[] Countries, TextSpan Span)? OneCountrysTitleBefore(ArticleContext context, PersonMention mention) =>
        mention is { Role: { } role, RoleSpan: { } span } && span.Start <= mention.NameSpan.Start && OneCountrysTitles.TryGetValue(role.Phrase, out var countries)
        && !RoleLexicon.IsQualifiedBefore(context.Text, span.Start) ? (countries, span) : null;

    /// <summary>Where a foreign or home secretary is in the news: Britain's ministers, South Asia's senior civil servants.</summary>
    private static readonly string[] BritishAndSouthAsianSecretaries = ["United Kingdom", "India", "Pakistan", "Bangladesh", "Sri Lanka", "Nepal"];

    private static readonly Dictionary<string, string[]> OneCountrysTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["chancellor of the exchequer"] = ["United Kingdom"], ["chief cabinet secretary"] = ["Japan"], ["state counsellor"] = ["Burma"],
        ["business secretary"] = ["United Kingdom"], ["foreign secretary"] = BritishAndSouthAsianSecretaries, ["home secretary"] = BritishAndSouthAsianSecretaries,
    };

    /// <summary>A listed head of state or government: a deputy's title of an office their country lacks is judged only before one of them
    /// (a minister may be a body's vice president: "Vice President Josep Borrell" of the European Commission).</summary>
    private static bool IsHead(PublicFigure figure) =>
        (RoleLexicon.HeldBy(figure) & (RoleClass.HeadOfState | RoleClass.HeadOfGovernment)) != RoleClass.None;

    /// <summary>A monarch's title as the countries' offices name it ("King", "Emir"), or null for any other title.</summary>
    private static string? MonarchOffice(string phrase) => phrase switch
    {
        "king" => "King", "queen" => "Queen", "emperor" => "Emperor", "emir" => "Emir", "sultan" => "Sultan", _ => null,
    };

    /// <summary>The person is listed with an office of that name (a chancellor of the exchequer; a premier as prime minister).</summary>
    private static bool HeldOffice(PublicFigure figure, string office) =>
        figure.Roles.Any(r => r.Title.Contains(office, StringComparison.OrdinalIgnoreCase) || office == "Prime Minister" && r.Title.Contains("Premier", StringComparison.OrdinalIgnoreCase));

    /// <summary>The country's head offices and other head titles, each with its article: "a president and a chief executive".</summary>
    private static string Known(Country country) =>
        string.Join(" and ", country.HeadOffices.Order().Concat(country.OtherHeadTitles).Select(WithArticle));

    /// <summary>"a president", "an emperor": the office in lower case after the article its first letter asks for.</summary>
    private static string WithArticle(string office)
    {
        var lower = office.ToLowerInvariant();
        return ("aeiou".Contains(lower[0]) ? "an " : "a ") + lower;
    }

    /// <summary>Token <paramref name="i"/> (a country's name) is in the possessive before the next ("Russia's chancellor"; the name words leave the "'s" out).</summary>
    private static bool PossessiveBetween(string text, IReadOnlyList<Token> tokens, int i) =>
        i + 1 < tokens.Count && text.AsSpan(tokens[i].Span.End, tokens[i + 1].Span.Start - tokens[i].Span.End).Trim() is "'s" or "’s";

    /// <summary>"former Soviet", "deputy" and the like make the phrase something other than the country's office.</summary>
    private static bool IsQualified(IReadOnlyList<string> words, int countryIndex) =>
        countryIndex > 0 && RoleLexicon.Qualifiers.Contains(words[countryIndex - 1]);

    /// <summary>
    /// Another country's demonym right before the country's ("Turkish Cypriot Prime Minister", "Bosnian Serb President"): a
    /// community's or breakaway entity's office, not the country's.
    /// </summary>
    private static bool IsCommunity(string text, IReadOnlyList<Token> tokens, IReadOnlyList<string> words, int countryIndex, Country country, Gazetteer gazetteer) =>
        countryIndex > 0 && DatedTitles.Adjacent(text, tokens, countryIndex - 1) && gazetteer.FindCountry(words[countryIndex - 1]) is { } other && other != country;

    /// <summary>"the British president of the European Commission" is an office of the organisation, not of the country.</summary>
    private static bool IsOfOrganisation(IReadOnlyList<string> words, int last) =>
        last + 1 < words.Count && words[last + 1] is "of" or "at";

    /// <summary>A known public figure of that country named right after the title, by full name, or (<paramref name="bySurname"/>) by surname.</summary>
    private static PublicFigure? FollowingPerson(ArticleContext context, IReadOnlyList<string> words, int index, Country country, bool bySurname = true)
    {
        if (index >= words.Count) return null;
        var mentioned = context.Article.People(context.Gazetteer)
            .FirstOrDefault(p => p.Mentions.Any(m => m.Name == words[index] || m.Name.StartsWith(words[index] + " ", StringComparison.Ordinal)));
        // The person named in full is the one listed under that name ("Wilbur Ross", not the first listed Ross of the country).
        if (mentioned is not null && context.Gazetteer.NameIndex.FindFigure(mentioned.FullName) is { } named)
            return named.Country == country.Name ? named : null;
        if (!bySurname) return null;
        var surname = mentioned is null ? words[index] : Gazetteer.Surname(mentioned.FullName);
        return context.Gazetteer.FiguresBySurname.TryGetValue(surname, out var figures)
            ? figures.FirstOrDefault(f => f.Country == country.Name)
            : null;
    }
}
