using NewsQuality.Eval.Translation;
using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Eval.RealNews;

/// <summary>
/// What planted insertions are taken from: another article of the same corpus and split that is about something else
/// (TF-IDF cosine with the host under <see cref="MaxSimilarity"/>), so a planted paragraph or heading is truly off topic
/// and not a second story on the same subject. The same test serves both corpora, which have no shared category labels.
/// </summary>
public static class OffTopicDonor
{
    private const double MaxSimilarity = 0.05;
    private const int Tries = 40;

    /// <param name="nearer">A band of TF-IDF cosines with the host other than [0, <see cref="MaxSimilarity"/>): (0.05, 0.15) draws
    /// another story of the same beat (another election, another court ruling), as a paste from one wire story into another is.</param>
    public static Article? Pick(Article host, Random random, IReadOnlyList<Article> donors, Func<Article, bool> usable, (double Min, double Max)? nearer = null)
    {
        var (min, max) = nearer ?? (0, MaxSimilarity);
        var hostVector = Vector(host);
        for (var i = 0; i < Tries; i++)
        {
            var donor = donors[random.Next(donors.Count)];
            if (donor.Id == host.Id || !usable(donor)) continue;
            if (TermVectors.Cosines([Vector(donor)], hostVector)[0] is var cosine && cosine >= min && cosine < max) return donor;
        }
        return null;
    }

    /// <summary>
    /// Inserts <paramref name="insert"/> as a paragraph of its own between two sentences of the story: where a content farm's
    /// paste or a template's leftover heading interrupts the article ("ministers in sweden" between two paragraphs on the
    /// Putin–Biden call), not inside the page's lists, captions or closing chrome, where a heading-like line is the page's own.
    /// </summary>
    public static Injection? InsertParagraph(Article host, Random random, string insert, string idSuffix)
    {
        var bodies = host.Paragraphs.Where(p => p.Start >= host.BodyStart).ToList();
        if (bodies.Count < 3) return null;
        var places = Enumerable.Range(0, bodies.Count - 1).Where(k => IsStorySentence(host, bodies[k]) && IsStorySentence(host, bodies[k + 1])).ToList();
        if (places.Count == 0) return null;
        var offset = bodies[places[random.Next(places.Count)]].End + 2;
        if (offset > host.Text.Length) return null;
        var (text, span) = Splice.Insert(host.Text, offset, insert + "\n\n");
        return new Injection(BbcCorpus.WithText(host, text, idSuffix), new TextSpan(span.Start, insert.Length));
    }

    /// <summary>A paragraph of the story's running text: eight words or more, ending like a sentence.</summary>
    private static bool IsStorySentence(Article article, TextSpan paragraph)
    {
        var text = article.Slice(paragraph).TrimEnd();
        return Tokenizer.Words(text).Skip(7).Any() && text[^1] is '.' or '!' or '?' or '"' or '”' or '’';
    }

    private static Dictionary<string, double> Vector(Article article) =>
        TermVectors.TfIdf(article.Text, new TextSpan(0, article.Text.Length), TermWeights.Background);
}

/// <summary>
/// Another story's headline (by default two to eight words, no sentence punctuation) left between two body paragraphs; a word
/// range plants the longer headlines of crawled news and wire copy (most of the crawl's have nine or more words), and
/// <paramref name="punctuated"/> the headlines that end in a question mark, an exclamation or a quote (link bait's "Is this the
/// end of the Happy Meal?", BBC's "Blair 'will not quit'": a tenth of BBC's titles and of the crawl's).
/// </summary>
public sealed class StrayHeadingInjector(int minWords = 2, int maxWords = 8, string description = "stray heading", string idSuffix = "+heading", bool punctuated = false) : IErrorInjector
{
    public string RuleId => "NQ3002";
    public string Description => description;

    public Injection? Inject(Article host, Random random, IReadOnlyList<Article> donors) =>
        OffTopicDonor.Pick(host, random, donors, IsHeading) is { } donor
            ? OffTopicDonor.InsertParagraph(host, random, donor.Title.Trim(), idSuffix)
            : null;

    private bool IsHeading(Article donor)
    {
        var title = donor.Title.Trim();
        var words = Tokenizer.Words(title).Count();
        return words >= minWords && words <= maxWords
            && (punctuated ? title[^1] is '!' or '?' or '"' or '”' or '’' or '\''
                : title[^1] is not ('.' or '!' or '?' or ':' or ';' or ',' or '"' or '”' or '’' or '\'' or ')'));
    }
}

