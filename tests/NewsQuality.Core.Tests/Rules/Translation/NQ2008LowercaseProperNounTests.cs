using NewsQuality.Rules.Translation;

namespace NewsQuality.Core.Tests.Rules.Translation;

public class NQ2008LowercaseProperNounTests
{
    private readonly NQ2008LowercaseProperNoun _rule = new();

    [Theory]
    [InlineData("The talks were attended by ministers in [[sweden]].", "Sweden")]
    [InlineData("Ships queued to enter the [[panama]] canal on Monday.", "Panama")]
    // A quotation whose initialisms' full stops are followed by lower case is still a capitalised writer's (hyperpartisan-2019).
    [InlineData("He said: “It is unthinkable that the director of the F.B.I. would put this letter to the Congress of the [[united states]] now.”", "United States")]
    [InlineData("The [[swedish]] government disagreed.", "Swedish")]
    [InlineData("Talks in [[new york]] ended on Monday.", "New York")]
    [InlineData("The elections in [[ohio]] were close.", "Ohio")]
    [InlineData("Voters in [[north carolina]] and [[texas]] went to the polls.", "North Carolina")]
    [InlineData("A summit in [[stockholm]], then one in [[moscow]].", "Stockholm")]
    [InlineData("[[russian]] forces massed near [[ukraine]].", "Russian")]
    [InlineData("The [[dutch]] and [[german]] ministers met in [[brussels]].", "Dutch")]
    // A possessive and the first word of a compound ("russia's", "paris-based"), as translated or lower-cased copy writes them.
    [InlineData("Shares in [[russia]]'s largest bank fell.", "Russia")]
    [InlineData("Crowds gathered outside [[new york]]’s city hall.", "New York")]
    [InlineData("The [[paris]]-based agency cut its forecast.", "Paris")]
    [InlineData("A list of [[british]]-born millionaires was published.", "British")]
    // Inside a quotation that capitalises its sentences, the lower case is the text's, not the quoted writer's.
    [InlineData("He said, “We met the ministers in [[sweden]]. It went well.”", "Sweden")]
    public void Flags_lower_case_countries_cities_and_demonyms(string marked, string firstSuggestion)
    {
        var findings = RuleAssert.Flags(_rule, marked);
        Assert.Equal(firstSuggestion, findings[0].Suggestion);
        Assert.All(findings, f => Assert.Equal("NQ2008", f.RuleId));
    }

    [Theory]
    [InlineData("Ministers in Sweden met their German and Russian counterparts in New York.")]
    [InlineData("They ate turkey off fine china, spoke polish to the silver and went to nice restaurants.")]
    [InlineData("Michael jordan and georgia were mentioned; the guinea pig and the chad ballots.")]
    [InlineData("See bbc.co.uk/sweden, @sweden, #paris, sweden_2024.jpg and paris.example.com.")]
    [InlineData("They ordered french fries, a danish pastry, swiss cheese and brussels sprouts with a swiss army knife.")]
    // Names that acquired a meaning of their own, lower case in the AP Stylebook; the place itself is still a name ("the panama canal" is flagged).
    [InlineData("Prices of india ink, panama hats, venetian blinds and manila envelopes rose, as did brazil nuts, lima beans, bermuda shorts and a dutch oven.")]
    [InlineData("The New york times, new York and the york minster.")]
    [InlineData("The pole vault and a reading of the will in bath.")]
    // A web address's slug of hyphenated words, written apart by a tokeniser; ordinary words before a hyphen or a possessive.
    [InlineData("Read more at https : / / example.kg / politics / bishkek-summit-live-coverage.html today.")]
    [InlineData("The turkey-based dish and china's glaze were on the menu.")]
    [InlineData("")]
    // A quotation whose writer does not capitalise (a social-media bio quoted as written).
    [InlineData("His profile reads, “Resistance leader. iraq war survivor. coffee first.”")]
    public void Leaves_capitalised_names_common_words_and_addresses_alone(string text)
    {
        RuleAssert.Clean(_rule, text);
    }
}
