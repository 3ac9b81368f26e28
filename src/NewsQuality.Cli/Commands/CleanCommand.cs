using System.CommandLine;
using NewsQuality.Analysis;
using NewsQuality.Input;
using NewsQuality.Rules;

namespace NewsQuality.Cli.Commands;

/// <summary>
/// <c>newsquality clean ARTICLES --out DIR</c>: writes each article with the flagged insertions and site chrome
/// removed, under DIR, keeping relative paths; with <c>--fix-encoding</c> also with mojibake and markup residue repaired.
/// Inputs are never overwritten; JSON Lines files come out as JSON Lines.
/// </summary>
public static class CleanCommand
{
    public static Command Build(CliIO io)
    {
        var input = new InputSymbols();
        var outDir = new Option<string>("--out", "-o") { Description = "Folder to write the cleaned articles to (created if missing, inside a folder that exists).", Required = true };
        var fixEncoding = new Option<bool>("--fix-encoding")
        {
            Description = "Also repair encoding and markup residue: re-decode mojibake, decode HTML entities, undo backslash escapes, remove tags.",
        };
        var command = new Command("clean", "Write each article with flagged insertions and site boilerplate removed (inputs are never modified).");
        input.AddTo(command);
        command.Add(outDir);
        command.Add(fixEncoding);
        command.SetAction((parse, cancellation) => Task.FromResult(
            Execute(parse, input, Path.GetFullPath(parse.GetValue(outDir)!, io.CurrentDirectory), parse.GetValue(fixEncoding), io, cancellation)));
        return command;
    }

    private static int Execute(ParseResult parse, InputSymbols input, string outDir, bool fixEncoding, CliIO io, CancellationToken cancellation)
    {
        var config = input.LoadConfig(parse, io);
        if (config is null) return ExitCodes.UsageOrInputError;
        var source = input.Source(parse, io, config);
        if (OutputProblem(source, outDir, io.CurrentDirectory) is { } problem)
        {
            io.StdErr.WriteLine($"newsquality: {problem}");
            return ExitCodes.UsageOrInputError;
        }
        var engine = new AnalysisEngine(RuleCatalog.Default, input.Options(parse, config));
        var cleaning = new CleaningRun(outDir, io.CurrentDirectory, source.Options.Format, fixEncoding);
        try
        {
            foreach (var item in engine.Run(source, cancellation))
            {
                if (item.Error is { } error) io.StdErr.WriteLine(error.ToString());
                cleaning.Add(item);
            }
        }
        catch (OperationCanceledException)
        {
            io.StdErr.WriteLine($"newsquality: interrupted after {cleaning.Articles} articles; JSON Lines, WARC and CSV outputs were not written");
            return ExitCodes.Interrupted;
        }
        cleaning.WriteRecordFiles();
        using var output = io.OutWriter();
        var (articles, removed, repairs, errors) = (cleaning.Articles, cleaning.RemovedLines, cleaning.Repairs, cleaning.Errors);
        var repaired = fixEncoding ? $"; {repairs} encoding or markup repair{(repairs == 1 ? "" : "s")}" : "";
        output.WriteLine($"{articles} article{(articles == 1 ? "" : "s")} cleaned into {outDir}: {removed} line{(removed == 1 ? "" : "s")} removed{repaired}; {errors} input error{(errors == 1 ? "" : "s")}.");
        return errors > 0 ? ExitCodes.UsageOrInputError : ExitCodes.Success;
    }

    /// <summary>
    /// Checked before any article is read: --out can be made, no cleaned file would land on an input (through links
    /// too: an --out that is an alias of the current folder), and no two inputs would be cleaned into one file.
    /// </summary>
    private static string? OutputProblem(ArticleSource source, string outDir, string currentDirectory)
    {
        if (OutputPaths.FolderProblem(outDir) is { } folderProblem) return $"--out: {folderProblem}";
        var files = source.Files().ToList();
        var inputs = OutputPaths.InputsOf(files);
        var inputByTarget = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var target = CleaningRun.TargetPath(file, outDir, currentDirectory, source.Options.Format);
            if (inputByTarget.TryGetValue(target, out var other) && other != file)
                return $"{other} and {file} would both be cleaned into {target}; run clean from a folder that holds both, so that their relative paths differ";
            inputByTarget[target] = file;
            if (OutputPaths.IsInput(target, inputs) is { } overwrite) return $"--out: {overwrite}";
        }
        return null;
    }

}
