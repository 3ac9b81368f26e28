using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NewsQuality.Knowledge;
using NewsQuality.Model;

namespace NewsQuality.Text;

/// <summary>
/// A mention of a person: the name as written, and the role phrase attached to it if any ("Kremlin adviser"
/// before the name, or ", a Kremlin adviser," after it), with the country the phrase names.
/// </summary>
public sealed record PersonMention(string Name, TextSpan NameSpan, RoleEntry? Role, TextSpan? RoleSpan, Country? Country)
{
    /// <summary>Role phrase and name together, the span a finding points at.</summary>
    public TextSpan Span => RoleSpan is { } role
        ? TextSpan.FromBounds(Math.Min(role.Start, NameSpan.Start), Math.Max(role.End, NameSpan.End))
        : NameSpan;

    public string Surname => Name[(Name.LastIndexOf(' ') + 1)..];
}

/// <summary>A run of name words (<see cref="Article.NameWords"/> <paramref name="Start"/> to <paramref name="End"/>, exclusive), the name they write and its span.</summary>
public readonly record struct NameRun(int Start, int End, string Name, TextSpan Span);

/// <summary>A person as one article refers to them: the fullest name seen, and every mention in order.</summary>
public sealed record ArticlePerson(string FullName, IReadOnlyList<PersonMention> Mentions);

