using NewsQuality.Core.Tests.Rules;
using NewsQuality.Model;
using NewsQuality.Rules;
using NewsQuality.Scoring;

namespace NewsQuality.Core.Tests.Scoring;

public class FamilyScoresTests
{
    private static Finding At(string rule, Severity severity, int start, int length, double score = 1) => ProblemsTests.At(rule, severity, start, length, score);

    [Fact]
    public void Each_family_loses_the_points_of_the_problems_its_rules_lead()
    {
        var findings = new[]
        {
            At("NQ2001", Severity.Warning, 0, 10), At("NQ2014", Severity.Info, 20, 40, 0.5),
            At("NQ4001", Severity.Info, 100, 20), At("NQ1001", Severity.Warning, 200, 50, 0.6),
        };
        var families = ScoringPolicy.Default.Families(findings);
        Assert.Equal(100 - 15 - 2, families[RuleCategory.Translation]);
        Assert.Equal(96, families[RuleCategory.Boilerplate]);
        Assert.Equal(91, families[RuleCategory.Duplicate]);
        Assert.Equal(100, families[RuleCategory.OffTopic]);
        // The overall score loses what the families lose, added up.
        var (overall, _) = ScoringPolicy.Default.Evaluate(findings);
        Assert.Equal(100 - families.All.Sum(f => 100 - f.Score), overall);
    }

    [Fact]
    public void A_finding_grouped_under_another_family_costs_that_family_nothing()
    {
        // A "See also" line: link bait (off-topic) leads, navigation (boilerplate) and quote style (translation) are evidence.
        var line = new[] { At("NQ2011", Severity.Info, 100, 70), At("NQ3001", Severity.Warning, 100, 70, 0.8), At("NQ4004", Severity.Info, 100, 70) };
        var families = ScoringPolicy.Default.Families(line);
        Assert.Equal(88, families[RuleCategory.OffTopic]);
        Assert.Equal(100, families[RuleCategory.Translation]);
        Assert.Equal(100, families[RuleCategory.Boilerplate]);
    }

    [Fact]
    public void Family_scores_stop_at_zero_and_an_article_without_findings_scores_100_everywhere()
    {
        var errors = Enumerable.Range(0, 3).Select(i => At("NQ2003", Severity.Error, i * 100, 10)).ToList();
        Assert.Equal(0, ScoringPolicy.Default.Families(errors)[RuleCategory.Translation]);
        Assert.All(ScoringPolicy.Default.Families([]).All, f => Assert.Equal(100, f.Score));
        Assert.Equal("duplicate 100, translation 0, offtopic 100, boilerplate 100", ScoringPolicy.Default.Families(errors).ToString());
    }

    [Fact]
    public void On_the_seeds_the_family_scores_follow_the_findings_of_each_family()
    {
        var reports = SeedFixtureTests.Check([Fixtures.Path("seeds/000_90e9dc78b7355bf2.txt"), Fixtures.Path("seeds/004_d45996393cbbdd09.txt")]);
        foreach (var report in reports)
        {
            Assert.Equal(100, report.Families[RuleCategory.Duplicate]); // one article of each story: nothing copied
            foreach (var (family, score) in report.Families.All)
            {
                var led = report.Problems.Where(p => RuleCategories.Of(p.RuleId) == family).ToList();
                Assert.Equal(led.Count == 0, score == 100);
            }
        }
        // The mistranslated title (an error) and the doubled word take the second seed's translation score to 0.
        Assert.Equal(0, reports[1].Families[RuleCategory.Translation]);
        Assert.True(reports[0].Families[RuleCategory.Translation] > 0);
    }

    [Theory]
    [InlineData("NQ1001", RuleCategory.Duplicate)]
    [InlineData("NQ2014", RuleCategory.Translation)]
    [InlineData("NQ3002", RuleCategory.OffTopic)]
    [InlineData("NQ4004", RuleCategory.Boilerplate)]
    public void A_rule_id_names_its_family_by_its_first_digit(string rule, RuleCategory family) =>
        Assert.Equal(family, RuleCategories.Of(rule));

    [Fact]
    public void An_id_outside_the_families_has_none() => Assert.Null(RuleCategories.Of("NQ9001"));

