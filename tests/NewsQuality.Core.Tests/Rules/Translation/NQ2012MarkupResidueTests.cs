using NewsQuality.Text;
using NewsQuality.Cleaning;
using NewsQuality.Rules.Translation;

namespace NewsQuality.Core.Tests.Rules.Translation;

public class NQ2012MarkupResidueTests
{
    private readonly NQ2012MarkupResidue _rule = new();

    /// <summary>Non-comment lines of a fixture file under fixtures/residue.</summary>
    private static IEnumerable<string> Cases(string file) =>
        File.ReadLines(Fixtures.Path("residue/" + file)).Where(line => line.Length > 0 && !line.StartsWith('#'));

    public static TheoryData<string, string> DamagedCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in Cases("damaged.txt"))
        {
            var parts = line.Split('\t');
            data.Add(parts[0], parts[1]);
        }
        return data;
    }

    public static TheoryData<string> CleanCases() => new(Cases("clean.txt"));

    [Theory]
    [MemberData(nameof(DamagedCases))]
    public void Flags_feed_residue_and_suggests_the_repair(string marked, string suggestions)
    {
        var findings = RuleAssert.Flags(_rule, marked);
        var expected = suggestions.Split(" | ").Select(s => s switch { "<empty>" => "", "<space>" => " ", _ => s });
        Assert.Equal(expected, findings.Select(f => f.Suggestion));
    }

    /// <summary>A publishing system's own code (its span ends in "]", which the fixture's [[ ]] marks cannot hold): removed whole.</summary>
    [Theory]
    [InlineData("Prices rose [caption id=\"attachment_7\" align=\"aligncenter\" width=\"640\"] sharply on Monday.", " [caption id=\"attachment_7\" align=\"aligncenter\" width=\"640\"]")]
    [InlineData("The plan failed, [vc_row][vc_column] the minister said.", " [vc_row][vc_column]")]
    [InlineData("Readers can write to [email protected] with questions.", " [email protected]")]
    [InlineData("The [i]Times[/i] reported the vote first.", "[/i]")]
    public void Flags_shortcodes_forum_tags_and_hidden_address_placeholders(string text, string evidence)
    {
        var finding = Assert.Single(RuleAssert.Run(_rule, text));
        Assert.Equal(evidence, finding.Evidence);
        Assert.Equal("", finding.Suggestion);
    }

    [Theory]
    [MemberData(nameof(CleanCases))]
    public void Leaves_clean_news_text_alone(string text)
    {
        RuleAssert.Clean(_rule, text);
    }

    /// <summary>Held-out residue (fixtures/README.md): all 24 lines were caught when first run; fewer means a regression.</summary>
    [Fact]
    public void Catches_every_held_out_line()
    {
        var lines = File.ReadLines(Fixtures.Path("heldout/markup-residue.txt")).Where(line => !line.StartsWith('#')).ToList();
        var missed = lines.Where(line => RuleAssert.Run(_rule, line).Count == 0).ToList();
        Assert.Equal(24, lines.Count);
        Assert.True(missed.Count == 0, "missed: " + string.Join(" / ", missed));
    }

    /// <summary>Every name the bare-entity pattern knows is found (texts without any of them are not searched by it).</summary>
    [Theory]
    [InlineData("quot", "\"")]
    [InlineData("rsquo", "’")]
    [InlineData("hellip", "…")]
    [InlineData("eacute", "é")]
    [InlineData("szlig", "ß")]
    [InlineData("nbsp", "\u00A0")]
    public void Bare_named_entities_are_found_glued_or_alone(string name, string decoded)
    {
        foreach (var text in new[] { $"Prices rose{name}; again.", $"Prices rose {name}; again" })
            Assert.Contains(NewsQuality.Text.MarkupResidue.Find(text), residue => residue.Repair == decoded);
        Assert.DoesNotContain(NewsQuality.Text.MarkupResidue.Find($"Prices rose {name} again; and fell."), residue => residue.Repair == decoded);
    }

    [Fact]
    public void Applying_every_safe_suggestion_gives_clean_text()
    {
        var damaged = "Ministers called it a quot;Free Trade quot; deal; Marks &amp;amp; Spencer said it#39;s worth \\$2bn,\\which is &lt;b&gt;huge&lt;/b&gt;.";
        var (repaired, repairs) = ArticleCleaner.FixEncoding(damaged);
        Assert.Equal("Ministers called it a \"Free Trade\" deal; Marks & Spencer said it's worth $2bn, which is huge.", repaired);
        Assert.Equal(8, repairs);
        RuleAssert.Clean(_rule, repaired);
    }

    [Fact]
    public void A_lost_ampersand_is_suggested_but_not_repaired_by_clean()
    {
        var text = "Shares of AT T and Turner   Newall fell.";
        Assert.Equal(2, RuleAssert.Run(_rule, text).Count);
        Assert.Equal(text, ArticleCleaner.FixEncoding(text).Text);
    }

    [Fact]
    public void Every_known_ampersand_name_is_found_with_one_to_three_spaces_for_its_ampersand_and_other_capital_pairs_are_not()
    {
        foreach (var name in MarkupResidue.KnownAmpersandNames)
            for (var gap = 1; gap <= 3; gap++)
            {
                var written = name.Replace("&", new string(' ', gap));
                var text = $"Shares of {written} rose, and the US Senate met. Later, {written} said so.";
                var found = MarkupResidue.Find(text);
                Assert.Equal(2, found.Count);
                Assert.All(found, residue => Assert.Equal((ResidueKind.LostAmpersand, name, written),
                    (residue.Kind, residue.Repair, text.Substring(residue.Span.Start, residue.Span.Length))));
            }
        // Capital pairs that are no name the rule knows: "X Y", "UK P", "I A".
        Assert.Empty(MarkupResidue.Find("Shares of X Y rose as UK P fell, and I A said so; AT&T and S&P gained."));
    }

    [Fact]
    public void Bare_entity_names_are_found_at_the_texts_edges_and_semicolons_without_them_are_not_residue()
    {
        var text = "quot;Free Trade quot; said so, at 5 per cent; and nbsp;";
        Assert.Equal(["quot;", "quot;", "nbsp;"], MarkupResidue.Find(text).Where(r => r.Kind == ResidueKind.BareEntity)
            .Select(r => text.Substring(r.Span.Start, r.Span.Length).Trim()));
        Assert.Empty(MarkupResidue.Find(";quo; uot; a semicolon; another;"));
    }

    [Fact]
    public void Repairs_are_stable_a_second_pass_changes_nothing()
    {
        foreach (var (marked, _) in DamagedCases().Select(row => ((string)row[0], (string)row[1])))
        {
            var once = ArticleCleaner.FixEncoding(RuleAssert.Unmark(marked).Text).Text;
            Assert.Equal(once, ArticleCleaner.FixEncoding(once).Text);
        }
    }
}
