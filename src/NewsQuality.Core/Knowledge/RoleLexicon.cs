using NewsQuality.Text;

namespace NewsQuality.Knowledge;

/// <summary>Families of roles; one person can hold roles of one family, or of families that overlap.</summary>
[Flags]
public enum RoleClass
{
    None = 0,
    HeadOfState = 1,
    HeadOfGovernment = 2,
    ForeignMinister = 4,
    DefenceMinister = 8,
    FinanceMinister = 16,
    InteriorMinister = 32,

    /// <summary>Advisers, aides, spokespeople: staff of an office, not its holder.</summary>
    Staff = 64,
    Ambassador = 128,
    JusticeMinister = 256,

    /// <summary>Members of an upper chamber: senators ("Senator Mitch McConnell", "Senate Majority Leader").</summary>
    UpperHouse = 512,
    Governor = 1024,
    Mayor = 2048,
    Judge = 4096,
    Clergy = 8192,
    Military = 16384,
    TradeMinister = 32768,
    HealthMinister = 65536,
    EducationMinister = 131072,
    EnergyMinister = 262144,

    /// <summary>Ministers and secretaries of the other portfolios (labour, transport, agriculture, environment…), one family.</summary>
    OtherMinister = 524288,

    /// <summary>Police chiefs and commissioners.</summary>
    Police = 1048576,

    /// <summary>Members of a lower chamber: representatives, congressmen, the House's speaker and leaders.</summary>
    LowerHouse = 2097152,

    /// <summary>A lawmaker of either chamber ("lawmaker", a bare "Speaker" or "majority leader").</summary>
    Legislator = UpperHouse | LowerHouse,

    /// <summary>
    /// The deputy of an office held by one person ("Vice President", "Deputy Attorney General"): not the office itself, so
    /// "Vice President Duterte" contradicts "President Rodrigo Duterte".
    /// </summary>
    Deputy = 4194304,

    /// <summary>A supreme leader (Iran's, North Korea's): above the president, not one.</summary>
    SupremeLeader = 8388608,

    /// <summary>Heads of intelligence agencies ("CIA Director", "Director of National Intelligence").</summary>
    Intelligence = 16777216,

    /// <summary>Heads of a devolved government ("Scottish First Minister Nicola Sturgeon"): no prime minister.</summary>
    RegionalHead = 33554432,
}

/// <summary>A role phrase ("Kremlin adviser", "Defense Minister") as the lexicon knows it.</summary>
/// <param name="Office">The office in canonical words, for head offices ("Prime Minister", "Chancellor"); null otherwise.</param>
/// <param name="BeforeNameOnly">The word has an everyday sense, so it is a title only right before a name ("Speaker Paul Ryan")
/// or with a country in an apposition ("the American representative"), not alone ("Peter Boykin, a speaker at the rally").</param>
/// <param name="HeldClasses">The families the title says its holder holds, when fewer than those it is compatible with (a deputy prime
/// minister is compatible with every portfolio, but holds none by that title); null: <paramref name="Classes"/>.</param>
public sealed record RoleEntry(string Phrase, RoleClass Classes, string? Office, bool BeforeNameOnly = false, RoleClass? HeldClasses = null)
{
    /// <summary>The families the title says its holder holds.</summary>
    public RoleClass Held => HeldClasses ?? Classes;
}

