using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Rules.OffTopic;

/// <summary>
/// A "See also" / "Read more" line promoting a headline unrelated to the article ("See also That's why McDonald's
/// is changing the Happy Meal" inside a Putin–Biden story): link bait inserted by a content farm.
/// </summary>
public sealed class NQ3001OffTopicLinkBait : IArticleRule, IUsesCorpusStatistics
{
    /// <summary>Headline–article similarity at which a link counts as fully on topic (score 0).</summary>
    private const double OnTopicSimilarity = 0.2;

    public RuleDescriptor Descriptor { get; } = new(
        Id: "NQ3001",
        Name: "off-topic-link-bait",
        Category: RuleCategory.OffTopic,
        DefaultSeverity: Severity.Warning,
        DefaultThreshold: 0.5,
        Summary: "A \"See also\" or \"Read more\" line promotes a story unrelated to the article.",
        Rationale: "Content farms pad copied stories with links to their other pages; an unrelated headline in the middle of a story " +
                   "distracts and marks the page as padded. The score is 1 minus the headline's TF-IDF cosine similarity to the article " +
                   "(scaled so that 0.2 or more counts as on topic); weights come from the corpus being checked, or a background table " +
                   "from BBC News when the run is small. On-topic link lines are reported by NQ4004 at info level instead.",
        FlaggedExample: "Putin and Biden meeting\n\nPutin and Biden will hold talks on Ukraine on Tuesday, the Kremlin said.\n\nSee also That's why McDonald's is changing the Happy Meal after 38 years\n\nThe White House warned Russia against an invasion of Ukraine.",
        CleanExample: "Putin and Biden meeting\n\nPutin and Biden will hold talks on Ukraine on Tuesday, the Kremlin said.\n\nRead more: Biden warns Putin over Ukraine invasion\n\nThe White House warned Russia against an invasion of Ukraine.")
    {
        FixTitle = "Remove the inserted link line",
    };

    /// <summary>
    /// One word after the label with no separator between them ends the label ("Related Topics", "Related Video:"), no story's
    /// headline; after a colon or a bar even one word is promoted ("WATCH: Alt-left").
    /// </summary>
    private static bool EndsLabel(string text, LinkLine link) =>
        text.AsSpan(link.Headline.Start, link.Headline.Length).IndexOfAny(' ', '\u00A0') < 0
        && text.AsSpan(link.Line.Start, link.Headline.Start - link.Line.Start).IndexOfAny(":|-–—»›") < 0;

    public void Analyze(ArticleContext context)
    {
        var links = context.Article.LinkLines;
        if (links.Count == 0) return;
        var similarities = LinkLines.TopicSimilarities(context.Article, links, context.Corpus);
        foreach (var (link, similarity) in links.Zip(similarities))
        {
            // Only a promoted headline can be off topic; "Read more about the talks below" is a prompt, left to NQ4004. A headline
            // may open with a number, a quote or a hashtag as well as a capital ("4 Reasons Why…", "15-year-old driver killed…",
            // "#FakeNews CNN…"): link bait's lists open so.
            if (link.Headline.Length == 0 || char.IsLower(context.Text[link.Headline.Start]) || EndsLabel(context.Text, link)) continue;
            var score = Math.Clamp(1 - similarity / OnTopicSimilarity, 0, 1);
            context.Report(link.Line, score,
                $"Link line promotes a story on another subject than the article's: \"{context.Article.Slice(link.Headline)}\".",
                measures: new Dictionary<string, double> { ["topicSimilarity"] = similarity });
        }
    }
}
