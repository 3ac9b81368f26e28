using System.CommandLine;
using NewsQuality.Model;
using NewsQuality.Rules;

namespace NewsQuality.Cli.Commands;

/// <summary><c>newsquality explain NQ2001</c>: one rule's full description, with its examples.</summary>
public static class ExplainCommand
{
    public static Command Build(CliIO io)
    {
        var ruleId = new Argument<string>("rule") { Description = "Rule id, e.g. NQ2001 (or its name, e.g. doubled-word)." };
        var command = new Command("explain", "Explain one rule: what it finds, why it matters, and an example.") { ruleId };
        command.SetAction(parse =>
        {
            var wanted = parse.GetValue(ruleId)!;
            var rule = RuleCatalog.Default.Find(wanted)
                ?? RuleCatalog.Default.Rules.FirstOrDefault(r => string.Equals(r.Descriptor.Name, wanted, StringComparison.OrdinalIgnoreCase));
            if (rule is null)
            {
                io.StdErr.WriteLine($"newsquality: no rule '{wanted}'; 'newsquality rules' lists them.");
                return ExitCodes.UsageOrInputError;
            }
            using var output = io.OutWriter();
            output.Write(RuleDocumentation.Render(rule.Descriptor));
            return ExitCodes.Success;
        });
        return command;
    }
}
