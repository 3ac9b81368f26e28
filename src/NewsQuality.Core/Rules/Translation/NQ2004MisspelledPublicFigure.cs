using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using F23.StringSimilarity;
using NewsQuality.Knowledge;
using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Rules.Translation;

/// <summary>
/// A well-known person's name one or two letters off ("Anthony Blinken" for Antony Blinken, "Donald Trupm" for Donald
/// Trump). Compares given names and surnames separately with optimal string alignment and Jaro–Winkler
/// (F23.StringSimilarity); candidates come from the gazetteer's surname index, so the cost does not grow with the
/// number of people listed. Transliteration variants (Zelensky/Zelenskyy, Hassan/Hasan) are accepted, and a
/// surname that is itself listed is taken as a real name (John Terry is not a slip for John Kerry).
/// </summary>
public sealed partial class NQ2004MisspelledPublicFigure : IArticleRule
{
    private static readonly OptimalStringAlignment EditDistance = new();
    private static readonly JaroWinkler Similarity = new();

    public RuleDescriptor Descriptor { get; } = new(
        Id: "NQ2004",
        Name: "misspelled-public-figure",
        Category: RuleCategory.Translation,
        DefaultSeverity: Severity.Warning,
        DefaultThreshold: 0.5,
        Summary: "A well-known person's name is misspelled.",
        Rationale: "Translation systems and hurried copy-editors turn Antony Blinken into Anthony Blinken; spell checkers do not notice, " +
                   "because both spellings are real names. Names are compared with about 9,800 public figures (heads of state and government " +
                   "2015–2026, every US president and UK prime minister, world cabinets, US Congress, governors and cabinet, UK ministers, " +
                   "mayors of the largest US cities, frequently quoted officials), short surnames " +
                   "included (\"Donald Trupm\"), and a surname alone is checked against the people the article names in full, in its sentences (not " +
                   "in a table cell, a team's line-up, an e-mail address or a photo credit, and not as the surname of another full name). People " +
                   "the list lacks are checked against themselves: one person spelt two ways in one article (\"Benny Gantz\" … \"Ganz's party\") " +
                   "is flagged at the spelling written once. A name the " +
                   "article writes twice or that is a known proper name (John Terry is not John Kerry) counts as a different person, " +
                   "unless the article gives it a title the person held (\"Prime Minister Theresa Mey\"), names the person in full elsewhere, or writes " +
                   "a given name only that listed person has (\"Goodluck Johnathan\"). " +
                   "A name from another script may be spelt as its romanisations write it (Hassan/Hasan, Prayuth/Prayut, Rakhmon/Rahmon), " +
                   "but not with \"k\" for \"kh\" (\"Katami\"), nor a Cyrillic or East Asian name without the doubled letter its original has " +
                   "(\"Nabiulina\"; an \"ss\" for \"s\" is a romanisation: Borissov). " +
                   "A warning, not an error: the reader still knows who is meant.",
        FlaggedExample: "The foreign ministers Anthony Blinken and Sergey Lavrov met outside Stockholm.",
        CleanExample: "Antony Blinken met Sergei Lavrov; Anthony Albanese and Volodymyr Zelenskyy spoke later.")
    {
        FixTitle = "Use the person's canonical spelling",
    };

    /// <summary>The name index, the proper names and the English word list (<see cref="IsKnownWord"/>).</summary>
    public void WarmUp(Analysis.AnalysisOptions options)
    {
        _ = options.Gazetteer.NameIndex;
        ProperNames.WarmUp();
        _ = LanguageProfiles.Default;
    }

    public void Analyze(ArticleContext context)
    {
        var text = context.Text;
        var index = context.Gazetteer.NameIndex;
        var words = context.Article.NameWords;
        // Counted when first asked: most articles name nobody the index could take them for.
        Dictionary<string, int>? counts = null;
        // Only a capitalised word can equal a capitalised word, and those are nearly all the words asked about: counting
        // every word of the article was a quarter of the rule's time.
        bool WrittenMoreThanOnce(string word) => word.Length > 0 && char.IsUpper(word[0])
            ? (counts ??= CountCapitalisedWords(words)).GetValueOrDefault(word) > 1
            : IsWrittenTwice(TokenSpans.Of(words), word);
        // A name the article writes twice, that the English word list knows (Houston, Clare) or that is an English word
        // ("the John Peel Show") is a real name or no name: not a slip. One delegate per article (a local function passed
        // as a delegate is a new delegate at each call that passes it).
        Func<string, bool> isRealName = word => WrittenMoreThanOnce(word) || IsKnownWord(word) || index.IsGivenName(word);
        // A written surname is someone's when it is a listed given name as written: folded, most three-letter slips are one.
        Func<string, bool> isRealSurname = word => WrittenMoreThanOnce(word) || IsKnownWord(word) || index.IsGivenNameAsWritten(word);
        var named = new List<NameVariant>();
        // Full names judged here: their surnames are not judged again alone ("Robin Millar" is no slip for Maria Miller).
        var fullNames = new List<TextSpan>();
        // Names near a listed one that read as real names, judged once every full name is known.
        List<(TextSpan Span, string Name, string Given, string Surname)>? realNames = null;
        // People the list lacks whom the article names in full, with a given name the list knows, a title right before or their surname alone
        // elsewhere, as later mentions give it ("Benny Gantz"): a surname alone one edit from theirs is a slip too.
        List<(NameVariant Person, TextSpan Span)>? ownPeople = null;
        foreach (var (runStart, end, runName, runSpan) in context.Article.NameRuns)
        {
            var (start, name, span) = (runStart, runName, runSpan);
            // A capitalised word before a name of two or more ("Republican Donald Trump", "Centrist Emmanuel Macron", "Sir Keir
            // Starmer") is no part of it: the name is compared without it.
            if (end - start >= 3 && PersonMentions.IsWordBeforeName(words[start].Value, index))
            {
                start++;
                span = TextSpan.FromBounds(words[start].Span.Start, span.End);
                name = context.Article.Slice(span);
            }
            if (end - start < 2) continue; // a full name has two words or more
            var written = WrittenWords;
            written.Clear();
            PersonNames.AddWords(TokenSpans.Of(words)[start..end], written); // PersonNames.Words(name), from the run's own words
            if (written.Count < 2) continue;
            fullNames.Add(span);
            if (index.Find(written) is { } exact)
            {
                named.Add(exact);
                // A surname alone is compared with the article's spelling too ("Hassan Rouhani … Rouhami said", listed as Ruhani).
                if (exact.Surname != written[^1]) named.Add(exact with { Given = written[0], Surname = written[^1], FoldedSurname = PersonNames.Fold(written[^1]) });
                if (SpeltOtherwise(written[^1], exact, index, word => isRealSurname(word) && !SurnameWrittenAlone(context.Article, exact.Surname)) is { } score
                    && !IsNoSlipOfTheWriter(text, span) && !WrittenTwice(text, name, span))
                    Report(context, span, name, exact.Figure, score);
                else if (written.Count > 2 && IsHead(exact.Figure) && MiddleSlip(written, exact.Figure) is { } listed && !ListedAsWritten(written, index)
                         && !IsNoSlipOfTheWriter(text, span) && !WrittenTwice(text, name, span))
                    Report(context, span, name, exact.Figure, listed.Score, listed.Name);
                continue;
            }
            if (IsNoSlipOfTheWriter(text, span) || WrittenTwice(text, name, span)) continue;
            if (BestNearMiss(written, index, isRealName, isRealSurname) is { } match) Report(context, span, name, match.Figure, match.Score);
            else if (LongNameSlip(written, index) is { } slip) Report(context, span, name, slip.Figure, slip.Score);
            else if (TwoEditSurnameSlip(written, index, isRealSurname) is { } farther) Report(context, span, name, farther.Figure, farther.Score);
            else
            {
                (realNames ??= []).Add((span, name, written[0], written[^1]));
                if (written.Count <= MaxOwnNameWords && IsSurnameShaped(written[^1])
                    && (index.IsGivenName(written[0]) || SurnameWrittenAlone(context.Article, written[^1])
                        || start > 0 && RoleLexicon.MatchEndingAt(context.Article.NameWordValues, start - 1) is not null))
                    (ownPeople ??= []).Add((new NameVariant(new PublicFigure(name, [], "", []), written[0], written[^1], PersonNames.Fold(written[^1])), span));
            }
        }
        if (realNames is not null) ReportRealNameSlips(context, realNames, named, isRealName);
        ReportSurnameSlips(context, words, named, fullNames, isRealName);
        if (ownPeople is not null) ReportOwnSurnameSlips(context, words, ownPeople, named, fullNames, isRealName);
        ReportSlipsOfTheUsualName(context, fullNames);
    }

