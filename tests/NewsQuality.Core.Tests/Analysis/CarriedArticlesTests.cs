using NewsQuality.Analysis;
using NewsQuality.Input;
using NewsQuality.Model;
using NewsQuality.Rules;

namespace NewsQuality.Core.Tests.Analysis;

public class CarriedArticlesTests
{
    private static Article Article(string id, int length = 10) => RuleAssert.ArticleOf("T\n\n" + new string('a', length), id);

    [Fact]
    public void The_second_pass_checks_the_first_pass_articles_and_not_the_copies_read_again()
    {
        var reads = new List<List<Article>>();
        IEnumerable<ReadResult> Read()
        {
            var articles = Enumerable.Range(0, 20).Select(i => Article($"a{i}")).ToList();
            reads.Add(articles);
            return articles.Select(ReadResult.Ok);
        }
        var reports = new AnalysisEngine(RuleCatalog.Default, new AnalysisOptions()).Run(Read).Select(item => item.Report!.Article).ToList();
        Assert.Equal(2, reads.Count);
        Assert.Equal(reads[0], reports, ReferenceEqualityComparer.Instance);
    }

    [Fact]
    public void Articles_past_the_budget_or_with_another_id_are_taken_from_the_second_reading()
    {
        var carried = new CarriedArticles(budgetChars: 30);
        var (first, second, third) = (Article("a", 10), Article("b", 10), Article("c", 20));
        carried.Keep(first);
        carried.Keep(second);
        carried.Keep(third);
        var reread = Article("c");
        Assert.Same(first, carried.Take(0, Article("a")));
        Assert.Same(reread, carried.Take(2, reread));
        var other = Article("x");
        Assert.Same(other, carried.Take(1, other));
    }
}