/// <summary>
/// Finds people in an article: capitalised name sequences, with role phrases before the name or in an apposition
/// after it, and links surname-only mentions ("Ushakov") to the full name ("Yuri Ushakov") seen in the article.
/// </summary>
public static class PersonMentions
{
    private static readonly HashSet<string> NotNames = new(TextBlocks.DayAndMonthNames.Concat(
    [
        "The", "A", "An", "On", "In", "At", "But", "And", "Or", "If", "When", "While", "He", "She", "It", "They", "We", "I", "This", "That",
        // Capitalised in a Title Case headline ("EPA Chief Scott Pruitt To Repeal Obama's Rule"), never a name's.
        "To", "Of", "For", "With", "By", "From",
        "Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "Lady",
        "Until", "After", "Before", "Since", "According", "Despite", "Just", "Unlike", "Both", "Also", "Last", "Next", "Earlier", "Later",
        "White", "House", "Kremlin", "Minister", "Ministers", "Russian", "Western", "Eastern", "Northern", "Southern", "European", "Union",
        // Titles of bodies and firms written before a name ("Federal Reserve Chair Janet Yelen", "Chief Executive Tim Cook").
        "Chair", "Chairman", "Chairwoman", "Chairperson", "Chief", "Executive", "Director", "Commissioner", "Leader", "Head", "Coach",
        "Manager", "Founder",
    ]), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words as name and title checks read them: dotted abbreviations joined into one word ("U.S.", "U.K.", so they
    /// name a country as "US" does) and a possessive "'s" left out of the word and its span ("Trump's" → "Trump").
    /// </summary>
    public static List<Token> Words(string text) => Words(Tokenizer.Words(text).ToList(), text);

    /// <summary><see cref="Words(string)"/> from the text's words already found (<see cref="Article.Words"/>).</summary>
    /// <remarks>Written into the list's array, at most one word per token, its length set at the end: <c>Add</c> per word of every article was half the cost.</remarks>
    public static List<Token> Words(IReadOnlyList<Token> tokens, string text)
    {
        var words = new List<Token>(tokens.Count);
        CollectionsMarshal.SetCount(words, tokens.Count);
        CollectionsMarshal.SetCount(words, WriteWords(TokenSpans.Of(tokens), text, CollectionsMarshal.AsSpan(words)));
        return words;
    }

    /// <summary>
    /// <see cref="Words(IReadOnlyList{Token}, string)"/> written into <paramref name="into"/> (at least as long as
    /// <paramref name="tokens"/>: at most one word per token); returns how many.
    /// </summary>
    internal static int WriteWords(ReadOnlySpan<Token> tokens, string text, Span<Token> into)
    {
        var count = 0;
        foreach (var token in tokens)
        {
            if (!IsDottedLetter(text, token)) into[count++] = WithoutPossessive(token);
            else if (count > 0 && into[count - 1].Value.EndsWith('.') && into[count - 1].Span.End == token.Span.Start)
                into[count - 1] = new Token(into[count - 1].Value + token.Value + ".", TextSpan.FromBounds(into[count - 1].Span.Start, token.Span.End + 1));
            else into[count++] = new Token(token.Value + ".", new TextSpan(token.Span.Start, 2));
        }
        return count;
    }

    /// <summary>A capital letter followed by a dot: one letter of a dotted abbreviation ("U.S.") or an initial.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // asked of every word of every article
    private static bool IsDottedLetter(string text, Token token) =>
        token.Value.Length == 1 && char.IsUpper(token.Value[0]) && token.Span.End < text.Length && text[token.Span.End] == '.';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Token WithoutPossessive(Token token) =>
        IsPossessive(token.Value) ? new Token(token.Value[..^2], new TextSpan(token.Span.Start, token.Span.Length - 2)) : token;

    private static bool IsPossessive(string word) => word.Length > 3 && word[^1] is 's' && word[^2] is '\'' or '’';

    /// <summary>The word ends in a possessive "'s" (in the text; <see cref="Words"/> leaves it out of the token).</summary>
    private static bool EndsPossessive(string text, Token token) =>
        token.Span.End + 1 < text.Length && text[token.Span.End] is '\'' or '’' && text[token.Span.End + 1] == 's';

    /// <summary>Capitalised word sequences of two to four words that look like personal names, with their spans, over words read with <see cref="Words"/>.</summary>
    public static IReadOnlyList<(string Name, TextSpan Span)> FullNames(string text, IReadOnlyList<Token> tokens)
    {
        var names = new List<(string Name, TextSpan Span)>();
        foreach (var run in Runs(text, tokens))
            if (run.End - run.Start >= 2) names.Add((run.Name, run.Span));
        return names;
    }

    /// <summary>The runs of name words of words read with <see cref="Words"/>, each word asked about as written.</summary>
    internal static NameRun[] Runs(string text, IReadOnlyList<Token> tokens)
    {
        var words = TokenSpans.Of(tokens);
        var count = PooledRuns(text, words, new WordsAsWritten(words), out var runs);
        return PooledArray.CopiedOut(runs, count);
    }

    /// <summary>
    /// The runs of name words of the article's <see cref="Article.NameWords"/> (what <see cref="Article.NameRuns"/> keeps): the
    /// first of an array from <see cref="System.Buffers.ArrayPool{T}.Shared"/>, which the article gives back with its words.
    /// </summary>
    internal static ArraySegment<NameRun> Runs(Article article)
    {
        var count = PooledRuns(article.Text, TokenSpans.Of(article.NameWords), new NameWordsOfArticle(article), out var runs);
        return new ArraySegment<NameRun>(runs, 0, count);
    }

    /// <summary>Each run of one to four name words, in order: the names of mentions, and with two words or more, full names.</summary>
    /// <remarks>
    /// Gathered in a pooled array (<paramref name="runs"/>, the first of it; how many is returned): a list grown run by run
    /// left most of its arrays behind, and an exact copy per article was 2 MB of a BBC check.
    /// </remarks>
    private static int PooledRuns<TNameWords>(string text, ReadOnlySpan<Token> tokens, TNameWords nameWords, out NameRun[] runs)
        where TNameWords : INameWords, allows ref struct
    {
        runs = System.Buffers.ArrayPool<NameRun>.Shared.Rent(64);
        var count = 0;
        Span<char> joined = stackalloc char[256];
        var i = 0;
        while (i < tokens.Length)
        {
            var end = NameEnd(text, tokens, i, nameWords);
            if (end == i) { i++; continue; }
            // Most mentions are one word: its string, not a copy.
            var name = end - i == 1 ? tokens[i].Value : new string(JoinedWords.Join(tokens, i, end - i, joined));
            if (count == runs.Length) runs = PooledArray.Grown(runs, count);
            runs[count++] = new NameRun(i, end, name, TextSpan.FromBounds(tokens[i].Span.Start, tokens[end - 1].Span.End));
            i = end;
        }
        return count;
    }

    /// <summary>Most mentions kept room for on a thread: an article with more gets room of its own.</summary>
    private const int KeptMentions = 4096;

    public static IReadOnlyList<ArticlePerson> Find(Article article, Gazetteer gazetteer)
    {
        var text = article.Text;
        var tokens = article.NameWords;
        var words = article.NameWordValues;
        var nameWords = new NameWordsOfArticle(article);
        var runs = article.NameRuns;
        // Each run's mention, in the thread's room: Link makes a PersonMention only of those it keeps (about half are no person's).
        var mentions = _mentionRoom.Room(runs.Count, KeptMentions).AsSpan(0, runs.Count);
        for (var r = 0; r < runs.Count; r++)
        {
            var (start, end, name, span) = runs[r];
            // A word before a name of two or more that is no part of it ("Liberal Moon Jae-in won…", "Republican Donald Trump"): the
            // name is read without it.
            var wordBefore = end - start >= 3 && IsWordBeforeName(words[start], gazetteer.NameIndex);
            if (wordBefore) DropFirstWord();
            // "Vice-President Mike Pence": a deputy's title written as one hyphenated word opens the run; not "former Vice-President".
            var hyphenated = end - start >= 3 ? RoleLexicon.HyphenatedDeputy(words[start]) : null;
            if (hyphenated is not null)
            {
                DropFirstWord();
                if (start >= 2 && IsQualifierBefore(text, tokens, words, start - 2)) hyphenated = null;
            }
            var (role, roleSpan, country) = hyphenated is not null ? (hyphenated, tokens[start - 1].Span, null) : RoleBefore(text, tokens, words, start, gazetteer);
            // A title before words that are no part of the name is the name's: "Supreme Leader Ayatollah Ali Khamenei", "Prime Minister
            // Sir Keir Starmer", "Prime Minister Ratu Sir Kamisese Mara".
            if (role is null && StartBeforeHonorifics(text, tokens, words, wordBefore ? start - 1 : start) is var before && before < start)
                (role, roleSpan, country) = RoleBefore(text, tokens, words, before, gazetteer);
            if (role is null && !EndsPossessive(text, tokens[end - 1])) (role, roleSpan, country) = RoleAfter(text, tokens, words, end, gazetteer, nameWords);
            if (role is null && IsSetOff(text, tokens, start, end)) (role, roleSpan, country) = RoleBefore(text, tokens, words, start, gazetteer, setOff: true);
            if (role is null && r > 0 && FollowsInPluralList(text, mentions[r - 1], span)) (role, roleSpan) = (mentions[r - 1].Role, mentions[r - 1].RoleSpan);
            mentions[r] = new FoundMention(name, span, role, roleSpan, country);

            // The name read without the run's first word.
            void DropFirstWord()
            {
                (start, span) = (start + 1, TextSpan.FromBounds(tokens[start + 1].Span.Start, span.End));
                name = text[span.Start..span.End];
            }
        }
        var people = Link(mentions, name => LeadingWordsThatReferToThePerson(name, gazetteer));
        mentions.Clear(); // the room must not keep the article's names alive
        return people;
    }

    /// <summary>An English word in lower case that no listed person has as a given name ("Republican", "Centrist", "Liberal", "Sir"; not "Mark").</summary>
    internal static bool IsWordBeforeName(string word, FigureNameIndex index) =>
        !PersonNames.IsInitials(word) && Rules.Translation.LanguageProfiles.Default.IsEnglishWordInAnyCase(word) && !index.IsGivenName(word);

    /// <summary>
    /// The first of the honorifics written right before word <paramref name="start"/> ("Sir", "Dame", "Dr.", Fiji's "Ratu"), or
    /// <paramref name="start"/> when there is none.
    /// </summary>
    private static int StartBeforeHonorifics(string text, IReadOnlyList<Token> tokens, IReadOnlyList<string> words, int start)
    {
        while (start > 0 && Honorifics.Contains(words[start - 1])
               && text.AsSpan(tokens[start - 1].Span.End, tokens[start].Span.Start - tokens[start - 1].Span.End) is " " or ". ")
            start--;
        return start;
    }

    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal) { "Sir", "Dame", "Dr", "Ratu", "Sheikh", "Ayatollah" };

    /// <summary>A mention as found, before <see cref="Link"/> knows whether it is a person's.</summary>
    private readonly record struct FoundMention(string Name, TextSpan NameSpan, RoleEntry? Role, TextSpan? RoleSpan, Country? Country)
    {
        public PersonMention Mention() => new(Name, NameSpan, Role, RoleSpan, Country);
    }

    [ThreadStatic] private static ReusedArray<FoundMention> _mentionRoom;

    /// <summary>Groups mentions by person: surname-only mentions join the one full name with that surname, if exactly one.</summary>
    /// <remarks>
    /// The tables are the thread's, emptied for each article, and a surname is looked up by its span: a table of name lists
    /// per surname, a surname string per full-name mention and a table and query per article were half of finding the people.
    /// </remarks>
    /// <param name="leadingReferences">How many of a full name's first words each stand for the person alone, as its last word does:
    /// the family name of "Moon Jae-in" ("President Moon"), the given name of "Hailemariam Desalegn" ("Hailemariam said").</param>
    private static IReadOnlyList<ArticlePerson> Link(ReadOnlySpan<FoundMention> mentions, Func<string, int> leadingReferences)
    {
        if (mentions.IsEmpty) return [];
        // Each surname's first full name, and whether another full name has that surname too.
        var fullNamesBySurname = _fullNamesBySurname ??= new Dictionary<string, (string First, bool Shared)>(StringComparer.Ordinal);
        fullNamesBySurname.Clear();
        var bySurnameSpan = fullNamesBySurname.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var mention in mentions)
        {
            if (!mention.Name.Contains(' ')) continue;
            var surname = SurnameOf(mention.Name);
            AddSurname(bySurnameSpan, surname, mention.Name);
            // "Haider al-Abadi" … "Abadi": news drops the article of an Arabic surname when it stands alone.
            if (ArticlePrefixLength(surname) is var prefix and > 0) AddSurname(bySurnameSpan, surname[prefix..], mention.Name);
            var rest = mention.Name.AsSpan();
            for (var w = leadingReferences(mention.Name); w > 0; w--)
            {
                var space = rest.IndexOf(' ');
                AddSurname(bySurnameSpan, rest[..space], mention.Name);
                rest = rest[(space + 1)..];
            }
            // "Enrique Pena Nieto" … "Pena Nieto", "Andres Manuel Lopez Obrador" … "Lopez Obrador": a Spanish double surname, or a
            // name's last words, written without the given names. Filed under each ending of two words or more.
            rest = mention.Name.AsSpan();
            for (var space = rest.IndexOf(' '); space >= 0 && rest[(space + 1)..].Contains(' '); space = rest.IndexOf(' '))
            {
                rest = rest[(space + 1)..];
                AddSurname(bySurnameSpan, rest, mention.Name);
            }
        }
        var people = new List<ArticlePerson>();
        var mentionsOf = _mentionsByPerson ??= new Dictionary<string, List<PersonMention>>(StringComparer.Ordinal);
        mentionsOf.Clear();
        foreach (var mention in mentions)
        {
            string key;
            if (mention.Name.Contains(' '))
                key = fullNamesBySurname.TryGetValue(mention.Name, out var longer) && !longer.Shared ? longer.First : mention.Name;
            else if (fullNamesBySurname.TryGetValue(mention.Name, out var full) && !full.Shared) key = full.First;
            else if (mention.Role is not null && !fullNamesBySurname.ContainsKey(mention.Name)) key = mention.Name; // "President Biden" alone
            else continue;
            if (!mentionsOf.TryGetValue(key, out var list))
            {
                mentionsOf[key] = list = [];
                people.Add(new ArticlePerson(key, list)); // in the order first met, as the people were listed
            }
            list.Add(mention.Mention());
        }
        return people;
    }

