using NewsQuality.Eval.Translation;
using NewsQuality.Knowledge;

namespace NewsQuality.Eval.Names;

/// <summary>A sentence to plant and the part of it the target rule must flag.</summary>
public sealed record Plant(string Sentence, string Flagged);

/// <summary>One kind of planted error: the rule that must catch it, a class name, and how to write it.</summary>
public sealed record PlantClass(string RuleId, string Name, Func<Random, Plant?> Write);

/// <summary>
/// Real people of the shipped gazetteer, with a title the role lexicon reads and their country's adjective, and
/// the planted-error classes built from them: misspelled names (NQ2004), a second incompatible title (NQ2002) and
/// an office the country does not have (NQ2003), each written plainly, with a possessive, a dotted abbreviation
/// (U.S., U.K.), a title before or after the name, an apposition, or inside a list of names.
/// </summary>
public sealed class PlantedNames
{
    private static readonly string[] HeadOffices = ["President", "Prime Minister", "Chancellor"];

    /// <summary>Titles planted as the contradicting second title, from several role families.</summary>
    private static readonly string[] OtherTitles =
        ["President", "Prime Minister", "Chancellor", "Foreign Minister", "Defence Minister", "Finance Minister", "Interior Minister",
         "Senator", "Governor", "Archbishop", "Ambassador", "Attorney General", "Mayor", "Judge", "Kremlin adviser", "spokesman"];

    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

    private readonly Gazetteer _gazetteer = Gazetteer.Default;
    private readonly List<Person> _people;

    /// <summary>A planted person: name parts, the title they hold as the lexicon writes it, and their country.</summary>
    private sealed record Person(string Given, string Surname, string Title, RoleClass Classes, RoleClass Held, Country Country, string Adjective)
    {
        public string Name => $"{Given} {Surname}";
    }