/// <summary>
/// Role words and phrases of news English with the role families they can mean. A phrase that can mean two
/// offices ("chancellor": head of government in Germany, finance minister in Britain) carries both families,
/// so it only contradicts a role outside both.
/// </summary>
public static class RoleLexicon
{
    private static readonly RoleEntry[] Entries =
    [
        new("president", RoleClass.HeadOfState, "President"),
        new("prime minister", RoleClass.HeadOfGovernment, "Prime Minister"),
        new("premier", RoleClass.HeadOfGovernment, "Prime Minister"),
        new("chancellor", RoleClass.HeadOfGovernment | RoleClass.FinanceMinister, "Chancellor"),
        new("taoiseach", RoleClass.HeadOfGovernment, "Taoiseach"),
        // Ireland's deputy prime minister, by its own name: a deputy head of government, who holds a portfolio too.
        new("tanaiste", RoleClass.Deputy | Portfolios | RoleClass.Staff, null, HeldClasses: RoleClass.Deputy),
        new("tánaiste", RoleClass.Deputy | Portfolios | RoleClass.Staff, null, HeldClasses: RoleClass.Deputy),
        new("king", RoleClass.HeadOfState, null),
        new("queen", RoleClass.HeadOfState, null),
        new("emperor", RoleClass.HeadOfState, null),
        new("emir", RoleClass.HeadOfState, null),
        new("sultan", RoleClass.HeadOfState, null),
        // An heir to a throne, who often heads the government too ("Crown Prince and Prime Minister Mohammed bin Salman").
        new("crown prince", RoleClass.HeadOfState | RoleClass.HeadOfGovernment, null),
        // Iran's supreme leader and its president are two people: "Supreme Leader Rouhani" is a slip for President Hassan Rouhani.
        new("supreme leader", RoleClass.SupremeLeader, null),
        new("foreign minister", RoleClass.ForeignMinister, null),
        new("foreign secretary", RoleClass.ForeignMinister, null),
        new("secretary of state", RoleClass.ForeignMinister, null),
        new("top diplomat", RoleClass.ForeignMinister, null),
        new("defence minister", RoleClass.DefenceMinister, null),
        new("defense minister", RoleClass.DefenceMinister, null),
        new("defence secretary", RoleClass.DefenceMinister, null),
        new("defense secretary", RoleClass.DefenceMinister, null),
        new("secretary of defense", RoleClass.DefenceMinister, null),
        new("finance minister", RoleClass.FinanceMinister, null),
        new("treasury minister", RoleClass.FinanceMinister, null),
        new("finance secretary", RoleClass.FinanceMinister, null),
        new("treasury cabinet secretary", RoleClass.FinanceMinister, null),
        // Australia's finance minister ("Treasurer Scott Morrison"); a party's or a club's treasurer is no title before a name.
        new("treasurer", RoleClass.FinanceMinister, null, BeforeNameOnly: true),
        new("treasury secretary", RoleClass.FinanceMinister, null),
        new("secretary of the treasury", RoleClass.FinanceMinister, null),
        new("chancellor of the exchequer", RoleClass.FinanceMinister, null),
        new("interior minister", RoleClass.InteriorMinister, null),
        new("home secretary", RoleClass.InteriorMinister, null),
        new("home affairs minister", RoleClass.InteriorMinister, null),
        new("home minister", RoleClass.InteriorMinister, null),
        new("homeland security secretary", RoleClass.InteriorMinister, null),
        new("secretary of homeland security", RoleClass.InteriorMinister, null),
        // The other portfolios of a cabinet. An economy minister often holds finance or trade too ("Economy and Finance Minister
        // Bruno Le Maire", written either way), so the title is of both families.
        new("economy minister", RoleClass.FinanceMinister | RoleClass.TradeMinister, null),
        new("economic minister", RoleClass.FinanceMinister | RoleClass.TradeMinister, null),
        new("commerce secretary", RoleClass.TradeMinister, null),
        new("secretary of commerce", RoleClass.TradeMinister, null),
        new("commerce minister", RoleClass.TradeMinister, null),
        new("trade minister", RoleClass.TradeMinister, null),
        new("trade secretary", RoleClass.TradeMinister, null),
        new("industry minister", RoleClass.TradeMinister, null),
        new("business secretary", RoleClass.TradeMinister, null),
        new("health minister", RoleClass.HealthMinister, null),
        new("health secretary", RoleClass.HealthMinister, null),
        new("secretary of health and human services", RoleClass.HealthMinister, null),
        new("education minister", RoleClass.EducationMinister, null),
        new("education secretary", RoleClass.EducationMinister, null),
        new("secretary of education", RoleClass.EducationMinister, null),
        new("energy minister", RoleClass.EnergyMinister, null),
        new("energy secretary", RoleClass.EnergyMinister, null),
        new("secretary of energy", RoleClass.EnergyMinister, null),
        new("oil minister", RoleClass.EnergyMinister, null),
        new("petroleum minister", RoleClass.EnergyMinister, null),
        new("labour minister", RoleClass.OtherMinister, null),
        new("labor minister", RoleClass.OtherMinister, null),
        new("labor secretary", RoleClass.OtherMinister, null),
        new("secretary of labor", RoleClass.OtherMinister, null),
        new("transport minister", RoleClass.OtherMinister, null),
        new("transport secretary", RoleClass.OtherMinister, null),
        new("transportation secretary", RoleClass.OtherMinister, null),
        new("secretary of transportation", RoleClass.OtherMinister, null),
        new("agriculture minister", RoleClass.OtherMinister, null),
        new("agriculture secretary", RoleClass.OtherMinister, null),
        new("secretary of housing and urban development", RoleClass.OtherMinister, null),
        new("secretary of veterans affairs", RoleClass.OtherMinister, null),
        // The department split in 1979 (health and human services, education): its secretaries held both offices.
        new("secretary of health, education and welfare", RoleClass.HealthMinister | RoleClass.EducationMinister, null),
        new("secretary of agriculture", RoleClass.OtherMinister, null),
        new("environment minister", RoleClass.OtherMinister, null),
        new("environment secretary", RoleClass.OtherMinister, null),
        new("housing secretary", RoleClass.OtherMinister, null),
        new("housing minister", RoleClass.OtherMinister, null),
        new("culture minister", RoleClass.OtherMinister, null),
        new("culture secretary", RoleClass.OtherMinister, null),
        new("brexit secretary", RoleClass.OtherMinister, null),
        new("information minister", RoleClass.OtherMinister, null),
        new("sports minister", RoleClass.OtherMinister, null),
        new("sport minister", RoleClass.OtherMinister, null),
        new("brexit minister", RoleClass.OtherMinister, null),
        // The US Secretary of the Interior runs public lands; the Philippine one, local government and the police.
        new("interior secretary", RoleClass.InteriorMinister | RoleClass.OtherMinister, null),
        new("secretary of the interior", RoleClass.InteriorMinister | RoleClass.OtherMinister, null),
        new("adviser", RoleClass.Staff, null),
        new("advisor", RoleClass.Staff, null),
        new("aide", RoleClass.Staff, null),
        new("counsellor", RoleClass.Staff, null),
        new("counselor", RoleClass.Staff, null),
        new("spokesman", RoleClass.Staff, null),
        new("spokeswoman", RoleClass.Staff, null),
        new("spokesperson", RoleClass.Staff, null),
        new("press secretary", RoleClass.Staff, null),
        new("chief of staff", RoleClass.Staff, null),
        // A cabinet's coordinator, also its voice: Japan's chief cabinet secretary, Argentina's chief of cabinet.
        new("chief cabinet secretary", RoleClass.Staff | RoleClass.OtherMinister, null),
        new("cabinet chief", RoleClass.Staff | RoleClass.OtherMinister, null),
        new("chief of cabinet", RoleClass.Staff | RoleClass.OtherMinister, null),
        new("envoy", RoleClass.Staff | RoleClass.Ambassador, null),
        new("ambassador", RoleClass.Ambassador, null),
        new("ambassador to the united nations", RoleClass.Ambassador, null),
        new("attorney general", RoleClass.JusticeMinister, null),
        new("justice minister", RoleClass.JusticeMinister, null),
        new("justice secretary", RoleClass.JusticeMinister, null),
        // A country's chief prosecutor is its attorney general in many systems ("Prosecutor General Yuriy Lutsenko").
        new("prosecutor general", RoleClass.JusticeMinister, null),
        new("chief prosecutor", RoleClass.JusticeMinister, null),
        new("police commissioner", RoleClass.Police, null),
        // A federal police's and an intelligence agency's directors are two people ("FBI Director James Comey", not "CIA Director Comey").
        new("fbi director", RoleClass.Police, null),
        new("cia director", RoleClass.Intelligence, null),
        new("director of national intelligence", RoleClass.Intelligence, null),
        // A central bank's head, of the governors' family as the officials' titles have it ("Governor of the Bank of Japan").
        new("central bank governor", RoleClass.Governor, null),
        new("fed chair", RoleClass.Governor, null),
        new("fed chairman", RoleClass.Governor, null),
        new("fed chairwoman", RoleClass.Governor, null),
        new("federal reserve chair", RoleClass.Governor, null),
        new("federal reserve chairman", RoleClass.Governor, null),
        // Myanmar's head of government in all but name ("State Counsellor Aung San Suu Kyi"), no president.
        new("state counsellor", RoleClass.HeadOfGovernment, null),
        new("state counselor", RoleClass.HeadOfGovernment, null),
        // A party's office ("General Secretary Xi Jinping"): of no family, and "general" in it is no officer's rank.
        new("general secretary", RoleClass.None, null),
        new("police chief", RoleClass.Police, null),
        // The two chambers are no one person's at once: "Senate Majority Leader Mitch McConnell" is no House speaker, "House
        // Democratic Leader Nancy Pelosi" no senator. Bare leaders and speakers can be either chamber's.
        new("senator", RoleClass.UpperHouse, null),
        new("congressman", RoleClass.LowerHouse, null),
        new("congresswoman", RoleClass.LowerHouse, null),
        new("representative", RoleClass.LowerHouse, null, BeforeNameOnly: true),
        new("senate majority leader", RoleClass.UpperHouse, null),
        new("senate minority leader", RoleClass.UpperHouse, null),
        new("senate democratic leader", RoleClass.UpperHouse, null),
        new("senate republican leader", RoleClass.UpperHouse, null),
        new("senate leader", RoleClass.UpperHouse, null),
        new("senate president", RoleClass.UpperHouse, null),
        new("house majority leader", RoleClass.LowerHouse, null),
        new("house minority leader", RoleClass.LowerHouse, null),
        new("house democratic leader", RoleClass.LowerHouse, null),
        new("house republican leader", RoleClass.LowerHouse, null),
        new("house speaker", RoleClass.LowerHouse, null),
        new("speaker of the house", RoleClass.LowerHouse, null),
        // A minister or prime minister of a parliamentary system sits in parliament: "Boris Johnson, a Conservative lawmaker".
        new("lawmaker", Parliamentarian, null),
        new("legislator", Parliamentarian, null),
        new("speaker", RoleClass.Legislator, null, BeforeNameOnly: true),
        new("majority leader", RoleClass.Legislator, null),
        new("minority leader", RoleClass.Legislator, null),
        new("opposition leader", RoleClass.Legislator, null),
        new("democratic leader", RoleClass.Legislator, null, BeforeNameOnly: true),
        new("republican leader", RoleClass.Legislator, null, BeforeNameOnly: true),
        // The head of a devolved government ("Scottish First Minister Nicola Sturgeon"): no country's office to check. "The first
        // minister to resign" is no title.
        new("first minister", RoleClass.RegionalHead, null, BeforeNameOnly: true),
        new("leader of the opposition", RoleClass.Legislator, null),
        new("governor", RoleClass.Governor, null),
        new("mayor", RoleClass.Mayor, null),
        new("judge", RoleClass.Judge, null),
        new("justice", RoleClass.Judge, null, BeforeNameOnly: true),
        new("chief justice", RoleClass.Judge, null),
        new("archbishop", RoleClass.Clergy, null),
        new("bishop", RoleClass.Clergy, null),
        new("cardinal", RoleClass.Clergy, null),
        new("rabbi", RoleClass.Clergy, null),
        new("imam", RoleClass.Clergy, null),
        new("pope", RoleClass.Clergy | RoleClass.HeadOfState, null),
        // Officers become defence ministers, security advisers and, after coups, heads of state or government.
        new("general", Officer, null, BeforeNameOnly: true),
        new("admiral", Officer, null),
        new("colonel", Officer, null),
        new("field marshal", Officer, null),
        // Titles ending in "general" or "representative" that are not officers or legislators.
        new("surgeon general", RoleClass.Staff, null),
        new("inspector general", RoleClass.Staff, null),
        new("director general", RoleClass.Staff, null),
        new("secretary general", RoleClass.Staff, null),
        new("secretary-general", RoleClass.Staff, null),
        new("solicitor general", RoleClass.JusticeMinister, null),
        new("consul general", RoleClass.Ambassador, null),
        new("governor general", RoleClass.HeadOfState, null),
        new("trade representative", RoleClass.Staff | RoleClass.Ambassador, null),
        new("special representative", RoleClass.Staff | RoleClass.Ambassador, null),
        new("permanent representative", RoleClass.Ambassador, null),
    ];

