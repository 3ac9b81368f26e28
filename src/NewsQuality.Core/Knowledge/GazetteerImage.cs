using System.Runtime.InteropServices;

namespace NewsQuality.Knowledge;

/// <summary>
/// The public figures of the gazetteer, their surname table and their name index (folded surnames, given names,
/// deletion-neighbourhood hashes) as one binary image, so that a start reads tables instead of parsing figures.tsv,
/// splitting names and folding them (a third of a one-file check's CPU before, docs/performance.md).
/// <para>
/// Layout, little-endian: four 32-bit words (magic, string count S, body word count B, character count C); S string
/// lengths; B body words; C UTF-16 characters, the strings one after the other. The body refers to strings by their
/// number: the figures (name, country, aliases, roles with years, <see cref="NoYear"/> for none), then the surname table,
/// then the name index. Made from the text data by <see cref="Write"/>; <c>PrecomputedDataTests</c> fails when the
/// shipped Knowledge/Data/gazetteer.bin differs from what the text builds, and rewrites it with <c>NQ_UPDATE_PREBUILT=1</c>.
/// </para>
/// </summary>
internal static class GazetteerImage
{
    public const string Resource = "gazetteer.bin";

    private const int Magic = 0x3147514E; // "NQG1"
    private const int HeaderWords = 4;
    private const int NoYear = int.MinValue;

