
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
    private readonly Dictionary<string, List<NameVariant>> _bySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _peopleBySurname = new(StringComparer.Ordinal);
    private readonly HashSet<string> _givenNames = new(StringComparer.Ordinal);
    /// <summary>Built on the first near-miss look-up: only NQ2004 asks for one.</summary>
    private readonly Lazy<DeletionIndex> _deletions;

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
        foreach (var (surname, variants) in _bySurname)
        {
            people.Clear();
            foreach (var variant in variants) people.Add(variant.Figure);
            _peopleBySurname[surname] = people.Count;
        }
        _deletions = new Lazy<DeletionIndex>(() => Diagnostics.StartupTrace.Measure("name deletion index", () => new DeletionIndex(_bySurname)));
        _givenNamesAsWritten = new Lazy<HashSet<string>>(() => GivenNamesAsWritten(_bySurname));
        _peopleByGivenName = new Lazy<Dictionary<string, int>>(() => PeopleByGivenName(_bySurname));
    }

    /// <summary>The index as <see cref="GazetteerImage"/> stored it: the same tables, nothing folded or hashed again.</summary>
    internal FigureNameIndex(Dictionary<string, List<NameVariant>> bySurname, Dictionary<string, int> peopleBySurname,
        HashSet<string> givenNames, ulong[] deletionHashes, int[] deletionSurnames)
    {
        _bySurname = bySurname;
        _peopleBySurname = peopleBySurname;
        _givenNames = givenNames;
        _deletions = new Lazy<DeletionIndex>(() => new DeletionIndex([.. bySurname.Keys], deletionHashes, deletionSurnames));
        _givenNamesAsWritten = new Lazy<HashSet<string>>(() => GivenNamesAsWritten(bySurname));
        _peopleByGivenName = new Lazy<Dictionary<string, int>>(() => PeopleByGivenName(bySurname));
    }

    /// <summary>Name variants by folded surname, in the order they were filed (for <see cref="GazetteerImage"/>).</summary>
    internal IReadOnlyDictionary<string, List<NameVariant>> VariantsBySurname => _bySurname;

    internal IReadOnlyDictionary<string, int> PeopleBySurname => _peopleBySurname;

    internal IReadOnlySet<string> GivenNames => _givenNames;

    /// <summary>The deletion neighbourhoods: key hashes in order, and the ordinal in <see cref="VariantsBySurname"/> of the surname of each.</summary>
    internal (ulong[] Hashes, int[] Surnames) DeletionKeys => (_deletions.Value.Hashes, _deletions.Value.SurnameOf);

    /// <summary>Name variants whose surname folds to the same form as <paramref name="surname"/>.</summary>
    /// <remarks>This and the look-ups below fold into a stack buffer and look the span up: the name rules ask about every capitalised word, and a folded string each was most of their allocations.</remarks>
    public IReadOnlyList<NameVariant> WithSurname(string surname) => VariantsWithSurname(surname) ?? [];

    private List<NameVariant>? VariantsWithSurname(string surname) =>
        _bySurname.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(PersonNames.Fold(surname, stackalloc char[PersonNames.FoldBuffer]), out var variants) ? variants : null;

    /// <summary>The listed person a full name as written in an article is ("Sergey Lavrov"), or null: <see cref="Find"/> of its words.</summary>
    public PublicFigure? FindFigure(string fullName) => Find(PersonNames.Words(fullName))?.Figure;

    /// <summary>The listed figure a full name is written for (canonical spelling or an accepted variant), or null.</summary>
    /// <remarks>A loop, not <c>FirstOrDefault</c> with a lambda: that made a closure and a delegate at every full name of every article.</remarks>
    public NameVariant? Find(IReadOnlyList<string> nameWords)
    {
        if (nameWords.Count < 2) return null;
        var given = nameWords[0];
        if (VariantsWithSurname(nameWords[^1]) is { } variants)
            foreach (var variant in variants)
                if (variant.SameGivenName(given)) return variant;
        return null;
    }

    /// <summary>How many listed people carry this surname: common surnames (Smith, Lee) are shared by strangers too.</summary>
    public int PeopleWithSurname(string surname) =>
        _peopleBySurname.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(PersonNames.Fold(surname, stackalloc char[PersonNames.FoldBuffer]), out var people) ? people : 0;

    /// <summary>
    /// Some listed person has this given name as written, case aside (Ami, not Mya for Mia): <see cref="IsGivenName"/> without the
    /// transliteration folding, which makes many three-letter slips someone's given name ("Iee" folds as "Yee" does).
    /// </summary>
    public bool IsGivenNameAsWritten(string word) => _givenNamesAsWritten.Value.Contains(word);

    private readonly Lazy<HashSet<string>> _givenNamesAsWritten;

    private static HashSet<string> GivenNamesAsWritten(Dictionary<string, List<NameVariant>> bySurname)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var variants in bySurname.Values)
            foreach (var variant in variants) names.Add(variant.Given);
        return names;
    }

    /// <summary>How many listed people have this given name as written, case aside: one for a rare name (Goodluck, Jacinda).</summary>
    public int PeopleWithGivenNameAsWritten(string given) => _peopleByGivenName.Value.GetValueOrDefault(given);

    private readonly Lazy<Dictionary<string, int>> _peopleByGivenName;

    private static Dictionary<string, int> PeopleByGivenName(Dictionary<string, List<NameVariant>> bySurname)
    {
        var people = new Dictionary<string, HashSet<PublicFigure>>(StringComparer.OrdinalIgnoreCase);
        foreach (var variants in bySurname.Values)
            foreach (var variant in variants)
            {
                if (!people.TryGetValue(variant.Given, out var bearers)) people[variant.Given] = bearers = [];
                bearers.Add(variant.Figure);
            }
        var counts = new Dictionary<string, int>(people.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (given, bearers) in people) counts[given] = bearers.Count;
        return counts;
    }

    /// <summary>Some listed person has this given name (Osama, Nick): a real name, whatever surname it is near.</summary>
    public bool IsGivenName(string word) => _givenNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(PersonNames.Fold(word, stackalloc char[PersonNames.FoldBuffer]));

    /// <summary>Name variants whose surname, in lower case, is one edit from <paramref name="surname"/>.</summary>
    public IReadOnlyList<NameVariant> OneEditFrom(string surname)
    {
        var found = new List<NameVariant>();
        OneEditFrom(surname, found);
        return found;
    }

    /// <summary>Longest word lower-cased on the stack by <see cref="OneEditFrom(string, List{NameVariant})"/>; longer ones are lower-cased into an array.</summary>
    private const int LowerBuffer = 64;

    /// <summary>
    /// <see cref="OneEditFrom(string)"/> added to <paramref name="into"/>, in the same order. NQ2004 asks this for every
    /// full name whose surname nobody listed has: the word and each candidate surname are lower-cased on the stack and
    /// compared by <see cref="IsOneEditApart"/> (a lower-cased string per candidate, a matrix per comparison, the candidate
    /// lists and the query were most of the rule's allocation).
    /// </summary>
    public void OneEditFrom(string surname, List<NameVariant> into)
    {
        Span<char> lowerRoom = stackalloc char[LowerBuffer];
        Span<char> candidateRoom = stackalloc char[LowerBuffer];
        var lower = LowerInvariant(surname, lowerRoom);
        var deletions = _deletions.Value;
        Span<int> surnameRoom = stackalloc int[32];
        var surnames = deletions.Candidates(lower, surnameRoom);
        foreach (var ordinal in surnames)
            foreach (var variant in _bySurname[deletions.Surname(ordinal)])
                if (IsOneEditApart(LowerInvariant(variant.Surname, candidateRoom), lower)) into.Add(variant);
    }

    /// <summary><paramref name="word"/> lower-cased as <see cref="string.ToLowerInvariant()"/> does, in <paramref name="room"/> when it fits.</summary>
    private static ReadOnlySpan<char> LowerInvariant(string word, Span<char> room) =>
        word.Length <= room.Length ? room[..word.AsSpan().ToLowerInvariant(room)] : word.ToLowerInvariant();

    /// <summary>
    /// The optimal-string-alignment distance of <paramref name="a"/> and <paramref name="b"/> is exactly one: one letter
    /// put in, left out or changed, or two neighbours swapped. Decided from the first difference, without the distance's matrix.
    /// </summary>
    internal static bool IsOneEditApart(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == b.Length)
        {
            var at = a.CommonPrefixLength(b);
            if (at == a.Length) return false; // the same word
            return a[(at + 1)..].SequenceEqual(b[(at + 1)..])
                   || at + 1 < a.Length && a[at] == b[at + 1] && a[at + 1] == b[at] && a[(at + 2)..].SequenceEqual(b[(at + 2)..]);
        }
        if (a.Length > b.Length) return IsOneEditApart(b, a);
        if (b.Length - a.Length != 1) return false;
        // One letter put into the shorter: after the common start, the rest of the shorter is the rest of the longer less one letter.
        var common = a.CommonPrefixLength(b);
        return a[common..].SequenceEqual(b[(common + 1)..]);
    }

    /// <summary>
    /// The deletion neighbourhood of every surname as one sorted array of 64-bit key hashes, each with the surname it
    /// came from: no string per deletion key and no list per key, so building it allocates three arrays where a
    /// dictionary of strings allocated about a hundred thousand objects at every start (docs/performance.md). Surnames
    /// come out as the dictionary gave them: key by key in neighbourhood order, each key's surnames in index order,
    /// first occurrence kept. Two keys with the same hash would only add candidates, which the edit distance rejects.
    /// </summary>
    private sealed class DeletionIndex
    {
        private readonly string[] _surnames;
        private readonly ulong[] _hashes;
        private readonly int[] _surnameOf;

        public DeletionIndex(string[] surnames, ulong[] hashes, int[] surnameOf) => (_surnames, _hashes, _surnameOf) = (surnames, hashes, surnameOf);

        public ulong[] Hashes => _hashes;

        public int[] SurnameOf => _surnameOf;

        public DeletionIndex(Dictionary<string, List<NameVariant>> bySurname)
        {
            _surnames = new string[bySurname.Count];
            var entries = new List<(ulong Hash, int Surname)>(bySurname.Count * 8);
            var hashes = new List<ulong>();
            var ordinal = 0;
            foreach (var (surname, variants) in bySurname)
            {
                _surnames[ordinal] = surname;
                // As written, not folded: folding moves some slips two edits away (Reeves/Remeves) and some strangers
                // one edit closer (Breyer/Buyer).
                hashes.Clear();
                foreach (var variant in variants) AddNeighbourhood(variant.Surname.ToLowerInvariant(), hashes);
                hashes.Sort();
                for (var i = 0; i < hashes.Count; i++)
                    if (i == 0 || hashes[i] != hashes[i - 1]) entries.Add((hashes[i], ordinal));
                ordinal++;
            }
            entries.Sort();
            _hashes = new ulong[entries.Count];
            _surnameOf = new int[entries.Count];
            for (var i = 0; i < entries.Count; i++) (_hashes[i], _surnameOf[i]) = entries[i];
        }

        /// <summary>The surname of ordinal <paramref name="ordinal"/> (as <see cref="Candidates"/> gives them).</summary>
        public string Surname(int ordinal) => _surnames[ordinal];

        /// <summary>
        /// The ordinals of the folded surnames sharing a deletion key with <paramref name="lower"/>, once each, in the order
        /// first met (the word's own key, then each deletion's): in <paramref name="room"/> while they fit, else in an array.
        /// </summary>
        public ReadOnlySpan<int> Candidates(ReadOnlySpan<char> lower, Span<int> room)
        {
            var found = room;
            var count = 0;
            for (var deleted = -1; deleted < lower.Length; deleted++)
            {
                var key = Hash(lower, deleted < 0 ? lower.Length : deleted);
                var at = Array.BinarySearch(_hashes, key);
                if (at < 0) continue;
                while (at > 0 && _hashes[at - 1] == key) at--;
                for (; at < _hashes.Length && _hashes[at] == key; at++)
                {
                    var surname = _surnameOf[at];
                    if (found[..count].Contains(surname)) continue;
                    if (count == found.Length)
                    {
                        var larger = new int[2 * found.Length];
                        found.CopyTo(larger);
                        found = larger;
                    }
                    found[count++] = surname;
                }
            }
            return found[..count];
        }

        /// <summary>Hashes of the word itself and of every string made by deleting one of its letters, in that order.</summary>
        private static void AddNeighbourhood(ReadOnlySpan<char> word, List<ulong> into)
        {
            into.Add(Hash(word, word.Length));
            for (var i = 0; i < word.Length; i++) into.Add(Hash(word, i));
        }

        /// <summary>FNV-1a over the word's characters, leaving out the one at <paramref name="skipped"/>.</summary>
        private static ulong Hash(ReadOnlySpan<char> word, int skipped)
        {
            var hash = 0xCBF29CE484222325UL;
            for (var i = 0; i < word.Length; i++)
                if (i != skipped) hash = (hash ^ word[i]) * 0x100000001B3UL;
            return hash;
        }
    }
}
