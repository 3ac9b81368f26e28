using System.CommandLine;
using System.Net;
using NewsQuality.Analysis;
using NewsQuality.Reporting;
using NewsQuality.Review;
using NewsQuality.Rules;

namespace NewsQuality.Cli.Commands;

/// <summary>
/// <c>newsquality review</c>: a local web app over a JSON report's findings or a fresh check's, keeping reviewers'
/// decisions in SQLite; <c>review export</c> turns them into labels for <c>tune</c> and a baseline for <c>check</c>.
/// </summary>
public static class ReviewCommand
{
    public const int DefaultPort = 8470;

    private static Option<string> Database() => new("--db") { Description = "The review database (SQLite).", DefaultValueFactory = _ => "review.db" };

    public const string Description = "Review flagged articles in the browser (a JSON report, or articles checked now); decisions are kept in a SQLite database.";

    public static Command Build(CliIO io)
    {
        var input = new InputSymbols();
        var database = Database();
        var port = new Option<int>("--port") { Description = "Port to listen on (0: any free port).", DefaultValueFactory = _ => DefaultPort };
        var host = new Option<string>("--host") { Description = "Address to listen on; anything but loopback lets other machines in.", DefaultValueFactory = _ => "127.0.0.1" };
        var reviewer = new Option<string>("--reviewer") { Description = "Your name on decisions (each browser can change it).", DefaultValueFactory = _ => Environment.UserName };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535) result.AddError("--port must be from 0 to 65535");
        });
        host.Validators.Add(result =>
        {
            if (ParseHost(result.GetValueOrDefault<string>()) is null) result.AddError("--host must be an IP address or 'localhost'");
        });
        var command = new Command("review", Description);
        input.AddTo(command);
        command.Add(database);
        command.Add(port);
        command.Add(host);
        command.Add(reviewer);
        command.Add(Export(io));
        command.SetAction((parse, cancellation) => Serve(parse, input, io, parse.GetValue(database)!, parse.GetValue(port), parse.GetValue(host)!, parse.GetValue(reviewer)!, cancellation));
        return command;
    }

    private static IPAddress? ParseHost(string? host) =>
        host == "localhost" ? IPAddress.Loopback : IPAddress.TryParse(host, out var address) ? address : null;

    private static async Task<int> Serve(ParseResult parse, InputSymbols input, CliIO io, string database, int port, string host, string reviewer, CancellationToken cancellation)
    {
        var articles = Load(parse, input, io, cancellation);
        if (articles is null) return ExitCodes.UsageOrInputError;
        ReviewStore store;
        try
        {
            store = ReviewStore.Open(Path.GetFullPath(database, io.CurrentDirectory));
        }
        catch (Exception e) when (e is InvalidDataException or Microsoft.Data.Sqlite.SqliteException)
        {
            io.StdErr.WriteLine($"newsquality: {database}: {e.Message}");
            return ExitCodes.UsageOrInputError;
        }
        var address = ParseHost(host)!;
        // The Host header must name this server: a page elsewhere cannot reach it through a name of its own (DNS rebinding).
        List<string> names = ["127.0.0.1", "localhost", "[::1]", host.Contains(':') ? $"[{host}]" : host];
        if (address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)) names.Add("*");
        if (!IPAddress.IsLoopback(address)) io.StdErr.WriteLine($"newsquality: listening on {host}: other machines can reach the review app");
        var session = new ReviewSession(store, articles, reviewer, names);
        using var output = io.OutWriter();
        try
        {
            await ReviewServer.RunAsync(session, address, port, url =>
            {
                output.WriteLine($"Reviewing {articles.Sum(a => a.Findings.Count)} findings in {articles.Count} flagged articles; decisions go to {database}.");
                output.WriteLine($"Open {url} (Ctrl-C to stop)");
                output.Flush();
            }, cancellation);
        }
        catch (IOException e)
        {
            io.StdErr.WriteLine($"newsquality: cannot listen on {host}:{port}: {e.Message}");
            return ExitCodes.UsageOrInputError;
        }
        return ExitCodes.Success;
    }

    /// <summary>The flagged articles: from a JSON report when that is the one input, else from checking the inputs now.</summary>
    private static IReadOnlyList<ReviewArticle>? Load(ParseResult parse, InputSymbols input, CliIO io, CancellationToken cancellation)
    {
        var inputs = parse.GetValue(input.Articles)!;
        if (inputs is [var single] && single.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return ReportFile.Load(Path.GetFullPath(single, io.CurrentDirectory), io.CurrentDirectory);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
            {
                io.StdErr.WriteLine($"newsquality: {single}: cannot read the report: {e.Message}");
                return null;
            }
        }
        var config = input.LoadConfig(parse, io);
        if (config is null) return null;
        var engine = new AnalysisEngine(RuleCatalog.Default, input.Options(parse, config));
        var articles = new List<ReviewArticle>();
        foreach (var item in engine.Run(input.Source(parse, io, config), cancellation))
        {
            if (item.Error is { } error) io.StdErr.WriteLine(error.ToString());
            else if (item.Report!.Findings.Count > 0) articles.Add(ReviewArticle.From(item.Report));
        }
        return articles;
    }

    private static Command Export(CliIO io)
    {
        var database = Database();
        var labels = new Option<string?>("--labels") { Description = "Write reviewed articles with their labels (JSON Lines, as tune reads them)." };
        var baseline = new Option<string?>("--write-baseline") { Description = "Write the dismissed findings as a baseline for check --baseline." };
        var command = new Command("export", "Turn review decisions into labels for tune and a baseline of dismissed findings.");
        command.Add(database);
        command.Add(labels);
        command.Add(baseline);
        command.SetAction(parse =>
        {
            var (labelsPath, baselinePath, shown) = (parse.GetValue(labels), parse.GetValue(baseline), parse.GetValue(database)!);
            if (labelsPath is null && baselinePath is null)
            {
                io.StdErr.WriteLine("newsquality: review export needs --labels FILE, --write-baseline FILE or both");
                return ExitCodes.UsageOrInputError;
            }
            var path = Path.GetFullPath(shown, io.CurrentDirectory);
            if (!File.Exists(path))
            {
                io.StdErr.WriteLine($"newsquality: {shown}: no such review database");
                return ExitCodes.UsageOrInputError;
            }
            DecisionExport export;
            try
            {
                export = new DecisionExport(ReviewStore.Open(path));
            }
            catch (Exception e) when (e is InvalidDataException or Microsoft.Data.Sqlite.SqliteException)
            {
                io.StdErr.WriteLine($"newsquality: {shown}: {e.Message}");
                return ExitCodes.UsageOrInputError;
            }
            using var output = io.OutWriter();
            if (labelsPath is not null)
            {
                var summary = export.WriteLabels(Path.GetFullPath(labelsPath, io.CurrentDirectory));
                output.WriteLine($"{labelsPath}: {summary.Written} labelled articles; left out {summary.Unfinished} not fully reviewed, {summary.Disputed} with disputed decisions, {summary.WithoutText} without text.");
            }
            if (baselinePath is not null)
            {
                var dismissed = export.Dismissed();
                Baseline.Write(Path.GetFullPath(baselinePath, io.CurrentDirectory), dismissed);
                output.WriteLine($"{baselinePath}: {dismissed.Count} dismissed findings; check --baseline {baselinePath} no longer reports them.");
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
