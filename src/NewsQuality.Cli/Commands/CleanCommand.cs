using System.CommandLine;
using System.Text.Json;
using NewsQuality.Analysis;
using NewsQuality.Cleaning;
using NewsQuality.IO;
using NewsQuality.Input;
using NewsQuality.Model;
using NewsQuality.Rules;

namespace NewsQuality.Cli.Commands;

/// <summary>
/// <c>newsquality clean ARTICLES --out DIR</c>: writes each article with the flagged insertions and site chrome
/// removed, under DIR, keeping relative paths. Inputs are never overwritten; JSON Lines files come out as JSON Lines.
/// </summary>
public static class CleanCommand
{
    public static Command Build(CliIO io)
    {
        var input = new InputSymbols();
        var outDir = new Option<string>("--out", "-o") { Description = "Folder to write the cleaned articles to (created if missing, inside a folder that exists).", Required = true };
        var command = new Command("clean", "Write each article with flagged insertions and site boilerplate removed (inputs are never modified).");
        input.AddTo(command);
        command.Add(outDir);
        command.SetAction(parse => Execute(parse, input, Path.GetFullPath(parse.GetValue(outDir)!, io.CurrentDirectory), io));
        return command;
    }

    private static int Execute(ParseResult parse, InputSymbols input, string outDir, CliIO io)
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
        var records = new Dictionary<string, List<Dictionary<string, string?>>>(StringComparer.Ordinal);
        int articles = 0, removed = 0, errors = 0;
        foreach (var item in engine.Run(source))
        {
            if (item.Error is { } error)
            {
                io.StdErr.WriteLine(error.ToString());
                errors++;
                continue;
            }
            var report = item.Report!;
            var cleaned = ArticleCleaner.Clean(report.Article, report.Findings);
            articles++;
            removed += cleaned.RemovedLines;
            var target = TargetPath(report.Article.Origin.Path == "<stdin>" ? "stdin.txt" : report.Article.Origin.Path, outDir, io.CurrentDirectory);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (report.Article.Origin.RecordLine is null) AtomicFile.WriteAllText(target, cleaned.Text);
            else (records.TryGetValue(target, out var list) ? list : records[target] = []).Add(Record(report.Article, cleaned.Text));
        }
        foreach (var (target, list) in records)
            AtomicFile.WriteAllText(target, string.Concat(list.Select(r => JsonSerializer.Serialize(r) + "\n")));
        using var output = io.OutWriter();
        output.WriteLine($"{articles} article{(articles == 1 ? "" : "s")} cleaned into {outDir}: {removed} line{(removed == 1 ? "" : "s")} removed; {errors} input error{(errors == 1 ? "" : "s")}.");
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
            var target = TargetPath(file, outDir, currentDirectory);
            if (inputByTarget.TryGetValue(target, out var other) && other != file)
                return $"{other} and {file} would both be cleaned into {target}; run clean from a folder that holds both, so that their relative paths differ";
            inputByTarget[target] = file;
            if (OutputPaths.IsInput(target, inputs) is { } overwrite) return $"--out: {overwrite}";
        }
        return null;
    }

    /// <summary>Inputs under the current folder keep their relative path; others keep their file name.</summary>
    private static string TargetPath(string inputPath, string outDir, string currentDirectory)
    {
        var source = Path.GetFullPath(inputPath, currentDirectory);
        var relative = Path.GetRelativePath(currentDirectory, source);
        return Path.Combine(outDir, relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? Path.GetFileName(source) : relative);
    }

    /// <summary>A JSON Lines record of the cleaned article: the title as it was, the cleaned body as text.</summary>
    private static Dictionary<string, string?> Record(Article article, string cleanedText)
    {
        var prefix = article.Title + "\n\n";
        var body = article.Title.Length > 0 && cleanedText.StartsWith(prefix, StringComparison.Ordinal) ? cleanedText[prefix.Length..] : cleanedText;
        return new Dictionary<string, string?>
        {
            ["id"] = article.Id, ["title"] = article.Title, ["text"] = body, ["url"] = article.Url,
            ["published"] = article.Published?.ToString("O"), ["source"] = article.Source,
        };
    }
}
