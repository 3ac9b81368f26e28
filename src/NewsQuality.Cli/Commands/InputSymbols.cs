using System.CommandLine;
using NewsQuality.Analysis;
using NewsQuality.Configuration;
using NewsQuality.Input;
using NewsQuality.Rules;

namespace NewsQuality.Cli.Commands;

/// <summary>
/// The options every command that reads articles shares (check, clean): what to read and how. Built per command
/// tree because System.CommandLine symbols keep their parent.
/// </summary>
internal sealed class InputSymbols
{
    public readonly Argument<string[]> Articles = new("articles")
    {
        Description = "Files, folders (searched recursively) or '-' for standard input.",
        Arity = ArgumentArity.OneOrMore,
    };

    public readonly Option<string[]> Include = new("--include") { Description = "Glob of files to read inside folders (repeatable; default: every known format)." };
    public readonly Option<string[]> Exclude = new("--exclude") { Description = "Glob of files to skip inside folders (repeatable)." };

    public readonly Option<string?> InputFormat = new("--input-format")
    {
        Description = "Read every input as this format instead of choosing by file ending.",
    };

    public readonly Option<int> Jobs = new("--jobs", "-j")
    {
        Description = "Articles analysed in parallel (default: one per core).",
        DefaultValueFactory = _ => Math.Min(Environment.ProcessorCount, MaxJobs),
    };

    public readonly Option<double> MaxArticleMb = new("--max-article-mb")
    {
        Description = "Refuse articles larger than this many megabytes.",
        DefaultValueFactory = _ => 10,
    };

    public readonly Option<bool> FollowLinks = new("--follow-links")
    {
        Description = "In folders, enter links to folders and read links to files outside the folder (loops are walked once).",
    };

    public readonly Option<string?> Columns = new("--columns") { Description = "CSV columns for id, title and text when named otherwise, e.g. id=guid,title=headline,text=body." };

    public readonly Option<string?> Config = new("--config") { Description = $"Configuration file (default: the nearest {NewsQualityConfig.FileName} in this folder or above)." };

    /// <summary>PLINQ's ceiling on the degree of parallelism.</summary>
    public const int MaxJobs = 512;

    /// <summary>Above this an article could not become one .NET string (about 1 G characters) anyway.</summary>
    public const double MaxArticleMbLimit = 1024;

    public InputSymbols()
    {
        InputFormat.AcceptOnlyFromAmong(ReaderRegistry.Default.Readers.Select(r => r.Format).ToArray());
        Jobs.Validators.Add(result =>
        {
            if (Parsed<int>(result) is < 1 or > MaxJobs) result.AddError($"--jobs must be a whole number from 1 to {MaxJobs}");
        });
        MaxArticleMb.Validators.Add(result =>
        {
            if (Parsed<double>(result) is { } megabytes && !(megabytes is > 0 and <= MaxArticleMbLimit)) result.AddError($"--max-article-mb must be a number above 0 and at most {MaxArticleMbLimit}");
        });
    }

    /// <summary>The option's value, or null when it is not a number at all (the parser reports that error itself).</summary>
    private static T? Parsed<T>(System.CommandLine.Parsing.OptionResult result) where T : struct
    {
        try
        {
            return result.GetValueOrDefault<T>();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    public void AddTo(Command command)
    {
        command.Add(Articles);
        command.Add(Include);
        command.Add(Exclude);
        command.Add(InputFormat);
        command.Add(Jobs);
        command.Add(MaxArticleMb);
        command.Add(Config);
        command.Add(Columns);
        command.Add(FollowLinks);
        Columns.Validators.Add(result =>
        {
            if (ParseColumns(result.GetValueOrDefault<string?>()) is null) result.AddError("--columns takes ROLE=COLUMN pairs for id, title and text, separated by commas");
        });
    }

    /// <summary>"id=guid,text=body" as a role → column map; null when malformed.</summary>
    private static Dictionary<string, string>? ParseColumns(string? value)
    {
        var map = new Dictionary<string, string>();
        foreach (var pair in (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            if (parts.Length != 2 || parts[0].Trim() is not ("id" or "title" or "text") || parts[1].Trim().Length == 0) return null;
            map[parts[0].Trim()] = parts[1].Trim();
        }
        return map;
    }

    /// <summary>The configuration in force (explicit, discovered, or defaults), or null after reporting why it cannot be read.</summary>
    public NewsQualityConfig? LoadConfig(ParseResult parse, CliIO io)
    {
        var path = parse.GetValue(Config) is { } given ? Path.GetFullPath(given, io.CurrentDirectory) : NewsQualityConfig.Discover(io.CurrentDirectory);
        if (path is null) return new NewsQualityConfig();
        try
        {
            if (!File.Exists(path)) throw new ConfigException($"{path}: no such configuration file");
            return NewsQualityConfig.Load(path, RuleCatalog.Default);
        }
        catch (ConfigException e)
        {
            io.StdErr.WriteLine($"newsquality: {e.Message}");
            return null;
        }
    }

    public AnalysisOptions Options(ParseResult parse, NewsQualityConfig config) =>
        config.ApplyTo(new AnalysisOptions { Parallelism = Parallelism(parse) });

    /// <summary>What to read: the arguments, with the configuration's globs and the command line's together.</summary>
    public ArticleSource Source(ParseResult parse, CliIO io, NewsQualityConfig config) => new(
        parse.GetValue(Articles)!,
        new ArticleSourceOptions
        {
            Include = [.. config.Include, .. parse.GetValue(Include) ?? []],
            Exclude = [.. config.Exclude, .. parse.GetValue(Exclude) ?? []],
            Format = parse.GetValue(InputFormat),
            Reader = new ReaderOptions
            {
                MaxArticleBytes = (long)(parse.GetValue(MaxArticleMb) * 1024 * 1024),
                CsvColumns = ParseColumns(parse.GetValue(Columns)) ?? [],
            },
            BaseDirectory = io.CurrentDirectory,
            FollowLinks = parse.GetValue(FollowLinks),
        },
        openStdin: io.OpenStdin);

    public int Parallelism(ParseResult parse) => parse.GetValue(Jobs);
}
