using NewsQuality.Rules.Translation;

namespace NewsQuality.Core.Tests.Rules.Translation;

public class NQ2009MojibakeTests
{
    private readonly NQ2009Mojibake _rule = new();

    [Theory]
    [InlineData("Unlike this summerâ€™s meeting", "’")]
    [InlineData("The cafÃ© opened.", "é")]
    [InlineData("It cost Â£5m.", "£")]
    [InlineData("He said â€œnoâ€\u009d.", "“")]
    [InlineData("Talks in MalmÃ¶ ended.", "ö")]
    [InlineData("Prices â€“ up 5% â€“ rose.", "–")]
    [InlineData("SummerÃ¢â‚¬â„¢s end", "’")]
    [InlineData("Latin-1 reading: summer\u00E2\u0080\u0099s end", "’")]
    public void Flags_double_encoded_text_and_suggests_the_repair(string text, string expectedInRepair)
    {
        var finding = RuleAssert.Run(_rule, text)[0];
        Assert.Equal("NQ2009", finding.RuleId);
        Assert.Contains(expectedInRepair, finding.Suggestion);
    }

    [Theory]
    [InlineData("Unlike this summer[[â€™]]s meeting in [[GenÃ¨ve]]", new[] { "’", "Genève" })]
    public void Spans_cover_exactly_the_garbled_characters(string marked, string[] repairs)
    {
        var (text, spans) = RuleAssert.Unmark(marked);
        // The span is the garbled run only: letters around it ("Gen", "ve") are plain ASCII and belong to no sequence.
        var findings = RuleAssert.Run(_rule, text);
        Assert.Equal(spans.Count, findings.Count);
        Assert.Equal(["â€™", "Ã¨"], findings.Select(f => f.Evidence));
        Assert.Equal(repairs[0], findings[0].Suggestion);
        Assert.Equal("è", findings[1].Suggestion);
    }

    /// <summary>
    /// Positions are only tried from the next character that can start a finding (U+00C2–U+00F4, U+FFFD): runs after long
    /// stretches of ASCII, of other Latin-1 letters and of characters above U+00FF are all found, and those characters alone give nothing.
    /// </summary>
    [Fact]
    public void Runs_are_found_wherever_they_stand_among_other_characters()
    {
        var filler = new string('x', 40) + "ÿõ€’“Ωé" + new string('y', 40);
        var text = filler + "cafÃ©" + filler + "\uFFFD" + filler + "Â  gap" + filler + "summerâ€™s" + filler;
        var findings = RuleAssert.Run(_rule, text);
        Assert.Equal(["Ã©", "\uFFFD", "Â", "â€™"], findings.Select(f => f.Evidence));
        Assert.Empty(RuleAssert.Run(_rule, filler + filler));
    }

    [Fact]
    public void Flags_a_closing_quote_whose_last_byte_was_dropped()
    {
        var findings = RuleAssert.Run(_rule, "He said â€œno commentâ€ to reporters.");
        Assert.Equal(["â€œ", "â€"], findings.Select(f => f.Evidence));
        Assert.Equal("”", findings[1].Suggestion);
    }

    [Fact]
    public void Flags_replacement_characters_and_a_stray_capital_a_circumflex()
    {
        RuleAssert.Flags(_rule, "The minister[[\uFFFD\uFFFD]]s plan.");
        RuleAssert.Flags(_rule, "See also[[Â]] That's why it changed.");
        var nbsp = RuleAssert.Flags(_rule, "See also[[Â\u00A0]]That's why.").Single();
        Assert.Equal("\u00A0", nbsp.Suggestion);
    }

    [Theory]
    [InlineData("Unlike this summer’s meeting in Genève, talks in Malmö went on.")]
    [InlineData("São Paulo, Zoë, Brontë, Ångström, Øresund, Kraków, Łódź and Dvořák.")]
    [InlineData("It cost £5m – or €7m – at 5°C, said the café’s “owner”.")]
    [InlineData("ÂGE D'OR and Âge d'or are film titles; SÃO PAULO is in Brazil.")]
    [InlineData("Ça va? Éric Cantona said « non ».")]
    [InlineData("Müller, Gödel, Straße, naïve, façade, résumé, señor, Ñuñoa.")]
    [InlineData("Beijing 北京 and Tokyo 東京, Москва, Αθήνα.")]
    [InlineData("")]
    public void Leaves_correct_non_ascii_text_alone(string text)
    {
        RuleAssert.Clean(_rule, text);
    }
}
