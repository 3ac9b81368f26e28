using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Rules.Boilerplate;

/// <summary>Lines of site chrome from the built-in catalogue: comment forms, "Back To Top", share and subscribe prompts, cookie notices.</summary>
public sealed class NQ4001BoilerplatePhrase : IArticleRule
{
    public RuleDescriptor Descriptor { get; } = new(
        Id: "NQ4001",
        Name: "boilerplate-phrase",
        Category: RuleCategory.Boilerplate,
        DefaultSeverity: Severity.Info,
        DefaultThreshold: 0.5,
        Summary: "A line of site chrome (comment form, navigation, share prompt, cookie notice) is inside the article.",
        Rationale: "Copied articles carry the template of the page they were scraped from: \"Leave a Reply\", \"Back To Top\", " +
                   "share buttons. They are not article text; a reviewer wants them out before republishing, and near-duplicate " +
                   "detection should not count them. Only whole lines match, so sentences that mention comments or cookies stay clean.",
        FlaggedExample: "Talks end\n\nThe talks ended on Friday.\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *\n\nBack To Top",
        CleanExample: "Talks end\n\nThe talks ended on Friday. Readers can leave a reply below, the site said, and cookies are optional.")
    {
        FixTitle = "Remove the template line",
    };

    public void Analyze(ArticleContext context)
    {
        foreach (var line in context.Article.NonBlankLines)
        {
            if (line.Start < context.Article.BodyStart) continue;
            if (context.Article.BoilerplateKind(line) is { } kind)
                context.Report(line, 1.0, $"Site boilerplate ({kind}), not part of the article.");
        }
    }
}