    public static byte[] Write(Gazetteer gazetteer)
    {
        var strings = new List<string>();
        var stringIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var body = new List<int>();
        void String(string s)
        {
            if (!stringIds.TryGetValue(s, out var id))
            {
                stringIds[s] = id = strings.Count;
                strings.Add(s);
            }
            body.Add(id);
        }
        void Strings(IReadOnlyList<string> list)
        {
            body.Add(list.Count);
            foreach (var s in list) String(s);
        }
        var figureIds = new Dictionary<PublicFigure, int>(ReferenceEqualityComparer.Instance);
        body.Add(gazetteer.Figures.Count);
        foreach (var figure in gazetteer.Figures)
        {
            figureIds[figure] = figureIds.Count;
            String(figure.Name);
            String(figure.Country);
            Strings(figure.Aliases);
            body.Add(figure.Roles.Count);
            foreach (var role in figure.Roles)
            {
                String(role.Title);
                String(role.Country);
                body.Add(role.FirstYear ?? NoYear);
                body.Add(role.LastYear ?? NoYear);
            }
        }
        body.Add(gazetteer.FiguresBySurname.Count);
        foreach (var (surname, figures) in gazetteer.FiguresBySurname)
        {
            String(surname);
            body.Add(figures.Count);
            foreach (var figure in figures) body.Add(figureIds[figure]);
        }
        var index = gazetteer.NameIndex;
        body.Add(index.VariantsBySurname.Count);
        foreach (var (folded, variants) in index.VariantsBySurname)
        {
            String(folded);
            body.Add(index.PeopleBySurname[folded]);
            body.Add(variants.Count);
            foreach (var variant in variants)
            {
                body.Add(figureIds[variant.Figure]);
                String(variant.Given);
                String(variant.Surname);
            }
        }
        Strings([.. index.GivenNames]);
        var (hashes, surnameOf) = index.DeletionKeys;
        body.Add(hashes.Length);
        body.AddRange(MemoryMarshal.Cast<ulong, int>(hashes.AsSpan()));
        body.AddRange(surnameOf);

        var characters = strings.Sum(s => s.Length);
        var words = new List<int>(HeaderWords + strings.Count + body.Count) { Magic, strings.Count, body.Count, characters };
        foreach (var s in strings) words.Add(s.Length);
        words.AddRange(body);
        var image = new byte[words.Count * sizeof(int) + characters * sizeof(char)];
        MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(words)).CopyTo(image);
        var text = MemoryMarshal.Cast<byte, char>(image.AsSpan(words.Count * sizeof(int)));
        foreach (var s in strings)
        {
            s.CopyTo(text);
            text = text[s.Length..];
        }
        return image;
    }

    /// <summary>The gazetteer of <paramref name="countries"/> and the image's figures; the name index is read on first use.</summary>
    /// <param name="readAgain">Reads the same image again (it is not kept): the name index is read from it when first asked for.</param>
    public static Gazetteer Read(ReadOnlySpan<byte> image, IReadOnlyList<Country> countries, Func<Func<ReadOnlySpan<byte>, FigureNameIndex>, FigureNameIndex> readAgain)
    {
        var header = MemoryMarshal.Cast<byte, int>(image[..(HeaderWords * sizeof(int))]);
        if (header[0] != Magic) throw new InvalidDataException($"{Resource} is not a NewsQuality gazetteer image.");
        var (stringCount, bodyWords, characters) = (header[1], header[2], header[3]);
        var words = MemoryMarshal.Cast<byte, int>(image.Slice(HeaderWords * sizeof(int), (stringCount + bodyWords) * sizeof(int)));
        var text = MemoryMarshal.Cast<byte, char>(image.Slice((HeaderWords + stringCount + bodyWords) * sizeof(int), characters * sizeof(char)));
        var strings = new string[stringCount];
        for (int i = 0, at = 0; i < stringCount; at += words[i], i++) strings[i] = new string(text.Slice(at, words[i]));
        var body = new Cursor(image, HeaderWords + stringCount, strings);

        var figures = new PublicFigure[body.Next()];
        for (var f = 0; f < figures.Length; f++)
        {
            var name = body.String();
            var country = body.String();
            var aliases = body.Strings();
            var roles = new FigureRole[body.Next()];
            for (var r = 0; r < roles.Length; r++)
                roles[r] = new FigureRole(body.String(), body.String(), Year(body.Next()), Year(body.Next()));
            figures[f] = new PublicFigure(name, aliases, country, roles);
        }
        var surnames = body.Next();
        var bySurname = new Dictionary<string, IReadOnlyList<PublicFigure>>(surnames, StringComparer.OrdinalIgnoreCase);
        for (var n = 0; n < surnames; n++)
        {
            var surname = body.String();
            var listed = new PublicFigure[body.Next()];
            for (var i = 0; i < listed.Length; i++) listed[i] = figures[body.Next()];
            bySurname[surname] = listed;
        }
        var nameIndexAt = body.Position;
        return new Gazetteer(countries, figures, bySurname, () => readAgain(again => new Cursor(again, nameIndexAt, strings).NameIndex(figures)));
    }

    private static int? Year(int stored) => stored == NoYear ? null : stored;

    /// <summary>Reads the body's words in order.</summary>
    private ref struct Cursor(ReadOnlySpan<byte> image, int word, string[] strings)
    {
        private readonly ReadOnlySpan<byte> _image = image;
        private int _word = word;

        public readonly int Position => _word;

        public int Next() => BitConverter.ToInt32(_image[(_word++ * sizeof(int))..]);

        public string String() => strings[Next()];

        public string[] Strings()
        {
            var list = new string[Next()];
            for (var i = 0; i < list.Length; i++) list[i] = String();
            return list;
        }

        public FigureNameIndex NameIndex(PublicFigure[] figures)
        {
            var keys = Next();
            var bySurname = new Dictionary<string, List<NameVariant>>(keys, StringComparer.Ordinal);
            var people = new Dictionary<string, int>(keys, StringComparer.Ordinal);
            for (var k = 0; k < keys; k++)
            {
                var folded = String();
                people[folded] = Next();
                var variants = new List<NameVariant>(Next());
                for (var n = variants.Capacity; n > 0; n--) variants.Add(new NameVariant(figures[Next()], String(), String(), folded));
                bySurname[folded] = variants;
            }
            var givenNames = new HashSet<string>(Strings(), StringComparer.Ordinal);
            var hashCount = Next();
            var hashes = MemoryMarshal.Cast<byte, ulong>(_image.Slice(_word * sizeof(int), hashCount * sizeof(ulong))).ToArray();
            _word += hashCount * 2;
            var surnameOf = MemoryMarshal.Cast<byte, int>(_image.Slice(_word * sizeof(int), hashCount * sizeof(int))).ToArray();
            _word += hashCount;
            return new FigureNameIndex(bySurname, people, givenNames, hashes, surnameOf);
        }
    }
}