    /// <summary>
    /// How many of a full name's first words news also uses alone for the person (<see cref="Link"/>): the family name of a name in
    /// East Asian order (<see cref="FamilyNameFirst"/>); the given name of a listed Ethiopian, Eritrean or Thai ("Hailemariam
    /// Desalegn", "Prayuth Chan-ocha": "Prime Minister Hailemariam"), every word but the last of a listed Malaysian ("Ahmad Zahid
    /// Hamidi": "Zahid"), whose last word is a father's name or a family name the news does not use alone.
    /// </summary>
    private static int LeadingWordsThatReferToThePerson(string name, Gazetteer gazetteer) =>
        FamilyNameFirst(name, gazetteer) ? 1 : LeadingReferencesOfListedNames.GetValue(gazetteer, BuildLeadingReferences).GetValueOrDefault(name);

    /// <summary>Per gazetteer, the listed names (and aliases) whose first words stand for the person: asked of every full name in an article.</summary>
    private static readonly ConditionalWeakTable<Gazetteer, Dictionary<string, int>> LeadingReferencesOfListedNames = new();

    /// <summary><see cref="ListedLeadingReferences"/> as one delegate: a method group at each call was a delegate per full name.</summary>
    private static readonly ConditionalWeakTable<Gazetteer, Dictionary<string, int>>.CreateValueCallback BuildLeadingReferences = ListedLeadingReferences;