    private const RoleClass Parliamentarian = RoleClass.Legislator | RoleClass.Deputy | RoleClass.HeadOfGovernment | RoleClass.RegionalHead | RoleClass.ForeignMinister | RoleClass.DefenceMinister
        | RoleClass.FinanceMinister | RoleClass.InteriorMinister | RoleClass.JusticeMinister | RoleClass.TradeMinister | RoleClass.HealthMinister
        | RoleClass.EducationMinister | RoleClass.EnergyMinister | RoleClass.OtherMinister;

    private const RoleClass Officer = RoleClass.Military | RoleClass.DefenceMinister | RoleClass.Staff | RoleClass.HeadOfState | RoleClass.HeadOfGovernment
        | RoleClass.Deputy;

    /// <summary>The offices one person holds at a time, whose deputy is not the holder (a vice president is no president).</summary>
    private const RoleClass SingleHolderOffices = RoleClass.HeadOfState | RoleClass.HeadOfGovernment | RoleClass.ForeignMinister
        | RoleClass.DefenceMinister | RoleClass.FinanceMinister | RoleClass.InteriorMinister | RoleClass.JusticeMinister | RoleClass.TradeMinister
        | RoleClass.HealthMinister | RoleClass.EducationMinister | RoleClass.EnergyMinister | RoleClass.OtherMinister | RoleClass.Governor
        | RoleClass.Mayor | RoleClass.Police | RoleClass.Ambassador;

