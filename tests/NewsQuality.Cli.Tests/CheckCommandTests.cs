using System.Text.Json;
using System.Text.RegularExpressions;

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
        Assert.Contains($"{seed}  score 0/100  fail  (duplicate 100, translation 25, offtopic 72, boilerplate 93)  \"Putin and Biden meeting: Moscow wants NATO’s promise\"", result.StdOut);
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
        Assert.Equal("1.3", root.GetProperty("schemaVersion").GetString());
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

    /// <summary>A doubled word (NQ2001, a warning: translation 85) in a sentence the learned estimate judges.</summary>
    private string DoubledWordArticle()
    {
        var path = Path.Combine(_dir, "doubled.txt");
        File.WriteAllText(path, "Talks resume\n\nThe minister said the the agreement would be signed in the capital on Tuesday.\n\nOfficials from both sides met for three hours.\n");
        return path;
    }

    [Fact]
    public void Json_gives_every_article_its_family_scores_and_translation_estimate()
    {
        using var json = JsonDocument.Parse(CliRunner.Run("check", "--format", "json", DoubledWordArticle()).StdOut);
        var article = json.RootElement.GetProperty("articles")[0];
        Assert.Equal(85, article.GetProperty("score").GetInt32());
        var scores = article.GetProperty("scores");
        Assert.Equal(["duplicate", "translation", "offtopic", "boilerplate"], scores.EnumerateObject().Select(p => p.Name));
        Assert.Equal(85, scores.GetProperty("translation").GetInt32());
        Assert.Equal(100, scores.GetProperty("duplicate").GetInt32());
        // The same scores before rounding, the overall one first: each whole number is its unrounded score rounded.
        var unrounded = article.GetProperty("unroundedScores");
        Assert.Equal(["overall", "duplicate", "translation", "offtopic", "boilerplate"], unrounded.EnumerateObject().Select(p => p.Name));
        Assert.Equal(85, unrounded.GetProperty("overall").GetDouble());
        foreach (var family in scores.EnumerateObject()) Assert.Equal(family.Value.GetInt32(), (int)Math.Round(unrounded.GetProperty(family.Name).GetDouble()));
        var estimate = article.GetProperty("translationEstimate");
        Assert.Equal(2, estimate.GetProperty("sentences").GetInt32());
        var weakest = estimate.GetProperty("weakest").EnumerateArray().ToList();
        Assert.Equal(2, weakest.Count);
        Assert.True(weakest[0].GetProperty("quality").GetDouble() <= weakest[1].GetProperty("quality").GetDouble());
        Assert.Contains(weakest, w => w.GetProperty("text").GetString() == "The minister said the the agreement would be signed in the capital on Tuesday." && w.GetProperty("span").GetProperty("line").GetInt32() == 3);
        // Clean text: every family at 100.
        using var clean = JsonDocument.Parse(CliRunner.Run("check", "--format", "json", CliRunner.Fixture("clean/bbc-business-010.txt")).StdOut);
        Assert.All(clean.RootElement.GetProperty("articles")[0].GetProperty("scores").EnumerateObject(), p => Assert.Equal(100, p.Value.GetInt32()));
    }

    [Fact]
    public void Text_sarif_junit_and_markdown_carry_the_family_scores()
    {
        var article = DoubledWordArticle();
        const string families = "duplicate 100, translation 85, offtopic 100, boilerplate 100";
        Assert.Contains($"score 85/100  review  ({families})", CliRunner.Run("check", article).StdOut);

        using var sarif = JsonDocument.Parse(CliRunner.Run("check", "--format", "sarif", article).StdOut);
        var properties = sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("properties");
        Assert.Equal(85, properties.GetProperty("articleScores").GetProperty("translation").GetInt32());
        Assert.Equal(100, properties.GetProperty("articleScores").GetProperty("offtopic").GetInt32());
        Assert.True(properties.TryGetProperty("translationEstimate", out _));

        var junit = System.Xml.Linq.XDocument.Parse(CliRunner.Run("check", "--format", "junit", article).StdOut);
        var junitProperties = junit.Descendants("testcase").Single().Element("properties")!.Elements("property")
            .ToDictionary(p => (string)p.Attribute("name")!, p => (string)p.Attribute("value")!);
        Assert.Equal("85", junitProperties["score.translation"]);
        Assert.Equal("100", junitProperties["score.boilerplate"]);
        Assert.Equal("review", junitProperties["verdict"]);
        Assert.Matches(@"^-?\d+\.\d{3}$", junitProperties["translation.estimate"]);

        var markdown = CliRunner.Run("check", "--format", "markdown", article).StdOut;
        Assert.Contains("| article | score | verdict | duplicate | translation | offtopic | boilerplate | findings |", markdown);
        Assert.Contains("| 85 | review | 100 | 85 | 100 | 100 | [NQ2001]", markdown);
    }

    [Fact]
    public void Html_shows_the_translation_score_first_and_underlines_the_weakest_sentences()
    {
        var html = CliRunner.Run("check", "--format", "html", DoubledWordArticle()).StdOut;
        var header = html[html.IndexOf("<div class=\"families\">", StringComparison.Ordinal)..];
        Assert.StartsWith("<div class=\"families\"><span class=\"translation\">translation 85/100</span><span class=\"duplicate\">duplicate 100/100</span>", header);
        Assert.Contains("translation estimate ", header);
        Assert.Contains("over 2 sentences", header);
        Assert.Equal(2, Regex.Count(html, "<li>[+−]\\d\\.\\d\\d line \\d+: "));
        Assert.Contains("<span class=\"weak\" title=\"translation estimate ", html);
        Assert.Contains("data-translation=\"85\"", html);
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
