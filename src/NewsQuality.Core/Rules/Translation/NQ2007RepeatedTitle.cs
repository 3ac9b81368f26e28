using F23.StringSimilarity;
using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Rules.Translation;

/// <summary>
/// The headline printed twice at the top of the article, identically or differing only in quote style, spacing,
/// case or a character or two: a scraping or templating artefact. Reports the second copy and cites the headline. Other
/// lines alike near the top (a caption printed twice, rows of a table) and a sentence that restates the headline (a
/// standfirst or claim line ending in a full stop) are not headline copies.
/// </summary>
public sealed class NQ2007RepeatedTitle : IArticleRule
{
    public RuleDescriptor Descriptor { get; } = new(
        Id: "NQ2007",
        Name: "repeated-title",
        Category: RuleCategory.Translation,
        DefaultSeverity: Severity.Warning,
        DefaultThreshold: 0.5,
        Summary: "The headline appears twice at the top of the article.",
        Rationale: "Scraped and machine-translated articles often carry the headline twice, once from the page title and once from the article " +
                   "heading, sometimes with different quotes or spacing (‘satisfactorily’ / 'satisfactorily') or with the site's name beside the second copy " +
                   "(\"Putin responds to talks with Biden | Complete British News World\", a page title pasted under the heading). Readers see a stutter; " +
                   "duplicate detectors see a longer shared prefix. Only the first few lines are compared with the headline, so a headline quoted later in the body is not flagged; " +
                   "nor is a standfirst, claim line or first paragraph that restates the headline as a sentence (it ends in a full stop where the headline does not), " +
                   "nor two other lines alike near the top (a caption printed twice, rows of a table).",
        FlaggedExample: "Putin responds ‘satisfactorily’ to talks with Biden\n\nPutin responds 'satisfactorily' to talks with  Biden\n\nTensions escalated between Washington and Moscow.",
        CleanExample: "Putin responds to talks with Biden\n\nThe Russian leader was satisfied with the conversation, according to Kremlin adviser Yuri Ushakov.")
    {
        FixTitle = "Delete the second copy of the headline",
    };

    /// <summary>How many non-blank lines from the top can be headline copies.</summary>
    private const int TopLines = 6;

    /// <summary>Headlines are short; a long line is a paragraph.</summary>
    private const int MaxHeadlineLength = 250;

    private const int MinWords = 3;

    /// <summary>Normalised similarity above which two headline lines are the same headline with a typo.</summary>
    private const double SameHeadline = 0.9;

    private static readonly NormalizedLevenshtein Similarity = new();

    /// <summary>
    /// Whether two keys of these lengths can reach <see cref="SameHeadline"/>: the edit distance is at least the difference
    /// of the lengths, so the normalised similarity is at most the shorter length over the longer; the edit distance (a
    /// table of both lengths' product) is not computed for a line that cannot be the headline again. The small margin
    /// leaves the borderline case to the distance itself.
    /// </summary>
    private static bool CanBeAlike(int length, int otherLength) =>
        Math.Min(length, otherLength) >= (SameHeadline - 1e-9) * Math.Max(length, otherLength);

    public void Analyze(ArticleContext context)
    {
        var text = context.Text;
        var headline = Headline(context.Article);
        if (headline.Length == 0 || headline.Length > MaxHeadlineLength) return;
        var headlineKey = Normalise(text.AsSpan(headline.Start, headline.Length));
        // Only a copy of the headline is a headline printed twice: two other lines alike near the top are a caption or a
        // quoted post printed again, or rows of a table.
        var lines = context.Article.NonBlankLines;
        Span<char> room = stackalloc char[MaxHeadlineLength];
        foreach (var line in lines[..Math.Min(lines.Length, TopLines)])
        {
            if (line.Start <= headline.Start) continue;
            if (line.Length > MaxHeadlineLength || Tokenizer.CountWords(text, line, MinWords) < MinWords) continue;
            // Normalised in room on the stack: most lines are too short or too long to be the headline, and need no string.
            var key = room[..Normalise(text.AsSpan(line.Start, line.Length), room)];
            string how;
            if (SameHeadlineSimilarity(headlineKey, key) is { } similarity)
                how = similarity == 1.0 && text.Substring(headline.Start, headline.Length) == text.Substring(line.Start, line.Length)
                    ? "identically" : "with only quotes, spacing or a few characters different";
            else if (SameWithoutSiteName(headlineKey, key) is { } withoutSite)
                (similarity, how) = (withoutSite, "with the site's name beside one copy");
            else continue;
            context.Report(line, similarity, $"The headline is repeated {how}.",
                related: [context.Related(headline, "First copy of the headline")]);
            return;
        }
    }

    /// <summary>
    /// Whether <paramref name="line"/> is <paramref name="headline"/> printed again, with only quotes, spacing or a few characters
    /// different (what this rule reports): for rules that leave such a line to this one or judge it apart from the story's own lines.
    /// </summary>
    internal static bool RepeatsHeadline(string text, TextSpan headline, TextSpan line)
    {
        if (headline.Length == 0 || line.Length > MaxHeadlineLength) return false;
        var (headlineKey, key) = (Normalise(text.AsSpan(headline.Start, headline.Length)), Normalise(text.AsSpan(line.Start, line.Length)));
        return SameHeadlineSimilarity(headlineKey, key) is not null || SameWithoutSiteName(headlineKey, key) is not null;
    }