    [Fact]
    public void Divergent_version_is_charged_to_translation_not_to_duplicate()
    {
        // NQ1003 keeps its id but judges an omission against the other versions: its penalty lowers the translation score.
        Assert.Equal(RuleCategory.Translation, RuleCategories.Of("NQ1003"));
        Assert.Equal(RuleCategory.Duplicate, RuleCategories.Of("NQ1002"));
        var families = ScoringPolicy.Default.Families([At("NQ1003", Severity.Info, 0, 4, score: 0.5)]);
        Assert.Equal(98, families[RuleCategory.Translation]);
        Assert.Equal(100, families[RuleCategory.Duplicate]);
    }

    [Fact]
    public void Unrounded_scores_keep_the_fractions_the_whole_numbers_round_away()
    {
        // Two versions of a story whose NQ1003 infos cost 0.6 and 1.4 points: both print 99, a mean over many articles can tell them apart.
        var lighter = ScoringPolicy.Default.Families([At("NQ1003", Severity.Info, 0, 4, score: 0.15)]);
        var heavier = ScoringPolicy.Default.Families([At("NQ1003", Severity.Info, 0, 4, score: 0.35)]);
        Assert.Equal(99, lighter[RuleCategory.Translation]);
        Assert.Equal(99, heavier[RuleCategory.Translation]);
        Assert.Equal(99.4, lighter.Unrounded(RuleCategory.Translation), 9);
        Assert.Equal(98.6, heavier.Unrounded(RuleCategory.Translation), 9);
        Assert.Equal(100, heavier.Unrounded(RuleCategory.Duplicate));
    }

    [Fact]
    public void Every_score_is_its_unrounded_score_rounded_and_the_overall_one_adds_the_families_up()
    {
        var findings = new[]
        {
            At("NQ2001", Severity.Warning, 0, 10, 0.77), At("NQ2014", Severity.Info, 20, 40, 0.55),
            At("NQ4001", Severity.Info, 100, 20, 0.3), At("NQ1001", Severity.Warning, 200, 50, 0.61),
            At("NQ1003", Severity.Info, 300, 10, 0.45),
        };
        var families = ScoringPolicy.Default.Families(findings);
        foreach (var (family, score) in families.All) Assert.Equal(score, (int)Math.Round(families.Unrounded(family)));
        var (overall, _) = ScoringPolicy.Default.Evaluate(findings);
        Assert.Equal(overall, (int)Math.Round(families.UnroundedOverall));
        Assert.Equal(100 - families.All.Sum(f => 100 - families.Unrounded(f.Family)), families.UnroundedOverall, 9);
        // Clamped like the whole numbers: three errors leave 0, not −35.
        var errors = Enumerable.Range(0, 3).Select(i => At("NQ2003", Severity.Error, i * 100, 10)).ToList();
        Assert.Equal(0, ScoringPolicy.Default.Families(errors).Unrounded(RuleCategory.Translation));
        Assert.Equal(0, ScoringPolicy.Default.Families(errors).UnroundedOverall);
        Assert.Equal(100, FamilyScores.Perfect.UnroundedOverall);
    }
}

public class ScoreFloorTests
{
    [Theory]
    [InlineData("70", null, 70)]
    [InlineData("translation=70", RuleCategory.Translation, 70)]
    [InlineData("Off-Topic=0", RuleCategory.OffTopic, 0)]
    [InlineData("boilerplate = 100", RuleCategory.Boilerplate, 100)]
    public void Floors_are_read_overall_or_per_family(string text, RuleCategory? family, int minimum)
    {
        Assert.Equal(new ScoreFloor(family, minimum), ScoreFloor.Parse(text, out var problem));
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("fluency=70", "unknown score family \"fluency\"")]
    [InlineData("translation=101", "is not a whole number from 0 to 100")]
    [InlineData("-5", "is not a whole number")]
    [InlineData("translation=", "is not a whole number")]
    [InlineData("7.5", "is not a whole number")]
    public void Other_text_is_refused_with_the_reason(string text, string reason)
    {
        Assert.Null(ScoreFloor.Parse(text, out var problem));
        Assert.Contains(reason, problem);
    }

    [Fact]
    public void The_command_line_replaces_the_configuration_floor_of_the_same_score_and_the_later_one_wins()
    {
        var config = new[] { new ScoreFloor(null, 60), new ScoreFloor(RuleCategory.Translation, 70) };
        var command = new[] { new ScoreFloor(RuleCategory.Translation, 50), new ScoreFloor(RuleCategory.Translation, 40), new ScoreFloor(RuleCategory.Duplicate, 90) };
        Assert.Equal([new ScoreFloor(null, 60), new ScoreFloor(RuleCategory.Duplicate, 90), new ScoreFloor(RuleCategory.Translation, 40)],
            ScoreFloor.Merge(config, command));
    }
}