    public PlantedNames()
    {
        _people = _gazetteer.Figures
            .Select(f => ToPerson(f, minSurnameLength: 4))
            .OfType<Person>()
            .ToList();
        // Kept apart so that the classes above draw the same people as before the class below was added.
        var threeLetterSurnames = _gazetteer.Figures
            .Select(f => ToPerson(f, minSurnameLength: 3))
            .OfType<Person>()
            .Where(p => p.Surname.Length == 3)
            .ToList();
        Classes =
        [
            Misspelling("short surname (4-5 letters)", p => p.Surname.Length <= 5, WithSurnameSlip, (p, n, r) => $"{n} said on {Day(r)} that the talks had been useful."),
            Misspelling("long surname (6+ letters)", p => p.Surname.Length >= 6, WithSurnameSlip, (p, n, r) => $"{n} said on {Day(r)} that the talks had been useful."),
            Misspelling("given name", _ => true, MisspellGiven, (p, n, r) => $"{n} said on {Day(r)} that the talks had been useful."),
            Misspelling("possessive", _ => true, MisspellEither, (p, n, r) => $"{n}'s office declined to comment on {Day(r)}."),
            Misspelling("title before the name", _ => true, MisspellEither, (p, n, r) => $"{p.Adjective} {p.Title} {n} spoke to reporters."),
            Misspelling("dotted abbreviation", IsUsOrUk, MisspellEither, (p, n, r) => $"{Dotted(p)} {p.Title} {n} spoke to reporters."),
            Misspelling("apposition after the name", _ => true, MisspellEither, (p, n, r) => $"{n}, the {p.Adjective} {p.Title.ToLowerInvariant()}, spoke to reporters."),
            new("NQ2004", "list of names", r => Pick(r, _ => true) is { } p && MisspellEither(p, r) is { } n && Other(r, p) is { } a && Other(r, p) is { } b
                ? new Plant($"{a.Name}, {n} and {b.Name} attended the meeting.", n) : null),
            new("NQ2004", "surname alone after the full name", r => Pick(r, _ => true) is { } p && MisspellSurname(p, r) is { } s
                ? new Plant($"{p.Name} arrived on {Day(r)}. {s} said the talks had been useful.", s) : null),

            Contradiction("title before, surname later", _ => true, (p, w, r) => new($"{p.Title} {p.Name} arrived on {Day(r)}. Later, {w} {p.Surname} said the talks had been useful.", $"{w} {p.Surname}")),
            Contradiction("possessive", _ => true, (p, w, r) => new($"{p.Title} {p.Name} arrived on {Day(r)}. {w} {p.Surname}'s office later said the talks had been useful.", $"{w} {p.Surname}")),
            Contradiction("dotted abbreviation", IsUsOrUk, (p, w, r) => new($"{Dotted(p)} {p.Title} {p.Name} arrived on {Day(r)}. Later, {Dotted(p)} {w} {p.Surname} said the talks had been useful.", $"{w} {p.Surname}")),
            Contradiction("apposition, then title before", _ => true, (p, w, r) => new($"{p.Name}, the {p.Adjective} {p.Title.ToLowerInvariant()}, arrived on {Day(r)}. Later, {w} {p.Surname} said the talks had been useful.", $"{w} {p.Surname}")),
            Contradiction("title before, then apposition", _ => true, (p, w, r) => new($"{p.Title} {p.Name} arrived on {Day(r)}. {p.Surname}, the {p.Adjective} {w.ToLowerInvariant()}, said the talks had been useful.", $"{p.Surname}, the {p.Adjective} {w.ToLowerInvariant()}")),
            Contradiction("list of names", _ => true, (p, w, r) => Other(r, p) is { } o
                ? new($"{p.Title} {p.Name} and {o.Title} {o.Name} met on {Day(r)}. Later, {w} {p.Surname} said the talks had been useful.", $"{w} {p.Surname}") : null),

            ImpossibleOffice("title before the name", _ => true, (p, o, r) => new($"{p.Adjective} {o} {p.Name} said the talks had been useful.", $"{p.Adjective} {o}")),
            ImpossibleOffice("dotted abbreviation", IsUsOrUk, (p, o, r) => new($"{Dotted(p)} {o} {p.Name} said the talks had been useful.", $"{Dotted(p)} {o}")),
            ImpossibleOffice("possessive", _ => true, (p, o, r) => new($"{p.Adjective} {o} {p.Surname}'s office said the talks had been useful.", $"{p.Adjective} {o}")),
            ImpossibleOffice("apposition after the name", _ => true, (p, o, r) => new($"{p.Name}, the {p.Adjective} {o.ToLowerInvariant()}, said the talks had been useful.", $"{p.Adjective} {o.ToLowerInvariant()}")),
            ImpossibleOffice("list of names", _ => true, (p, o, r) => Other(r, p) is { } a
                ? new($"{a.Title} {a.Name} met {p.Adjective} {o} {p.Name} on {Day(r)}.", $"{p.Adjective} {o}") : null),

            // Last, so that every class above plants what it planted before: May, Abe, Cox, Kim (Theresa Mya, Shinzo Aeb).
            new("NQ2004", "three-letter surname", r => threeLetterSurnames[r.Next(threeLetterSurnames.Count)] is var p && WithSurnameSlip(p, r) is { } n
                ? new Plant($"{n} said on {Day(r)} that the talks had been useful.", n) : null),
            // Last too: the country in the possessive ("Russia's chancellor Yuri Ushakov"), and the title before the name set off
            // by commas ("The Russian chancellor, Yuri Ushakov, said…").
            ImpossibleOffice("country's possessive", _ => true, (p, o, r) => new($"{p.Country.Name}'s {o.ToLowerInvariant()} {p.Name} said the talks had been useful.", $"{p.Country.Name}'s {o.ToLowerInvariant()}")),
            Contradiction("title before, set off by commas", _ => true, (p, w, r) => new($"{p.Title} {p.Name} arrived on {Day(r)}. Later, the {p.Adjective} {w.ToLowerInvariant()}, {p.Name}, said the talks had been useful.", $"{p.Adjective} {w.ToLowerInvariant()}")),
            // Last as well: the office before the name with no country named ("Chancellor Vladimir Putin"); not "President", which
            // NQ2003 leaves alone there (the European Council's and many bodies' presidents).
            new("NQ2003", "title before the name, no country", r => Pick(r, p => OfficesMissingBesidesPresident(p.Country).Any()) is { } p
                && OfficesMissingBesidesPresident(p.Country).ToList() is var missing && missing[r.Next(missing.Count)] is var o
                ? new Plant($"{o} {p.Name} said the talks had been useful.", $"{o} {p.Name}") : null),
            // Last as well: the wrong title in the first mention, the right one later (the rule used to report only a later one).
            Contradiction("wrong title first, then the right one", _ => true, (p, w, r) => new($"{w} {p.Name} arrived on {Day(r)}. Later, {p.Title} {p.Surname} said the talks had been useful.", $"{w} {p.Name}")),
            // Last too: the edits above keep a surname's first and last letters; a planter may change either. The first letter with
            // the person's title before the name (alone, another first letter often makes someone else: Rammell/Gammell).
            Misspelling("surname's first letter, title before", p => p.Surname.Length >= 5, (p, r) => WithSurnameEditAt(p, r, 0), (p, n, r) => $"{p.Adjective} {p.Title} {n} spoke to reporters."),
            Misspelling("surname's last letter", p => p.Surname.Length >= 4, (p, r) => WithSurnameEditAt(p, r, p.Surname.Length - 1), (p, n, r) => $"{n} said on {Day(r)} that the talks had been useful."),
            Misspelling("given name's first letter, title before", p => p.Given.Length >= 4, WithGivenInitialChanged, (p, n, r) => $"{p.Adjective} {p.Title} {n} spoke to reporters."),
        ];
    }

    public IReadOnlyList<PlantClass> Classes { get; }

    private Person? ToPerson(PublicFigure figure, int minSurnameLength)
    {
        var words = PersonNames.Words(figure.Name);
        if (words.Count != 2 || !words.All(w => w.All(char.IsLetter)) || words[0].Length < 3 || words[1].Length < minSurnameLength || !char.IsUpper(words[1][0])) return null;
        if (figure.Roles.FirstOrDefault() is not { } role || _gazetteer.FindCountry(figure.Country) is not { Adjectives.Count: > 0 } country) return null;
        var titleWords = role.Title.Split(' ');
        if (RoleLexicon.MatchStartingAt(titleWords, 0) is not { } match || match.Last != titleWords.Length - 1) return null;
        return new Person(words[0], words[1], role.Title, match.Entry.Classes, RoleLexicon.HeldBy(figure), country, country.Adjectives[0]);
    }

