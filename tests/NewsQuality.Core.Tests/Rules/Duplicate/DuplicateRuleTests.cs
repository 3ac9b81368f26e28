using NewsQuality.Analysis;
using NewsQuality.Model;
using NewsQuality.Rules;
using NewsQuality.Rules.Duplicate;

namespace NewsQuality.Core.Tests.Rules.Duplicate;

public class DuplicateRuleTests
{
    private static Article Seed(string name) => RuleAssert.ArticleOf(Fixtures.Read("seeds/" + name), name);

    private static Article Planted(Article original, string id, Func<string, string> edit) =>
        new(id, new ArticleOrigin(id), edit(original.Text), original.TitleSpan);

    private static IReadOnlyList<ArticleReport> Check(IReadOnlyList<Article> articles) =>
        new AnalysisEngine(new RuleCatalog([new NQ1001NearDuplicate(), new NQ1002PartialCopy()]), new AnalysisOptions()).Analyze(articles);

    [Fact]
    public void Seeds_with_planted_copies_cluster_by_story_and_the_two_seeds_stay_apart()
    {
        var s000 = Seed("000_90e9dc78b7355bf2.txt");
        var s004 = Seed("004_d45996393cbbdd09.txt");
        var articles = new List<Article>
        {
            s000, s004,
            Planted(s000, "000-copy", t => t),
            Planted(s000, "000-respun", t => t.Replace("warned", "cautioned").Replace("soldiers", "troops").Replace("Monday", "Tuesday").Replace("meeting", "summit")),
            Planted(s004, "004-rechromed", t => "Daily World News\n\n" + t.Replace("Leave a Reply", "Post a comment") + "\n\nShare this article\n"),
        };
        var reports = Check(articles);
        var links = reports.SelectMany(r => r.Findings.Where(f => f.RuleId == "NQ1001").Select(f => (r.Article.Id, Representative: f.Related[0].ArticleId))).ToList();

        Assert.Equal(3, links.Count);
        Assert.All(links.Where(l => l.Id.StartsWith("000-")), l => Assert.Equal("000_90e9dc78b7355bf2.txt", l.Representative));
        Assert.Contains(links, l => (l.Id, l.Representative) is ("004-rechromed", "004_d45996393cbbdd09.txt") or ("004_d45996393cbbdd09.txt", "004-rechromed"));
        Assert.DoesNotContain(links, l => l.Id.StartsWith("000") && l.Representative!.StartsWith("004"));
    }

    [Fact]
    public void Representative_is_the_earliest_published_member()
    {
        var s004 = Seed("004_d45996393cbbdd09.txt");
        var early = new Article("early", new ArticleOrigin("early"), s004.Text, s004.TitleSpan) { Published = new DateTimeOffset(2021, 12, 7, 0, 0, 0, TimeSpan.Zero) };
        var late = new Article("late", new ArticleOrigin("late"), s004.Text + "\n\nUpdated.", s004.TitleSpan) { Published = new DateTimeOffset(2021, 12, 8, 0, 0, 0, TimeSpan.Zero) };
        var reports = Check([late, early]);
        var finding = Assert.Single(reports[0].Findings, f => f.RuleId == "NQ1001");
        Assert.Equal("early", finding.Related[0].ArticleId);
        Assert.Contains("earliest published", finding.Message);
        Assert.Empty(reports[1].Findings);
    }

    [Fact]
    public void An_article_pasted_into_another_is_a_partial_copy_with_the_copied_paragraphs_reported()
    {
        var source = Seed("004_d45996393cbbdd09.txt");
        var host = Fixtures.Read("clean/bbc-politics-020.txt");
        var pastedParagraphs = source.Paragraphs.Skip(2).Take(4).Select(source.Slice).ToList();
        var container = RuleAssert.ArticleOf(host.TrimEnd() + "\n\n" + string.Join("\n\n", pastedParagraphs) + "\n", "container");
        var reports = Check([source, container]);

        var copies = reports[1].Findings.Where(f => f.RuleId == "NQ1002").ToList();
        Assert.Equal(pastedParagraphs, copies.Select(f => f.Evidence));
        Assert.All(copies, f => Assert.Equal(source.Id, f.Related[0].ArticleId));
        Assert.Contains("of that article appears in this one", copies[0].Message);
        Assert.DoesNotContain(reports.SelectMany(r => r.Findings), f => f.RuleId == "NQ1001");
        Assert.Empty(reports[0].Findings);
    }

    [Fact]
    public void A_respun_whole_article_copy_is_reported_by_NQ1001_only()
    {
        var original = RuleAssert.ArticleOf(Fixtures.Read("clean/bbc-tech-040.txt"), "original");
        // One long paragraph rewritten (its words reversed) leaves about two thirds of each article in the other:
        // a near-duplicate as a whole, not a story with another pasted in.
        var rewritten = original.Slice(original.Paragraphs.MaxBy(p => p.Length));
        var respun = RuleAssert.ArticleOf(original.Text.Replace(rewritten, string.Join(' ', rewritten.Split(' ').Reverse())), "respun");
        var reports = Check([original, respun]);

        Assert.Single(reports.SelectMany(r => r.Findings), f => f.RuleId == "NQ1001");
        Assert.DoesNotContain(reports.SelectMany(r => r.Findings), f => f.RuleId == "NQ1002");
    }

    [Fact]
    public void When_an_article_is_padded_with_other_text_the_padded_one_is_reported_not_the_original()
    {
        var original = RuleAssert.ArticleOf(Fixtures.Read("clean/bbc-business-010.txt"), "original");
        var other = RuleAssert.ArticleOf(Fixtures.Read("clean/bbc-sport-030.txt"), "other");
        // Padding of almost the original's length: too lopsided for NQ1001, yet the original holds over half of the padded article.
        var padded = RuleAssert.ArticleOf(original.Text.TrimEnd() + "\n\n" + other.Slice(other.Paragraphs.MinBy(p => Math.Abs(p.Length - 1200))) + "\n", "padded");
        var reports = Check([original, padded]);

        Assert.Empty(reports[0].Findings);
        var copies = reports[1].Findings.Where(f => f.RuleId == "NQ1002").ToList();
        Assert.NotEmpty(copies);
        Assert.All(copies, f => Assert.Equal("original", f.Related[0].ArticleId));
    }

    [Fact]
    public void Distinct_articles_do_not_cluster()
    {
        var articles = Fixtures.Files("clean", "*.txt").Select(f => RuleAssert.ArticleOf(File.ReadAllText(f), f)).ToList();
        Assert.All(Check(articles), r => Assert.Empty(r.Findings));
    }
}
