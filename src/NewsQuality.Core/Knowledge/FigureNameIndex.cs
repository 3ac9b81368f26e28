using F23.StringSimilarity;

namespace NewsQuality.Knowledge;

/// <summary>One way of writing a figure's name (canonical or alias), split into given name and surname.</summary>
public sealed record NameVariant(PublicFigure Figure, string Given, string Surname, string FoldedSurname)
{
    /// <summary>A given name is this one spelled another way (transliteration variants only for names from another script).</summary>
    public bool SameGivenName(string given) => PersonNames.SameGivenName(given, Given, PersonNames.IsTransliterated(Figure.Country));
}

/// <summary>
/// The figures' names by folded surname, with a deletion neighbourhood (symmetric delete): every surname is also
/// filed under each string made by deleting one of its letters, so the surnames one edit (insertion, deletion,
/// substitution or transposition) away from a word are found with a few dictionary look-ups, whatever the size of
/// the gazetteer.
/// </summary>
public sealed class FigureNameIndex
{
    private static readonly OptimalStringAlignment EditDistance = new();

    private readonly Dictionary<string, List<NameVariant>> _bySurname = new(StringComparer.Ordinal);
    /// <summary>Deletion keys of each surname as written (lower case) → folded surnames.</summary>
    private readonly Dictionary<string, List<string>> _surnamesByDeletion = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _peopleBySurname = new(StringComparer.Ordinal);
    private readonly HashSet<string> _givenNames = new(StringComparer.Ordinal);

    // Plain loops, no LINQ over tuples: this runs at every start, and ready-to-run code covers loops but not generic
    // LINQ instantiations over value types, which the JIT would compile first.
    public FigureNameIndex(IEnumerable<PublicFigure> figures)
    {
        foreach (var figure in figures)
            foreach (var name in figure.AllNames)
            {
                var words = PersonNames.Words(name);
                if (words.Count < 2) continue;
                var folded = PersonNames.Fold(words[^1]);
                if (!_bySurname.TryGetValue(folded, out var variants)) _bySurname[folded] = variants = [];
                variants.Add(new NameVariant(figure, words[0], words[^1], folded));
                _givenNames.Add(PersonNames.Fold(words[0]));
            }
        var people = new HashSet<PublicFigure>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (surname, variants) in _bySurname)
        {
            people.Clear();
            foreach (var variant in variants) people.Add(variant.Figure);
            _peopleBySurname[surname] = people.Count;
            // As written, not folded: folding moves some slips two edits away (Reeves/Remeves) and some strangers one
            // edit closer (Breyer/Buyer).
            keys.Clear();
            foreach (var variant in variants)
                foreach (var key in DeletionNeighbourhood(variant.Surname.ToLowerInvariant()))
                {
                    if (!keys.Add(key)) continue;
                    if (!_surnamesByDeletion.TryGetValue(key, out var list)) _surnamesByDeletion[key] = list = [];
                    list.Add(surname);
                }
        }
    }

    /// <summary>Name variants whose surname folds to the same form as <paramref name="surname"/>.</summary>
    public IReadOnlyList<NameVariant> WithSurname(string surname) =>
        _bySurname.TryGetValue(PersonNames.Fold(surname), out var variants) ? variants : [];

    /// <summary>The listed figure a full name is written for (canonical spelling or an accepted variant), or null.</summary>
    public NameVariant? Find(IReadOnlyList<string> nameWords) =>
        nameWords.Count < 2 ? null : WithSurname(nameWords[^1]).FirstOrDefault(v => v.SameGivenName(nameWords[0]));

    /// <summary>How many listed people carry this surname: common surnames (Smith, Lee) are shared by strangers too.</summary>
    public int PeopleWithSurname(string surname) => _peopleBySurname.GetValueOrDefault(PersonNames.Fold(surname));

    /// <summary>Some listed person has this given name (Osama, Nick): a real name, whatever surname it is near.</summary>
    public bool IsGivenName(string word) => _givenNames.Contains(PersonNames.Fold(word));

    /// <summary>Name variants whose surname, in lower case, is one edit from <paramref name="surname"/>.</summary>
    public IEnumerable<NameVariant> OneEditFrom(string surname)
    {
        var lower = surname.ToLowerInvariant();
        return DeletionNeighbourhood(lower)
            .SelectMany(key => _surnamesByDeletion.TryGetValue(key, out var list) ? list : [])
            .Distinct()
            .SelectMany(candidate => _bySurname[candidate])
            .Where(v => EditDistance.Distance(v.Surname.ToLowerInvariant(), lower) == 1);
    }

    /// <summary>The word itself and every string made by deleting one of its letters.</summary>
    private static IEnumerable<string> DeletionNeighbourhood(string word)
    {
        yield return word;
        for (var i = 0; i < word.Length; i++) yield return word.Remove(i, 1);
    }
}
