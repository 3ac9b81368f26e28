using System.Text.Json;

namespace NewsQuality.Cli.Tests;

public sealed class ConfigTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nq-config-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private CliRunner.Result Run(params string[] args) => CliRunner.Run(args, "", _dir);

    private string Article(string text = "A title\n\nIt was the the best of times.")
    {
        File.WriteAllText(Path.Combine(_dir, "a.txt"), text);
        return "a.txt";
    }

    [Fact]
    public void Init_writes_a_starter_config_that_loads_and_refuses_to_overwrite_it()
    {
        Assert.Equal(0, Run("init").ExitCode);
        var written = File.ReadAllText(Path.Combine(_dir, "newsquality.json"));
        Assert.Contains("// NewsQuality configuration", written);
        Assert.Equal(0, Run("config", "show").ExitCode);
        var again = Run("init");
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already exists", again.StdErr);
        Assert.Equal(written, File.ReadAllText(Path.Combine(_dir, "newsquality.json")));
    }

    [Fact]
    public void Config_found_in_a_parent_folder_changes_severity_threshold_and_enablement()
    {
        File.WriteAllText(Path.Combine(_dir, "newsquality.json"), """
            // comments and trailing commas are fine
            { "rules": { "NQ2001": { "severity": "error", }, "NQ4002": false } }
            """);
        var nested = Path.Combine(_dir, "sub");
        Directory.CreateDirectory(nested);
        File.WriteAllText(Path.Combine(nested, "a.txt"), "A title\n\nIt was the the best of times.");
        var result = CliRunner.Run(["check", "a.txt"], "", nested);
        Assert.Equal(1, result.ExitCode); // NQ2001 is an error now
        Assert.Contains("error NQ2001", result.StdOut);

        using var shown = JsonDocument.Parse(CliRunner.Run(["config", "show"], "", nested).StdOut);
        var rules = shown.RootElement.GetProperty("effective").GetProperty("rules");
        Assert.Equal("error", rules.GetProperty("NQ2001").GetProperty("severity").GetString());
        Assert.False(rules.GetProperty("NQ4002").GetProperty("enabled").GetBoolean());
    }

    [Fact]
    public void Known_people_and_section_labels_from_the_config_reach_the_rules()
    {
        File.WriteAllText(Path.Combine(_dir, "newsquality.json"), """
            { "knownPeople": [ { "name": "Margrethe Vestager", "aliases": ["Margrethe Vestagér"], "country": "Denmark", "role": "EU Commissioner" } ],
              "sectionLabels": { "the economy page": "Business" } }
            """);
        var article = Article("Tax deal agreed | the economy page\n\nThe deal was welcomed by Margarethe Vestager on Monday.");
        var result = Run("check", article);
        Assert.Contains("NQ2004 \"Margarethe Vestager\" looks like a misspelling of Margrethe Vestager (EU Commissioner, Denmark).", result.StdOut);
        Assert.Contains("NQ2006 \"the economy page\" is a section label listed in your configuration as a translation of \"Business\".", result.StdOut);

        File.Delete(Path.Combine(_dir, "newsquality.json"));
        var without = Run("check", article);
        Assert.DoesNotContain("Vestager", without.StdOut);
    }

    [Theory]
    [InlineData("""{ "knownPeople": [ { "name": "Cher" } ] }""", "\"knownPeople[0].name\" must be a full name")]
    [InlineData("""{ "rulez": {} }""", "unknown key \"rulez\"")]
    [InlineData("""{ "scoring": { "minScore": { "fluency": 70 } } }""", "unknown key \"scoring.minScore.fluency\" (known: overall, duplicate, translation, offtopic, boilerplate)")]
    [InlineData("""{ "scoring": { "minScore": { "translation": 101 } } }""", "\"scoring.minScore.translation\" must be a whole number from 0 to 100")]
    [InlineData("""{ "scoring": { "minScore": "high" } }""", "\"scoring.minScore\" must be a whole number from 0 to 100, or an object of such numbers by score (overall, duplicate, ")]
    [InlineData("""{ "rules": { "NQ9999": false } }""", "rules.NQ9999: no such rule")]
    [InlineData("""{ "rules": { "NQ2001": { "severity": "fatal" } } }""", "\"rules.NQ2001.severity\" must be")]
    [InlineData("""{ "rules": { "NQ2001": { "threshold": 2 } } }""", "\"rules.NQ2001.threshold\" must be a number from 0 to 1")]
    [InlineData("""{ "scoring": { "failBelow": 95 } }""", "\"scoring.failBelow\" must be at most scoring.reviewBelow")]
    [InlineData("""{ not json""", "cannot read configuration")]
    [InlineData("""{ "sectionLabels": { "innenriks": "\uDDDD" } }""", "cannot read configuration: Cannot read invalid UTF-16 JSON text as string")]
    // Option types and ranges (issue 15): each of these crashed, exhausted memory or silently passed bad articles.
    [InlineData("""{ "rules": { "NQ1001": { "options": { "shingleSize": 0 } } } }""", "\"rules.NQ1001.options.shingleSize\" must be a whole number from 1 to 16")]
    [InlineData("""{ "rules": { "NQ1001": { "options": { "shingleSize": -3 } } } }""", "\"rules.NQ1001.options.shingleSize\" must be a whole number from 1 to 16")]
    [InlineData("""{ "rules": { "NQ1001": { "options": { "shingleSize": 1e12 } } } }""", "\"rules.NQ1001.options.shingleSize\" must be a whole number from 1 to 16")]
    [InlineData("""{ "rules": { "NQ1001": { "options": { "permutations": 0 } } } }""", "\"rules.NQ1001.options.permutations\" must be a whole number from 16 to 1024")]
    [InlineData("""{ "rules": { "NQ1001": { "options": { "permutations": 1e9 } } } }""", "\"rules.NQ1001.options.permutations\" must be a whole number from 16 to 1024")]
    [InlineData("""{ "rules": { "NQ1001": { "options": { "permutations": 2.5 } } } }""", "\"rules.NQ1001.options.permutations\" must be a whole number")]
    [InlineData("""{ "rules": { "NQ1001": { "options": { "permutations": "128" } } } }""", "\"rules.NQ1001.options.permutations\" must be a number")]
    [InlineData("""{ "rules": { "NQ1001": { "options": { "shingelSize": 3 } } } }""", "unknown key \"rules.NQ1001.options.shingelSize\" (known: shingleSize, permutations)")]
    [InlineData("""{ "rules": { "NQ2001": { "options": { "x": 1 } } } }""", "unknown key \"rules.NQ2001.options.x\" (NQ2001 has no options)")]
    [InlineData("""{ "rules": { "NQ4003": { "options": { "minStories": 1 } } } }""", "\"rules.NQ4003.options.minStories\" must be a whole number from 2 to")]
    [InlineData("""{ "rules": { "NQ2001": { "threshold": 1e400 } } }""", "\"rules.NQ2001.threshold\" must be a number")]
    [InlineData("""{ "scoring": { "errorPenalty": -45 } }""", "\"scoring.errorPenalty\" must be a number from 0 to 100")]
    [InlineData("""{ "scoring": { "warningPenalty": -1 } }""", "\"scoring.warningPenalty\" must be a number from 0 to 100")]
    [InlineData("""{ "scoring": { "errorPenalty": 1e400 } }""", "\"scoring.errorPenalty\" must be a number")]
    [InlineData("""{ "scoring": { "reviewBelow": 1e300 } }""", "\"scoring.reviewBelow\" must be a whole number from 0 to 101")]
    [InlineData("""{ "scoring": { "failBelow": 59.5 } }""", "\"scoring.failBelow\" must be a whole number from 0 to 101")]
    public void Bad_configs_are_errors_naming_the_file_and_key(string config, string expected)
    {
        File.WriteAllText(Path.Combine(_dir, "custom.json"), config);
        var result = Run("check", Article(), "--config", "custom.json");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("custom.json", result.StdErr);
        Assert.Contains(expected, result.StdErr);
    }

    [Fact]
    public void Min_score_gates_on_the_lowest_article_score()
    {
        var article = Article();
        Assert.Equal(0, Run("check", article, "--min-score", "80").ExitCode); // one warning: 85
        Assert.Equal(1, Run("check", article, "--min-score", "90").ExitCode);
    }

    [Fact]
    public void Min_score_gates_on_one_family_and_several_floors_are_all_checked()
    {
        var article = Article(); // a doubled word: translation 85, every other family 100
        Assert.Equal(0, Run("check", article, "--min-score", "translation=85").ExitCode);
        Assert.Equal(1, Run("check", article, "--min-score", "translation=86").ExitCode);
        Assert.Equal(0, Run("check", article, "--min-score", "duplicate=100", "--min-score", "offtopic=100", "--min-score", "boilerplate=100").ExitCode);
        Assert.Equal(1, Run("check", article, "--min-score", "duplicate=100", "--min-score", "translation=90").ExitCode);
        Assert.Equal(1, Run("check", article, "--min-score", "translation=50", "--min-score", "86").ExitCode); // the plain number is the overall score
        // A finding at --fail-on still fails the run whatever the floors.
        Assert.Equal(1, Run("check", article, "--fail-on", "warning", "--min-score", "translation=0").ExitCode);
    }

    [Theory]
    [InlineData("fluency=70", "unknown score family \"fluency\" (known: duplicate, translation, offtopic, boilerplate)")]
    [InlineData("translation=120", "\"translation=120\" is not a whole number from 0 to 100")]
    [InlineData("high", "\"high\" is not a whole number from 0 to 100")]
    public void A_bad_min_score_is_a_usage_error_naming_it(string floor, string expected)
    {
        var result = Run("check", Article(), "--min-score", floor);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--min-score: " + expected, result.StdErr);
    }

    [Fact]
    public void The_config_gates_families_and_the_command_line_overrides_it_for_the_same_score()
    {
        var article = Article();
        File.WriteAllText(Path.Combine(_dir, "newsquality.json"), """{ "scoring": { "minScore": { "translation": 90, "duplicate": 100 } } }""");
        Assert.Equal(1, Run("check", article).ExitCode);
        Assert.Equal(0, Run("check", article, "--min-score", "translation=80").ExitCode);
        using (var shown = JsonDocument.Parse(Run("config", "show").StdOut))
        {
            var floors = shown.RootElement.GetProperty("effective").GetProperty("scoring").GetProperty("minScore");
            Assert.Equal(100, floors.GetProperty("duplicate").GetInt32());
            Assert.Equal(90, floors.GetProperty("translation").GetInt32());
        }
        File.WriteAllText(Path.Combine(_dir, "newsquality.json"), """{ "scoring": { "minScore": 86 } }""");
        Assert.Equal(1, Run("check", article).ExitCode);
        File.WriteAllText(Path.Combine(_dir, "newsquality.json"), """{ "scoring": { "minScore": { "overall": 80 } } }""");
        Assert.Equal(0, Run("check", article).ExitCode);
    }
}