    /// <summary>A site's name beside a headline in a page title has at most this many words ("Complete British News World").</summary>
    private const int MaxSiteNameWords = 6;

    /// <summary>
    /// The similarity of the line's key to the headline's when the line, with a site's name taken off, is the headline (the
    /// page's &lt;title&gt; "Putin responds to talks with Biden | Complete British News" pasted under the article's heading): the
    /// name stands after the last " | ", " - " or " :: ", or before the first. Only the line's: a web page's own title field
    /// carries the site's name as a rule (og:title), and a heading under it that names the article again (a recipe card's) was
    /// printed once.
    /// </summary>
    private static double? SameWithoutSiteName(string headlineKey, ReadOnlySpan<char> key)
    {
        foreach (var shorter in (ReadOnlySpan<string?>)[WithoutSiteName(key, last: true), WithoutSiteName(key, last: false)])
            if (shorter is not null && SameHeadlineSimilarity(headlineKey, shorter) is { } similarity) return similarity;
        return null;
    }

    private static readonly string[] TitleSeparators = [" | ", " - ", " :: "];

    /// <summary>The key without the site's name after its last title separator (or before its first), when what is left is a headline.</summary>
    private static string? WithoutSiteName(ReadOnlySpan<char> key, bool last)
    {
        var at = -1;
        var width = 0;
        foreach (var separator in TitleSeparators)
        {
            var found = last ? key.LastIndexOf(separator) : key.IndexOf(separator);
            if (found >= 0 && (at < 0 || (last ? found > at : found < at))) (at, width) = (found, separator.Length);
        }
        if (at < 0) return null;
        var kept = last ? key[..at] : key[(at + width)..];
        var dropped = last ? key[(at + width)..] : key[..at];
        return CountWords(dropped) <= MaxSiteNameWords && CountWords(kept) >= MinWords ? kept.ToString() : null;
    }

    private static int CountWords(ReadOnlySpan<char> key) => key.IsEmpty ? 0 : key.Count(' ') + 1;

    /// <summary>
    /// The similarity of a line's key to the headline's when the line is the headline again (<see cref="SameHeadline"/> or
    /// more, not restated as a sentence), else null; the edit distance only for keys whose lengths allow it.
    /// </summary>
    private static double? SameHeadlineSimilarity(string headlineKey, ReadOnlySpan<char> key)
    {
        if (!CanBeAlike(headlineKey.Length, key.Length)) return null;
        var similarity = headlineKey.AsSpan().SequenceEqual(key) ? 1.0 : Similarity.Similarity(headlineKey, key.ToString());
        return similarity < SameHeadline || RestatesAsSentence(headlineKey, key) ? null : similarity;
    }

    /// <summary>The article's headline: the line under a site's masthead, else its title, else its first line.</summary>
    private static TextSpan Headline(Article article)
    {
        var (masthead, headline) = article.Masthead;
        if (masthead.Count > 0) return headline;
        return article.TitleSpan.Length > 0 ? article.TitleSpan : article.NonBlankLines is [var first, ..] ? first : default;
    }

    /// <summary>
    /// A standfirst, claim line or first paragraph that says the headline again as a sentence ("Robert F. Kennedy Jr. said that
    /// “Trump could be the greatest president in history.”" under the question headline): headlines take no full stop, and a
    /// copy keeps the headline's own end, so a line that ends a sentence differently is the article's own summary.
    /// </summary>
    private static bool RestatesAsSentence(ReadOnlySpan<char> headlineKey, ReadOnlySpan<char> lineKey) => SentenceEnd(headlineKey) != SentenceEnd(lineKey);

    private static char? SentenceEnd(ReadOnlySpan<char> key)
    {
        var end = key.TrimEnd("\"')] ");
        return end.Length > 0 && end[^1] is '.' or '?' or '!' ? end[^1] : null;
    }

    /// <summary>Lower case, one kind of quote, single spaces: the differences a second copy of a headline picks up in templating.</summary>
    internal static string Normalise(ReadOnlySpan<char> line)
    {
        Span<char> room = line.Length <= MaxHeadlineLength ? stackalloc char[MaxHeadlineLength] : new char[line.Length];
        return new string(room[..Normalise(line, room)]);
    }

    /// <summary><see cref="Normalise(ReadOnlySpan{char})"/> written into <paramref name="into"/> (as long as the line at least: the key is never longer); returns its length.</summary>
    private static int Normalise(ReadOnlySpan<char> line, Span<char> into)
    {
        var length = 0;
        var space = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c)) { space = length > 0; continue; }
            if (space) into[length++] = ' ';
            space = false;
            into[length++] = c switch
            {
                '‘' or '’' or '‚' or '‛' or '`' or '´' or '′' => '\'',
                '“' or '”' or '„' or '‟' or '«' or '»' or '″' => '"',
                '–' or '—' => '-',
                _ => char.ToLowerInvariant(c),
            };
        }
        return length;
    }
}
