using NewsQuality.Storage;

namespace NewsQuality.Knowledge;

/// <summary>A country with its demonyms and the head-of-state/government offices it really has.</summary>
public sealed record Country(string Name, IReadOnlyList<string> Adjectives, IReadOnlyList<string> Nouns, IReadOnlySet<string> HeadOffices, bool OfficesComplete)
{
    /// <summary>Titles of the country's heads that are no office the rules check ("Chief Executive" of Hong Kong): named beside the offices in messages.</summary>
    public IReadOnlyList<string> OtherHeadTitles { get; init; } = [];
}

/// <summary>A role a public figure held, with the years it was seen (null when open).</summary>
public sealed record FigureRole(string Title, string Country, int? FirstYear, int? LastYear);

/// <summary>A well-known person: canonical spelling, accepted variants, country and roles.</summary>
public sealed record PublicFigure(string Name, IReadOnlyList<string> Aliases, string Country, IReadOnlyList<FigureRole> Roles)
{
    public IEnumerable<string> AllNames => Aliases.Prepend(Name);
}

/// <summary>
/// Countries, demonyms, offices and public figures, loaded once from the data embedded in the assembly
/// (derived from the CIA World Factbook and a curated list; see Knowledge/Data/SOURCES.md).
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Instance = new(() => Diagnostics.StartupTrace.Measure("gazetteer", Load));

    private readonly Dictionary<string, Country> _byAnyName;
    private readonly Dictionary<string, Country>.AlternateLookup<ReadOnlySpan<char>> _byAnyNameSpan;

    public static Gazetteer Default => Instance.Value;

    public Gazetteer(IReadOnlyList<Country> countries, IReadOnlyList<PublicFigure> figures)
        : this(countries, figures, FiguresBySurnameOf(figures), () => new FigureNameIndex(figures))
    {
    }

    /// <summary>A gazetteer whose surname table and name index come ready-made (<see cref="GazetteerImage"/>).</summary>
    internal Gazetteer(IReadOnlyList<Country> countries, IReadOnlyList<PublicFigure> figures,
        IReadOnlyDictionary<string, IReadOnlyList<PublicFigure>> figuresBySurname, Func<FigureNameIndex> nameIndex)
    {
        Countries = countries;
        Figures = figures;
        FiguresBySurname = figuresBySurname;
        _nameIndex = new Lazy<FigureNameIndex>(() => Diagnostics.StartupTrace.Measure("name index", nameIndex));
        _byAnyName = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        foreach (var country in countries) _byAnyName.TryAdd(country.Name, country);
        // A demonym of a country and its territories ("Dutch": the Netherlands, Aruba) names the one with most listed people.
        var people = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var figure in figures) people[figure.Country] = people.GetValueOrDefault(figure.Country) + 1;
        foreach (var country in countries.OrderByDescending(c => people.GetValueOrDefault(c.Name)))
            foreach (var name in country.Adjectives.Concat(country.Nouns))
                _byAnyName.TryAdd(name, country);
        foreach (var (alias, name) in CountryAliases)
            if (_byAnyName.TryGetValue(name, out var country)) _byAnyName.TryAdd(alias, country);
        _byAnyNameSpan = _byAnyName.GetAlternateLookup<ReadOnlySpan<char>>();
        _multiWordStarts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in _byAnyName.Keys)
            if (name.IndexOf(' ') is var space and >= 0) _multiWordStarts.Add(name[..space]);
    }

    /// <summary>The first words of the names and demonyms of more than one word ("South" of "South African"), ignoring case.</summary>
    private readonly HashSet<string> _multiWordStarts;

    /// <summary>
    /// Some country name or demonym of several words starts with <paramref name="word"/> and a space: otherwise no phrase
    /// starting with it can be found by <see cref="FindCountry(ReadOnlySpan{char})"/>, so a caller need not join one.
    /// </summary>
    public bool StartsMultiWordName(string word) => _multiWordStarts.Contains(word);

    /// <summary>Each surname's figures in the order first met, once each (plain loops at start-up, see FigureNameIndex).</summary>
    private static Dictionary<string, IReadOnlyList<PublicFigure>> FiguresBySurnameOf(IReadOnlyList<PublicFigure> figures)
    {
        var bySurname = new Dictionary<string, IReadOnlyList<PublicFigure>>(StringComparer.OrdinalIgnoreCase);
        foreach (var figure in figures)
            foreach (var name in figure.AllNames)
            {
                var surname = Surname(name);
                if (surname.Length == 0) continue;
                if (!bySurname.TryGetValue(surname, out var listed)) bySurname[surname] = listed = new List<PublicFigure>();
                if (!listed.Contains(figure)) ((List<PublicFigure>)listed).Add(figure);
            }
        return bySurname;
    }

    /// <summary>Everyday names for countries that the Factbook names differently.</summary>
    private static readonly (string Alias, string Name)[] CountryAliases =
    [
        ("US", "United States"), ("U.S.", "United States"), ("USA", "United States"), ("U.S.A.", "United States"), ("America", "United States"),
        ("UK", "United Kingdom"), ("U.K.", "United Kingdom"), ("Britain", "United Kingdom"), ("Great Britain", "United Kingdom"),
        ("Czech Republic", "Czechia"), ("Ivory Coast", "Côte d'Ivoire"), ("Ivorian", "Côte d'Ivoire"), ("Myanmar", "Burma"),
        ("East Timor", "Timor-Leste"), ("Swaziland", "Eswatini"), ("Macedonia", "North Macedonia"), ("Cape Verde", "Cabo Verde"),
        ("Dominican Republic", "The Dominican"), ("Vatican", "Holy See"), ("Bahamas", "The Bahamas"), ("Gambia", "The Gambia"),
        ("Democratic Republic of Congo", "DRC"), ("Democratic Republic of the Congo", "DRC"), ("Holland", "Netherlands"),
        // Demonyms wire copy uses that the Factbook does not ("Kazakh President", Factbook "Kazakhstani").
        ("Kazakh", "Kazakhstan"), ("Uzbek", "Uzbekistan"), ("Kyrgyz", "Kyrgyzstan"), ("Tajik", "Tajikistan"), ("Azeri", "Azerbaijan"),
        ("Nepalese", "Nepal"), ("Botswanan", "Botswana"), ("Ecuadorean", "Ecuador"), ("Argentinian", "Argentina"),
        // The Palestinian Authority's offices ("Palestinian President Mahmoud Abbas"): the Factbook lists the territories, with no offices.
        ("Palestinian", "West Bank"), ("Palestine", "West Bank"),
    ];

    public IReadOnlyList<Country> Countries { get; }
    public IReadOnlyList<PublicFigure> Figures { get; }

    /// <summary>The figures' names indexed for near-miss look-ups (built on first use).</summary>
    public FigureNameIndex NameIndex => _nameIndex.Value;

    private readonly Lazy<FigureNameIndex> _nameIndex;

    /// <summary>Figures keyed by the last word of their canonical name or any alias.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<PublicFigure>> FiguresBySurname { get; }

    /// <summary>The country named by a country name, demonym adjective or noun ("Russian", "Russia", "US"), case-insensitive.</summary>
    public Country? FindCountry(string nameOrDemonym) => _byAnyName.GetValueOrDefault(nameOrDemonym);

    /// <summary>
    /// Whether <see cref="Default"/> finds a country by the word, and whether a name of several words starts with it: as
    /// questions asked once per lower case of a thread (<see cref="Text.WordIdentities.Answers{T}"/>), since both look-ups
    /// ignore case (for a word that is ASCII, whose lower case is the same word to them).
    /// </summary>
    internal static readonly Func<string, bool> NamesDefaultCountry = word => Default.FindCountry(word) is not null,
        StartsDefaultMultiWordName = word => Default.StartsMultiWordName(word);

    /// <summary><see cref="FindCountry(string)"/> of a name held in a buffer (a phrase of several words joined by the caller).</summary>
    public Country? FindCountry(ReadOnlySpan<char> nameOrDemonym) =>
        _byAnyNameSpan.TryGetValue(nameOrDemonym, out var country) ? country : null;

    /// <summary>This gazetteer with more public figures (a user's own list from the configuration).</summary>
    public Gazetteer WithFigures(IReadOnlyList<PublicFigure> extra) => extra.Count == 0 ? this : new Gazetteer(Countries, [.. Figures, .. extra]);

    public static string Surname(string fullName)
    {
        var parts = fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? "" : parts[^1];
    }

    /// <summary>
    /// The shipped gazetteer: countries from countries.tsv, figures with their surname table and name index from
    /// gazetteer.bin, the pre-built image of figures.tsv (<see cref="GazetteerImage"/>), so that a start parses and folds
    /// nothing. <c>PrecomputedDataTests</c> holds the image equal to what <see cref="LoadFromText"/> builds.
    /// </summary>
    private static Gazetteer Load() => ReadImage(image => GazetteerImage.Read(image, LoadCountries(), ReadImage));

    /// <summary><paramref name="read"/> of gazetteer.bin where it is shipped (not copied): read once at load, and again for the name index.</summary>
    private static T ReadImage<T>(Func<ReadOnlySpan<byte>, T> read) =>
        EmbeddedResources.ReadInPlace("NewsQuality.Knowledge." + GazetteerImage.Resource, read);

    private static List<Country> LoadCountries()
    {
        var countries = new List<Country>();
        using var stream = EmbeddedResources.Open("NewsQuality.Knowledge.countries.tsv");
        using var reader = new StreamReader(stream);
        foreach (var row in ReadRows(reader)) countries.Add(ParseCountry(row));
        return countries;
    }

    /// <summary>
    /// The gazetteer built from the text data (the shipped countries.tsv and <paramref name="figuresTsv"/>, the source tree's
    /// figures.tsv, which the tool does not carry), as the image is made from.
    /// </summary>
    internal static Gazetteer LoadFromText(TextReader figuresTsv)
    {
        var figures = new List<PublicFigure>();
        foreach (var f in ReadRows(figuresTsv))
        {
            var roles = new List<FigureRole>();
            foreach (var field in List(f[3]))
            {
                var p = field.Split('|');
                roles.Add(new FigureRole(p[0], p[1], int.TryParse(p[2], out var first) ? first : null, int.TryParse(p[3], out var last) ? last : null));
            }
            figures.Add(new PublicFigure(f[0], List(f[1]), f[2], roles));
        }
        return new Gazetteer(LoadCountries(), figures);
    }

    internal static byte[] ReadResource(string resource) => EmbeddedResources.ReadAllBytes("NewsQuality.Knowledge." + resource);

    private static IEnumerable<string[]> ReadRows(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && line[0] != '#') yield return line.Split('\t');
    }

    private static IReadOnlyList<string> List(string field) => field.Split(';', StringSplitOptions.RemoveEmptyEntries);

    private static Country ParseCountry(string[] f) =>
        new(f[0], List(f[1]), List(f[2]), new HashSet<string>(List(f[3]), StringComparer.OrdinalIgnoreCase), f[4] == "1")
        {
            OtherHeadTitles = f.Length > 5 ? List(f[5]) : [],
        };
}
