using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Rules.Boilerplate;

/// <summary>
/// Site names and taglines above the headline ("DealMakerz", "Complete British News World"): short lines at the
/// top of a text article that are followed by the real headline.
/// </summary>
public sealed class NQ4002Masthead : IArticleRule
{
    public RuleDescriptor Descriptor { get; } = new(
        Id: "NQ4002",
        Name: "masthead",
        Category: RuleCategory.Boilerplate,
        DefaultSeverity: Severity.Info,
        DefaultThreshold: 0.5,
        Summary: "A site name or tagline stands above the headline.",
        Rationale: "Scraped pages keep the site's name and slogan above the story; they are not the headline, and a reader of the " +
                   "text file takes the first line for the title. A masthead is up to three short lines (five words or fewer, or under " +
                   "the site's name a slogan of up to ten about its news, no sentence punctuation: a site's name, a tagline, a date, a breadcrumb trail) followed by a headline-like line that is " +
                   "not a body sentence, a date or the page's chrome (it may ask or exclaim in Title Case or standing on its own, as a " +
                   "headline does, not as a writer's \"So what is the gap…?\"), and is longer than the last masthead line, stands under a slogan, or is more " +
                   "about the story under it than that line. A record's own title (JSON Lines, CSV) has nothing above it.",
        FlaggedExample: "DealMakerz\n\nComplete British News World\n\nPutin and Biden meeting: Moscow wants NATO's promise\n\nThe talks will take place digitally.",
        CleanExample: "Dollar gains on Greenspan speech\n\nThe dollar has hit its highest level against the euro in almost three months.")
    {
        FixTitle = "Remove the site name and tagline",
        // Counting words to tell a site's name from a headline means nothing in a script written without spaces.
        EnglishOnly = true,
    };

    public void Analyze(ArticleContext context)
    {
        var (lines, headline) = context.Article.Masthead;
        var shown = context.Text.Substring(headline.Start, Math.Min(headline.Length, 60));
        foreach (var line in lines)
            context.Report(line, 0.9, $"Site name or tagline above the headline (\"{shown}\"), not part of the article.");
    }
}
