using System.CommandLine;
using NewsQuality.Analysis;
using NewsQuality.Review;
using NewsQuality.Rules;
using NewsQuality.Tuning;

namespace NewsQuality.Cli.Commands;

/// <summary>
/// <c>newsquality tune labelled.jsonl</c> (or <c>tune --decisions review.db</c>, from review decisions): from articles whose JSON carries <c>"labels": ["NQ2001", …]</c> (the rules that
/// truly apply), reports each rule's precision, recall and F1 at its current threshold and suggests a better one, with
/// the configuration snippet to use it.
/// </summary>
public static class TuneCommand
{
    public const string Description = "Suggest rule thresholds from your own labelled articles (JSON Lines with a \"labels\" list of rule ids) or from review decisions (--decisions review.db).";

    public static Command Build(CliIO io)
    {
        var input = new InputSymbols();
        var decisions = new Option<string?>("--decisions") { Description = "Learn from a review database (newsquality review) instead of labelled articles." };
        var precision = new Option<double?>("--precision") { Description = "Suggest the lowest threshold that keeps precision at or above this (0-1) instead of the best F1." };
        precision.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double?>() is { } target && !(target is > 0 and <= 1)) result.AddError("--precision must be a number above 0 and at most 1");
        });
        var command = new Command("tune", Description);
        input.AddTo(command);
        input.Articles.Arity = ArgumentArity.ZeroOrMore;
        command.Add(decisions);
        command.Add(precision);
        command.SetAction(parse =>
        {
            var config = input.LoadConfig(parse, io);
            if (config is null) return ExitCodes.UsageOrInputError;
            var options = input.Options(parse, config);
            var target = parse.GetValue(precision);
            var given = parse.GetValue(input.Articles) ?? [];
            if (parse.GetValue(decisions) is { } database)
            {
                if (given.Length > 0)
                {
                    io.StdErr.WriteLine("newsquality: tune takes labelled articles or --decisions, not both");
                    return ExitCodes.UsageOrInputError;
                }
                return FromDecisions(Path.GetFullPath(database, io.CurrentDirectory), database, options, target, io);
            }
            if (given.Length == 0)
            {
                io.StdErr.WriteLine("newsquality: tune needs labelled articles, or --decisions review.db");
                return ExitCodes.UsageOrInputError;
            }
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
            var tunings = ThresholdTuner.Tune(articles, RuleCatalog.Default, options, target);
            using var output = io.OutWriter();
            output.WriteLine($"{articles.Count} labelled articles.\n");
            output.WriteLine("| rule | labelled yes/no | AUC | threshold now | P / R / F1 now | suggested | P / R / F1 suggested |");
            output.WriteLine("|---|---|---|---|---|---|---|");
            foreach (var t in tunings)
                output.WriteLine($"| {t.RuleId} | {t.Positives}/{t.Negatives} | {t.AreaUnderRoc:0.000} | {t.CurrentThreshold:0.###} | {Format(t.AtCurrent)} | {t.SuggestedThreshold:0.###} | {Format(t.AtSuggested)} |");
            Conclude(output, tunings);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// Each reviewed finding is an example: confirmed or dismissed, at the score it had. Every one was flagged, so
    /// thresholds can only be raised from here, and recall counts the confirmed findings among those reviewed.
    /// </summary>
    private static int FromDecisions(string path, string shown, AnalysisOptions options, double? target, CliIO io)
    {
        if (!File.Exists(path))
        {
            io.StdErr.WriteLine($"newsquality: {shown}: no such review database");
            return ExitCodes.UsageOrInputError;
        }
        IReadOnlyDictionary<string, IReadOnlyList<Example>> examples;
        try
        {
            examples = new DecisionExport(ReviewStore.Open(path)).Examples();
        }
        catch (Exception e) when (e is InvalidDataException or Microsoft.Data.Sqlite.SqliteException)
        {
            io.StdErr.WriteLine($"newsquality: {shown}: {e.Message}");
            return ExitCodes.UsageOrInputError;
        }
        if (examples.Count == 0)
        {
            io.StdErr.WriteLine($"newsquality: {shown}: no confirmed or dismissed findings to tune on");
            return ExitCodes.UsageOrInputError;
        }
        using var output = io.OutWriter();
        output.WriteLine($"{examples.Values.Sum(e => e.Count)} reviewed findings in {shown} (disputed ones left out); recall is over the reviewed findings.\n");
        output.WriteLine("| rule | confirmed/dismissed | threshold now | precision now | suggested | P / R / F1 suggested |");
        output.WriteLine("|---|---|---|---|---|---|");
        var tunings = new List<RuleTuning>();
        foreach (var (ruleId, ruleExamples) in examples.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var current = RuleCatalog.Default.Find(ruleId) is { } rule ? options.SettingsFor(rule.Descriptor).Threshold : 0;
            var confirmed = ruleExamples.Count(e => e.Positive);
            var flagged = ruleExamples.Where(e => e.Score >= current).ToList();
            var precisionNow = flagged.Count == 0 ? 0 : (double)flagged.Count(e => e.Positive) / flagged.Count;
            var tuning = ThresholdTuner.TuneRule(ruleId, ruleExamples, current, target);
            if (tuning is not null) tunings.Add(tuning);
            output.WriteLine($"| {ruleId} | {confirmed}/{ruleExamples.Count - confirmed} | {current:0.###} | {precisionNow:0.00} | " +
                             (tuning is null ? "– (all on one side) | – |" : $"{tuning.SuggestedThreshold:0.###} | {Format(tuning.AtSuggested)} |"));
        }
        Conclude(output, tunings);
        return ExitCodes.Success;
    }

    /// <summary>The conclusion reads off the same rows as the table: a rule changes exactly when its suggested column does.</summary>
    private static void Conclude(TextWriter output, IReadOnlyList<RuleTuning> tunings)
    {
        var changes = tunings.Where(t => t.ChangeSuggested).ToList();
        output.WriteLine(changes.Count == 0
            ? "\nThe current thresholds are already the best on these labels."
            : "\nTo use the suggestions, put this in newsquality.json:\n\n{ \"rules\": { " + string.Join(", ", changes.Select(t => $"\"{t.RuleId}\": {{ \"threshold\": {t.SuggestedThreshold:0.###} }}")) + " } }");
        foreach (var t in tunings.Where(t => t.EqualF1Thresholds.Count > 0))
            output.WriteLine($"{t.RuleId}: a tie, {Thresholds(t.EqualF1Thresholds)} the same F1 ({t.AtSuggested.F1:0.00}) as {t.SuggestedThreshold:0.###}; " +
                             (t.ChangeSuggested ? "the higher threshold is suggested (fewer false alarms)." : "the current threshold is kept."));
    }

    /// <summary>"threshold 0.3 gives" / "thresholds 0.3 and 1 give".</summary>
    private static string Thresholds(IReadOnlyList<double> values)
    {
        var shown = values.Select(x => x.ToString("0.###")).ToList();
        return shown.Count == 1 ? $"threshold {shown[0]} gives" : $"thresholds {string.Join(", ", shown[..^1])} and {shown[^1]} give";
    }

    private static string Format(Metrics m) => $"{m.Precision:0.00} / {m.Recall:0.00} / {m.F1:0.00}";
}
