using System.CommandLine;
using Microsoft.Data.Sqlite;
using NewsQuality.Analysis;
using NewsQuality.Index;
using NewsQuality.Input;
using NewsQuality.Model;
using NewsQuality.Rules;
using NewsQuality.Rules.Duplicate;

namespace NewsQuality.Cli.Commands;

/// <summary>
/// <c>newsquality index build ARTICLES --out published.nqindex</c> and <c>newsquality index add ARTICLES --index
/// published.nqindex</c>: keep the fingerprints of published articles so <c>check --against</c> can flag copies of them
/// without re-reading the old corpus.
/// </summary>
public static class IndexCommand
{
    public static Command Build(CliIO io)
    {
        var index = new Command("index", "Build or extend an index of published articles for 'check --against'.");
        index.Add(Subcommand(io, "build", "Create an index from articles (replaces the file only once complete).", "--out",
            (path, entries, settings) => PublishedIndex.Build(path, settings, entries)));
        index.Add(Subcommand(io, "add", "Append articles to an existing index (one transaction: all of them or none; concurrent adds take turns).", "--index",
            (path, entries, _) => PublishedIndex.Add(path, entries)));
        return index;
    }

    private static Command Subcommand(CliIO io, string name, string description, string pathOption, Func<string, IEnumerable<IndexEntry>, IndexSettings, int> write)
    {
        var input = new InputSymbols();
        var target = new Option<string>(pathOption) { Description = "The index file (SQLite; format in docs/index-format.md).", Required = true };
        var command = new Command(name, description);
        input.AddTo(command);
        command.Add(target);
        command.SetAction((parse, cancellation) => Task.FromResult(Execute(parse, cancellation)));
        return command;

        int Execute(ParseResult parse, CancellationToken cancellation)
        {
            var config = input.LoadConfig(parse, io);
            if (config is null) return ExitCodes.UsageOrInputError;
            var rule = new NQ1001NearDuplicate();
            var settings = new AnalysisOptions { RuleOverrides = config.Rules }.SettingsFor(rule.Descriptor);
            var path = Path.GetFullPath(parse.GetValue(target)!, io.CurrentDirectory);
            var source = input.Source(parse, io, config);
            if (OutputPaths.FileProblem(path, OutputPaths.InputsOf(source.Files())) is { } problem)
            {
                io.StdErr.WriteLine($"newsquality: {pathOption}: {problem}");
                return ExitCodes.UsageOrInputError;
            }
            var errors = 0;
            IEnumerable<IndexEntry> Entries()
            {
                foreach (var result in source.Read())
                {
                    // Ctrl-C: the add's transaction (or the build's scratch file) is dropped, the index stays as it was.
                    cancellation.ThrowIfCancellationRequested();
                    if (result.Article is { } article) yield return rule.IndexEntry(article, settings);
                    else
                    {
                        io.StdErr.WriteLine(result.Error!.ToString());
                        errors++;
                    }
                }
            }
            try
            {
                var count = write(path, Entries(), NQ1001NearDuplicate.IndexSettings(settings));
                using var output = io.OutWriter();
                output.WriteLine($"{count} article{(count == 1 ? "" : "s")} {(name == "build" ? "indexed into" : "added to")} {path}; {errors} input error{(errors == 1 ? "" : "s")}.");
                return errors > 0 ? ExitCodes.UsageOrInputError : ExitCodes.Success;
            }
            catch (Exception e) when (e is IOException or InvalidDataException or SqliteException or UnauthorizedAccessException)
            {
                io.StdErr.WriteLine($"newsquality: {path}: {e.Message}");
                return ExitCodes.UsageOrInputError;
            }
            catch (OperationCanceledException)
            {
                io.StdErr.WriteLine($"newsquality: interrupted; {path} was not changed");
                return ExitCodes.Interrupted;
            }
        }
    }
}