/// <summary>
/// A body paragraph (by default 25 words or more, ending as a sentence) of an article about something else; a word range
/// plants the shorter paragraphs news is also written in (a fifth of BBC's sentence paragraphs have 12–24 words).
/// </summary>
public sealed class OffTopicParagraphInjector(int minWords = 25, int maxWords = int.MaxValue, string description = "off-topic paragraph", string idSuffix = "+paragraph",
    (double Min, double Max)? donorSimilarity = null) : IErrorInjector
{
    public string RuleId => "NQ3003";
    public string Description => description;

    public Injection? Inject(Article host, Random random, IReadOnlyList<Article> donors)
    {
        if (OffTopicDonor.Pick(host, random, donors, d => Paragraphs(d, minWords, maxWords).Count > 0, donorSimilarity) is not { } donor) return null;
        var paragraphs = Paragraphs(donor, minWords, maxWords);
        return OffTopicDonor.InsertParagraph(host, random, paragraphs[random.Next(paragraphs.Count)], idSuffix);
    }

    /// <summary>The donor's body paragraphs of one line, ending as a sentence, of <paramref name="minWords"/> to <paramref name="maxWords"/> words.</summary>
    internal static List<string> Paragraphs(Article donor, int minWords, int maxWords) =>
        donor.Paragraphs.Where(p => p.Start >= donor.BodyStart).Select(donor.Slice)
            .Where(p => !p.Contains('\n') && p[^1] is '.' or '"' or '”' && Tokenizer.Words(p).Count() is var words && words >= minWords && words <= maxWords)
            .ToList();
}

/// <summary>
/// Another story's headline (two to fourteen words, no sentence punctuation) over one of its body paragraphs of 25 words or more:
/// a block of another story as a paste brings it, the headline and its paragraph sharing words with each other and none with the host.
/// </summary>
public sealed class HeadedParagraphInjector : IErrorInjector
{
    private const int MinParagraphWords = 25;

    public string RuleId => "NQ3003";
    public string Description => "another story's headline over one of its paragraphs";

    public Injection? Inject(Article host, Random random, IReadOnlyList<Article> donors)
    {
        if (OffTopicDonor.Pick(host, random, donors, d => IsHeadline(d.Title.Trim()) && OffTopicParagraphInjector.Paragraphs(d, MinParagraphWords, int.MaxValue).Count > 0) is not { } donor)
            return null;
        var paragraphs = OffTopicParagraphInjector.Paragraphs(donor, MinParagraphWords, int.MaxValue);
        return OffTopicDonor.InsertParagraph(host, random, donor.Title.Trim() + "\n\n" + paragraphs[random.Next(paragraphs.Count)], "+headed-paragraph");
    }

    private static bool IsHeadline(string title) =>
        Tokenizer.Words(title).Count() is >= 2 and <= 14 && title[^1] is not ('.' or '!' or '?' or ':' or ';' or ',' or '"' or '”' or '’' or '\'' or ')');
}

/// <summary>The word range of the short paragraphs planted beside the full-length ones (NQ3003's training and evaluation).</summary>
public static class ShortParagraphWords
{
    public const int Min = 12;
    public const int Max = 24;

    /// <summary>What a short planting's article id ends with ("+paragraph" for a full-length one).</summary>
    public const string IdSuffix = "+short-paragraph";
}

/// <summary>
/// Another story's headline promoted by a link label between two body paragraphs, as content farms and site templates paste
/// them ("See also That's why McDonald's is changing the Happy Meal after 38 years" in the seed): the labels are those the
/// crawl's pages really carry (counted over hyperpartisan-2019's lines of the form "Label: text"), each as often as any other.
/// </summary>
public sealed class LinkBaitInjector : IErrorInjector
{
    private static readonly string[] Labels =
    [
        "See also", "SEE ALSO:", "Read more:", "Related:", "Related Stories:", "NOW WATCH:", "WATCH:", "Trending:", "Sponsored:",
        "Up next:", "More:", "You may also like:",
    ];

    public string RuleId => "NQ3001";
    public string Description => "link line promoting another story";

    public Injection? Inject(Article host, Random random, IReadOnlyList<Article> donors) =>
        OffTopicDonor.Pick(host, random, donors, donor => donor.Title.Trim().Length > 0) is { } donor
            ? OffTopicDonor.InsertParagraph(host, random, Labels[random.Next(Labels.Length)] + " " + donor.Title.Trim(), "+link-bait")
            : null;
}

/// <summary>
/// The headline printed again under itself with a site's name, as a page's &lt;title&gt; carries it ("Putin responds to talks
/// with Biden | Complete British News World") above the article's own heading: the names are those of the crawl's most
/// frequent sites (hyperpartisan-2019's URLs) and the seed's, before or after the headline, with a separator page titles use.
/// </summary>
public sealed class TitleWithSiteNameInjector : IErrorInjector
{
    private static readonly string[] Sites =
    [
        "CBS News", "Circa", "Express.co.uk", "The Gateway Pundit", "New York Post", "RealClearPolitics", "Heavy.com", "Snopes.com",
        "Fox News", "The New York Times", "Salon.com", "NBC News", "Complete British News World",
    ];

    private static readonly string[] Separators = [" | ", " - ", " – ", " — "];

    public string RuleId => "NQ2007";
    public string Description => "headline printed again with a site's name";

    public Injection? Inject(Article host, Random random, IReadOnlyList<Article> donors)
    {
        var title = host.Title.Trim();
        if (Tokenizer.Words(title).Count() < 3 || host.BodyStart == 0) return null;
        var site = Sites[random.Next(Sites.Length)];
        var separator = Separators[random.Next(Separators.Length)];
        var line = random.Next(2) == 0 ? title + separator + site : site + separator + title;
        var (text, span) = Splice.Insert(host.Text, host.BodyStart, "\n\n" + line);
        return new Injection(BbcCorpus.WithText(host, text, "+title-with-site"), new TextSpan(span.Start + 2, line.Length));
    }
}
