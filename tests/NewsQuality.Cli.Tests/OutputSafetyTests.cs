using System.Text.Json;

namespace NewsQuality.Cli.Tests;

/// <summary>
/// Every file a command writes is checked before the first article is read: its folder must exist (none is created
/// unasked), it must not be an input through any link, no two outputs may coincide, and a long legal name must work.
/// </summary>
public sealed class OutputSafetyTests : IDisposable
{
    private const string Article = "A headline\n\nIt was the best of times, it was the worst of times.";

    private readonly string _dir = Directory.CreateTempSubdirectory("nq-outputs-").FullName;

    public OutputSafetyTests() => File.WriteAllText(Path.Combine(_dir, "a.txt"), Article);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private CliRunner.Result Run(params string[] args) => CliRunner.Run(args, "", _dir);

    [Fact]
    public void An_output_in_a_missing_folder_fails_before_the_run_and_creates_nothing()
    {
        var result = Run("check", "a.txt", "--output", "json=missing/deeper/r.json", "--format", "json");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--output json: folder", result.StdErr);
        Assert.Contains("does not exist", result.StdErr);
        Assert.Equal("", result.StdOut); // refused before the first article, not after the run
        Assert.False(Directory.Exists(Path.Combine(_dir, "missing")));
    }

    [Fact]
    public void A_baseline_or_index_in_a_missing_folder_fails_the_same_way()
    {
        Assert.Equal(2, Run("check", "a.txt", "--write-baseline", "nope/b.json").ExitCode);
        Assert.Equal(2, Run("index", "build", "a.txt", "--out", "nope/i.nqindex").ExitCode);
        Assert.False(Directory.Exists(Path.Combine(_dir, "nope")));
    }

    [Fact]
    public void An_output_that_is_a_folder_fails_before_the_run()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "dir"));
        var result = Run("check", "a.txt", "--output", "json=dir");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is a folder", result.StdErr);
    }

    [Fact]
    public void Clean_out_is_created_only_inside_a_folder_that_exists()
    {
        Assert.Equal(0, Run("clean", "a.txt", "--out", "cleaned").ExitCode);
        Assert.True(File.Exists(Path.Combine(_dir, "cleaned", "a.txt")));
        var result = Run("clean", "a.txt", "--out", "no/such/cleaned");
        Assert.Equal(2, result.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(_dir, "no")));
    }

    [Fact]
    public void A_report_never_overwrites_an_input_article()
    {
        var result = Run("check", "a.txt", "--output", "json=a.txt");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is one of the input files", result.StdErr);
        Assert.Equal(Article, File.ReadAllText(Path.Combine(_dir, "a.txt")));
    }

    [Fact]
    public void A_report_never_overwrites_an_input_through_a_link_or_inside_a_folder()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "in"));
        File.WriteAllText(Path.Combine(_dir, "in", "b.txt"), Article);
        File.CreateSymbolicLink(Path.Combine(_dir, "alias.txt"), Path.Combine(_dir, "in", "b.txt"));
        Assert.Equal(2, Run("check", "in", "--output", "json=alias.txt").ExitCode);
        Assert.Equal(2, Run("check", "in", "--write-baseline", "in/b.txt").ExitCode);
        Assert.Equal(Article, File.ReadAllText(Path.Combine(_dir, "in", "b.txt")));
    }

    [Fact]
    public void Clean_into_a_link_to_the_current_folder_never_rewrites_the_inputs()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "in"));
        File.WriteAllText(Path.Combine(_dir, "in", "b.txt"), Article + "\n\nRead more: subscribe to our newsletter!");
        var before = File.ReadAllText(Path.Combine(_dir, "in", "b.txt"));
        Directory.CreateSymbolicLink(Path.Combine(_dir, "alias"), _dir);
        var result = Run("clean", "in", "--out", "alias");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is one of the input files", result.StdErr);
        Assert.Equal(before, File.ReadAllText(Path.Combine(_dir, "in", "b.txt")));
    }

    [Fact]
    public void Two_inputs_with_one_output_name_are_refused_not_silently_merged()
    {
        var work = Path.Combine(_dir, "work");
        foreach (var folder in new[] { "x", "y", "work" }) Directory.CreateDirectory(Path.Combine(_dir, folder));
        File.WriteAllText(Path.Combine(_dir, "x", "a.txt"), "X headline\n\nThe x article.");
        File.WriteAllText(Path.Combine(_dir, "y", "a.txt"), "Y headline\n\nThe y article.");
        var result = CliRunner.Run(["clean", "../x/a.txt", "../y/a.txt", "--out", "OUT"], "", work);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("would both be cleaned into", result.StdErr);
        Assert.False(File.Exists(Path.Combine(work, "OUT", "a.txt")));
    }

    [Fact]
    public void Two_outputs_naming_one_file_are_refused()
    {
        var result = Run("check", "a.txt", "--output", "json=r.out", "--output", "sarif=./r.out");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("would both write", result.StdErr);
    }

    [Fact]
    public void A_legal_long_file_name_can_be_written()
    {
        var name = new string('n', 240) + ".txt"; // 244 bytes: legal, but too long once a temporary name adds a guid to it
        File.WriteAllText(Path.Combine(_dir, name), Article);
        Assert.Equal(0, Run("clean", name, "--out", "cleaned").ExitCode);
        Assert.Equal(0, Run("check", "a.txt", "--output", $"json={name}.j").ExitCode);
        Assert.Equal(0, Run("index", "build", "a.txt", "--out", new string('i', 240) + ".nqindex").ExitCode);
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, $"{name}.j")));
        Assert.True(File.Exists(Path.Combine(_dir, "cleaned", name)));
    }
}