    /// <summary>The cabinet's portfolios: a deputy prime minister or vice president often holds one ("Deputy Prime Minister and Finance Minister Taro Aso").</summary>
    private const RoleClass Portfolios = RoleClass.ForeignMinister | RoleClass.DefenceMinister | RoleClass.FinanceMinister | RoleClass.InteriorMinister
        | RoleClass.JusticeMinister | RoleClass.TradeMinister | RoleClass.HealthMinister | RoleClass.EducationMinister | RoleClass.EnergyMinister
        | RoleClass.OtherMinister;

    /// <summary>Words that make a title its deputy's ("Deputy Attorney General", "Vice President"), an office of its own. Not "lieutenant": a US
    /// lieutenant governor is often the state's secretary of state too ("New Jersey Lieutenant Governor Kim Guadagno").</summary>
    public static readonly IReadOnlySet<string> DeputyWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "deputy", "vice" };

    /// <summary>
    /// The title of <paramref name="office"/>'s deputy, or null when a deputy of it is no office to compare (a vice admiral is an
    /// officer as an admiral is). The deputy of a single holder's office is of the <see cref="RoleClass.Deputy"/> family, not the
    /// office's; a deputy head of state or government may hold a portfolio or a spokesman's job too; staff, lawmakers, judges and clergy stay what they
    /// were ("Deputy Senate President Ike Ekweremadu" is a senator).
    /// </summary>
    public static RoleEntry? DeputyOf(RoleEntry office)
    {
        if ((office.Classes & RoleClass.Military) != RoleClass.None || (office.Classes & SingleHolderOffices) == RoleClass.None) return null;
        var held = RoleClass.Deputy | (office.Classes & ~SingleHolderOffices);
        // A deputy head may hold a portfolio or speak for the government ("Deputy Prime Minister Numan Kurtulmus, who is also the
        // government's chief spokesman").
        var compatible = (office.Classes & (RoleClass.HeadOfState | RoleClass.HeadOfGovernment)) != RoleClass.None ? held | Portfolios | RoleClass.Staff : held;
        return DeputyEntries.GetOrAdd(compatible, c => new RoleEntry("deputy", c, null, HeldClasses: held));
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<RoleClass, RoleEntry> DeputyEntries = new();

    /// <summary>A deputy's title written as one hyphenated word ("Vice-President", "Vice-Premier"), as British and wire copy has it, or null.</summary>
    public static RoleEntry? HyphenatedDeputy(string word)
    {
        var hyphen = word.IndexOf('-');
        return hyphen > 0 && DeputyWords.Contains(word[..hyphen]) && Find(word[(hyphen + 1)..].ToLowerInvariant()) is { } office ? DeputyOf(office) : null;
    }

    /// <summary>
    /// A head office of a party, a body or a region rather than a country ("Liberal Democratic Party President", "Bavarian Premier"):
    /// of no family, so it contradicts no title, and no country's office to check.
    /// </summary>
    public static readonly RoleEntry OfficeOfBody = new("office of a party, body or region", RoleClass.None, null);

    /// <summary>Abbreviated titles written with a dot before a name ("Sen. Ted Cruz", "Gen. Jim Mattis").</summary>
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["Sen"] = "senator", ["Rep"] = "representative", ["Gov"] = "governor", ["Gen"] = "general", ["Adm"] = "admiral", ["Col"] = "colonel",
    };

    /// <summary>The title an abbreviation stands for ("Sen" for senator), or null.</summary>
    public static RoleEntry? Abbreviation(string word) => Abbreviations.TryGetValue(word, out var phrase) ? Find(phrase) : null;

    /// <summary>One-word titles that are also common surnames (Julie Bishop, Martin Luther King): they may end a name.</summary>
    public static readonly IReadOnlySet<string> TitlesThatAreSurnames = new HashSet<string>(StringComparer.Ordinal) { "King", "Bishop", "Judge", "Cardinal", "Speaker", "General" };

    /// <summary>The word right before a title, quote marks and brackets aside, dates or qualifies it ("former Prime Minister", "(acting President").</summary>
    public static bool IsQualifiedBefore(string text, int titleStart) =>
        Qualifiers.Contains(Text.TextBlocks.LastWord(text.AsSpan(0, titleStart)).TrimStart("(\"“‘'").ToString());

    /// <summary>
    /// Qualifiers that date an office rather than name another ("former", "then", "late", "ex"; "previous", as in "Luther Strange, the
    /// previous attorney general": round 7's clean copy).
    /// </summary>
    public static readonly IReadOnlySet<string> DatingWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "former", "ex", "then", "late", "previous", "past", "erstwhile", "onetime", "one-time",
    };

    /// <summary>Words that make a role not the person's current office: the <see cref="DatingWords"/>, "deputy", "vice" and the like.</summary>
    public static readonly IReadOnlySet<string> Qualifiers = new HashSet<string>(DatingWords.Concat(
    [
        "acting", "deputy", "vice", "future", "interim", "caretaker", "outgoing", "incoming", "first", "second", "shadow", "assistant",
        "retired", "elect", "lieutenant",
        // A title someone may come to hold ("a potential President Hillary Clinton"): none yet.
        "potential", "possible", "prospective", "presumptive", "would-be", "likely",
    ]), StringComparer.OrdinalIgnoreCase);

    /// <summary>A minister's or secretary's title of one cabinet portfolio, not a deputy's ("Economy Minister", not "Deputy Finance Minister").</summary>
    public static bool IsPortfolioTitle(RoleEntry role) =>
        (role.Classes & Portfolios) != RoleClass.None && (role.Classes & RoleClass.Deputy) == RoleClass.None;

    /// <summary>Institutions that stand for a country in role phrases ("Kremlin adviser").</summary>
    public static readonly IReadOnlyDictionary<string, string> InstitutionCountries = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Kremlin"] = "Russia", ["Élysée"] = "France", ["Elysee"] = "France", ["Downing"] = "United Kingdom",
    };

    /// <summary>Every word of every role phrase ("foreign", "secretary", "prime"): such words are never part of a name.</summary>
    public static readonly IReadOnlySet<string> Words = Entries
        .SelectMany(e => e.Phrase.Split(' '))
        .Where(w => w is not ("of" or "the" or "top" or "to" or "and"))
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static readonly int LongestPhrase = Entries.Max(e => e.Phrase.Count(c => c == ' ') + 1);

    /// <summary>
    /// The plural of a title's last word ("Senators", "Ministers"): no name starts with it. Not of a first word ("Fields" is a
    /// surname, though "field" opens "field marshal").
    /// </summary>
    public static bool IsPluralTitle(string word) =>
        word.Length > 3 && word[^1] is 's' or 'S' && LastWords.Contains(word[..^1]);

    /// <summary>Every role phrase, as listed (for tests).</summary>
    internal static IEnumerable<string> Phrases => Entries.Select(e => e.Phrase);

    /// <summary>
    /// The words role phrases start and end with, ignoring case as the phrases are found: a phrase can only start (end) at
    /// such a word, so most words are turned down with one look-up, not a phrase joined and looked up per length.
    /// </summary>
    private static readonly HashSet<string> FirstWords = Entries.Select(e => e.Phrase.Split(' ')[0]).ToHashSet(StringComparer.OrdinalIgnoreCase),
        LastWords = Entries.Select(e => e.Phrase.Split(' ')[^1]).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The longest role phrase whose last word is <paramref name="words"/>[<paramref name="last"/>], reading
    /// backwards; returns the entry and the index of its first word.
    /// </summary>
    public static (RoleEntry Entry, int First)? MatchEndingAt(IReadOnlyList<string> words, int last)
    {
        if (last < 0 || !LastWords.Contains(words[last])) return null;
        for (var length = Math.Min(LongestPhrase, last + 1); length >= 1; length--)
        {
            var entry = Find(words, last - length + 1, length);
            if (entry is not null) return (entry, last - length + 1);
        }
        return null;
    }

    /// <summary>The longest role phrase starting at <paramref name="first"/>; returns the entry and its last word's index.</summary>
    public static (RoleEntry Entry, int Last)? MatchStartingAt(IReadOnlyList<string> words, int first)
    {
        if (first >= words.Count || !FirstWords.Contains(words[first])) return null;
        for (var length = Math.Min(LongestPhrase, words.Count - first); length >= 1; length--)
        {
            var entry = Find(words, first, length);
            if (entry is not null) return (entry, first + length - 1);
        }
        return null;
    }

    /// <summary>
    /// Entries by phrase, ignoring case; the first entry of a phrase wins, as the scan of <see cref="Entries"/> it replaces
    /// found it: every capitalised name in an article asks for up to a dozen phrases around it.
    /// </summary>
    private static readonly Dictionary<string, RoleEntry> ByPhrase = IndexByPhrase();

    private static Dictionary<string, RoleEntry> IndexByPhrase()
    {
        var byPhrase = new Dictionary<string, RoleEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in Entries) byPhrase.TryAdd(entry.Phrase, entry);
        return byPhrase;
    }

    private static RoleEntry? Find(string phrase) => ByPhrase.GetValueOrDefault(phrase);

    /// <summary>
    /// The entry for the <paramref name="length"/> words from <paramref name="first"/>, joined by single spaces. Joined
    /// into a buffer and looked up by span: every person mention asks for up to a dozen phrases around it, and a string
    /// per phrase was among the check's larger allocations.
    /// </summary>
    private static RoleEntry? Find(IReadOnlyList<string> words, int first, int length)
    {
        if (length == 1) return Find(words[first]);
        return ByPhraseSpan.TryGetValue(JoinedWords.Join(words, first, length, stackalloc char[256]), out var entry) ? entry : null;
    }

    private static readonly Dictionary<string, RoleEntry>.AlternateLookup<ReadOnlySpan<char>> ByPhraseSpan =
        ByPhrase.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The families of every office a listed figure held ("Senator" and "President" for Barack Obama): titles from
    /// a real career are not a contradiction ("Senator Obama" in a retrospective, "President Obama" elsewhere).
    /// </summary>
    public static RoleClass HeldBy(PublicFigure figure) =>
        figure.Roles.Aggregate(RoleClass.None, (held, role) => held | ClassesOfTitle(role.Title));

    /// <summary>
    /// The families of a gazetteer title ("Secretary of Defense", "Senate Majority Leader"); a deputy's for a deputy or vice
    /// ("Deputy Prime Minister", "First Vice President"), none for other qualified titles ("Acting President").
    /// </summary>
    public static RoleClass ClassesOfTitle(string title)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return RoleClass.None;
        var deputy = Array.FindLastIndex(words, DeputyWords.Contains);
        if (deputy >= 0)
            return words.Take(deputy).All(w => w is "First" or "Second") && words.Skip(deputy + 1).All(w => !Qualifiers.Contains(w))
                   && OfTitle(words[(deputy + 1)..]) is { } office && DeputyOf(office) is { } entry ? entry.Held : RoleClass.None;
        // "First Minister of Scotland": a title whose phrase begins with a qualifier's word.
        if (OfTitle(words) is { } whole && Qualifiers.Contains(whole.Phrase.Split(' ')[0])) return whole.Classes;
        if (title.StartsWith("Secretary of State for ", StringComparison.Ordinal)) return SecretaryOfStateFor(title["Secretary of State for ".Length..]);
        if (title.StartsWith("President of ", StringComparison.Ordinal)) return PresidentOf(title["President of ".Length..]);
        if (words.Any(Qualifiers.Contains)) return RoleClass.None;
        // A listed speaker is one of a lower or only chamber (the House's, the Commons'): a senate's is its president.
        if (words.Length == 1 && words[0] == "Speaker") return RoleClass.LowerHouse;
        return OfTitle(words)?.Classes ?? RoleClass.None;
    }

    /// <summary>
    /// A British secretary of state's portfolio ("Secretary of State for Exiting the European Union"): read as "secretary of state",
    /// every one of them was a foreign minister.
    /// </summary>
    private static RoleClass SecretaryOfStateFor(string portfolio)
    {
        foreach (var (word, classes) in Portfolio)
            if (portfolio.Contains(word, StringComparison.OrdinalIgnoreCase)) return classes;
        return RoleClass.OtherMinister;
    }

    /// <summary>
    /// What an official titled "President of …" heads: a government ("President of the Government", Spain's prime minister), a
    /// republic or confederation (its head of state), a central bank (a governor), or a body or region, of no family ("President of the
    /// Generalitat of Catalonia", "of the European Commission"): read as "president", every one was a head of state.
    /// </summary>
    private static RoleClass PresidentOf(string body) =>
        body.Contains("Govern", StringComparison.Ordinal) && !body.Contains("Governorate", StringComparison.Ordinal) ? RoleClass.HeadOfGovernment
        : body.Contains("Republic", StringComparison.Ordinal) || body.Contains("Confederation", StringComparison.Ordinal) ? RoleClass.HeadOfState
        : body.Contains("Bank", StringComparison.Ordinal) ? RoleClass.Governor
        : RoleClass.None;

    private static readonly (string Word, RoleClass Classes)[] Portfolio =
    [
        ("Foreign", RoleClass.ForeignMinister), ("Defence", RoleClass.DefenceMinister), ("Home Department", RoleClass.InteriorMinister),
        ("Justice", RoleClass.JusticeMinister), ("Health", RoleClass.HealthMinister), ("Education", RoleClass.EducationMinister),
        ("Energy", RoleClass.EnergyMinister | RoleClass.TradeMinister), ("Business", RoleClass.TradeMinister), ("Trade", RoleClass.TradeMinister),
    ];

    private static RoleEntry? OfTitle(string[] words) =>
        words.Length == 0 ? null : MatchStartingAt(words, 0)?.Entry ?? MatchEndingAt(words, words.Length - 1)?.Entry;

    /// <summary>Two roles contradict when no family is shared: an adviser is not a chancellor.</summary>
    public static bool Contradict(RoleClass a, RoleClass b) => a != RoleClass.None && b != RoleClass.None && (a & b) == RoleClass.None;
}