    private PlantClass Misspelling(string name, Func<Person, bool> eligible, Func<Person, Random, string?> misspell, Func<Person, string, Random, string> sentence) =>
        new("NQ2004", name, r => Pick(r, eligible) is { } p && misspell(p, r) is { } n ? new Plant(sentence(p, n, r), n) : null);

    private PlantClass Contradiction(string name, Func<Person, bool> eligible, Func<Person, string, Random, Plant?> plant) =>
        new("NQ2002", name, r => Pick(r, eligible) is { } p && Incompatible(p, r) is { } w ? plant(p, w, r) : null);

    private PlantClass ImpossibleOffice(string name, Func<Person, bool> eligible, Func<Person, string, Random, Plant?> plant) =>
        new("NQ2003", name, r => Pick(r, p => eligible(p) && Missing(p.Country).Any()) is { } p ? plant(p, Missing(p.Country).ElementAt(r.Next(Missing(p.Country).Count())), r) : null);

    private Person? Pick(Random random, Func<Person, bool> eligible)
    {
        for (var attempt = 0; attempt < 50; attempt++)
            if (_people[random.Next(_people.Count)] is var person && eligible(person)) return person;
        return null;
    }

    private Person? Other(Random random, Person not) => Pick(random, p => p.Surname != not.Surname);

    private static IEnumerable<string> Missing(Country country) =>
        country.OfficesComplete ? HeadOffices.Where(o => !country.HeadOffices.Contains(o)) : [];

    private static IEnumerable<string> OfficesMissingBesidesPresident(Country country) => Missing(country).Where(o => o != "President");

    private static string? Incompatible(Person person, Random random)
    {
        // A title from a family the person never held: one they held in turn is no contradiction (Senator and President Obama).
        var choices = OtherTitles.Where(t => RoleLexicon.ClassesOfTitle(t) is var c && RoleLexicon.Contradict(c, person.Classes) && (c & person.Held) == RoleClass.None).ToList();
        return choices.Count == 0 ? null : choices[random.Next(choices.Count)];
    }

    private static bool IsUsOrUk(Person person) => person.Country.Name is "United States" or "United Kingdom";

    private static string Dotted(Person person) => person.Country.Name == "United States" ? "U.S." : "U.K.";

    private static string Day(Random random) => Weekdays[random.Next(Weekdays.Length)];

    /// <summary>The full name with one word misspelled; null when no edit gives a name that is not a real or accepted one.</summary>
    private string? MisspellEither(Person person, Random random) => random.Next(2) == 0 ? WithSurnameSlip(person, random) : MisspellGiven(person, random);

    private string? WithSurnameSlip(Person person, Random random) => MisspellSurname(person, random) is { } s ? $"{person.Given} {s}" : null;

    private string? MisspellGiven(Person person, Random random)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var given = MisspelledFigureInjector.Edit(person.Given, random);
            // An edit that lands on an accepted transliteration, or on the name of someone else listed, is not a slip.
            if (_gazetteer.NameIndex.WithSurname(person.Surname).Any(v => v.SameGivenName(given))) continue;
            return $"{given} {person.Surname}";
        }
        return null;
    }

    /// <summary>The full name with the surname's letter at <paramref name="at"/> replaced or dropped; null when that gives a listed surname.</summary>
    private string? WithSurnameEditAt(Person person, Random random, int at)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var chars = person.Surname.ToList();
            if (random.Next(2) == 0) chars.RemoveAt(at);
            else chars[at] = (char)('a' + random.Next(26));
            if (at == 0) chars[0] = char.ToUpperInvariant(chars[0]);
            var surname = new string(chars.ToArray());
            if (PersonNames.Fold(surname) == PersonNames.Fold(person.Surname) || _gazetteer.NameIndex.PeopleWithSurname(surname) > 0) continue;
            return $"{person.Given} {surname}";
        }
        return null;
    }

    /// <summary>The full name with the given name's first letter replaced; null when that gives a listed given name of the surname.</summary>
    private string? WithGivenInitialChanged(Person person, Random random)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var given = (char)('A' + random.Next(26)) + person.Given[1..];
            if (given == person.Given || _gazetteer.NameIndex.WithSurname(person.Surname).Any(v => v.SameGivenName(given))) continue;
            return $"{given} {person.Surname}";
        }
        return null;
    }

    /// <summary>The surname alone with one edit; never a surname someone listed really has (that slip cannot be told from a real name).</summary>
    private string? MisspellSurname(Person person, Random random)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var surname = MisspelledFigureInjector.Edit(person.Surname, random);
            if (PersonNames.Fold(surname) == PersonNames.Fold(person.Surname) || _gazetteer.NameIndex.PeopleWithSurname(surname) > 0) continue;
            return surname;
        }
        return null;
    }
}
