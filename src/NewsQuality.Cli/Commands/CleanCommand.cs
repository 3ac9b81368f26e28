using System.CommandLine;
using System.Text.Json;
using NewsQuality.Analysis;
using NewsQuality.Cleaning;
using NewsQuality.IO;
using NewsQuality.Model;
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
        var outDir = new Option<string>("--out", "-o") { Description = "Folder to write the cleaned articles to (created if missing).", Required = true };
        var fixEncoding = new Option<bool>("--fix-encoding")
        {
            Description = "Also repair encoding and markup residue: re-decode mojibake, decode HTML entities, undo backslash escapes, remove tags.",
        };
        var command = new Command("clean", "Write each article with flagged insertions and site boilerplate removed (inputs are never modified).");
        input.AddTo(command);
        command.Add(outDir);
        command.Add(fixEncoding);
        command.SetAction(parse => Execute(parse, input, Path.GetFullPath(parse.GetValue(outDir)!, io.CurrentDirectory), parse.GetValue(fixEncoding), io));
        return command;
    }

    private static int Execute(ParseResult parse, InputSymbols input, string outDir, bool fixEncoding, CliIO io)
    {
        var config = input.LoadConfig(parse, io);
        if (config is null) return ExitCodes.UsageOrInputError;
        var engine = new AnalysisEngine(RuleCatalog.Default, input.Options(parse, config));
        var records = new Dictionary<string, List<Dictionary<string, string?>>>(StringComparer.Ordinal);
        int articles = 0, removed = 0, repairs = 0, errors = 0;
        foreach (var item in engine.Run(input.Source(parse, io, config)))
        {
            if (item.Error is { } error)
            {
                io.StdErr.WriteLine(error.ToString());
                errors++;
                continue;
            }
            var report = item.Report!;
            var cleaned = ArticleCleaner.Clean(report.Article, report.Findings, fixEncoding);
            articles++;
            removed += cleaned.RemovedLines;
            repairs += cleaned.Repairs;
            var target = TargetPath(report.Article, outDir, io.CurrentDirectory);
            if (IsSameFile(target, report.Article.Origin.Path, io.CurrentDirectory))
            {
                io.StdErr.WriteLine($"newsquality: refusing to overwrite input {report.Article.Origin.Path}; choose another --out folder");
                return ExitCodes.UsageOrInputError;
            }
            if (report.Article.Origin.RecordLine is null) AtomicFile.WriteAllText(target, cleaned.Text);
            else
            {
                var title = fixEncoding ? ArticleCleaner.FixEncoding(report.Article.Title).Text : report.Article.Title;
                (records.TryGetValue(target, out var list) ? list : records[target] = []).Add(Record(report.Article, title, cleaned.Text));
            }
        }
        foreach (var (target, list) in records)
            AtomicFile.WriteAllText(target, string.Concat(list.Select(r => JsonSerializer.Serialize(r) + "\n")));
        using var output = io.OutWriter();
        var repaired = fixEncoding ? $"; {repairs} encoding or markup repair{(repairs == 1 ? "" : "s")}" : "";
        output.WriteLine($"{articles} article{(articles == 1 ? "" : "s")} cleaned into {outDir}: {removed} line{(removed == 1 ? "" : "s")} removed{repaired}; {errors} input error{(errors == 1 ? "" : "s")}.");
        return errors > 0 ? ExitCodes.UsageOrInputError : ExitCodes.Success;
    }

    /// <summary>Inputs under the current folder keep their relative path; others keep their file name.</summary>
    private static string TargetPath(Article article, string outDir, string currentDirectory)
    {
        var source = Path.GetFullPath(article.Origin.Path == "<stdin>" ? "stdin.txt" : article.Origin.Path, currentDirectory);
        var relative = Path.GetRelativePath(currentDirectory, source);
        return Path.Combine(outDir, relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? Path.GetFileName(source) : relative);
    }

    private static bool IsSameFile(string target, string input, string currentDirectory) =>
        string.Equals(Path.GetFullPath(target), Path.GetFullPath(input, currentDirectory), StringComparison.Ordinal);

    /// <summary>A JSON Lines record of the cleaned article: its title (repaired like the text when asked), the cleaned body as text.</summary>
    private static Dictionary<string, string?> Record(Article article, string title, string cleanedText)
    {
        var prefix = title + "\n\n";
        var body = title.Length > 0 && cleanedText.StartsWith(prefix, StringComparison.Ordinal) ? cleanedText[prefix.Length..] : cleanedText;
        return new Dictionary<string, string?>
        {
            ["id"] = article.Id, ["title"] = title, ["text"] = body, ["url"] = article.Url,
            ["published"] = article.Published?.ToString("O"), ["source"] = article.Source,
        };
    }
}
