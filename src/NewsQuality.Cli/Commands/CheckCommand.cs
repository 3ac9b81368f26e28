using System.CommandLine;
using NewsQuality.Analysis;
using NewsQuality.Index;
using NewsQuality.Input;
using NewsQuality.Model;
using NewsQuality.Reporting;
using NewsQuality.Rules;

namespace NewsQuality.Cli.Commands;

/// <summary><c>newsquality check</c>: read articles, run the rules, write the report, and gate CI with the exit code.</summary>
public static class CheckCommand
{
    /// <summary>The command's own symbols; built per command tree because System.CommandLine symbols keep their parent.</summary>
    private sealed class Symbols
    {
        public readonly InputSymbols Input = new();

        public readonly Option<string> Format = new("--format", "-f")
        {
            Description = "Report format on standard output.",
            DefaultValueFactory = _ => "text",
        };

        public readonly Option<string[]> Output = new("--output", "-o")
        {
            Description = "Also write a report to a file, as FORMAT=PATH (repeatable), e.g. sarif=nq.sarif junit=nq.xml markdown=summary.md.",
        };

        public readonly Option<bool> Quiet = new("--quiet", "-q") { Description = "No progress on standard error." };

        public readonly Option<bool> KeepGoing = new("--keep-going") { Description = "Unreadable inputs are still reported, but do not make the exit code 2." };

        public readonly Option<string[]> MinScore = new("--min-score")
        {
            Description = "Also exit 1 when any article scores below N (0-100), or scores below N in one family with FAMILY=N " +
                          "(duplicate, translation, offtopic, boilerplate), e.g. --min-score translation=70 (repeatable).",
        };

        public readonly Option<string?> Baseline = new("--baseline") { Description = "Report only findings not recorded in this baseline file." };
        public readonly Option<string?> WriteBaseline = new("--write-baseline") { Description = "Record this run's findings as the baseline in this file." };

        public readonly Option<string> FailOn = new("--fail-on")
        {
            Description = "Lowest severity that makes the exit code 1 ('none' never does).",
            DefaultValueFactory = _ => "error",
        };

        public readonly Option<bool> ShowClean = new("--show-clean") { Description = "List articles without findings too (text format)." };

        public readonly Option<string?> RuleDocsUrl = new("--rule-docs-url")
        {
            Description = "Markdown report: link rule ids to this URL, {rule} standing for the id (default: each rule's text inline).",
        };

        public readonly Option<string?> Against = new("--against") { Description = "An index of published articles (newsquality index build): also flag copies of those." };

        public Symbols()
        {
            Format.AcceptOnlyFromAmong(ReportFormats.Names.ToArray());
            FailOn.AcceptOnlyFromAmong("info", "warning", "error", "none");
            MinScore.Validators.Add(result =>
            {
                foreach (var text in result.GetValueOrDefault<string[]>() ?? [])
                    if (Scoring.ScoreFloor.Parse(text, out var problem) is null) result.AddError($"--min-score: {problem}");
            });
        }
    }

