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
            Record("a", "South Africa's Bafana Bafana won on Sunday.", "NQ2001"),
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
