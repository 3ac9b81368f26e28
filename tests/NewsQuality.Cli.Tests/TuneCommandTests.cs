using System.Text.Json;

namespace NewsQuality.Cli.Tests;

public sealed class TuneCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nq-tune-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Record(string id, string text, params string[] labels) =>
        JsonSerializer.Serialize(new { id, title = "Headline " + id, text, labels });

    [Fact]
    public void Labels_that_want_title_case_doublings_flagged_get_a_lower_threshold_suggested()
    {
        File.WriteAllLines(Path.Combine(_dir, "labelled.jsonl"),
        [
            Record("a", "The band Talk Talk played on Sunday.", "NQ2001"),
            Record("b", "The Girls Girls Girls tour was a slip here.", "NQ2001"),
            Record("c", "It was the the best of times.", "NQ2001"),
            Record("d", "A clean sentence about the economy."),
            Record("e", "Another clean sentence about sport."),
        ]);
        var result = CliRunner.Run(["tune", "labelled.jsonl"], "", _dir);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("| NQ2001 | 3/2 | 1.000 | 0.5 | 1.00 / 0.33 / 0.50 | 0.3 | 1.00 / 1.00 / 1.00 |", result.StdOut);
        Assert.Contains("{ \"rules\": { \"NQ2001\": { \"threshold\": 0.3 } } }", result.StdOut);
    }

    [Fact]
    public void A_tie_in_f1_keeps_the_current_threshold_and_says_so_in_the_table_and_the_conclusion()
    {
        // At 0.5 one of two doublings is caught (F1 0.67); at 0.3 both, with two false alarms (F1 0.67 too); at 1 the same one.
        File.WriteAllLines(Path.Combine(_dir, "labelled.jsonl"),
        [
            Record("a", "The band Talk Talk played on Sunday.", "NQ2001"),
            Record("b", "The Girls Girls Girls tour was a hit.", []),
            Record("c", "It was the the best of times.", "NQ2001"),
            Record("d", "A film called Girls Girls Girls opens today."),
            Record("e", "Another clean sentence about sport."),
        ]);
        var result = CliRunner.Run(["tune", "labelled.jsonl"], "", _dir);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("| NQ2001 | 2/3 | ", result.StdOut);
        Assert.Contains("| 0.5 | 1.00 / 0.50 / 0.67 | 0.5 | 1.00 / 0.50 / 0.67 |", result.StdOut); // suggested = current
        Assert.Contains("The current thresholds are already the best on these labels.", result.StdOut);
        Assert.Contains("NQ2001: a tie, thresholds 0.3 and 1 give the same F1 (0.67) as 0.5; the current threshold is kept.", result.StdOut);
        Assert.DoesNotContain("\"threshold\"", result.StdOut);
    }

    [Fact]
    public void The_seed_and_clean_fixtures_are_already_well_tuned()
    {
        var result = CliRunner.Run("tune", CliRunner.Fixture("inputs/labelled.jsonl"));
        Assert.Contains("8 labelled articles.", result.StdOut);
        Assert.Contains("| NQ2002 | 1/7 | 1.000 | 0.5 | 1.00 / 1.00 / 1.00 |", result.StdOut);
        Assert.Contains("already the best", result.StdOut);
    }

    [Fact]
    public void Articles_without_labels_are_errors_and_none_at_all_is_a_usage_error()
    {
        File.WriteAllText(Path.Combine(_dir, "x.jsonl"), "{\"id\":\"x\",\"title\":\"T\",\"text\":\"Body.\"}\n");
        var result = CliRunner.Run(["tune", "x.jsonl"], "", _dir);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no \"labels\" list", result.StdErr);
    }
}
