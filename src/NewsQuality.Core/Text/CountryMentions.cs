using NewsQuality.Knowledge;
using NewsQuality.Model;

namespace NewsQuality.Text;

/// <summary>Countries an article names by name or demonym ("Russian", "South African", "Papua New Guinea"), and the story's own.</summary>
public static class CountryMentions
{
    /// <summary>The country named by the longest demonym or name starting at token <paramref name="i"/>, and its last token.</summary>
    public static (Country? Country, int Last) At(string text, IReadOnlyList<Token> tokens, IReadOnlyList<string> words, int i, Gazetteer gazetteer)
    {
        // Joined into a buffer and looked up by span: this runs at every capitalised word, and a joined string per
        // length (with LINQ to test the spaces) was most of the rule's allocations.
        // Most capitalised words start no name of several words: then only the word itself is looked up.
        if (!gazetteer.StartsMultiWordName(words[i])) return (gazetteer.FindCountry(words[i]), i);
        Span<char> buffer = stackalloc char[128];
        for (var length = 3; length > 1; length--)
        {
            if (i + length >= tokens.Count || !AllAdjacent(text, tokens, i, length)) continue;
            if (gazetteer.FindCountry(JoinedWords.Join(words, i, length, buffer)) is { } country) return (country, i + length - 1);
        }
        return (gazetteer.FindCountry(words[i]), i);
    }

    /// <summary>
    /// The country named from token <paramref name="first"/> ends a body's name, "of" right before it and a capitalised word before
    /// that ("Democratic Party of Japan President", "Bank of Japan"): a title after it is the body's, not the country's. Not "the
    /// fortunes of U.K. President Theresa May".
    /// </summary>
    public static bool EndsBodysName(string text, IReadOnlyList<Token> tokens, IReadOnlyList<string> words, int first) =>
        first > 1 && words[first - 1] == "of" && char.IsUpper(words[first - 2][0])
        && DatedTitles.Adjacent(text, tokens, first - 1) && DatedTitles.Adjacent(text, tokens, first - 2);

    /// <summary>Tokens <paramref name="first"/> to <paramref name="first"/> + <paramref name="length"/> - 1 are separated by spaces only.</summary>
    private static bool AllAdjacent(string text, IReadOnlyList<Token> tokens, int first, int length)
    {
        for (var k = first; k < first + length - 1; k++)
            if (!DatedTitles.Adjacent(text, tokens, k)) return false;
        return true;
    }

    /// <summary>
    /// The country the story is about: the first its headline names, else the first its lead (the first paragraph after the
    /// headline) names. Wire copy names it there ("Venezuela's Chavez dies…", "CARACAS (Reuters) - Venezuelan President…") and gives
    /// every other country's officials their country at the first mention.
    /// </summary>
    public static Country? StorysCountry(Article article, Gazetteer gazetteer) => InHeadlineAndLead(article, gazetteer).FirstOrDefault();

    /// <summary>The countries the headline and the lead name, in order (a country named twice comes twice).</summary>
    public static IEnumerable<Country> InHeadlineAndLead(Article article, Gazetteer gazetteer)
    {
        var lead = article.Paragraphs.FirstOrDefault(p => p.Start >= article.TitleSpan.End && p.Length > 0);
        var (tokens, words) = (article.NameWords, article.NameWordValues);
        for (var i = 0; i < tokens.Count; i++)
        {
            var at = tokens[i].Span.Start;
            if (!(article.TitleSpan.Contains(at) || lead.Contains(at))) continue;
            if (char.IsUpper(tokens[i].Value[0]) && At(article.Text, tokens, words, i, gazetteer).Country is { } country) yield return country;
        }
    }

    /// <summary>
    /// The mention's title stands bare before the name, as wire copy writes a title of the story's own country ("Foreign Minister
    /// Elias Jaua" in a story from Caracas): no country named in it, nothing capitalised right before it ("Cantonal Prime Minister",
    /// "SPD General Secretary"), not qualified or dated ("former", "acting"), and no "of" or "at" after the name ("President Urs Meier
    /// of the bank").
    /// </summary>
    public static bool HasBareTitle(Article article, PersonMention mention)
    {
        if (mention is not { Role: not null, RoleSpan: { } roleSpan, Country: null } || roleSpan.Start > mention.NameSpan.Start
            || TextBlocks.OpensWithOfOrAt(article.Text.AsSpan(mention.NameSpan.End))) return false;
        return !TextBlocks.IsCapitalisedWord(TextBlocks.LastWord(article.Text.AsSpan(0, roleSpan.Start)))
               && !RoleLexicon.IsQualifiedBefore(article.Text, roleSpan.Start);
    }
}
