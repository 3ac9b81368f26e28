using System.CommandLine;
using NewsQuality.Model;
using NewsQuality.Rules;

namespace NewsQuality.Cli.Commands;

/// <summary><c>newsquality rules</c>: the catalogue, one rule a line.</summary>
public static class RulesCommand
{
    public static Command Build(CliIO io)
    {
        var format = new Option<string>("--format") { Description = "text or markdown (a table for docs).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "markdown");
        var command = new Command("rules", "List every rule with its id, category, default severity and threshold.") { format };
        command.SetAction(parse =>
        {
            using var output = io.OutWriter();
            var markdown = parse.GetValue(format) == "markdown";
            output.WriteLine(markdown
                ? "| id | name | category | severity | threshold | summary |\n|---|---|---|---|---|---|"
                : $"{"id",-7} {"name",-28} {"category",-12} {"severity",-8} {"threshold",9}  summary");
            foreach (var d in RuleCatalog.Default.Descriptors)
            {
                var category = d.Category.ToString().ToLowerInvariant();
                output.WriteLine(markdown
                    ? $"| {d.Id} | {d.Name} | {category} | {d.DefaultSeverity.ToName()} | {d.DefaultThreshold:0.##} | {d.Summary.Replace("|", "\\|")} |"
                    : $"{d.Id,-7} {d.Name,-28} {category,-12} {d.DefaultSeverity.ToName(),-8} {d.DefaultThreshold,9:0.##}  {d.Summary}");
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
