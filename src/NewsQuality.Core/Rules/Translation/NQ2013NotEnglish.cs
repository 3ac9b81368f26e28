using NewsQuality.Model;

namespace NewsQuality.Rules.Translation;

/// <summary>
/// An article mostly written in another language than English (a Korean, Russian or Portuguese page in a crawl of English
/// news): reported once, naming the language and its script. The rules that check English conventions and English words
/// (<see cref="RuleDescriptor.EnglishOnly"/>) are skipped for it by the engine, whether or not this rule is enabled.
/// </summary>
public sealed class NQ2013NotEnglish : IArticleRule
{
    public RuleDescriptor Descriptor { get; } = new(
        Id: "NQ2013",
        Name: "not-english",
        Category: RuleCategory.Translation,
        DefaultSeverity: Severity.Info,
        DefaultThreshold: 0.5,
        Summary: "The article is mostly not in English.",
        Rationale: "A crawl or a feed of English news also brings pages in other languages. Rules written for English then misfire: " +
                   "every sentence looks like an untranslated fragment, a Russian interview's dialogue dashes look like a translation " +
                   "slip, Indonesian reduplication looks like a doubled word. The language is told by the script of most letters " +
                   "(Hangul, kana, Cyrillic…) and, within a script several languages share, by which language's function words the " +
                   "text uses. The article is reported once, and the English-only rules are skipped for it.",
        FlaggedExample: "O governo anunciou ontem que não vai aumentar os impostos este ano. A decisão foi tomada depois de uma reunião com os sindicatos, que também pediram mais apoio para as famílias.",
        CleanExample: "The government announced yesterday that it would not raise taxes this year. The decision was taken after a meeting with the unions, which also asked for more support for families.")
    {
        FixTitle = "Check the article with tools for its language, or leave it out of an English collection",
    };

    public void Analyze(ArticleContext context)
    {
        var language = context.Article.Language;
        if (language.IsEnglish) return;
        var article = context.Article;
        var span = article.TitleSpan.Length > 0 ? article.TitleSpan : article.Paragraphs.FirstOrDefault();
        var name = language.Code == "und" ? language.Name : $"{language.Name} ({language.Script} script)";
        context.Report(span, language.Confidence, $"The article is mostly in {name}, not English: the English-only rules were skipped for it.");
    }
}