    private static Dictionary<string, int> ListedLeadingReferences(Gazetteer gazetteer)
    {
        var references = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var figure in gazetteer.Figures)
        {
            if (figure.Country is not ("Ethiopia" or "Eritrea" or "Thailand" or "Malaysia")) continue;
            foreach (var name in figure.AllNames)
                if (name.Contains(' ')) references.TryAdd(name, figure.Country == "Malaysia" ? name.Count(c => c == ' ') : 1);
        }
        return references;
    }

    /// <summary>
    /// A full name in East Asian order: two or three words, the first a family name of at most <see cref="MaxFamilyNameLength"/>
    /// letters, and either a Korean given name joined by a hyphen ("Moon Jae-in", "Kim Jong-un") or a listed person of China,
    /// Korea, Vietnam, Cambodia and their neighbours ("Xi Jinping", "Hun Sen").
    /// </summary>
    private static bool FamilyNameFirst(string name, Gazetteer gazetteer)
    {
        var space = name.IndexOf(' ');
        if (space <= 0 || space > MaxFamilyNameLength) return false;
        var last = name.AsSpan(name.LastIndexOf(' ') + 1);
        if (last.IndexOf('-') is var hyphen and > 0 && hyphen + 1 < last.Length && char.IsLower(last[hyphen + 1])) return true;
        // Asked of the gazetteer only for a family name of those countries: most names in an article are not, and a look-up per name costs.
        return EastAsianFamilyNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name.AsSpan(0, space))
               && gazetteer.NameIndex.FindFigure(name) is { } listed && FamilyFirstCountries.Contains(listed.Country);
    }

    /// <summary>The commonest family names of China, Korea and Vietnam as English news writes them (and Cambodia's Hun).</summary>
    private static readonly HashSet<string> EastAsianFamilyNames = new(StringComparer.Ordinal)
    {
        "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin",
        "Gao", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Xi", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian",
        "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu", "Ding", "Ren", "Shen", "Yao", "Jin", "Fu",
        "Zhong", "Tan", "Wen", "Kong", "Qin", "Bo", "Hua", "Kim", "Lee", "Park", "Choi", "Jung", "Chung", "Kang", "Cho", "Yoon", "Jang",
        "Lim", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Yoo", "Hong", "Moon", "Ban", "Roh", "Nguyen", "Tran", "Le", "Pham", "Hoang",
        "Phan", "Vu", "Dang", "Bui", "Do", "Ho", "Ngo", "Duong", "Ly", "Hun", "Lai", "Tsai", "Ko", "Chan", "Leung", "Lam", "Tsang",
    };

    private const int MaxFamilyNameLength = 6;

    private static readonly HashSet<string> FamilyFirstCountries = new(StringComparer.Ordinal)
    {
        "China", "Taiwan", "Hong Kong", "Macau", "North Korea", "South Korea", "Vietnam", "Cambodia", "Singapore", "Mongolia",
    };

    private static void AddSurname(Dictionary<string, (string First, bool Shared)>.AlternateLookup<ReadOnlySpan<char>> bySurname, ReadOnlySpan<char> surname, string name)
    {
        ref var names = ref CollectionsMarshal.GetValueRefOrAddDefault(bySurname, surname, out var seen);
        if (!seen) names = (name, false);
        else if (names.First != name) names.Shared = true;
    }

    /// <summary>The length of an Arabic article joined to a surname ("al-", "el-", "Al-"), or 0.</summary>
    private static int ArticlePrefixLength(ReadOnlySpan<char> surname) =>
        surname.Length > 4 && surname[2] == '-' && (surname.StartsWith("al", StringComparison.OrdinalIgnoreCase) || surname.StartsWith("el", StringComparison.OrdinalIgnoreCase))
            ? 3 : 0;

    [ThreadStatic] private static Dictionary<string, (string First, bool Shared)>? _fullNamesBySurname;
    [ThreadStatic] private static Dictionary<string, List<PersonMention>>? _mentionsByPerson;

    /// <summary>The last word of a name (<see cref="PersonMention.Surname"/>, without the string).</summary>
    private static ReadOnlySpan<char> SurnameOf(string name) => name.AsSpan(name.LastIndexOf(' ') + 1);

    /// <summary>The end (exclusive) of a name starting at token <paramref name="start"/>: capitalised words joined by single spaces.</summary>
    private static int NameEnd<TNameWords>(string text, ReadOnlySpan<Token> tokens, int start, TNameWords nameWords)
        where TNameWords : INameWords, allows ref struct
    {
        var end = start;
        var particles = 0;
        while (end < tokens.Length && end - start - particles < 4)
        {
            // A particle inside a name ("Bill de Blasio", "Ursula von der Leyen", "Mohammed bin Salman") joins it when a name word
            // follows it: the run is the whole name, so its surname is the listed one's.
            if (end > start && ParticlesBeforeName(text, tokens, end, nameWords) is var count and > 0)
            {
                particles += count;
                end += count;
                continue;
            }
            // So does a middle initial ("Donald J. Trump", "George H.W. Bush"): the run would end at it, and the surname with it.
            if (end > start && IsMiddleInitial(text, tokens, end, nameWords))
            {
                particles++;
                end++;
                continue;
            }
            if (!nameWords.IsNameWord(end, first: end == start && !IsTitledMonthSurname(text, tokens, start))
                || end > start && !OnlySpace(text, tokens[end - 1].Span.End, tokens[end].Span.Start)
                || end == start && IsOpeningParticiple(text, tokens[start])) break;
            end++;
            if (EndsPossessive(text, tokens[end - 1])) break; // "Trump's adviser": the name ends at the possessive
        }
        // A particle is never the run's last word: ParticlesBeforeName joins particles only before a name word, which the next
        // pass then takes (the same test), and a lower-case particle is never a run's first word.
        return end;
    }

    /// <summary>
    /// An English word in "-ing" opening a sentence ("Joining Xi on the committee are…", "Speaking Tuesday, …"): a participle, not
    /// a given name, unless the word list has it as a name too ("Manning", "Sterling").
    /// </summary>
    private static bool IsOpeningParticiple(string text, Token token)
    {
        var word = token.Value;
        return word.Length >= 6 && word.EndsWith("ing", StringComparison.Ordinal) && TextBlocks.OpensSentence(text, token.Span.Start)
               && !Knowledge.ProperNames.Contains(word) && Rules.Translation.LanguageProfiles.Default.IsEnglishWordInAnyCase(word);
    }

    /// <summary>
    /// How many lower-case particles of names ("de", "van der", "bin") stand at <paramref name="at"/>, each joined by single spaces,
    /// before a name word that is not the run's first ("Bill de Blasio", not "Paris de" or "Mayor de"); 0 when they do not.
    /// </summary>
    private static int ParticlesBeforeName<TNameWords>(string text, ReadOnlySpan<Token> tokens, int at, TNameWords nameWords)
        where TNameWords : INameWords, allows ref struct
    {
        var k = at;
        while (k < tokens.Length && NameParticles.Contains(tokens[k].Value) && OnlySpace(text, tokens[k - 1].Span.End, tokens[k].Span.Start)) k++;
        return k > at && k < tokens.Length && k - at <= 2 && OnlySpace(text, tokens[k - 1].Span.End, tokens[k].Span.Start)
               && nameWords.IsNameWord(k, first: false) ? k - at : 0;
    }

    /// <summary>
    /// An initial or two ("J.", "H.W.", as <see cref="WriteWords"/> joins them) between two name words, each joined by single
    /// spaces; not a dotted country ("U.S.").
    /// </summary>
    private static bool IsMiddleInitial<TNameWords>(string text, ReadOnlySpan<Token> tokens, int at, TNameWords nameWords)
        where TNameWords : INameWords, allows ref struct =>
        at + 1 < tokens.Length && PersonNames.IsInitials(tokens[at].Value) && !Gazetteer.NamesDefaultCountry(tokens[at].Value)
        && OnlySpace(text, tokens[at - 1].Span.End, tokens[at].Span.Start) && OnlySpace(text, tokens[at].Span.End, tokens[at + 1].Span.Start)
        && nameWords.IsNameWord(at + 1, first: false);

    /// <summary>Lower-case words that stand inside personal names in many languages, as written (case matters: "Van" opens a name).</summary>
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den", "ter", "ten", "zu", "bin", "ibn", "bint", "al", "el", "la", "le",
    };

    /// <summary>Which of a run of words can be part of a name (<see cref="IsNameWord"/>), by index.</summary>
    private interface INameWords
    {
        bool IsNameWord(int k, bool first);
    }

    /// <summary>Words asked about as written (a heading's, a test's).</summary>
    private readonly ref struct WordsAsWritten(ReadOnlySpan<Token> words) : INameWords
    {
        private readonly ReadOnlySpan<Token> _words = words;

        public bool IsNameWord(int k, bool first) => PersonMentions.IsNameWord(_words[k].Value, first);
    }

    /// <summary>
    /// An article's <see cref="Article.NameWords"/>, whose lower cases answer the set look-ups once per thread, not at each
    /// capitalised word (three case-insensitive hash look-ups each); words without an answering number are asked as written.
    /// </summary>
    private readonly ref struct NameWordsOfArticle(Article article) : INameWords
    {
        private readonly Article _article = article;
        private readonly ReadOnlySpan<Token> _words = TokenSpans.Of(article.NameWords);
        private readonly WordAnswers<bool> _neverInName = article.WordIds.Answers(NeverInName);
        private readonly WordAnswers<bool> _roleWord = article.WordIds.Answers(IsRoleWord);

        public bool IsNameWord(int k, bool first)
        {
            var word = _words[k];
            if (!first && IsArticleJoinedSurname(word.Value)) return true;
            if (!HasNameShape(word.Value)) return false;
            var number = AnsweringNumber(_article, k, word);
            if (number < 0) return PersonMentions.IsNameWord(word.Value, first);
            return CanBeInName(_neverInName[number], _roleWord[number], word.Value, first);
        }
    }

    /// <summary>
    /// The number in <see cref="Article.WordIds"/> of the lower case whose answers to questions that ignore case are those of
    /// <paramref name="nameWord"/> (<see cref="Article.NameWords"/>[<paramref name="k"/>]), or −1: a name word that is not a
    /// word as written (a possessive cut off, a dotted abbreviation) has none, and neither has a word beyond ASCII, as the
    /// sets compare ignoring case, and a word and its lower case are the same to them only then (other letters can change
    /// more than their case when lowered: "İ").
    /// </summary>
    internal static int AnsweringNumber(Article article, int k, Token nameWord) =>
        System.Text.Ascii.IsValid(nameWord.Value) ? article.NumberOfWord(nameWord.Span, likely: k) : -1;

    /// <summary>
    /// A capitalised word that can be part of a name. A title word cannot start one ("Senator", "General"), but a
    /// one-word title can end one: surnames such as Bishop, King and Judge.
    /// </summary>
    private static bool IsNameWord(string word, bool first) =>
        !first && IsArticleJoinedSurname(word) || HasNameShape(word) && CanBeInName(NeverInName(word), IsRoleWord(word), word, first);

    /// <summary>An Arabic surname written with its article joined by a hyphen ("al-Abadi", "el-Sisi"), after a given name.</summary>
    private static bool IsArticleJoinedSurname(string word) =>
        ArticlePrefixLength(word) > 0 && char.IsUpper(word[3]) && HasLowerAfterFirst(word.AsSpan(3));

    /// <summary>
    /// A name word by its look-ups: no non-name or country, and no title unless it ends the name as a surname; a month that is
    /// a surname too ends a name after a given name ("Theresa May", "Brian May"), never opens one ("May 3").
    /// </summary>
    private static bool CanBeInName(bool neverInName, bool roleWord, string word, bool first) =>
        (!neverInName || !first && MonthsThatAreSurnames.Contains(word)) && (!roleWord || !first && RoleLexicon.TitlesThatAreSurnames.Contains(word));

    private static readonly HashSet<string> MonthsThatAreSurnames = new(StringComparer.Ordinal) { "May", "March", "June", "April", "August" };

    /// <summary>
    /// A month that is a surname right after a title ("Foreign Secretary May", "Prime Minister May said"), not before a day
    /// ("Governor May 5"): a surname alone, which opens a name as "Theresa May" ends one.
    /// </summary>
    private static bool IsTitledMonthSurname(string text, ReadOnlySpan<Token> tokens, int at) =>
        // Asked at every word that could open a name: the capital is checked before the set is hashed.
        at > 0 && char.IsUpper(tokens[at].Value[0]) && MonthsThatAreSurnames.Contains(tokens[at].Value) && OnlySpace(text, tokens[at - 1].Span.End, tokens[at].Span.Start)
        && IsRoleWord(tokens[at - 1].Value) && !(at + 1 < tokens.Length && char.IsDigit(tokens[at + 1].Value[0]));

    /// <summary>Capitalised, with a lower-case letter after the first ("EU" and "U.S." are no names).</summary>
    private static bool HasNameShape(string word) => word.Length > 1 && char.IsUpper(word[0]) && HasLowerAfterFirst(word);

    // The look-ups as questions asked once per lower case of a thread (NameWordsOfArticle): the sets and the gazetteer's names ignore case.
    private static readonly Func<string, bool> NeverInName = word => NotNames.Contains(word) || Gazetteer.NamesDefaultCountry(word);
    /// <summary>
    /// A word of a title, its plural ("Senators John McCain and Susan Collins": no one's name starts with "Senators"), or a
    /// hyphenated title whose parts all are ("Secretary-General", "Director-General").
    /// </summary>
    private static readonly Func<string, bool> IsRoleWord = word =>
        RoleLexicon.Words.Contains(word) || RoleLexicon.IsPluralTitle(word)
        || word.Contains('-') && word.Split('-').All(part => part.Length > 0 && RoleLexicon.Words.Contains(part));

    private static bool HasLowerAfterFirst(ReadOnlySpan<char> word)
    {
        for (var i = 1; i < word.Length; i++)
            if (char.IsLower(word[i])) return true;
        return false;
    }

    /// <summary>The name stands between commas, after a word: "the Russian chancellor, Yuri Ushakov, said".</summary>
    private static bool IsSetOff(string text, IReadOnlyList<Token> tokens, int nameStart, int nameEnd) =>
        nameStart > 0 && nameEnd < tokens.Count
        && text.AsSpan(tokens[nameStart - 1].Span.End, tokens[nameStart].Span.Start - tokens[nameStart - 1].Span.End).Trim() is ","
        && text.AsSpan(tokens[nameEnd - 1].Span.End, tokens[nameEnd].Span.Start - tokens[nameEnd - 1].Span.End).Trim() is ",";

    /// <param name="setOff">The name is set off by commas after the role, which then needs "the" before it ("the Russian
    /// chancellor, Yuri Ushakov,"): after "Asked about the chancellor," or "With the minister," another clause begins.</param>
    private static (RoleEntry?, TextSpan?, Country?) RoleBefore(string text, IReadOnlyList<Token> tokens, IReadOnlyList<string> words, int nameStart, Gazetteer gazetteer,
        bool setOff = false)
    {
        if (nameStart == 0) return (null, null, null);
        if (!setOff && RoleLexicon.Abbreviation(words[nameStart - 1]) is { } abbreviated && text.AsSpan(tokens[nameStart - 1].Span.End).StartsWith(". "))
        {
            // "former Sen. Scott Brown", "Lt. Gov. Kim Guadagno": another office, or one held once, as spelled out.
            if (nameStart >= 2 && IsQualifierBefore(text, tokens, words, nameStart - 2)) return (null, null, null);
            var span = TextSpan.FromBounds(tokens[nameStart - 1].Span.Start, tokens[nameStart - 1].Span.End + 1);
            return (abbreviated, span, null); // "Sen. Ted Cruz"
        }
        if (!setOff && !OnlySpace(text, tokens[nameStart - 1].Span.End, tokens[nameStart].Span.Start)) return (null, null, null);
        // "Republican Senators Rand Paul and Mike Lee": a plural title is each listed name's (Find gives it to the names after the first),
        // without a country: "Russian and Iranian Foreign Ministers Sergei Lavrov and Mohammad Javad Zarif" names two.
        var plural = false;
        if (RoleLexicon.MatchEndingAt(words, nameStart - 1) is not { } match)
        {
            if (!RoleLexicon.IsPluralTitle(words[nameStart - 1]) || SingularEndingAt(words, nameStart - 1) is not { } singular) return (null, null, null);
            (match, plural) = (singular, true);
        }
        // "Senate and House Minority Leaders Chuck Schumer and Nancy Pelosi", "French and German Foreign Ministers": each name its own, in turn.
        if (plural && HasJoinedModifiers(text, tokens[match.First].Span.Start)) return (null, null, null);
        var first = match.First;
        var entry = match.Entry;
        // "Vice President Rodrigo Duterte", "Russian Deputy Foreign Minister": the deputy's office, an office of its own.
        if (first > 0 && RoleLexicon.DeputyWords.Contains(words[first - 1]) && OnlySpace(text, tokens[first - 1].Span.End, tokens[first].Span.Start))
        {
            if (RoleLexicon.DeputyOf(entry) is not { } deputy) return (null, null, null);
            (entry, first) = (deputy, first - 1);
        }
        // Modifiers before the role: a country, demonym or institution ("Russian", "South Korean", "Iran's", "Kremlin", "White
        // House", "foreign policy").
        Country? country = null;
        for (var k = first - 1; k >= Math.Max(0, first - 3); k--)
        {
            if (IsQualifierBefore(text, tokens, words, k)) return (null, null, null);
            if (!OnlySpace(text, tokens[k].Span.End, tokens[k + 1].Span.Start) || plural) break;
            var (found, countryFirst) = CountryEndingAt(text, tokens, words, k, gazetteer);
            if (found is not null)
            {
                // "Turkish Cypriot Prime Minister", "Bosnian Serb President": a community's or breakaway entity's office, not the country's.
                if (match.Entry.Office is not null && countryFirst > 0 && OnlySpace(text, tokens[countryFirst - 1].Span.End, tokens[countryFirst].Span.Start)
                    && CountryEndingAt(text, tokens, words, countryFirst - 1, gazetteer).Country is { } other && other != found)
                    return (null, null, null);
                // "Democratic Party of Japan President", "Communist Party of China General Secretary": the country ends a body's name.
                if (match.Entry.Office is not null && CountryMentions.EndsBodysName(text, tokens, words, countryFirst))
                    return (RoleLexicon.OfficeOfBody, TextSpan.FromBounds(tokens[countryFirst].Span.Start, tokens[nameStart - 1].Span.End), null);
                country = found;
                first = countryFirst;
                break;
            }
            // "Liberal Democratic Party President", "General Assembly President", "Bavarian Premier", "Fidesz party President",
            // "regional council President": the head office of a party, a body or a region, not of a country.
            if (match.Entry.Office is not null && k == first - 1 && OwnsTheOffice(text, tokens[k]))
                return (RoleLexicon.OfficeOfBody, TextSpan.FromBounds(tokens[k].Span.Start, tokens[nameStart - 1].Span.End), null);
            if (!char.IsLower(words[k][0]) && words[k] is not ("Foreign" or "Defense" or "Defence" or "Policy")) break;
        }
        if (setOff && !OpensSetOffTitle(text, tokens, words, first)) return (null, null, null);
        return (entry, TextSpan.FromBounds(tokens[first].Span.Start, tokens[match.First + match.Entry.Phrase.Split(' ').Length - 1].Span.End), country);
    }

    /// <summary>The role phrase that ends at a plural title word read as its singular ("Republican Senators" as "senator").</summary>
    private static (RoleEntry Entry, int First)? SingularEndingAt(IReadOnlyList<string> words, int last)
    {
        var start = Math.Max(0, last - SingularWindow + 1);
        var window = new string[last - start + 1];
        for (var k = start; k <= last; k++) window[k - start] = words[k];
        window[^1] = window[^1][..^1];
        return RoleLexicon.MatchEndingAt(window, window.Length - 1) is var (entry, first) ? (entry, first + start) : null;
    }

    /// <summary>One of the two words before a title is "and": modifiers joined ("Senate and House", "French and German").</summary>
    private static bool HasJoinedModifiers(string text, int titleStart)
    {
        var before = text.AsSpan(0, titleStart).TrimEnd();
        for (var k = 0; k < 2 && before.Length > 0; k++)
        {
            var space = before.LastIndexOfAny(' ', '\n');
            if (before[(space + 1)..] is "and" or "&") return true;
            before = before[..Math.Max(space, 0)].TrimEnd();
        }
        return false;
    }

    /// <summary>Words read back from a plural title: more than the longest role phrase has.</summary>
    private const int SingularWindow = 8;

    /// <summary>
    /// The mention before is the previous name of a list under one plural title ("Senators John McCain, Lindsey Graham and Jeff
    /// Flake"): its title's last word is a plural of the phrase's (a phrase that ends in "s" is none: "Ambassador to the United
    /// Nations"), and only a comma, "and" or both stand between the two names.
    /// </summary>
    private static bool FollowsInPluralList(string text, in FoundMention previous, TextSpan name) =>
        previous is { Role: { } role, RoleSpan: { } span } && text[span.End - 1] == 's' && !role.Phrase.EndsWith('s')
        && previous.NameSpan.End <= name.Start && text.AsSpan(previous.NameSpan.End, name.Start - previous.NameSpan.End) is ", " or " and " or ", and ";

    /// <summary>
    /// A title set off by commas before a name opens with "the" or a possessive, up to three lower-case words before it ("the Russian
    /// chancellor, Yuri Ushakov,", "Trump's senior adviser, Jared Kushner,", "his son-in-law and senior adviser, Jared Kushner,"):
    /// after "Asked about the chancellor," another clause begins.
    /// </summary>
    private static bool OpensSetOffTitle(string text, IReadOnlyList<Token> tokens, IReadOnlyList<string> words, int first)
    {
        for (var k = first - 1; k >= 0 && k >= first - 4; k--)
        {
            var spaced = OnlySpace(text, tokens[k].Span.End, tokens[k + 1].Span.Start);
            if (words[k] is "the" or "The" or "his" or "her" or "their" or "His" or "Her" or "Their") return spaced;
            if (EndsPossessive(text, tokens[k])) return text.AsSpan(tokens[k].Span.End, tokens[k + 1].Span.Start - tokens[k].Span.End).Trim(' ') is "'s" or "’s";
            if (!char.IsLower(words[k][0]) || !spaced) return false;
        }
        return false;
    }

    /// <summary>
    /// Word <paramref name="k"/> qualifies the title that follows it ("former", "deputy", or "Lt." abbreviated before "Gov."),
    /// separated from it by spaces only, or by the abbreviation's dot and a space.
    /// </summary>
    private static bool IsQualifierBefore(string text, IReadOnlyList<Token> tokens, IReadOnlyList<string> words, int k)
    {
        var (end, next) = (tokens[k].Span.End, tokens[k + 1].Span.Start);
        return OnlySpace(text, end, next) && RoleLexicon.Qualifiers.Contains(words[k])
               || text.AsSpan(end, next - end) is ". " && AbbreviatedQualifiers.Contains(words[k]);
    }

    private static readonly HashSet<string> AbbreviatedQualifiers = new(StringComparer.Ordinal) { "Lt", "Lieut", "Dep", "Asst", "Actg" };

    /// <summary>
    /// The country a modifier ending at word <paramref name="k"/> names, with its first word: a name or demonym of up to three
    /// words ("South Korean", "Central African Republic"), a possessive ("Iran's"), an institution ("Kremlin", "White House").
    /// </summary>
    private static (Country? Country, int First) CountryEndingAt(string text, IReadOnlyList<Token> tokens, IReadOnlyList<string> words, int k, Gazetteer gazetteer)
    {
        Span<char> buffer = stackalloc char[128];
        for (var length = Math.Min(3, k + 1); length >= 2; length--)
        {
            var start = k - length + 1;
            if (!gazetteer.StartsMultiWordName(words[start])) continue;
            var joined = true;
            for (var m = start; m < k && joined; m++) joined = OnlySpace(text, tokens[m].Span.End, tokens[m + 1].Span.Start);
            if (joined && gazetteer.FindCountry(JoinedWords.Join(words, start, length, buffer)) is { } named) return (named, start);
        }
        var word = words[k];
        if (word.Length > 2 && word[^2] is '\'' or '’' && word[^1] == 's') word = word[..^2];
        var found = gazetteer.FindCountry(word)
                    ?? (RoleLexicon.InstitutionCountries.TryGetValue(word, out var c) ? gazetteer.FindCountry(c) : null);
        if (found is not null) return (found, k);
        return word == "House" && k > 0 && words[k - 1] == "White" ? (gazetteer.FindCountry("United States"), k - 1) : (null, k);
    }

    /// <summary>
    /// The word right before a head office names what the office heads when it is a body's or region's name ("Party", "Assembly",
    /// "Bavarian", "Ontario") or a lower-case word for one ("party", "council"). Not an English word opening the sentence ("When
    /// President Trump…", "But Prime Minister…"), a day or month ("on Monday President Trump…"), a title of address ("Madam President").
    /// </summary>
    private static bool OwnsTheOffice(string text, Token token)
    {
        var word = token.Value;
        if (OfficeOwningNouns.Contains(word.ToLowerInvariant())) return true; // "party President", "State Premier"
        if (char.IsLower(word[0]) || NotOwners.Contains(word)) return false;
        return !TextBlocks.OpensSentence(text, token.Span.Start) || !Rules.Translation.LanguageProfiles.Default.IsEnglishWordInAnyCase(word);
    }

    private static readonly HashSet<string> OfficeOwningNouns = new(StringComparer.Ordinal)
    {
        "party", "council", "assembly", "senate", "congress", "parliament", "commission", "committee", "court", "bank", "union",
        "federation", "association", "league", "club", "board", "company", "group", "movement", "front", "state", "regional",
        "provincial", "state's", "party's",
    };

    private static readonly HashSet<string> NotOwners = new(TextBlocks.DayAndMonthNames.Concat(
    [
        "Mr", "Mrs", "Madam", "Madame", "Reuters", "Meanwhile",
        "Earlier", "Later", "Today", "Yesterday", "Tonight", "Instead", "Still", "Also", "Separately", "Similarly", "Previously",
        // A party's adjective names the holder's party, not what the office heads ("Democratic President Barack Obama").
        "Democratic", "Democrat", "Republican", "Socialist", "Conservative", "Labour", "Labor", "Communist", "Centrist", "Populist",
        "Nationalist", "Independent",
    ]), StringComparer.OrdinalIgnoreCase);

    /// <summary>An apposition: "Yuri Ushakov, a Kremlin adviser," or "Ushakov, the Russian foreign minister,".</summary>
    private static (RoleEntry?, TextSpan?, Country?) RoleAfter(string text, IReadOnlyList<Token> tokens, IReadOnlyList<string> words, int nameEnd, Gazetteer gazetteer,
        NameWordsOfArticle nameWords)
    {
        if (nameEnd >= tokens.Count) return (null, null, null);
        var between = text.AsSpan(tokens[nameEnd - 1].Span.End, tokens[nameEnd].Span.Start - tokens[nameEnd - 1].Span.End).Trim();
        if (between is not ",") return (null, null, null);
        var k = nameEnd;
        if (words[k] is "a" or "an" or "the" or "A" or "An" or "The") k++;
        Country? country = null;
        for (var m = 0; m < 3 && k < words.Count; m++)
        {
            if (RoleLexicon.MatchStartingAt(words, k) is { } role)
            {
                if (role.Entry.BeforeNameOnly && country is null) return (null, null, null); // "a speaker", but "the American representative"
                if (k > nameEnd && RoleLexicon.Qualifiers.Contains(words[k - 1])) return (null, null, null);
                // "Asked about Tillerson, White House spokeswoman Sarah Sanders said": a title before another name.
                if (role.Last + 1 < tokens.Count && nameWords.IsNameWord(role.Last + 1, first: true)
                    && OnlySpace(text, tokens[role.Last].Span.End, tokens[role.Last + 1].Span.Start)) return (null, null, null);
                // "Erdogan, prime minister from 2003 to 2014,", "Johnson, mayor of London until last year,", "Abbas, prime minister for
                // four months in 2003,": an office dated, held once.
                if (IsDatedTerm(text, tokens, words, role.Last + 1)) return (null, null, null);
                if (!EndsApposition(text, tokens, words, role.Last)) return (null, null, null);
                return (role.Entry, TextSpan.FromBounds(tokens[nameEnd].Span.Start, tokens[role.Last].Span.End), country);
            }
            // "Maduro, 55, was foreign minister", "Kenyatta, who was finance minister": a clause about the person's past, no apposition.
            if (RoleLexicon.Qualifiers.Contains(words[k]) || ClauseWords.Contains(words[k])) return (null, null, null);
            country ??= gazetteer.FindCountry(words[k]) ?? (RoleLexicon.InstitutionCountries.TryGetValue(words[k], out var c) ? gazetteer.FindCountry(c) : null);
            k++;
        }
        return (null, null, null);
    }

    /// <summary>
    /// What follows an apposition's title closes it or goes on with it: a mark (", said", "." ), a capitalised word or a word that
    /// continues a noun phrase ("of London", "who"). A verb says the title was a clause's subject: "obsessed about Hillary Clinton,
    /// the president completely undercut her argument" calls no one president.
    /// </summary>
    private static bool EndsApposition(string text, IReadOnlyList<Token> tokens, IReadOnlyList<string> words, int last)
    {
        if (last + 1 >= tokens.Count || text.AsSpan(tokens[last].Span.End, tokens[last + 1].Span.Start - tokens[last].Span.End).Trim().Length > 0) return true;
        var next = words[last + 1];
        return char.IsUpper(next[0]) || AppositionContinuations.Contains(next);
    }

    private static readonly HashSet<string> AppositionContinuations = new(StringComparer.Ordinal)
    {
        "of", "for", "to", "in", "at", "on", "under", "from", "since", "and", "or", "who", "whose", "with", "until", "between", "during",
    };

    /// <summary>
    /// Within the few words after an apposition's title, before its comma: a term that dates the office as held once ("from 2003
    /// to 2014", "until January", "between 2008 and 2012", "for eight years", "in 2003").
    /// </summary>
    private static bool IsDatedTerm(string text, IReadOnlyList<Token> tokens, IReadOnlyList<string> words, int start)
    {
        for (var k = start; k < words.Count && k < start + MaxWordsToTerm; k++)
        {
            if (k > start && text.AsSpan(tokens[k - 1].Span.End, tokens[k].Span.Start - tokens[k - 1].Span.End).Contains(',')) return false;
            if (PastTermWords.Contains(words[k])) return true;
            if (k + 1 < words.Count && (words[k] is "for" && (char.IsDigit(words[k + 1][0]) || NumberWords.Contains(words[k + 1]))
                                        || words[k] is "in" && words[k + 1].Length == 4 && words[k + 1].All(char.IsDigit))) return true;
        }
        return false;
    }

    private const int MaxWordsToTerm = 4;

    private static readonly HashSet<string> PastTermWords = new(StringComparer.OrdinalIgnoreCase) { "from", "until", "till", "between" };

    private static readonly HashSet<string> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "a", "several", "many",
    };

    /// <summary>
    /// Words that make what follows a name a clause, not an apposition naming a title: "Jeremy Corbyn, said the prime minister was
    /// wrong" speaks of another person.
    /// </summary>
    private static readonly HashSet<string> ClauseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "were", "is", "are", "who", "whom", "which", "had", "has", "have", "been", "became", "becomes", "served", "serves", "as",
        "said", "says", "told", "tells", "added", "accused", "urged", "warned", "asked", "called", "met", "thanked", "praised",
    };

    private static bool OnlySpace(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
            if (text[i] != ' ' && text[i] != '\u00A0') return false;
        return end > start;
    }
}
