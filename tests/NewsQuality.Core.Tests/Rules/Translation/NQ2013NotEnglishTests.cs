using NewsQuality.Analysis;
using NewsQuality.Core.Tests.Text;
using NewsQuality.Rules;
using NewsQuality.Rules.Translation;

namespace NewsQuality.Core.Tests.Rules.Translation;

public class NQ2013NotEnglishTests
{
    private static readonly NQ2013NotEnglish Rule = new();

    [Theory]
    [InlineData(LanguageIdentifierTests.Korean, "Korean (Hangul script)")]
    [InlineData(LanguageIdentifierTests.Japanese, "Japanese (Japanese kana and kanji script)")]
    [InlineData(LanguageIdentifierTests.Russian, "Russian (Cyrillic script)")]
    [InlineData(LanguageIdentifierTests.Portuguese, "Portuguese (Latin script)")]
    [InlineData(LanguageIdentifierTests.Indonesian, "Indonesian (Latin script)")]
    public void Reports_an_article_not_in_English_once_naming_language_and_script(string body, string named)
    {
        var findings = RuleAssert.Run(Rule, "Headline\n\n" + body + "\n\n" + body);
        var finding = Assert.Single(findings);
        Assert.Contains($"mostly in {named}, not English", finding.Message);
    }

    [Fact]
    public void Clean_English_articles_are_not_reported()
    {
        foreach (var file in Fixtures.Files("clean", "*.txt").Concat(Fixtures.Files("seeds", "*.txt")))
            RuleAssert.Clean(Rule, File.ReadAllText(file));
    }

    /// <summary>Text each English-only rule flags in English, in the language where that convention is normal.</summary>
    [Theory]
    [InlineData("NQ2005", "Интервью\n\n– «Мы не будем повышать налоги в этом году», – сказал министр. – Решение было принято после встречи с профсоюзами, которые также просили больше поддержки.\n\n– Когда вы это решили? – спросил журналист.")]
    [InlineData("NQ2001", "Berita\n\nAnak-anak bermain di taman dan orang orang yang datang dari desa juga ikut menonton. Mereka mengatakan bahwa acara itu sangat ramai dan akan diadakan lagi tahun depan untuk keluarga yang tidak bisa datang.")]
    [InlineData("NQ2010", "Notícias\n\nO governo anunciou ontem que não vai aumentar os impostos este ano. A decisão foi tomada depois de uma reunião com os sindicatos, que também pediram mais apoio para as famílias.")]
    public void English_only_rules_are_skipped_for_an_article_in_another_language(string ruleId, string text)
    {
        var rule = RuleCatalog.Default.Find(ruleId)!;
        Assert.True(rule.Descriptor.EnglishOnly);
        var article = RuleAssert.ArticleOf(text);
        Assert.False(article.Language.IsEnglish);
        Assert.Empty(RuleAssert.Run(rule, text));
        // The same rule still runs on the text when it is told nothing about the language: it is the engine that skips it.
        var findings = new List<NewsQuality.Model.Finding>();
        ((IArticleRule)rule).Analyze(ContextFor(article, rule, findings));
        Assert.NotEmpty(findings);
    }

    /// <summary>NQ2008 is English-only too, and also reads the words around a place name itself, so it stays silent either way.</summary>
    [Fact]
    public void Lower_case_place_names_in_another_language_are_not_flagged()
    {
        const string spanish = "Noticias\n\nEl gobierno anunció ayer que la economía argentina crecerá este año. La decisión fue tomada después de una reunión con los sindicatos, que también pidieron más apoyo para las familias.";
        var rule = RuleCatalog.Default.Find("NQ2008")!;
        Assert.True(rule.Descriptor.EnglishOnly);
        Assert.False(RuleAssert.ArticleOf(spanish).Language.IsEnglish);
        Assert.Empty(RuleAssert.Run(rule, spanish));
    }

    private static ArticleContext ContextFor(NewsQuality.Model.Article article, IRule rule, List<NewsQuality.Model.Finding> findings) =>
        new(article, rule.Descriptor, RuleSettings.Defaults(rule.Descriptor), new CorpusStatistics(), findings);
}
