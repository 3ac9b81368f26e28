using NewsQuality.Rules.Translation;

namespace NewsQuality.Core.Tests.Rules.Translation;

public class NQ2005DialogueDashTests
{
    private readonly NQ2005DialogueDash _rule = new();

    [Theory]
    [InlineData("But other points are expected to dominate.\n\n[[–]] Kremlin spokesman Dmitry Peskov said, according to Interfax, that tensions rose.")]
    [InlineData("Biden has rejected that request.\n\n[[–]] He said last Friday, “I do not accept a red line from anyone.”")]
    [InlineData("[[—]] We are satisfied with the result, says the minister.")]
    [InlineData("The minister spoke.\n\n[[–]] It is a good day for Sweden, she told reporters.")]
    [InlineData("[[–]] “No comment,” the spokesman replied.\n\nLater he added more.\n\n[[–]] It was a mistake, according to the ministry.")]
    [InlineData("Talks ended.\n[[–]] I am not worried, Peskov said.\n[[–]] Neither am I, Lavrov said.")]
    // An exchange of three dash-led sentences, one attributed after a comma; the dash as an ASCII pipeline leaves it.
    [InlineData("The deal was signed.\n\n[[–]] This is a good day for the whole region, says the mayor.\n\n[[–]] We have worked towards this for many years.\n\n[[–]] Now the real work begins, she adds.")]
    [InlineData("The deal was signed.\n\n[[-]] We are very satisfied with the agreement, says Anna Lindqvist.")]
    [InlineData("The deal was signed.\n\n[[-]] It has been a long week. Now we look ahead, the coach says to NTB.")]
    // The speech goes on after its attribution (found by planting into Reuters-style copy).
    [InlineData("Air Berlin will stop flying.\n\n[[-]] It is a sad day for Air Berlin and its employees, says Winkelmann. But we have found a solution for many of them.")]
    // The seed's two lines with the en dash typed as a hyphen: speech attributed first to a bare pronoun, or with the source set off by commas.
    [InlineData("Biden has rejected that request.\n\n[[-]] He said last Friday, “I do not accept a red line from anyone.”")]
    [InlineData("But other points are expected to dominate.\n\n[[-]] Kremlin spokesman Dmitry Peskov said, according to Interfax, that tensions rose.")]
    public void Flags_paragraphs_that_open_speech_with_a_dash(string marked)
    {
        var findings = RuleAssert.Flags(_rule, marked);
        Assert.All(findings, f => Assert.Equal("NQ2005", f.RuleId));
    }

    [Fact]
    public void Explains_the_convention_and_suggests_quotation_marks()
    {
        var finding = RuleAssert.Flags(_rule, "[[–]] He said last Friday, “I do not accept a red line.”").Single();
        Assert.Contains("dialogue dash", finding.Message);
        Assert.Contains("quotation marks", finding.Suggestion);
    }

    [Theory]
    [InlineData("The attacks have continued somewhat since then — and according to the White House, the issue is still high on the list.")]
    [InlineData("The budget:\n– Increased spending on primary education\n– Increased spending on health, the minister said\n– Expanded service tax net")]
    [InlineData("Key points:\n\n– Shares rose, analysts said\n\n– Bonds fell, traders said\n\n– Oil was flat, dealers said")]
    [InlineData("- Shares in UK pharmaceutical firm Phytopharm closed down 19.84% at 151.5 pence")]
    [InlineData("Reaction:\n\n- Manchester City boss Kevin Keegan: \"We had a great chance.\"\n\n- Bolton boss Sam Allardyce \"I am bitterly disappointed.\"")]
    [InlineData("Temperatures fell to\n–5C overnight, forecasters said.")]
    [InlineData("The 2004–2005 season was the best in a decade, he said.")]
    [InlineData("Profits rose 5% – the best result since 1999 – the firm said.")]
    [InlineData("—\n\nThe end.")]
    [InlineData("– Related coverage of the election")]
    // A list of full sentences naming no speaker at their end; hyphen bullets of reported speech or a speaker and a colon.
    [InlineData("What changes:\n\n– Pensions rise by 3% from April next year.\n\n– The tax-free allowance stays the same.\n\n– Fuel duty is frozen again, for the third year.")]
    [InlineData("Latest:\n\n- Police said that the suspect was seen in a car before the attack.\n\n- Manchester City boss Kevin Keegan said: \"We had a great chance.\"")]
    [InlineData("- Shares rose, traders said\n- Bonds fell, dealers said\n- Oil was flat, analysts said")]
    // Wire bullets reporting in the third person and the past, whoever is quoted at their end, with either dash.
    [InlineData("Key points:\n\n– Three people were killed in the blast, police said.\n\n– The bomb went off near the market at nine.\n\n– The government condemned the attack, officials said.")]
    [InlineData("Latest:\n\n- Three people were killed in the blast, police said.\n\n- He was arrested on Friday in Leeds, officials said.")]
    // Hyphen bullets naming their speaker, and reported speech with its source where English puts it.
    [InlineData("Reaction:\n\n- Bolton boss Sam Allardyce said: \"I am bitterly disappointed.\"\n\n- The club told the BBC that the deal was off.")]
    [InlineData("Latest:\n\n- He was arrested on Friday in Leeds.\n\n- Police said, according to witnesses, the car was blue.")]
    [InlineData("")]
    public void Leaves_inline_dashes_lists_and_ranges_alone(string text)
    {
        RuleAssert.Clean(_rule, text);
    }
}