    public static Command Build(CliIO io)
    {
        var s = new Symbols();
        var command = new Command("check", "Check articles and report findings with their spans, a quality score and a verdict per article.");
        s.Input.AddTo(command);
        command.Add(s.Format);
        command.Add(s.FailOn);
        command.Add(s.ShowClean);
        command.Add(s.Against);
        command.Add(s.Output);
        command.Add(s.Baseline);
        command.Add(s.MinScore);
        command.Add(s.KeepGoing);
        command.Add(s.Quiet);
        command.Add(s.WriteBaseline);
        command.Add(s.RuleDocsUrl);
        s.RuleDocsUrl.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } url && !url.Contains("{rule}")) result.AddError("--rule-docs-url needs {rule} where the rule id goes, e.g. https://example.org/rules/{rule}.md");
        });
        command.SetAction((parse, cancellation) => Task.FromResult(Execute(parse, s, io, cancellation)));
        return command;
    }

    private static int Execute(ParseResult parse, Symbols s, CliIO io, CancellationToken cancellation)
    {
        var inputs = parse.GetValue(s.Input.Articles)!;
        var config = s.Input.LoadConfig(parse, io);
        if (config is null) return ExitCodes.UsageOrInputError;
        var source = s.Input.Source(parse, io, config);
        using var published = OpenIndex(parse.GetValue(s.Against), io);
        if (parse.GetValue(s.Against) is not null && published is null) return ExitCodes.UsageOrInputError;
        var options = s.Input.Options(parse, config) with { Published = published };
        var floors = (parse.GetValue(s.MinScore) ?? []).Select(text => Scoring.ScoreFloor.Parse(text, out _)!).ToList();
        options = options with { Scoring = options.Scoring with { MinScores = Scoring.ScoreFloor.Merge(options.Scoring.MinScores, floors) } };
        var engine = new AnalysisEngine(RuleCatalog.Default, options);

        var reportOptions = new ReportOptions(io.StdErr, parse.GetValue(s.ShowClean), parse.GetValue(s.RuleDocsUrl));
        var targets = ReportTargets.Parse(parse.GetValue(s.Output) ?? [], io, reportOptions with { Errors = null, ShowClean = false });
        if (targets is null) return ExitCodes.UsageOrInputError;
        var baseline = LoadBaseline(parse.GetValue(s.Baseline), io, out var baselineFailed);
        if (baselineFailed) return ExitCodes.UsageOrInputError;
        var writeBaseline = parse.GetValue(s.WriteBaseline) is { } given ? Path.GetFullPath(given, io.CurrentDirectory) : null;
        if (OutputsProblem(targets, writeBaseline, source) is { } problem)
        {
            io.StdErr.WriteLine($"newsquality: {problem}");
            return ExitCodes.UsageOrInputError;
        }

        var stdoutFormat = parse.GetValue(s.Format)!;
        var stdout = ReportFormats.Create(stdoutFormat, io.StdOut, reportOptions);
        using var writer = new CompositeReportWriter([stdout, .. targets.Select(t => t.Writer)]);
        var summary = new RunSummary();
        var recorded = writeBaseline is null ? null : new List<ArticleReport>();
        writer.Begin(new RunInfo(NewsQualityCli.Version, inputs, options, RuleCatalog.Default));
        var meter = new Progress.ProgressMeter(InputSizes.Total(inputs, io.CurrentDirectory), engine.Passes, () => source.BytesRead + engine.ReplayedBytes, () => engine.Comparing);
        var progress = Progress.RunProgress.For(io, parse.GetValue(s.Quiet), meter);
        try
        {
            progress.Run(NewsQuality.Diagnostics.RunTrace.Timed(engine.Run(source, cancellation), "reports (waiting for the engine)"), item =>
            {
                if (item.Report is { } report)
                {
                    recorded?.Add(report);
                    var shown = baseline?.Filter(report, options.Scoring) ?? report;
                    summary.Add(shown);
                    writer.Write(shown);
                }
                else
                {
                    summary.Add(item.Error!);
                    writer.Write(item.Error!);
                    // The text format prints input errors itself; with other formats stderr still tells the user.
                    if (stdoutFormat != "text") io.StdErr.WriteLine(item.Error!.ToString());
                }
            });
        }
        catch (Exception e) when (published is not null && e is InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
        {
            // An index built with other near-duplicate settings cannot be compared with this run; one damaged past what
            // the check on opening sees fails on reading. Either way standard output stays a complete report.
            writer.End(summary);
            io.StdErr.WriteLine($"newsquality: {parse.GetValue(s.Against)}: {e.Message}");
            return ExitCodes.UsageOrInputError;
        }
        catch (OperationCanceledException)
        {
            // Ctrl-C: close the report on standard output with what was checked; write no report file and no baseline.
            writer.End(summary);
            io.StdErr.WriteLine($"newsquality: interrupted after {summary.Articles} articles; no report files written");
            return ExitCodes.Interrupted;
        }
        writer.End(summary);
        NewsQuality.Diagnostics.RunTrace.Mark("second pass: checked and reported");
        var saved = SaveReports(writer, stdout, targets, io);
        if (recorded is not null) Baseline.Write(writeBaseline!, recorded);
        return saved != ExitCodes.Success ? saved : ExitCode(summary, parse.GetValue(s.FailOn)!, options.Scoring.MinScores, parse.GetValue(s.KeepGoing));
    }

    /// <summary>
    /// Saves every report file whose writer finished, whatever happened to the others, and names each that was not:
    /// <see cref="ExitCodes.InternalError"/> when a writer threw (a bug), <see cref="ExitCodes.UsageOrInputError"/> when a file could not be written.
    /// </summary>
    private static int SaveReports(CompositeReportWriter writer, IReportWriter stdout, IReadOnlyList<ReportTarget> targets, CliIO io)
    {
        var exit = ExitCodes.Success;
        if (writer.Failures.TryGetValue(stdout, out var stdoutFailure))
        {
            io.StdErr.WriteLine($"newsquality: internal error writing the report on standard output: {stdoutFailure.GetType().Name}: {stdoutFailure.Message}");
            exit = ExitCodes.InternalError;
        }
        foreach (var target in targets)
        {
            if (writer.Failures.TryGetValue(target.Writer, out var failure))
            {
                io.StdErr.WriteLine($"newsquality: {target.Path}: {target.Format} report not written: internal error {failure.GetType().Name}: {failure.Message}");
                exit = ExitCodes.InternalError;
                continue;
            }
            try
            {
                target.Save();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                io.StdErr.WriteLine($"newsquality: {target.Path}: {target.Format} report not written: {e.Message}");
                if (exit == ExitCodes.Success) exit = ExitCodes.UsageOrInputError;
            }
        }
        return exit;
    }

    /// <summary>Every file the run will write, checked before the first article is read: its folder exists and is writable, it is no input, no two coincide.</summary>
    private static string? OutputsProblem(IReadOnlyList<ReportTarget> targets, string? writeBaseline, ArticleSource source)
    {
        List<(string What, string Path)> outputs = [.. targets.Select(t => ($"--output {t.Format}", t.Path))];
        if (writeBaseline is not null) outputs.Add(("--write-baseline", writeBaseline));
        if (outputs.Count == 0) return null;
        var inputs = OutputPaths.InputsOf(source.Files());
        return outputs.Select(o => OutputPaths.FileProblem(o.Path, inputs) is { } problem ? $"{o.What}: {problem}" : null).FirstOrDefault(p => p is not null)
            ?? OutputPaths.CollisionProblem(outputs);
    }

    private static Baseline? LoadBaseline(string? path, CliIO io, out bool failed)
    {
        failed = false;
        if (path is null) return null;
        try
        {
            return Baseline.Load(Path.GetFullPath(path, io.CurrentDirectory));
        }
        catch (Exception e) when (e is IOException or InvalidDataException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
        {
            io.StdErr.WriteLine($"newsquality: {path}: cannot read baseline: {e.Message}");
            failed = true;
            return null;
        }
    }

    private static PublishedIndex? OpenIndex(string? path, CliIO io)
    {
        if (path is null) return null;
        try
        {
            return PublishedIndex.OpenRead(Path.GetFullPath(path, io.CurrentDirectory));
        }
        catch (Exception e) when (e is IOException or InvalidDataException or Microsoft.Data.Sqlite.SqliteException)
        {
            io.StdErr.WriteLine($"newsquality: {path}: {e.Message}");
            return null;
        }
    }

    internal static int ExitCode(RunSummary summary, string failOn, IReadOnlyList<Scoring.ScoreFloor>? minScores = null, bool keepGoing = false)
    {
        if (summary.InputErrors > 0 && !keepGoing) return ExitCodes.UsageOrInputError;
        if (summary.BrokenFloor(minScores ?? []) is not null) return ExitCodes.FindingsAtOrAboveGate;
        if (failOn == "none" || !SeverityNames.TryParse(failOn, out var gate)) return ExitCodes.Success;
        return summary.WorstSeverity is { } worst && worst >= gate ? ExitCodes.FindingsAtOrAboveGate : ExitCodes.Success;
    }
}
