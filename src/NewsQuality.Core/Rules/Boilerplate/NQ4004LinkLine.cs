using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Rules.Boilerplate;

/// <summary>Any "See also" / "Read more" line inside the body: site navigation, not article text, whatever it links to.</summary>
public sealed class NQ4004LinkLine : IArticleRule
{
    public RuleDescriptor Descriptor { get; } = new(
        Id: "NQ4004",
        Name: "link-line",
        Category: RuleCategory.Boilerplate,
        DefaultSeverity: Severity.Info,
        DefaultThreshold: 0.5,
        Summary: "A \"See also\" or \"Read more\" line sits inside the article body.",
        Rationale: "Link lines are navigation left in the text by the site template; even on-topic ones are not part of the article " +
                   "and should go before the text is republished. Off-topic ones are also reported by NQ3001 as a warning.",
        FlaggedExample: "Putin and Biden meeting\n\nThe leaders will talk on Tuesday.\n\nRead more: Biden warns Putin over Ukraine",
        CleanExample: "Putin and Biden meeting\n\nThe leaders will talk on Tuesday. Read more about the talks below.")
    {
        FixTitle = "Remove the link line",
    };

    public void Analyze(ArticleContext context)
    {
        foreach (var link in context.Article.LinkLines)
            context.Report(link.Line, 1.0, "Link line inside the article body: site navigation, not article text.");
    }
}
