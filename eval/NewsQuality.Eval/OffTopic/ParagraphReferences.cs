using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Eval.OffTopic;

/// <summary>
/// Coreference-lite measures of a paragraph against its host article (NQ3003's fifteenth pass, measured with offtopic-train
/// --references and not shipped; docs/false-flags.md): whether the people a paragraph
/// refers to as already known (a bare surname, "Mr Smith", "Smith said", a leading he/she/they) have an antecedent anywhere else
/// in the host. A pasted paragraph's "Smith said" refers to nobody in the host; a story's paragraph continuing its own speaker's
/// quotation, or giving background on its subject, refers back to people the story has named.
/// </summary>
public static class ParagraphReferences
{
    /// <summary>How many numbers <see cref="Of"/> gives per paragraph.</summary>
    public const int Count = 5;

    /// <summary>Where <see cref="Of"/> puts whether the paragraph continues the story's speaker (the continuation guard measured by
    /// eval/NewsQuality.Eval/OffTopic/reference-guard.py).</summary>
    public const int ContinuesIndex = 4;

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "He", "She", "They", "His", "Her", "Their", "Him", "Them" };

    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal) { "Mr", "Mrs", "Ms", "Miss", "Dr", "Sen", "Rep", "Gov", "Prof", "Rev", "Gen", "Col", "Lt", "Sgt", "St" };

    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal)
        { "said", "says", "told", "tells", "added", "adds", "wrote", "writes", "tweeted", "stated", "explained", "noted", "argued", "insisted" };

    /// <summary>Capitalised words that name no one: days, months, the pronoun I.</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "I", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
        "May", "June", "July", "August", "September", "October", "November", "December",
    };

    /// <summary>
    /// The reference measures of each paragraph in <paramref name="spans"/> (paragraphs of <paramref name="article"/>), in order:
    /// [0] it opens with he/she/they/his/her/their; [1] log(1 + bare references the rest of the host names); [2] log(1 + bare
    /// references it never names); [3] it opens with a pronoun, refers by surname to someone the host never names and to no one it
    /// does (an orphan: another story's people); [4] it opens with a pronoun or a quotation mark right after a paragraph that names
    /// one of the story's recurring people, and refers to no one the host does not know (the same speaker going on).
    /// </summary>
    public static float[][] Of(Article article, IReadOnlyList<TextSpan> spans)
    {
        var parts = new List<TextSpan>();
        foreach (var p in article.Paragraphs)
            if (p.Start >= article.BodyStart) parts.Add(p);
        var title = article.TitleSpan;
        // Which parts (body paragraphs and the title) write each capitalised word: the host's people, places and bodies.
        var names = new List<HashSet<string>>(parts.Count + 1);
        foreach (var part in parts) names.Add(CapitalisedWords(article, part));
        names.Add(title.Length > 0 ? CapitalisedWords(article, title) : []);
        var partsNaming = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var set in names)
            foreach (var name in set) partsNaming[name] = partsNaming.GetValueOrDefault(name) + 1;

        var result = new float[spans.Count][];
        for (var s = 0; s < spans.Count; s++)
        {
            var span = spans[s];
            var index = parts.IndexOf(span);
            var own = index >= 0 ? names[index] : CapitalisedWords(article, span);
            bool NamedElsewhere(string key) => partsNaming.GetValueOrDefault(key) - (own.Contains(key) ? 1 : 0) > 0;

            var words = article.WordsIn(span);
            var opensQuote = article.Text.AsSpan(span.Start, span.Length).TrimStart() is ['"' or '“', ..];
            // A pronoun inside an opening quotation is the speaker's own ("They are missing out…"), not the narrative referring back.
            var pronounLed = !opensQuote && words.Count > 0 && Pronouns.Contains(words[0].Value);
            int resolved = 0, unresolved = 0;
            foreach (var key in BareReferences(article, span, words))
                if (NamedElsewhere(key)) resolved++;
                else unresolved++;
            var orphan = pronounLed && unresolved > 0 && resolved == 0;
            var continues = false;
            if ((pronounLed || opensQuote) && unresolved == 0 && index > 0)
            {
                // A recurring person of the story in the paragraph before: named by two parts other than this paragraph.
                foreach (var key in names[index - 1])
                    if (partsNaming[key] - (own.Contains(key) ? 1 : 0) >= 2) { continues = true; break; }
            }
            result[s] =
            [
                pronounLed ? 1 : 0,
                (float)Math.Log(1 + resolved),
                (float)Math.Log(1 + unresolved),
                orphan ? 1 : 0,
                continues ? 1 : 0,
            ];
        }
        return result;
    }

    /// <summary>Lower-cased capitalised words of a span that could name someone (possessive dropped; not the first word of a sentence unless it reports speech).</summary>
    private static HashSet<string> CapitalisedWords(Article article, TextSpan span)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var words = article.WordsIn(span);
        for (var k = 0; k < words.Count; k++)
        {
            var value = words[k].Value;
            if (!IsCapitalisedName(value)) continue;
            if (OpensSentence(article.Text, span, words[k].Span) && !(k + 1 < words.Count && SpeechVerbs.Contains(words[k + 1].Value))) continue;
            set.Add(Key(value));
        }
        return set;
    }

    /// <summary>
    /// Words that refer to someone as already known: a capitalised word standing alone (no capitalised word beside it, "Smith"), or
    /// after a title ("Mr Smith"), inside a sentence or opening one to report speech ("Smith said").
    /// </summary>
    private static IEnumerable<string> BareReferences(Article article, TextSpan span, IReadOnlyList<Token> words)
    {
        for (var k = 0; k < words.Count; k++)
        {
            var value = words[k].Value;
            if (!IsCapitalisedName(value) || Titles.Contains(value)) continue;
            var opens = OpensSentence(article.Text, span, words[k].Span);
            if (opens && !(k + 1 < words.Count && SpeechVerbs.Contains(words[k + 1].Value))) continue;
            var before = !opens && k > 0 && char.IsUpper(words[k - 1].Value[0]) && !Titles.Contains(words[k - 1].Value);
            var after = k + 1 < words.Count && char.IsUpper(words[k + 1].Value[0]) && Adjacent(article.Text, words[k].Span, words[k + 1].Span);
            if (before || after) continue;
            yield return Key(value);
        }
    }

    private static bool IsCapitalisedName(string value) =>
        value.Length >= 2 && char.IsUpper(value[0]) && char.IsLower(value[^1]) && !NotNames.Contains(value) && !Pronouns.Contains(value);

    /// <summary>The lower case of a word without its possessive ("Trump's" → "trump").</summary>
    private static string Key(string value)
    {
        if (value.EndsWith("'s", StringComparison.Ordinal) || value.EndsWith("’s", StringComparison.Ordinal)) value = value[..^2];
        return value.ToLowerInvariant();
    }

    /// <summary>Only spaces between two words (a comma or a full stop ends a name).</summary>
    private static bool Adjacent(string text, TextSpan first, TextSpan second)
    {
        for (var i = first.End; i < second.Start; i++)
            if (!char.IsWhiteSpace(text[i])) return false;
        return true;
    }

    /// <summary>The full stop at <paramref name="dot"/> ends a title's abbreviation ("Mr.", "Sen.") or an initial ("John F."), not a sentence.</summary>
    private static bool AfterTitle(string text, TextSpan span, int dot)
    {
        var start = dot;
        while (start > span.Start && char.IsLetter(text[start - 1])) start--;
        var word = text.AsSpan(start, dot - start);
        return (word.Length == 1 && char.IsUpper(word[0])) || Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    /// <summary>The word is the first of a sentence: nothing but spaces, quotation marks or brackets after a sentence's end or the span's start.</summary>
    private static bool OpensSentence(string text, TextSpan span, TextSpan word)
    {
        for (var i = word.Start - 1; i >= span.Start; i--)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c is '"' or '“' or '‘' or '\'' or '(' or '[') continue;
            if (c == '.' && AfterTitle(text, span, i)) return false;
            return c is '.' or '!' or '?' or ':' or '—';
        }
        return true;
    }
}
