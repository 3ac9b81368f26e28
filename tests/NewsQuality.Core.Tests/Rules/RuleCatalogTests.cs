using System.Text.RegularExpressions;
using NewsQuality.Rules;

namespace NewsQuality.Core.Tests.Rules;

/// <summary>Invariants every rule in the catalogue must keep (StyleCop-style catalogue tests, found by reflection).</summary>
public class RuleCatalogTests
{
    public static TheoryData<string> RuleIds() => new(RuleCatalog.Default.Descriptors.Select(d => d.Id));

    private static IRule Rule(string id) => RuleCatalog.Default.Find(id)!;

    [Fact]
    public void Every_rule_class_in_the_assembly_is_registered_once()
    {
        var ruleTypes = typeof(IRule).Assembly.GetTypes().Where(t => typeof(IRule).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false });
        Assert.Equal(ruleTypes.OrderBy(t => t.Name), RuleCatalog.Default.Rules.Select(r => r.GetType()).OrderBy(t => t.Name));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Id_matches_category_and_class_name(string id)
    {
        var rule = Rule(id);
        Assert.Matches(new Regex(@"^NQ[1-4]\d{3}$"), id);
        // The family its findings are charged to is its descriptor's; the id's digit names it but for the rules that moved (NQ1003).
        Assert.Equal(rule.Descriptor.Category, RuleCategories.Of(id));
        if (id != "NQ1003") Assert.Equal((int)rule.Descriptor.Category, id[2] - '0');
        Assert.StartsWith(id, rule.GetType().Name);
        Assert.Matches(new Regex("^[a-z]+(-[a-z]+)*$"), rule.Descriptor.Name);
        Assert.InRange(rule.Descriptor.DefaultThreshold, 0, 1);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Flagged_example_is_flagged_and_clean_example_is_not(string id)
    {
        var rule = Rule(id);
        if (rule is not IArticleRule) return; // corpus rules are held to their examples in their own tests
        Assert.NotEmpty(RuleAssert.Run(rule, rule.Descriptor.FlaggedExample));
        RuleAssert.Clean(rule, rule.Descriptor.CleanExample);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Empty_and_whitespace_articles_are_clean(string id)
    {
        RuleAssert.Clean(Rule(id), "");
        RuleAssert.Clean(Rule(id), " \n\n \t\n");
    }

    [Fact]
    public void Rule_docs_are_current()
    {
        var docs = Path.Combine(RepositoryRoot(), "docs", "rules");
        var update = Environment.GetEnvironmentVariable("NQ_UPDATE_DOCS") == "1";
        foreach (var descriptor in RuleCatalog.Default.Descriptors)
        {
            var path = Path.Combine(docs, descriptor.Id + ".md");
            var expected = RuleDocumentation.Render(descriptor);
            if (update)
            {
                Directory.CreateDirectory(docs);
                File.WriteAllText(path, expected);
            }
            Assert.True(File.Exists(path) && File.ReadAllText(path) == expected,
                $"{path} is missing or stale; regenerate with: NQ_UPDATE_DOCS=1 dotnet test");
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void A_rule_page_says_what_happens_below_the_threshold_from_the_descriptor(string id)
    {
        var descriptor = Rule(id).Descriptor;
        var page = RuleDocumentation.Render(descriptor);
        if (descriptor.InfoFromOption is { } option)
        {
            // An info band must name one of the rule's options, and the page gives its default instead of "not reported".
            var band = Assert.Single(descriptor.Options, o => o.Name == option);
            Assert.InRange(band.Default, 0, descriptor.DefaultThreshold);
            Assert.Contains($"from option {option} ({band.Default.ToString("0.###", System.Globalization.CultureInfo.CurrentCulture)}) on is reported as an info finding", page);
            Assert.DoesNotContain("findings scoring below it are not reported", page);
        }
        else Assert.Contains("findings scoring below it are not reported", page);
    }

    [Fact]
    public void The_info_band_line_follows_the_descriptor_not_the_rule_id()
    {
        var plain = Rule("NQ2001").Descriptor;
        var banded = plain with { Options = [new RuleOption("softFrom", 0.2, new NumberRange(0, 1, WholeNumber: false))], InfoFromOption = "softFrom" };
        Assert.Contains("Default threshold: 0.5 (below it, a measure from option softFrom (0.2) on is reported as an info finding", RuleDocumentation.Render(banded));
        Assert.Contains("Default threshold: 0.5 (findings scoring below it are not reported)", RuleDocumentation.Render(plain));
        Assert.Equal("infoFrom", Rule("NQ1003").Descriptor.InfoBand?.Name);
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NewsQuality.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("NewsQuality.sln not found above the test assembly.");
    }
}
