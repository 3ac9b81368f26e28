using System.CommandLine;
using NewsQuality.Rules;
using NewsQuality.Tuning;

namespace NewsQuality.Cli.Commands;

/// <summary>
/// <c>newsquality tune labelled.jsonl</c>: from articles whose JSON carries <c>"labels": ["NQ2001", …]</c> (the rules that
/// truly apply), reports each rule's precision, recall and F1 at its current threshold and suggests a better one, with
/// the configuration snippet to use it.
/// </summary>
public static class TuneCommand
{
    public static Command Build(CliIO io)
    {
        var input = new InputSymbols();
        var command = new Command("tune", "Suggest rule thresholds from your own labelled articles (JSON Lines with a \"labels\" list of rule ids).");
        input.AddTo(command);
        command.SetAction(parse =>
        {
            var config = input.LoadConfig(parse, io);
            if (config is null) return ExitCodes.UsageOrInputError;
            var articles = new List<Model.Article>();
            foreach (var result in input.Source(parse, io, config).Read())
            {
                if (result.Error is { } error) io.StdErr.WriteLine(error.ToString());
                else if (result.Article!.Labels is null) io.StdErr.WriteLine($"{result.Article.Origin.Display}: error: no \"labels\" list; every article needs one, empty when nothing applies");
                else articles.Add(result.Article);
            }
            if (articles.Count == 0)
            {
                io.StdErr.WriteLine("newsquality: no labelled articles to tune on");
                return ExitCodes.UsageOrInputError;
            }
            var tunings = ThresholdTuner.Tune(articles, RuleCatalog.Default, input.Options(parse, config));
            using var output = io.OutWriter();
            output.WriteLine($"{articles.Count} labelled articles.\n");
            output.WriteLine("| rule | labelled yes/no | AUC | threshold now | P / R / F1 now | suggested | P / R / F1 suggested |");
            output.WriteLine("|---|---|---|---|---|---|---|");
            foreach (var t in tunings)
                output.WriteLine($"| {t.RuleId} | {t.Positives}/{t.Negatives} | {t.AreaUnderRoc:0.000} | {t.CurrentThreshold:0.###} | {Format(t.AtCurrent)} | {t.SuggestedThreshold:0.###} | {Format(t.AtSuggested)} |");
            // The conclusion reads off the same rows as the table: a rule changes exactly when its suggested column does.
            var changes = tunings.Where(t => t.ChangeSuggested).ToList();
            output.WriteLine(changes.Count == 0
                ? "\nThe current thresholds are already the best on these labels."
                : "\nTo use the suggestions, put this in newsquality.json:\n\n{ \"rules\": { " + string.Join(", ", changes.Select(t => $"\"{t.RuleId}\": {{ \"threshold\": {t.SuggestedThreshold:0.###} }}")) + " } }");
            foreach (var t in tunings.Where(t => t.EqualF1Thresholds.Count > 0))
                output.WriteLine($"{t.RuleId}: a tie, {Thresholds(t.EqualF1Thresholds)} the same F1 ({t.AtSuggested.F1:0.00}) as {t.SuggestedThreshold:0.###}; " +
                                 (t.ChangeSuggested ? "the higher threshold is suggested (fewer false alarms)." : "the current threshold is kept."));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>"threshold 0.3 gives" / "thresholds 0.3 and 1 give".</summary>
    private static string Thresholds(IReadOnlyList<double> values)
    {
        var shown = values.Select(x => x.ToString("0.###")).ToList();
        return shown.Count == 1 ? $"threshold {shown[0]} gives" : $"thresholds {string.Join(", ", shown[..^1])} and {shown[^1]} give";
    }

    private static string Format(Metrics m) => $"{m.Precision:0.00} / {m.Recall:0.00} / {m.F1:0.00}";
}