    /// <summary>
    /// A name the article writes alone at least this often is how it calls that person after the first mention ("Najib said",
    /// "Park", "Abiy"): its own spelling, whatever the list says.
    /// </summary>
    private const int MinUsualNameUses = 2;

    /// <summary>
    /// One person spelt two ways against the article's own usage: a word one edit from a name the article writes alone again and
    /// again, written once, alone ("Najib … Najib's lawyer … Najb's wife"; "Park Geun-hye … Park … Prak") or in a full name
    /// ("Ethiopian Prime Minister Abyi Ahmed" beside "Abiy" four times). The checks above take a word the list has as a name, or a
    /// transliteration of the listed spelling, for someone else's; here the article has said whom it means by writing the other
    /// spelling alone, a surname's usual use, so a listed given name ("Prak", Cambodia's Prak Sokhonn) or a folding of it ("Najb")
    /// is no excuse. Not an English word or a known proper name ("Ivy": it may be meant) unless an honorific or an age says it is a
    /// surname ("Mr Salmon" beside "Salmond" three times, "Ivy, 72," beside "Ivey"; then from three letters: "Mrs Lamb" beside "Lam"), a plural ("the Parks"), a word written in a full name too, a word alone whose
    /// usual spelling no person's full name in the article carries, or a full name that is no person's (a place's or a thing's:
    /// "Project Entropia", "Hamat Gader" beside "Hamas"). A full name is reported only when the usual spelling is in no full name:
    /// "Park Chung-hee" beside "Park Geun-hye … Park" is her father, not a slip.
    /// </summary>
    private static void ReportSlipsOfTheUsualName(ArticleContext context, List<TextSpan> fullNames)
    {
        var runs = context.Article.NameRuns;
        var words = context.Article.NameWords;
        // Most articles write some name alone: the thread's tables, emptied here, rather than new ones per article.
        var alone = _aloneCounts ??= new(StringComparer.Ordinal);
        alone.Clear();
        foreach (var run in runs)
            if (run.End - run.Start == 1 && run.Name.Length >= MinCuedSurnameLength && IsSurnameShaped(run.Name))
                CollectionsMarshal.GetValueRefOrAddDefault(alone, run.Name, out _)++;
        if (alone.Count == 0) return;
        List<string>? usual = null;
        foreach (var (name, count) in alone)
            if (count >= MinUsualNameUses) (usual ??= []).Add(name);
        if (usual is null) return;
        var index = context.Gazetteer.NameIndex;
        // A full name is a person's when a title comes right before it or another of its words is a listed given name or surname
        // ("Park Geun-hye", "Abyi Ahmed"; not "Project Entropia", "Hamat Gader").
        bool IsPersons(NameRun run, int except) =>
            run.Start > 0 && RoleLexicon.MatchEndingAt(context.Article.NameWordValues, run.Start - 1) is not null
            || Enumerable.Range(run.Start, run.End - run.Start).Any(w => w != except && (index.IsGivenName(words[w].Value) || index.PeopleWithSurname(words[w].Value) > 0));
        // The words of the article's full names (the name runs the rule judged as full names), and how often each is written there;
        // and those of people's full names.
        var inFullNames = _fullNameWordCounts ??= new(StringComparer.Ordinal);
        var inPeoplesNames = _peoplesNameWords ??= new(StringComparer.Ordinal);
        inFullNames.Clear();
        inPeoplesNames.Clear();
        foreach (var run in runs)
            if (run.End - run.Start >= 2 && Overlaps(fullNames, run.Span))
                for (var w = run.Start; w < run.End; w++)
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(inFullNames, words[w].Value, out _)++;
                    if (usual.Contains(words[w].Value) && IsPersons(run, except: -1)) inPeoplesNames.Add(words[w].Value);
                }
        string? UsualSpellingOf(string value, bool isSurname = false)
        {
            var minLength = isSurname ? MinCuedSurnameLength : MinSurnameLength;
            if (value.Length < minLength || !IsSurnameShaped(value) || IsKnownWord(value) && !isSurname) return null;
            foreach (var name in usual!)
                if (name.Length >= minLength && name[0] == value[0] && name != value && !IsPluralOf(value, name) && !IsPluralOf(name, value)
                    && IsSlipOf(name.ToLowerInvariant(), value.ToLowerInvariant())) return name;
            return null;
        }
        foreach (var run in runs)
        {
            if (context.HasFindingOverlapping(run.Span)) continue;
            if (run.End - run.Start == 1)
            {
                var value = run.Name;
                if (alone.GetValueOrDefault(value) != 1 || inFullNames.ContainsKey(value) || UsualSpellingOf(value, IsSurnameByItsPlace(context.Text, run.Span)) is not { } usualName
                    || !inPeoplesNames.Contains(usualName) || !IsSlipOfTheWriterAt(context, run.Span)) continue;
                context.Report(run.Span, UsualNameSlipScore,
                    $"\"{value}\" looks like a misspelling of \"{usualName}\", as the article writes this name {alone[usualName]} times: one person, two spellings.",
                    suggestion: usualName);
            }
            else if (run.End - run.Start <= MaxOwnNameWords && Overlaps(fullNames, run.Span))
                for (var w = run.Start; w < run.End; w++)
                {
                    var value = words[w].Value;
                    if (inFullNames.GetValueOrDefault(value) != 1 || alone.ContainsKey(value) || UsualSpellingOf(value) is not { } usualName
                        || inFullNames.ContainsKey(usualName) || !IsPersons(run, w) || !IsSlipOfTheWriterAt(context, run.Span)) continue;
                    context.Report(run.Span, UsualNameSlipScore,
                        $"\"{run.Name}\" looks like a misspelling: the article writes \"{usualName}\" alone {alone[usualName]} times: one person, two spellings.",
                        suggestion: context.Article.Slice(TextSpan.FromBounds(run.Span.Start, words[w].Span.Start)) + usualName
                                    + context.Article.Slice(TextSpan.FromBounds(words[w].Span.End, run.Span.End)));
                    break;
                }
        }
    }

    /// <summary>
    /// An honorific right before the span ("Mr Salmon", "Mrs Lamb") or an age right after it ("Ivy, 72, a Republican"): the word is
    /// a surname, whatever else it is, and may be as short as <see cref="MinCuedSurnameLength"/>.
    /// </summary>
    private static bool IsSurnameByItsPlace(string text, TextSpan span) =>
        TextBlocks.LastWord(text.AsSpan(0, span.Start)).TrimEnd('.') is "Mr" or "Mrs" or "Ms" or "Miss" or "Dr" or "Madam" or "Madame"
        || AgeAfter().IsMatch(text.AsSpan(span.End));

    [GeneratedRegex(@"^, \d{2,3},")]
    private static partial Regex AgeAfter();

    /// <summary>A surname its place marks as one (<see cref="IsSurnameByItsPlace"/>) is compared from three letters (Lam, Ivy).</summary>
    private const int MinCuedSurnameLength = 3;

    /// <summary>A slip against the article's own usage is as sure as a one-edit slip of a listed surname at its weakest.</summary>
    private const double UsualNameSlipScore = 0.8;

    /// <summary>The word is the other with "s" or "es" after it ("Parks", "the Obamas").</summary>
    private static bool IsPluralOf(string value, string name) =>
        value.StartsWith(name, StringComparison.Ordinal) && value.AsSpan(name.Length) is "s" or "es";

    /// <summary>Where a slip could be the writer's: a sentence of the text, not an address, a photo credit's mojibake, a label or a line-up.</summary>
    private static bool IsSlipOfTheWriterAt(ArticleContext context, TextSpan span) =>
        !IsNoSlipOfTheWriter(context.Text, span) && !InCapitalisedLabel(context.Text, span)
        && !(context.Article.ParagraphAt(span.Start) is { } paragraph && context.Article.IsListOfNames(paragraph));

    /// <summary>A person's name the article gives in full has at most this many words ("Qamar Javed Bajwa"); longer runs are bodies and titles.</summary>
    private const int MaxOwnNameWords = 3;

    /// <summary>
    /// A surname alone one edit from the surname of someone the list lacks but the article names in full: one article spells one
    /// person one way, so one spelling is a slip. The one written once is: the surname alone ("Benny Gantz … Ganz's party"), or the
    /// full name's when the article writes the other spelling alone again and again or it is a known name ("Fernando Hadad …
    /// Haddad said … Haddad, 55,"; "Rahul Ghandi … Gandhi told reporters"). A word the list has as a surname, an English word or
    /// a given name is someone or something else, as are the surnames of everyone the article names in full.
    /// </summary>
    private static void ReportOwnSurnameSlips(ArticleContext context, IReadOnlyList<Token> words, List<(NameVariant Person, TextSpan Span)> own,
        List<NameVariant> named, List<TextSpan> fullNames, Func<string, bool> isRealName)
    {
        var index = context.Gazetteer.NameIndex;
        var people = new List<NameVariant>(own.Count);
        foreach (var (person, _) in own) people.Add(person);
        List<int>? reportedFullNames = null;
        // A surname alone is a name run of one word: the article's runs, not all its words.
        foreach (var run in context.Article.NameRuns)
        {
            if (run.End - run.Start != 1) continue;
            var (word, value) = (words[run.Start], words[run.Start].Value);
            if (!NearInShape(value, people) || !IsSurnameAlone(word, fullNames, index) || LanguageProfiles.Default.IsEnglishWordInAnyCase(value)) continue;
            if (IsPluralOfSurname(value, people) || IsGivenNameOfAny(value, named) || OwnSurname(value, people) || OwnSurname(value, named)) continue;
            // A team's line-up names many people by surname ("F Sheahan, M Horan, D O'Callaghan"): Horan is not Shane Horgan.
            if (SlipOf(value, PersonNames.Fold(value), people) is not { } slip || !IsSlipOfTheWriterAt(context, word.Span)) continue;
            var k = people.IndexOf(slip);
            if (!isRealName(value))
            {
                var (line, _) = context.Article.LineMap.GetPosition(own[k].Span.Start);
                context.Report(word.Span, SurnameNearMiss(value, slip),
                    $"\"{value}\" looks like a misspelling of {slip.Figure.Name}, whom the article names in full on line {line}: one person, two spellings.",
                    suggestion: slip.Surname);
            }
            else if (!isRealName(slip.Surname) && index.PeopleWithSurname(slip.Surname) == 0 && !(reportedFullNames ??= []).Contains(k))
            {
                reportedFullNames.Add(k);
                var (line, _) = context.Article.LineMap.GetPosition(word.Span.Start);
                context.Report(own[k].Span, SurnameNearMiss(slip.Surname, slip with { Surname = value }),
                    $"\"{slip.Figure.Name}\" looks like a misspelling: the article writes the surname \"{value}\" on line {line}: one person, two spellings.",
                    suggestion: slip.Figure.Name.EndsWith(slip.Surname, StringComparison.Ordinal) ? $"{slip.Figure.Name[..^slip.Surname.Length]}{value}" : value);
            }
        }
    }

    /// <summary>
    /// Some person's surname starts with the word's letter and is about as long: most capitalised words are no slip of anyone's,
    /// and this is cheaper than the look-ups that would say so.
    /// </summary>
    private static bool NearInShape(string value, List<NameVariant> people)
    {
        foreach (var p in people)
            if (p.Surname[0] == value[0] && Math.Abs(p.Surname.Length - value.Length) <= 2) return true;
        return false;
    }

    /// <summary>The word is the surname of someone the article names in full, as written: a second person, not a slip.</summary>
    private static bool OwnSurname(string value, List<NameVariant> people)
    {
        foreach (var p in people)
            if (p.Surname == value) return true;
        return false;
    }

    /// <summary>
    /// Names near a listed person's that <see cref="BestNearMiss"/> took for real names of other people ("Theresa Mey", "Boris
    /// Jonson", "Teresa May": each part a real name or word). The article says whom it means when it names that person correctly
    /// elsewhere ("Boris Johnson" in full, or "Johnson" alone as later mentions do) or gives this mention a title the person held
    /// ("Prime Minister Theresa Mey"): then the name is a slip for theirs (an office the person held: <see cref="RoleLexicon.HeldBy"/>).
    /// </summary>
    private static void ReportRealNameSlips(ArticleContext context, List<(TextSpan Span, string Name, string Given, string Surname)> names,
        List<NameVariant> named, Func<string, bool> isRealName)
    {
        var index = context.Gazetteer.NameIndex;
        var roles = RolesByName(context);
        bool? listedSurnameAlone = null;
        foreach (var (span, name, given, surname) in names)
        {
            // Without the person named elsewhere, a listed surname written alone or a title on this mention there is nothing to
            // tell, and nothing to look up.
            var role = roles.GetValueOrDefault(span);
            // A given name only one listed person has, and no word, says whom it means too ("Goodluck Johnathan").
            var rareGiven = index.PeopleWithGivenNameAsWritten(given) == 1 && !IsKnownWord(given);
            if (named.Count == 0 && role is null && !rareGiven && !(listedSurnameAlone ??= WritesAListedSurnameAlone(context.Article, index))) continue;
            // Here the article says whom it means, so a surname with another first letter is a slip too ("Jeremy Korbyn" beside
            // "Jeremy Corbyn"; alone, "Bill Gammell" is someone else than Bill Rammell).
            // Of the listed people the name is near, one the article says it means: two listed David Davises, one of whom held
            // the title this mention has ("Brexit Secretary David Davies").
            bool SaysWhom(NameVariant v) => NamedElsewhere(named, v.Figure) || SlipInSurname(surname, v) && SurnameWrittenAlone(context.Article, v.Surname)
                                            || role is not null && (role.Held & RoleLexicon.HeldBy(v.Figure)) != RoleClass.None
                                            || rareGiven && SlipInSurname(surname, v) && PersonNames.SameLetters(given, v.Given);
            var best = SurnameSlip(given, surname, index, otherInitial: true, accept: SaysWhom);
            if (GivenSlip(given, surname, index, isRealName, otherInitial: true, accept: SaysWhom) is var givenSlip && givenSlip.Score > best.Score) best = givenSlip;
            if (best.Variant is not { } slip) continue;
            Report(context, span, name, slip.Figure, best.Score);
        }
    }

    /// <summary>
    /// The slip is in the surname: only then does the listed surname written alone say whom the article means ("Jake Owen … Owen
    /// said" is about Jake Owen, not Jane Owen).
    /// </summary>
    private static bool SlipInSurname(string writtenSurname, NameVariant slip) => !PersonNames.SameLetters(writtenSurname, slip.Surname);

    /// <summary>The article writes some listed surname alone: only then can <see cref="SurnameWrittenAlone"/> say whom a name means.</summary>
    private static bool WritesAListedSurnameAlone(Article article, FigureNameIndex index)
    {
        foreach (var run in article.NameRuns)
            if (run.End - run.Start == 1 && index.PeopleWithSurname(run.Name) > 0) return true;
        return false;
    }

    /// <summary>
    /// The article writes the listed surname alone, as its later mentions of a person do ("Jacinda Arden … Ardern said", "Barnaby
    /// Joice … Joyce told reporters"): the person it means is the listed one.
    /// </summary>
    private static bool SurnameWrittenAlone(Article article, string surname)
    {
        foreach (var run in article.NameRuns)
            if (run.End - run.Start == 1 && PersonNames.SameLetters(run.Name, surname)) return true;
        return false;
    }

    private static bool NamedElsewhere(List<NameVariant> named, PublicFigure figure)
    {
        foreach (var n in named)
            if (n.Figure == figure) return true;
        return false;
    }

    /// <summary>The title of each titled mention by its name's span ("Prime Minister" of "Prime Minister Theresa Mey").</summary>
    private static Dictionary<TextSpan, RoleEntry> RolesByName(ArticleContext context)
    {
        var roles = new Dictionary<TextSpan, RoleEntry>();
        foreach (var person in context.Article.People(context.Gazetteer))
            foreach (var mention in person.Mentions)
                if (mention.Role is { } role) roles.TryAdd(mention.NameSpan, role);
        return roles;
    }

    /// <summary>
    /// The span is someone else's spelling or garbled text: a name in an address or a photographer's credit ("(John Gibbins/The
    /// Daily Example)", "Patersono@parliament.uk"), or a word in which a mis-decoded UTF-8 sequence starts ("Blairâ€™s", NQ2009's).
    /// </summary>
    private static bool IsNoSlipOfTheWriter(string text, TextSpan span) => Addresses.Contain(text, span) || Mojibake.StartsWithin(text, span);

    /// <summary>Whether two of <paramref name="words"/> are <paramref name="word"/>, in a loop: a lambda over the words was an object per word asked.</summary>
    private static bool IsWrittenTwice(ReadOnlySpan<Token> words, string word)
    {
        var seen = 0;
        foreach (var w in words)
            if (w.Value == word && ++seen > 1) return true;
        return false;
    }

    /// <summary>The thread's counts of an article's capitalised words, emptied for each article that asks (one table per article was a fifth of the rule's allocation).</summary>
    [ThreadStatic] private static Dictionary<string, int>? _capitalisedCounts;

    /// <summary><see cref="ReportSlipsOfTheUsualName"/>'s tables: surname-shaped words written alone, words of full names, words of people's full names.</summary>
    [ThreadStatic] private static Dictionary<string, int>? _aloneCounts;

    [ThreadStatic] private static Dictionary<string, int>? _fullNameWordCounts;

    [ThreadStatic] private static HashSet<string>? _peoplesNameWords;

    /// <summary>The thread's list of variants one edit from a surname, emptied for each name asked about.</summary>
    private static List<NameVariant> NearSurnames => _nearSurnames ??= [];

    [ThreadStatic] private static List<NameVariant>? _nearSurnames;

    /// <summary>The thread's list of a full name's words, emptied for each name.</summary>
    private static List<string> WrittenWords => _writtenWords ??= new List<string>(4);

    [ThreadStatic] private static List<string>? _writtenWords;

    /// <summary>How often the article writes each word that starts with a capital letter, in the thread's table (read before the next article asks).</summary>
    private static Dictionary<string, int> CountCapitalisedWords(IReadOnlyList<Token> words)
    {
        var counts = _capitalisedCounts ??= new Dictionary<string, int>(StringComparer.Ordinal);
        counts.Clear();
        foreach (var word in TokenSpans.Of(words))
            if (word.Value.Length > 0 && char.IsUpper(word.Value[0])) CollectionsMarshal.GetValueRefOrAddDefault(counts, word.Value, out _)++;
        return counts;
    }

    /// <summary>
    /// A surname alone one edit from the surname of someone the article names in full ("Donald Trump … Trupm said"):
    /// the full name tells who is meant, so even short surnames can be checked. Only in the text's sentences: a word alone
    /// in a cell or label of a few capitalised words ("Lewes", "Tonbridge and Malling" in a table of constituencies and
    /// their members) is a place or a heading, and a word in an address ("Patersono@parliament.uk") is a mailbox.
    /// </summary>
    private static void ReportSurnameSlips(ArticleContext context, IReadOnlyList<Token> words, List<NameVariant> named, List<TextSpan> fullNames, Func<string, bool> isRealName)
    {
        if (named.Count == 0) return;
        var index = context.Gazetteer.NameIndex;
        for (var i = 0; i < words.Count; i++)
        {
            var (word, value) = (words[i], words[i].Value);
            if (i + 1 < words.Count && StartsName(context.Text, word, words[i + 1])) continue; // "Osama bin Laden" is not "Obama"
            if (!IsSurnameAlone(word, fullNames, index) || isRealName(value)) continue;
            if (IsPluralOfSurname(value, named)) continue; // "the Clintons"
            var folded = PersonNames.Fold(value);
            if (SlipOf(value, folded, named) is not { } figure || IsNoSlipOfTheWriter(context.Text, word.Span) || InCapitalisedLabel(context.Text, word.Span)) continue;
            Report(context, word.Span, value, figure.Figure, SurnameNearMiss(value, figure), figure.Surname);
        }
    }

    /// <summary>
    /// A word that may be a surname written alone: capitalised, of surname shape and length, outside every full name, and nobody's
    /// surname or given name in the list (a listed surname is that person, a given name someone's first name).
    /// </summary>
    private static bool IsSurnameAlone(Token word, List<TextSpan> fullNames, FigureNameIndex index)
    {
        var value = word.Value;
        return value.Length >= MinSurnameLength && char.IsUpper(value[0]) && IsSurnameShaped(value) && !Overlaps(fullNames, word.Span)
               && index.PeopleWithSurname(value) == 0 && !index.IsGivenName(value);
    }

    // Loops, not lambdas: a lambda capturing the word made a closure at every word of the article, asked or not.

    private static bool Overlaps(List<TextSpan> spans, TextSpan span)
    {
        foreach (var s in spans)
            if (s.Overlaps(span)) return true;
        return false;
    }

    /// <summary>A label or table cell holds at most this many words ("Haltemprice and Howden"); a headline has more.</summary>
    private const int MaxLabelWords = 3;

    /// <summary>
    /// The word's line is a short label: at most <see cref="MaxLabelWords"/> words, each capitalised or a lower-case joining word
    /// ("and", "of", "the"), and no sentence punctuation at its end.
    /// </summary>
    private static bool InCapitalisedLabel(string text, TextSpan span)
    {
        var start = text.LastIndexOf('\n', Math.Max(span.Start - 1, 0)) + 1;
        var end = text.IndexOf('\n', span.End) is var newline and >= 0 ? newline : text.Length;
        var line = text.AsSpan(start, end - start).TrimEnd();
        if (line.IsEmpty || line[^1] is '.' or '!' or '?' or ':' or ',' or '"' or '”' or ')') return false;
        var count = 0;
        foreach (var token in Tokenizer.Words(text, new TextSpan(start, line.Length)))
            if (++count > MaxLabelWords || !char.IsUpper(token.Value[0]) && !LabelJoiningWords.Contains(token.Value)) return false;
        return count > 0;
    }

    private static readonly HashSet<string> LabelJoiningWords = new(StringComparer.Ordinal) { "and", "of", "the", "upon", "on", "in", "&" };

    /// <summary>The word is a named person's surname with "s" or "es" after it (the same test as comparing with the surname plus either, without the strings).</summary>
    private static bool IsPluralOfSurname(string value, List<NameVariant> named)
    {
        foreach (var n in named)
            if (IsPluralOf(value, n.Surname)) return true;
        return false;
    }

    /// <summary>The first named person whose surname the word is a slip of (unless the word is someone's given name), or null.</summary>
    private static NameVariant? SlipOf(string value, string folded, List<NameVariant> named)
    {
        foreach (var v in named)
            if (v.Surname[0] == value[0] && Math.Abs(v.FoldedSurname.Length - folded.Length) <= 1
                && SurnameNearMiss(value, v) > 0 && !IsGivenNameOfAny(value, named)) return v;
        return null;
    }

    private static bool IsGivenNameOfAny(string value, List<NameVariant> named)
    {
        foreach (var n in named)
            if (SameWord(n.Given, value)) return true;
        return false;
    }

    /// <summary>
    /// Lower case after the first letter, or after one inner capital that follows at most three lower-case letters: the shape of
    /// "McGovern", "DeLay" and "LaTurner" (and of their slips "McGovren", "DeLya", "LTurner"), not of an acronym ("NATO") or a
    /// run of capitals. A loop: this runs at every word of an article that names someone listed.
    /// </summary>
    private static bool IsSurnameShaped(string word)
    {
        var inner = -1;
        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsLower(word[i])) continue;
            if (inner >= 0 || i > 4 || !char.IsUpper(word[i])) return false;
            inner = i;
        }
        return inner < 0 || inner + 1 < word.Length;
    }

    /// <summary>The article writes the whole name again: that spelling is deliberate, the name of someone else.</summary>
    private static bool WrittenTwice(string text, string name, TextSpan span)
    {
        // As a whole name: "Xi Jinpin" is not written again inside "Xi Jinping".
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
            if (at != span.Start && (at + name.Length == text.Length || !char.IsLetter(text[at + name.Length])) && (at == 0 || !char.IsLetter(text[at - 1])))
                return true;
        return false;
    }

    private static bool IsKnownWord(string word) => ProperNames.Contains(word) || LanguageProfiles.Default.IsEnglishWordInAnyCase(word);

    /// <summary>The next word continues a name: capitalised, or a particle ("bin", "al", "van"), right after a space.</summary>
    private static bool StartsName(string text, Token word, Token next) =>
        next.Span.Start == word.Span.End + 1 && text[word.Span.End] == ' ' && (char.IsUpper(next.Value[0]) || NameParticles.Contains(next.Value));

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal) { "bin", "ibn", "al", "el", "de", "da", "di", "du", "van", "von", "la", "le" };

    private static void Report(ArticleContext context, TextSpan span, string written, PublicFigure figure, double score, string? suggestion = null) =>
        context.Report(span, score,
            $"\"{written}\" looks like a misspelling of {figure.Name} ({figure.Roles.FirstOrDefault()?.Title ?? "public figure"}, {figure.Country}).",
            suggestion: suggestion ?? figure.Name);

    /// <summary>The public figure this name is a near miss of, with a confidence; null when nobody listed is close.</summary>
    private static (PublicFigure Figure, double Score)? BestNearMiss(IReadOnlyList<string> written, FigureNameIndex index, Func<string, bool> isRealName,
        Func<string, bool> isRealSurname)
    {
        var (given, surname) = (written[0], written[^1]);
        var people = index.PeopleWithSurname(surname);
        // A known surname is a real name, so only the given name can be the slip. When the given name is itself a real
        // name (Jake, Anthony), the surname must be rare: many listed Smiths, or an everyday surname (Owen, Fox), mean
        // many unlisted people, Jake Owen among them; Anthony Blinken is a slip.
        var givenIsReal = isRealName(given) || index.IsGivenName(given);
        var surnameIsCommon = people > MaxPeopleForRealGivenSlip || IsKnownWord(surname);
        if (people > 0 ? givenIsReal && surnameIsCommon : isRealSurname(surname)) return null;
        var best = people > 0 ? GivenSlip(given, surname, index, isRealName) : SurnameSlip(given, surname, index);
        return best.Variant is null ? null : (best.Variant.Figure, best.Score);
    }

    /// <summary>
    /// The listed person with this surname whose given name the written one is a slip for (<see cref="GivenNearMiss"/>): the first
    /// candidate of the highest positive score that <paramref name="accept"/> takes (a loop: what a stable sort by descending score gave first).
    /// </summary>
    private static (NameVariant? Variant, double Score) GivenSlip(string given, string surname, FigureNameIndex index, Func<string, bool> isRealName,
        bool otherInitial = false, Func<NameVariant, bool>? accept = null)
    {
        (NameVariant? Variant, double Score) best = (null, 0);
        foreach (var v in index.WithSurname(surname))
            if (GivenNearMiss(given, v, isRealName, otherInitial) is var score && score > best.Score && (accept is null || accept(v))) best = (v, score);
        return best;
    }

    /// <summary>
    /// The listed person with this given name (or its full form) whose surname, one edit away, the written one is a slip
    /// for (<see cref="SurnameNearMiss"/>), of those <paramref name="accept"/> takes.
    /// </summary>
    private static (NameVariant? Variant, double Score) SurnameSlip(string given, string surname, FigureNameIndex index, bool otherInitial = false,
        Func<NameVariant, bool>? accept = null)
    {
        (NameVariant? Variant, double Score) best = (null, 0);
        var nearSurnames = NearSurnames;
        nearSurnames.Clear();
        index.OneEditFrom(surname, nearSurnames);
        foreach (var v in nearSurnames)
            // The full form of a listed short given name (Steven for a listed Steve); not a short form of a listed one, since people
            // the list lacks are as often called so (Bob for Bobby).
            if ((v.SameGivenName(given) || IsFullFormOf(given, v.Given))
                && SurnameNearMiss(surname, v, otherInitial) is var score && score > best.Score && (accept is null || accept(v))) best = (v, score);
        return best;
    }

    /// <summary>
    /// A confidence that the surname of a person found by transliteration folding is a slip: someone of a country whose names
    /// English writes as at home has one spelling ("Nancy Pelosy" folds as "Pelosi" does, i as y, but no one writes it so), and a
    /// transliterated name has those its romanisations give (<see cref="PersonNames.SameTransliteration"/>: not "Katami" for Khatami),
    /// unless the written surname is a listed spelling of theirs (accents aside) or a real name of its own (when the article does not
    /// write the listed surname alone: "Barnaby Joice … Joyce said"); null otherwise.
    /// </summary>
    private static double? SpeltOtherwise(string surname, NameVariant found, FigureNameIndex index, Func<string, bool> isRealSurname)
    {
        if (PersonNames.IsTransliterated(found.Figure.Country) && PersonNames.SameTransliteration(surname, found.Surname, found.Figure.Country)
            || isRealSurname(surname)) return null;
        foreach (var v in index.WithSurname(surname))
            if (v.Figure == found.Figure && PersonNames.SameLetters(surname, v.Surname)) return null;
        var similarity = Similarity.Similarity(surname.ToLowerInvariant(), found.Surname.ToLowerInvariant());
        return similarity >= 0.8 ? similarity : null;
    }

    /// <summary>
    /// A written name is a slip of the article's usual one: one edit apart, or two in a long name that stays close ("Yushenko" beside
    /// "Yushchenko" written alone four times). The article has said how it spells the person; a transliteration's letters vary
    /// between publications, not within one story.
    /// </summary>
    private static bool IsSlipOf(string usual, string written) =>
        FigureNameIndex.IsOneEditApart(usual, written)
        || Math.Min(usual.Length, written.Length) >= MinTwoEditSurnameLength && TwoEditSimilarity(usual, written) is not null;

    /// <summary>The Jaro–Winkler similarity of two lower-case spellings two edits apart that stay close (≥ <see cref="MinTwoEditSimilarity"/>), or null.</summary>
    private static double? TwoEditSimilarity(string a, string b) =>
        EditDistance.Distance(a, b) == 2 && Similarity.Similarity(a, b) is var similarity and >= MinTwoEditSimilarity ? similarity : null;

    /// <summary>
    /// A long surname two edits from a listed one, after the listed person's given name as written ("Edouard Phillipe", "Emmerson
    /// Mnangwaga"): one edit is the usual slip, two happen in long names, and with the given name and the first letter agreeing
    /// and the written surname nobody's (not listed, not a word, not written twice) the listed person is meant. Only heads of state
    /// or government, whom no namesake is likely to stand beside in the news: among ministers and lawmakers two real people are
    /// often two edits apart ("Paul Bristow", an MP the list lacks, and "Paul Burstow", a listed minister). Names written in the
    /// Latin script at home only: a transliterated surname's letters vary more. Found through the one-edit index from each
    /// one-letter deletion of the written surname, then measured.
    /// </summary>
    private static (PublicFigure Figure, double Score)? TwoEditSurnameSlip(List<string> written, FigureNameIndex index, Func<string, bool> isRealSurname)
    {
        var (given, surname) = (written[0], written[^1]);
        if (surname.Length < MinTwoEditSurnameLength || !index.IsGivenName(given) || index.PeopleWithSurname(surname) > 0 || isRealSurname(surname)) return null;
        var near = NearSurnames;
        near.Clear();
        for (var i = 1; i < surname.Length; i++) index.OneEditFrom(surname.Remove(i, 1), near);
        foreach (var v in near)
        {
            if (v.Surname.Length < MinTwoEditSurnameLength || char.ToLowerInvariant(v.Surname[0]) != char.ToLowerInvariant(surname[0]) || !SameWord(v.Given, given)
                || PersonNames.IsTransliterated(v.Figure.Country) || !IsHead(v.Figure)) continue;
            if (TwoEditSimilarity(surname.ToLowerInvariant(), v.Surname.ToLowerInvariant()) is { } similarity) return (v.Figure, similarity * TwoEditConfidence);
        }
        return null;
    }

    /// <summary>A surname of at least this many letters can take two slips and stay recognisable ("Philippe", "Mnangagwa").</summary>
    private const int MinTwoEditSurnameLength = 7;

    /// <summary>The Jaro–Winkler similarity a two-edit slip keeps with the listed surname ("Phillipe"/"Philippe" 0.97).</summary>
    private const double MinTwoEditSimilarity = 0.9;

    /// <summary>A two-edit slip is less sure than a one-edit one: its similarity scaled down, as a given name's two edits are.</summary>
    private const double TwoEditConfidence = 0.8;

    /// <summary>
    /// A name of three words or more written as a listed one but for a surname one edit off ("Marine Le Penn"): with the given name
    /// and the middle words agreeing, the surname is a slip even when it is a real name of its own (Penn), which alone after a given
    /// name could be someone else's. Names written in the Latin script at home only.
    /// </summary>
    private static (PublicFigure Figure, double Score)? LongNameSlip(List<string> written, FigureNameIndex index)
    {
        if (written.Count < 3) return null;
        var (variant, score) = SurnameSlip(written[0], written[^1], index);
        // A transliterated surname's vowels vary ("Yusuf bin Alawi bin Abdullah", listed "Abdallah").
        if (variant is null || PersonNames.IsTransliterated(variant.Figure.Country)) return null;
        foreach (var name in variant.Figure.AllNames)
        {
            var listed = PersonNames.Words(name);
            if (listed.Count != written.Count) continue;
            var same = true;
            for (var i = 0; i < written.Count - 1 && same; i++) same = SameWord(listed[i], written[i]);
            if (same) return (variant.Figure, score);
        }
        return null;
    }

    /// <summary>
    /// A full name whose given name and surname are listed but whose middle word (three letters or more) is one edit from the
    /// listed one ("Recep Tayyup Erdogan", "Kim Jung Un", "Aung Sang Suu Kyi"): the listed name of as many words it is a slip
    /// for, with a confidence; null when a listed name has these middle words, or none has as many words.
    /// </summary>
    private static (string Name, double Score)? MiddleSlip(List<string> written, PublicFigure figure)
    {
        (string Name, double Score)? slip = null;
        foreach (var name in figure.AllNames)
        {
            var listed = PersonNames.Words(name);
            if (listed.Count != written.Count || !SameWord(listed[0], written[0]) || !SameWord(listed[^1], written[^1])) continue;
            var differing = -1;
            for (var i = 1; i < written.Count - 1; i++)
                if (!SameWord(listed[i], written[i]) && !SameWord(listed[i].Replace("-", ""), written[i].Replace("-", "")))
                    differing = differing < 0 ? i : int.MaxValue; // "Abish-uly" is Abishuly hyphenated, not a slip
            if (differing < 0) return null; // spelt as listed
            if (differing == int.MaxValue) continue;
            var (a, b) = (written[differing].ToLowerInvariant(), listed[differing].ToLowerInvariant());
            if (b.Length >= MinListedSurnameLength && a[0] == b[0] && FigureNameIndex.IsOneEditApart(a, b) && !IsTransliterationVariant(a, b, figure.Country))
                slip ??= (name, Math.Max(Similarity.Similarity(a, b), 0.8));
        }
        return slip;
    }

    /// <summary>
    /// Someone listed under the same first and last names has these middle words: a person listed twice, once in each spelling
    /// ("Lars Lokke Rasmussen", "Lars Loekke Rasmussen").
    /// </summary>
    private static bool ListedAsWritten(List<string> written, FigureNameIndex index)
    {
        foreach (var v in index.WithSurname(written[^1]))
            if (v.SameGivenName(written[0]) && MiddleSlip(written, v.Figure) is null && HasAsManyWords(v.Figure, written.Count)) return true;
        return false;
    }

    private static bool HasAsManyWords(PublicFigure figure, int count) => figure.AllNames.Any(n => PersonNames.Words(n).Count == count);

    /// <summary>
    /// A head of state or government: the middle words of their names are written one way by the wire services, while other people's
    /// long names are written with their middle words spelt otherwise as often ("Gabriel Mbaga Obiang Lima", listed as Mbega).
    /// </summary>
    private static bool IsHead(PublicFigure figure) => (RoleLexicon.HeldBy(figure) & (RoleClass.HeadOfState | RoleClass.HeadOfGovernment | RoleClass.SupremeLeader)) != RoleClass.None;

    private const int MinSurnameLength = 4;

    /// <summary>
    /// A listed surname of three letters (May, Abe, Cox) is compared too: the callers ask only after the given name matched
    /// (a full name) or the article named the person in full, and a written slip needs <see cref="MinWrittenSurnameLength"/> letters.
    /// </summary>
    private const int MinListedSurnameLength = 3;

    /// <summary>A slip that drops a letter of a three-letter surname leaves two ("Shinzo Ab"); a single letter is an initial.</summary>
    private const int MinWrittenSurnameLength = 2;
    private const int MaxPeopleForRealGivenSlip = 2;

    /// <summary>
    /// Two first letters that transliterations of one name from another script differ by: Ukrainian "H" and Russian "G"
    /// (Hroysman/Groysman), "J", "Y", "I" and "E" (Jevgenij/Yevgeny/Ievgen), "K", "Q" and "C" (Qatari/Katari), "S", "Z" and "C".
    /// </summary>
    private static bool IsTransliteratedInitial(char a, char b, string country) =>
        PersonNames.IsFromOtherScript(country) && TransliteratedInitials.Any(pair => pair.Contains(a) && pair.Contains(b));

    private static readonly string[] TransliteratedInitials = ["gh", "jyie", "kqc", "szc", "vw"];

    /// <summary>
    /// Two names (lower case) whose first letters differ may be a slip of one for the other when both have
    /// <paramref name="minLength"/> letters or more and transliteration gives no such pair of first letters.
    /// </summary>
    private static bool IsOtherInitialSlip(string a, string b, int minLength, string country) =>
        Math.Min(a.Length, b.Length) >= minLength && !IsTransliteratedInitial(a[0], b[0], country);

    /// <summary>A full name's surname may have another first letter from five letters on ("Korbyn", "Metanyahu"; not "Cox"/"Fox").</summary>
    private const int MinOtherInitialLength = 5;

    /// <summary>A given name may have another first letter from four letters on ("Ronald Trump" for Donald; not "Jon"/"Don").</summary>
    private const int MinOtherInitialGivenLength = 4;

    private static bool SameWord(string a, string b) => PersonNames.Fold(a) == PersonNames.Fold(b);

    /// <summary>
    /// A surname one edit from a listed one, short ones included (Trupm, Obmaa, Curz), with the same initial letter (a
    /// misspelling rarely changes it, another real name often does: Kerry/Terry, Rammell/Gammell) unless
    /// <paramref name="otherInitial"/> allows it; the confidence is the Jaro–Winkler similarity. Real names one edit away are
    /// excluded by the caller.
    /// </summary>
    private static double SurnameNearMiss(string written, NameVariant listed, bool otherInitial = false)
    {
        var canonical = listed.Surname;
        if (canonical.Length < MinListedSurnameLength || written.Length < MinWrittenSurnameLength || SameWord(written, canonical)) return 0;
        var (a, b) = (written.ToLowerInvariant(), canonical.ToLowerInvariant());
        if (a.Replace("'", "").Replace("’", "") == b.Replace("'", "").Replace("’", "")) return 0; // "Matiangi" for a listed "Matiang'I"
        if (a[0] != b[0] && !(otherInitial && IsOtherInitialSlip(a, b, MinOtherInitialLength, listed.Figure.Country))
            || a != b && !FigureNameIndex.IsOneEditApart(a, b)) return 0; // more than one edit apart
        if (IsFinalVowelVariant(a, b, PersonNames.IsFromOtherScript(listed.Figure.Country))
            || IsTransliterationVariant(a, b, listed.Figure.Country)) return 0;
        return Math.Max(Similarity.Similarity(a, b), 0.8);
    }

    /// <summary>A confidence in (0,1] that a given name is a slip for the listed one: one or two edits, similar shape.</summary>
    private static double GivenNearMiss(string written, NameVariant listed, Func<string, bool> isRealName, bool otherInitial = false)
    {
        var canonical = listed.Given;
        if (listed.SameGivenName(written) || canonical.Length < 3) return 0;
        var a = written.ToLowerInvariant();
        var b = canonical.ToLowerInvariant();
        if (written[0] != canonical[0] && !(otherInitial && IsOtherInitialSlip(a, b, MinOtherInitialGivenLength, listed.Figure.Country))) return 0;
        if (IsGenderedForm(a, b) || IsShortForm(a, b) && isRealName(written)) return 0;
        var distance = EditDistance.Distance(a, b);
        var similarity = Similarity.Similarity(a, b);
        // One edit is a slip when the shapes agree (short names: any one edit, as Jaro–Winkler is coarse on three letters);
        // two edits only in longer names that are no real name (Ricardo/Richard).
        return distance <= 1 && (similarity >= 0.8 || b.Length <= 4) ? Math.Max(similarity, 0.8)
            : distance <= 2 && Math.Min(a.Length, b.Length) >= 6 && similarity >= 0.9 && !isRealName(written) ? similarity * 0.8
            : 0;
    }

    /// <summary>
    /// Rajapaksa/Rajapakse, Siphandon/Siphandone: in a long surname from another script (<paramref name="otherScript"/>), another
    /// final vowel, or one written or not, is a transliteration, not a slip (the Laotian prime minister as the Factbook and as most
    /// newsrooms write him). A name written at home in the Latin script has one spelling: "Duterta", "Simonyt" are slips, as
    /// "George Osborn" is for Osborne.
    /// </summary>
    private static bool IsFinalVowelVariant(string a, string b, bool otherScript)
    {
        if (!otherScript || Math.Min(a.Length, b.Length) < MinFinalVowelVariantLength) return false;
        if (a.Length == b.Length) return a[..^1] == b[..^1] && "aeiou".Contains(a[^1]) && "aeiou".Contains(b[^1]);
        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        return longer.Length == shorter.Length + 1 && longer.StartsWith(shorter, StringComparison.Ordinal) && "aeiou".Contains(longer[^1]);
    }

    private const int MinFinalVowelVariantLength = 7;

    /// <summary>
    /// A doubled letter or an aspirate in a short surname is a slip ("Abbe", "Kimh"); in a longer one from another script it is a
    /// spelling in use (Borissov/Borisov).
    /// </summary>
    private const int MinTransliterationVariantLength = 6;

    /// <summary>Two spellings (lower case) of a name from another script that transliteration gives both (<see cref="PersonNames.SameTransliteration"/>).</summary>
    private static bool IsTransliterationVariant(string a, string b, string country) =>
        PersonNames.IsFromOtherScript(country) && Math.Min(a.Length, b.Length) >= MinTransliterationVariantLength && PersonNames.SameTransliteration(a, b, country);

    /// <summary>
    /// The written given name is the full form of a listed short one (Steven for a listed Steve Mnuchin). A table, not a shared
    /// beginning: Markus is no full form of Mark (Bavaria's Markus Soeder is not US Representative Mark Souder).
    /// </summary>
    private static bool IsFullFormOf(string written, string listed) =>
        FullForms.TryGetValue(listed, out var full) && full.Contains(written, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, string[]> FullForms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Steve"] = ["Steven", "Stephen"], ["Mike"] = ["Michael"], ["Chris"] = ["Christopher", "Christine", "Christina"], ["Dan"] = ["Daniel"],
        ["Dave"] = ["David"], ["Ben"] = ["Benjamin"], ["Sam"] = ["Samuel", "Samantha"], ["Matt"] = ["Matthew"], ["Nick"] = ["Nicholas"],
        ["Pat"] = ["Patrick", "Patricia"], ["Andy"] = ["Andrew"], ["Alex"] = ["Alexander", "Alexandra"], ["Greg"] = ["Gregory"],
        ["Jeff"] = ["Jeffrey"], ["Tim"] = ["Timothy"], ["Tom"] = ["Thomas"], ["Jim"] = ["James"], ["Bill"] = ["William"], ["Bob"] = ["Robert"],
        ["Rob"] = ["Robert"], ["Joe"] = ["Joseph"], ["Tony"] = ["Anthony"], ["Rick"] = ["Richard"], ["Dick"] = ["Richard"], ["Ted"] = ["Edward", "Theodore"],
        ["Ed"] = ["Edward"], ["Ken"] = ["Kenneth"], ["Don"] = ["Donald"], ["Ron"] = ["Ronald"], ["Doug"] = ["Douglas"], ["Jon"] = ["Jonathan"],
        ["Liz"] = ["Elizabeth"], ["Kate"] = ["Katherine", "Catherine"], ["Jen"] = ["Jennifer"], ["Sue"] = ["Susan"], ["Vince"] = ["Vincent"],
    };

    /// <summary>Steve/Steven, Chris/Christopher: one name is a short form of the other (a real name only: Collinh is a slip).</summary>
    private static bool IsShortForm(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Length >= 3 && longer.Length > shorter.Length && longer.StartsWith(shorter, StringComparison.Ordinal);
    }

    /// <summary>Ivan/Ivana, Daniel/Daniela, Mario/Maria: one name is the other with a final vowel, which makes another person.</summary>
    private static bool IsGenderedForm(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (longer.Length == shorter.Length + 1 && longer.StartsWith(shorter, StringComparison.Ordinal) && "aeo".Contains(longer[^1])) return true;
        return a.Length == b.Length && a[..^1] == b[..^1] && "aeio".Contains(a[^1]) && "aeio".Contains(b[^1]);
    }
}
