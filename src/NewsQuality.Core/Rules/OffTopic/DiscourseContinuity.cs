using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Rules.OffTopic;

/// <summary>
/// Whether a paragraph carries on from the one before it: a quotation that goes on from the previous paragraph's open quote
/// (the typesetting convention leaves the closing mark off a paragraph whose speaker goes on), or a "he"/"she" that points back to
/// someone before naming anyone, whose gender the paragraph before (or the article) gives. A story's own quotations and pronoun-led
/// paragraphs share few words with the rest, like a paste; a paste's pronoun points into another article, where this one's
/// paragraph before may name nobody, or nobody of that gender.
/// </summary>
public static class DiscourseContinuity
{
    public enum Gender { None, Masculine, Feminine }

    /// <summary>What a part of the article (a paragraph or the title) gives its neighbour: read once per part.</summary>
    /// <param name="PointsBack">Gender of the first "he"/"she"/"his"/"her" outside quotation marks when no name inside a sentence comes before it.</param>
    /// <param name="OpenersBefore">Capitalised words opening a sentence before that pronoun: a name when the article uses the word inside a sentence too ("Trump later conceded that he…").</param>
    /// <param name="NamesSomeone">A capitalised word inside a sentence, outside quotation marks.</param>
    /// <param name="Masculine">A masculine pronoun outside quotation marks.</param>
    /// <param name="Feminine">A feminine pronoun outside quotation marks.</param>
    /// <param name="LeavesQuoteOpen">A quotation is still open at its end.</param>
    /// <param name="OpensWithQuote">It starts with a quotation mark.</param>
    public readonly record struct Reading(Gender PointsBack, IReadOnlyList<string> OpenersBefore, bool NamesSomeone, bool Masculine, bool Feminine, bool LeavesQuoteOpen, bool OpensWithQuote)
    {
        public bool Uses(Gender gender) => gender == Gender.Masculine ? Masculine : gender == Gender.Feminine && Feminine;
    }

    /// <summary>
    /// Reads a part from its words (<see cref="Article.WordsIn"/>), looking at the characters between them for quotation marks and
    /// sentence ends; adds the capitalised words it has inside sentences to <paramref name="names"/>.
    /// </summary>
    public static Reading Read(string text, TextSpan span, IReadOnlyList<Token> words, HashSet<string> names)
    {
        var pointsBack = Gender.None;
        List<string>? openers = null;
        bool named = false, masculine = false, feminine = false, inside = false, sentenceStart = true;
        var position = span.Start;
        foreach (var word in words)
        {
            for (; position < word.Span.Start; position++)
            {
                var c = text[position];
                if (c is '“' or '”' or '"') inside = QuoteOpenAfter(c, inside);
                else if (c is '.' or '!' or '?' or ':') sentenceStart = true;
            }
            position = word.Span.End;
            if (!inside)
            {
                var gender = GenderOf(word.Value);
                if (gender != Gender.None)
                {
                    if (pointsBack == Gender.None && !named) pointsBack = gender;
                    masculine |= gender == Gender.Masculine;
                    feminine |= gender == Gender.Feminine;
                }
                else if (char.IsUpper(word.Value[0]) && word.Value != "I")
                {
                    if (!sentenceStart)
                    {
                        names.Add(WithoutPossessive(word.Value));
                        named = true;
                    }
                    else if (pointsBack == Gender.None && !named) (openers ??= []).Add(WithoutPossessive(word.Value));
                }
            }
            sentenceStart = false;
        }
        for (; position < span.End; position++)
            if (text[position] is '“' or '”' or '"') inside = QuoteOpenAfter(text[position], inside);
        var opensWithQuote = span.Length > 0 && text[span.Start] is '“' or '"';
        return new Reading(pointsBack, openers ?? (IReadOnlyList<string>)[], named, masculine, feminine, inside, opensWithQuote);
    }

    /// <summary>
    /// How part <paramref name="i"/>'s pointing pronoun fits what comes before it: 2 when the paragraph before uses a pronoun of
    /// the same gender, 1 when it names someone and the rest of the article uses that gender, -1 when it names nobody, -2 when no
    /// other part uses that gender at all; 0 when the paragraph names its people before pointing at them (or points at nobody).
    /// </summary>
    public static int PronounFit(IReadOnlyList<Reading> parts, int i, HashSet<string> names)
    {
        var gender = parts[i].PointsBack;
        if (gender == Gender.None || parts[i].OpenersBefore.Any(names.Contains)) return 0;
        if (!parts.Where((_, j) => j != i).Any(p => p.Uses(gender))) return -2;
        if (i == 0) return -1;
        return parts[i - 1].Uses(gender) ? 2 : parts[i - 1].NamesSomeone ? 1 : -1;
    }

    /// <summary>Part <paramref name="i"/> opens a quotation that the paragraph before left open: the same speaker goes on.</summary>
    public static bool ContinuesQuote(IReadOnlyList<Reading> parts, int i) => i > 0 && parts[i].OpensWithQuote && parts[i - 1].LeavesQuoteOpen;

    /// <summary>Curly marks say which way they go; a straight one closes the quotation it finds open.</summary>
    private static bool QuoteOpenAfter(char mark, bool open) => mark == '“' || (mark == '"' && !open);

    /// <summary>"Trump's" names Trump.</summary>
    private static string WithoutPossessive(string word) => word.EndsWith("'s") || word.EndsWith("’s") ? word[..^2] : word;

    private static Gender GenderOf(string word) =>
        word.Length is < 2 or > 7 ? Gender.None
        : Masculine.Contains(word) ? Gender.Masculine
        : Feminine.Contains(word) ? Gender.Feminine
        : Gender.None;

    private static readonly HashSet<string> Masculine = new(["he", "him", "his", "himself"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> Feminine = new(["she", "her", "hers", "herself"], StringComparer.OrdinalIgnoreCase);
}
