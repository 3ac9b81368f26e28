using System.Text.Json;

namespace NewsQuality.Cli.Tests;

public sealed class CleanCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nq-clean-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Writes_cleaned_articles_that_recheck_without_insertions_or_chrome()
    {
        var input = Path.Combine(_dir, "in");
        Directory.CreateDirectory(input);
        foreach (var seed in Directory.GetFiles(CliRunner.Fixture("seeds"), "*.txt")) File.Copy(seed, Path.Combine(input, Path.GetFileName(seed)));
        var result = CliRunner.Run(["clean", "in", "--out", "out"], "", _dir);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2 articles cleaned", result.StdOut);
        var cleaned = File.ReadAllText(Path.Combine(_dir, "out", "in", "004_d45996393cbbdd09.txt"));
        Assert.DoesNotContain("Back To Top", cleaned);

        var recheck = CliRunner.Run(["check", "out", "--format", "json"], "", _dir);
        using var json = JsonDocument.Parse(recheck.StdOut);
        var rules = json.RootElement.GetProperty("summary").GetProperty("rules").EnumerateObject().Select(p => p.Name).ToList();
        Assert.DoesNotContain(rules, id => id.StartsWith("NQ3") || id.StartsWith("NQ4"));
        Assert.Contains("NQ2002", rules); // translation errors are reported, not silently rewritten
        Assert.Equal(File.ReadAllText(CliRunner.Fixture("seeds/004_d45996393cbbdd09.txt")), File.ReadAllText(Path.Combine(input, "004_d45996393cbbdd09.txt")));
    }

    [Fact]
    public void Cleaning_a_clean_article_changes_nothing()
    {
        File.Copy(CliRunner.Fixture("clean/bbc-politics-020.txt"), Path.Combine(_dir, "a.txt"));
        Assert.Equal(0, CliRunner.Run(["clean", "a.txt", "--out", "out"], "", _dir).ExitCode);
        Assert.Equal(File.ReadAllBytes(Path.Combine(_dir, "a.txt")), File.ReadAllBytes(Path.Combine(_dir, "out", "a.txt")));
    }

    [Fact]
    public void Refuses_to_overwrite_its_inputs()
    {
        File.Copy(CliRunner.Fixture("seeds/004_d45996393cbbdd09.txt"), Path.Combine(_dir, "a.txt"));
        var before = File.ReadAllText(Path.Combine(_dir, "a.txt"));
        var result = CliRunner.Run(["clean", "a.txt", "--out", "."], "", _dir);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is one of the input files; it would be overwritten", result.StdErr);
        Assert.Equal(before, File.ReadAllText(Path.Combine(_dir, "a.txt")));
    }

    [Fact]
    public void Json_lines_come_out_as_json_lines()
    {
        File.WriteAllText(Path.Combine(_dir, "a.jsonl"), "{\"id\":\"x\",\"title\":\"Talks end\",\"text\":\"The talks ended on Friday.\\n\\nBack To Top\"}\n");
        Assert.Equal(0, CliRunner.Run(["clean", "a.jsonl", "--out", "out"], "", _dir).ExitCode);
        using var record = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "out", "a.jsonl")));
        Assert.Equal("The talks ended on Friday.", record.RootElement.GetProperty("text").GetString());
        Assert.Equal("Talks end", record.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public void Fix_encoding_repairs_residue_in_text_files_and_json_lines_text()
    {
        File.WriteAllText(Path.Combine(_dir, "a.txt"), "Rates quot;hold steady quot;\n\nShares rose \\$2 after it#39;s &lt;b&gt;deal&lt;/b&gt;; AT T gained.\n");
        File.WriteAllText(Path.Combine(_dir, "b.jsonl"), "{\"id\":\"x\",\"title\":\"Caf&eacute; opens\",\"text\":\"The owner said it#39;s busy.\"}\n");
        var result = CliRunner.Run(["clean", "a.txt", "b.jsonl", "--out", "out", "--fix-encoding"], "", _dir);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("8 encoding or markup repairs", result.StdOut);
        // The lost ampersand is a guess: reported by check, not rewritten.
        Assert.Equal("Rates \"hold steady\"\n\nShares rose $2 after it's deal; AT T gained.\n", File.ReadAllText(Path.Combine(_dir, "out", "a.txt")));
        using var record = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "out", "b.jsonl")));
        Assert.Equal("Caf&eacute; opens", record.RootElement.GetProperty("title").GetString()); // only the text field is rewritten
        Assert.Equal("The owner said it's busy.", record.RootElement.GetProperty("text").GetString());

        var without = CliRunner.Run(["clean", "a.txt", "--out", "plain"], "", _dir);
        Assert.DoesNotContain("repair", without.StdOut);
        Assert.Equal(File.ReadAllText(Path.Combine(_dir, "a.txt")), File.ReadAllText(Path.Combine(_dir, "plain", "a.txt")));
    }

    [Fact]
    public void Untouched_json_lines_records_are_byte_identical_and_cleaned_ones_keep_every_other_field()
    {
        const string untouched = "{\"id\":\"u\",\"title\":\"Caf\u00e9 news\",\"text\":\"Zürich talks went well.\",\"published\":\"2021-01-01\",\"extra\":null,\"labels\":[\"NQ2001\"]}";
        const string malformed = "{ not json";
        const string flagged = "{\"id\":\"x\",\"title\":\"Talks end\",\"text\":\"The talks ended in Zürich.\\n\\nBack To Top\",\"published\":\"2021-01-02\",\"extra\":{\"k\":1}}";
        var input = untouched + "\r\n" + malformed + "\n\n" + flagged + "\n";
        File.WriteAllText(Path.Combine(_dir, "a.jsonl"), input);

        Assert.Equal(2, CliRunner.Run(["clean", "a.jsonl", "--out", "out"], "", _dir).ExitCode); // the malformed line is an input error
        var lines = File.ReadAllText(Path.Combine(_dir, "out", "a.jsonl")).Split('\n');
        Assert.Equal(untouched + "\r", lines[0]);
        Assert.Equal(malformed, lines[1]);
        Assert.Equal("", lines[2]);
        Assert.Equal("{\"id\":\"x\",\"title\":\"Talks end\",\"text\":\"The talks ended in Zürich.\",\"published\":\"2021-01-02\",\"extra\":{\"k\":1}}", lines[3]);
        Assert.Equal(5, lines.Length);
    }

    [Fact]
    public void A_record_whose_whole_body_was_removed_gets_an_empty_text_not_its_title()
    {
        File.WriteAllText(Path.Combine(_dir, "a.jsonl"), "{\"id\":\"x\",\"title\":\"Talks end\",\"text\":\"Back To Top\"}\n");
        CliRunner.Run(["clean", "a.jsonl", "--out", "out"], "", _dir);
        using var record = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "out", "a.jsonl")));
        Assert.Equal("", record.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public void Cleaned_pages_are_named_for_what_they_hold()
    {
        File.WriteAllText(Path.Combine(_dir, "page.html"), "<html><body><article><h1>Talks end</h1><p>The talks ended on Friday in Geneva after a week.</p></article></body></html>");
        Assert.Equal(0, CliRunner.Run(["clean", "page.html", "--out", "out"], "", _dir).ExitCode);
        Assert.False(File.Exists(Path.Combine(_dir, "out", "page.html")));
        Assert.StartsWith("Talks end", File.ReadAllText(Path.Combine(_dir, "out", "page.txt")));
    }
}
