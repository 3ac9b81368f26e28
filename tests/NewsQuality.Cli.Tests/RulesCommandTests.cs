using NewsQuality.Rules;

namespace NewsQuality.Cli.Tests;

public class RulesCommandTests
{
    [Fact]
    public void Rules_lists_every_rule_in_the_catalogue()
    {
        var result = CliRunner.Run("rules");
        Assert.Equal(0, result.ExitCode);
        foreach (var descriptor in RuleCatalog.Default.Descriptors)
            Assert.Contains($"{descriptor.Id,-7} {descriptor.Name}", result.StdOut);
    }

    [Fact]
    public void Explain_prints_the_rule_page_by_id_or_name()
    {
        var byId = CliRunner.Run("explain", "NQ2001");
        Assert.Equal(0, byId.ExitCode);
        Assert.StartsWith("# NQ2001 doubled-word", byId.StdOut);
        Assert.Contains("Eastern Eastern Europe", byId.StdOut);
        Assert.Equal(byId.StdOut, CliRunner.Run("explain", "doubled-word").StdOut);
    }

    [Fact]
    public void Explain_of_an_unknown_rule_is_a_usage_error()
    {
        var result = CliRunner.Run("explain", "NQ9999");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no rule 'NQ9999'", result.StdErr);
    }
}
