using NewsQuality.Analysis;
using NewsQuality.Cleaning;
using NewsQuality.Core.Tests.Rules;
using NewsQuality.Rules;

namespace NewsQuality.Core.Tests.Cleaning;

public class ArticleCleanerTests
{
    private static (string Original, CleanedArticle Cleaned) CleanSeed(string seed)
    {
        var report = SeedFixtureTests.Check([Fixtures.Path("seeds/" + seed)]).Single();
        return (report.Article.Text, ArticleCleaner.Clean(report.Article, report.Findings));
    }

    [Fact]
    public void Removes_link_bait_and_site_chrome_from_seed_004_and_keeps_the_story()
    {
        var (original, cleaned) = CleanSeed("004_d45996393cbbdd09.txt");
        Assert.Equal(4, cleaned.RemovedLines);
        foreach (var gone in new[] { "See also", "Leave a Reply", "Your email address", "Back To Top" })
            Assert.DoesNotContain(gone, cleaned.Text);
        Assert.Contains("Russian Chancellor Ushakov said", cleaned.Text); // translation errors are reported, not removed
        Assert.EndsWith("the security of Europe.”", cleaned.Text);
        Assert.DoesNotContain("\n\n\n", cleaned.Text);
        Assert.True(cleaned.Text.Length < original.Length);
    }

    [Fact]
    public void Removes_masthead_stray_heading_and_link_bait_from_seed_000()
    {
        var (_, cleaned) = CleanSeed("000_90e9dc78b7355bf2.txt");
        Assert.StartsWith("Putin and Biden meeting: Moscow wants NATO’s promise\n", cleaned.Text);
        Assert.DoesNotContain("ministers in sweden", cleaned.Text);
        Assert.DoesNotContain("McDonald's", cleaned.Text);
        Assert.Contains("Russian soldiers on the border", cleaned.Text);
    }

    [Fact]
    public void A_clean_article_comes_back_byte_for_byte()
    {
        var engine = new AnalysisEngine(RuleCatalog.Default, new AnalysisOptions());
        foreach (var file in Fixtures.Files("clean", "*.txt"))
        {
            var article = RuleAssert.ArticleOf(File.ReadAllText(file));
            var cleaned = ArticleCleaner.Clean(article, engine.Analyze([article])[0].Findings);
            Assert.Equal(article.Text, cleaned.Text);
            Assert.Equal(0, cleaned.RemovedLines);
        }
    }

    [Fact]
    public void Cleaning_twice_changes_nothing_more()
    {
        var (_, once) = CleanSeed("004_d45996393cbbdd09.txt");
        var article = RuleAssert.ArticleOf(once.Text);
        var twice = ArticleCleaner.Clean(article, new AnalysisEngine(RuleCatalog.Default, new AnalysisOptions()).Analyze([article])[0].Findings);
        Assert.Equal(once.Text, twice.Text);
    }

    [Fact]
    public void Fixing_the_encoding_changes_nothing_in_clean_articles_and_seeds()
    {
        foreach (var file in Fixtures.Files("clean", "*.txt").Concat(Fixtures.Files("seeds", "*.txt")))
        {
            var text = File.ReadAllText(file);
            Assert.Equal((text, 0), ArticleCleaner.FixEncoding(text));
        }
    }

    [Fact]
    public void Fixing_the_encoding_repairs_mojibake_and_markup_residue_after_removing_lines()
    {
        var article = RuleAssert.ArticleOf("Rates quot;hold steady quot;\n\nThe cafÃ© said it#39;s open &amp;amp; busy.\n\nBack To Top\n");
        var findings = new AnalysisEngine(RuleCatalog.Default, new AnalysisOptions()).Analyze([article])[0].Findings;
        var cleaned = ArticleCleaner.Clean(article, findings, fixEncoding: true);
        Assert.Equal("Rates \"hold steady\"\n\nThe café said it's open & busy.\n", cleaned.Text);
        Assert.Equal((1, 5), (cleaned.RemovedLines, cleaned.Repairs));
        Assert.Equal("The cafÃ© said it#39;s", ArticleCleaner.Clean(article, findings).Text.Split('\n')[2][..22]); // only when asked
    }
}
