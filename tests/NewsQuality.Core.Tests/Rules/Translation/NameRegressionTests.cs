using NewsQuality.Rules;
using NewsQuality.Rules.Translation;

namespace NewsQuality.Core.Tests.Rules.Translation;

/// <summary>
/// Sentences in the style of real wire copy (written for these tests) that the name and title rules once flagged or
/// could flag wrongly, one group per class of false alarm: every name and title rule must leave them all alone.
/// </summary>
public class NameRegressionTests
{
    private static readonly IRule[] Rules = [new NQ2002RoleContradiction(), new NQ2003NonexistentOffice(), new NQ2004MisspelledPublicFigure(), new NQ2008LowercaseProperNoun()];

    public static TheoryData<string, string> Cases()
    {
        var sentences = new[]
        {
            // A title before the next person's name is not an apposition of the name before the comma.
            "In his discussion with Mattis, Pakistani Prime Minister Shahid Khaqan Abbasi raised the border. Defense Secretary Jim Mattis listened.",
            "Asked about Tillerson, White House spokeswoman Sarah Sanders said the secretary had the president's confidence. Secretary of State Rex Tillerson left.",
            "Michael Flynn, President Donald Trump's first national security adviser, pleaded guilty. Flynn, a retired general, met prosecutors.",
            "After meeting Merkel, French President Emmanuel Macron flew home. Chancellor Angela Merkel stayed in Berlin.",
            // Titles a listed person really held in turn.
            "When you ran against Senator Obama, you called him naive. Later President Obama invited you to the White House.",
            "Senator Hillary Clinton voted for the bill; as Secretary of State Clinton she later defended it.",
            // Possessives and dotted abbreviations of correct names and titles.
            "U.S. President Donald Trump's visit to Tokyo followed Prime Minister Shinzo Abe's trip to Washington.",
            "U.K. Prime Minister Theresa May's spokesman said the U.S. Secretary of State would visit. The U.N. envoy agreed.",
            "Chancellor Angela Merkel's coalition and German Chancellor Merkel's party both lost seats.",
            // Common English spellings and transliterations of listed people.
            "Iranian President Hassan Rouhani spoke to Chinese President Xi Jinping and South Korean President Moon Jae-in.",
            "Prime Minister Benjamin Netanyahu and President Mahmoud Abbas met Secretary-General Ban Ki-moon.",
            "The former president Pranab Mukerjee attended; Mohammed bin Salman and Muhammad bin Salman are one man.",
            // Real people one letter from a listed name.
            "Chelsea captain John Terry and the striker John Houston trained; Tom Clare and Stephen Breyer watched.",
            "The Clintons and the Trumps sat apart. Osama bin Laden's name came up when Donald Trump and Hillary Clinton argued.",
            "Robert Hussey, the chief executive, and Bill Gammell, the oil man, agreed. Anne Maguire said Maguire's lawyers would appeal.",
            "Country singer Jake Owen played first; John Fox reviewed it for the John Peel Show. Treasury Secretary Steven Mnuchin was there.",
            // An everyday word that is also a title is no apposition.
            "Club president Peter Boykin opened the rally. Boykin, a speaker at the rally, thanked the crowd.",
            // Lower-case words that are place names only in English.
            "Jangan cuba melakukan operasi itu, katanya.",
        };
        var data = new TheoryData<string, string>();
        foreach (var rule in Rules)
            foreach (var sentence in sentences)
                data.Add(rule.Descriptor.Id, sentence);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Stays_clean(string ruleId, string sentence)
    {
        RuleAssert.Clean(Rules.Single(r => r.Descriptor.Id == ruleId), sentence);
    }
}
