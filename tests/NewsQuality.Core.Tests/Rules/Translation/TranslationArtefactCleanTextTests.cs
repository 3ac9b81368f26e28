using NewsQuality.Rules;
using NewsQuality.Rules.Translation;

namespace NewsQuality.Core.Tests.Rules.Translation;

/// <summary>Every translation-artefact rule stays silent on each real BBC article in fixtures/clean.</summary>
public class TranslationArtefactCleanTextTests
{
    private static readonly IRule[] Rules =
    [
        new NQ2005DialogueDash(), new NQ2006CalquedSectionLabel(), new NQ2007RepeatedTitle(), new NQ2008LowercaseProperNoun(),
        new NQ2009Mojibake(), new NQ2010UntranslatedFragment(), new NQ2011TypographyShift(), new NQ2012MarkupResidue(), new NQ2014DisfluentSentence(),
    ];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var rule in Rules)
            foreach (var file in Fixtures.Files("clean", "*.txt"))
                data.Add(rule.Descriptor.Id, Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Clean_bbc_article_stays_clean(string ruleId, string file)
    {
        RuleAssert.Clean(Rules.Single(r => r.Descriptor.Id == ruleId), Fixtures.Read("clean/" + file));
    }
}
