using System.CommandLine;
using NewsQuality.Model;
using NewsQuality.Rules;

namespace NewsQuality.Cli.Commands;

/// <summary><c>newsquality rules</c>: the catalogue, one rule a line.</summary>
public static class RulesCommand
{
    public static Command Build(CliIO io)
    {
        var command = new Command("rules", "List every rule with its id, category, default severity and threshold.");
        command.SetAction(_ =>
        {
            using var output = io.OutWriter();
            output.WriteLine($"{"id",-7} {"name",-28} {"category",-12} {"severity",-8} {"threshold",9}  summary");
            foreach (var d in RuleCatalog.Default.Descriptors)
                output.WriteLine($"{d.Id,-7} {d.Name,-28} {d.Category.ToString().ToLowerInvariant(),-12} {d.DefaultSeverity.ToName(),-8} {d.DefaultThreshold,9:0.##}  {d.Summary}");
            return ExitCodes.Success;
        });
        return command;
    }
}
