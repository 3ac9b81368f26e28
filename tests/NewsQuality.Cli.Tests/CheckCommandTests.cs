using System.Text.Json;

namespace NewsQuality.Cli.Tests;

public sealed class CheckCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nq-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Seed(string name) => CliRunner.Fixture("seeds/" + name);

    [Fact]
    public void Text_output_is_compiler_style_grouped_by_article_with_a_summary()
    {
        var result = CliRunner.Run("check", Seed("004_d45996393cbbdd09.txt"));
        var seed = Seed("004_d45996393cbbdd09.txt");
        Assert.Contains($"{seed}:5:111: warning NQ2001 \"Eastern\" is repeated: \"Eastern Eastern\".", result.StdOut);
        Assert.Matches(@"score \d+/100  (pass|review|fail)", result.StdOut);
        Assert.Matches(@"1 article checked: .*\d+ findings? ", result.StdOut);
    }

    [Fact]
    public void Text_output_names_each_article_by_its_headline_groups_findings_on_one_line_and_names_the_rules()
    {
        var result = CliRunner.Run("check", CliRunner.Fixture("seeds"));
        var seed = Seed("000_90e9dc78b7355bf2.txt");
        // The masthead ("DealMakerz") is not the title.
        Assert.Contains($"{seed}  score 0/100  fail  \"Putin and Biden meeting: Moscow wants NATO’s promise\"", result.StdOut);
        // The "See also" line is one problem: link bait leads, navigation and quote style are its evidence.
        Assert.Contains($"{seed}:27:1: warning NQ3001 Link line promotes a story on another subject than the article's: ", result.StdOut);
        Assert.Contains("    = also info NQ4004: Link line inside the article body", result.StdOut);
        Assert.DoesNotContain($"{seed}:27:1: info", result.StdOut);
        Assert.Matches(@"; \d+ findings \(\d+ errors?, \d+ warnings?, \d+ infos?\), and [1-9]\d* more grouped with them on the same text;", result.StdOut);
        Assert.Contains("by rule: NQ2001 doubled-word 1, NQ2002 role-contradiction 1,", result.StdOut);
    }

    [Fact]
    public void Json_output_is_one_versioned_object_with_config_articles_and_summary()
    {
        var result = CliRunner.Run("check", "--format", "json", Seed("004_d45996393cbbdd09.txt"), Seed("000_90e9dc78b7355bf2.txt"));
        using var json = JsonDocument.Parse(result.StdOut);
        var root = json.RootElement;
        Assert.Equal("1.0", root.GetProperty("schemaVersion").GetString());
        Assert.Equal("newsquality", root.GetProperty("tool").GetProperty("name").GetString());
        Assert.True(root.GetProperty("config").GetProperty("rules").TryGetProperty("NQ2001", out _));
        var articles = root.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(2, articles.Count);
        Assert.EndsWith("004_d45996393cbbdd09.txt", articles[0].GetProperty("path").GetString());
        var doubled = articles[0].GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "NQ2001");
        Assert.Equal("Eastern Eastern", doubled.GetProperty("evidence").GetString());
        Assert.Equal(5, doubled.GetProperty("span").GetProperty("line").GetInt32());
        Assert.Equal(2, root.GetProperty("summary").GetProperty("articles").GetInt32());
    }

    [Fact]
    public void Exit_code_is_zero_when_nothing_reaches_the_gate()
    {
        Assert.Equal(0, CliRunner.Run("check", CliRunner.Fixture("clean/bbc-business-010.txt")).ExitCode);
    }

    [Fact]
    public void Exit_code_is_one_when_a_finding_reaches_the_gate()
    {
        var path = Path.Combine(_dir, "a.txt");
        File.WriteAllText(path, "A title\n\nIt was the the best of times.");
        Assert.Equal(0, CliRunner.Run("check", path).ExitCode); // a warning, gate is error
        Assert.Equal(1, CliRunner.Run("check", "--fail-on", "warning", path).ExitCode);
        Assert.Equal(0, CliRunner.Run("check", "--fail-on", "none", path).ExitCode);
    }

    [Fact]
    public void Exit_code_is_two_for_usage_errors()
    {
        var result = CliRunner.Run("check", "--fail-on", "sometimes", Seed("000_90e9dc78b7355bf2.txt"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("sometimes", result.StdErr);
        Assert.Equal(2, CliRunner.Run("check").ExitCode);
        Assert.Equal(2, CliRunner.Run("frobnicate").ExitCode);
    }

    [Fact]
    public void Unreadable_input_is_reported_with_its_path_the_run_goes_on_and_exit_code_is_two()
    {
        var missing = Path.Combine(_dir, "missing.txt");
        var result = CliRunner.Run("check", missing, Seed("004_d45996393cbbdd09.txt"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{missing}: error: no such file or directory", result.StdErr);
        Assert.Contains("NQ2001", result.StdOut);
        Assert.Contains("1 input error", result.StdOut);
    }

    [Fact]
    public void Json_lines_errors_name_the_file_and_line()
    {
        var result = CliRunner.Run("check", "--format", "json", CliRunner.Fixture("inputs/articles.jsonl"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("articles.jsonl:3: error: malformed JSON", result.StdErr);
        using var json = JsonDocument.Parse(result.StdOut);
        Assert.Equal(3, json.RootElement.GetProperty("articles").GetArrayLength());
        Assert.Equal(2, json.RootElement.GetProperty("inputErrors").GetArrayLength());
    }

    [Fact]
    public void Standard_input_is_read_with_a_dash()
    {
        var result = CliRunner.RunWithStdin("Headline\n\nThe the start.", "check", "-");
        Assert.Contains("<stdin>:3:1: warning NQ2001", result.StdOut);
    }

    [Fact]
    public void Folders_are_searched_with_include_and_exclude()
    {
        File.WriteAllText(Path.Combine(_dir, "keep.txt"), "Keep\n\nthe the");
        File.WriteAllText(Path.Combine(_dir, "skip.txt"), "Skip\n\nthe the");
        var result = CliRunner.Run("check", _dir, "--exclude", "skip.txt");
        Assert.Contains("keep.txt", result.StdOut);
        Assert.DoesNotContain("skip.txt", result.StdOut);
    }
}
