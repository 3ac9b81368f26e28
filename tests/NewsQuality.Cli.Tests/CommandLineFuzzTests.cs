using System.Globalization;
using System.Text;

namespace NewsQuality.Cli.Tests;

/// <summary>
/// The reader fuzz test's counterpart for what a user types: random configurations and command lines, with a fixed
/// seed so a failure can be replayed. Whatever they hold, the CLI answers with a verdict (0, 1) or a usage error
/// naming what is wrong (2), never an internal error (3) or an exception on stderr.
/// </summary>
public sealed class CommandLineFuzzTests : IDisposable
{
    private const int Runs = 200;

    private readonly string _dir = Directory.CreateTempSubdirectory("nq-fuzz-").FullName;

    public CommandLineFuzzTests()
    {
        File.WriteAllText(Path.Combine(_dir, "a.txt"), "A headline\n\nIt was the the best of times, in Geneva.");
        File.WriteAllText(Path.Combine(_dir, "b.jsonl"), "{\"id\":\"b\",\"title\":\"T\",\"text\":\"Read more: subscribe now.\\n\\nThe talks ended.\"}\n");
        Directory.CreateDirectory(Path.Combine(_dir, "out"));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly string[] Numbers = ["0", "-1", "1", "2", "3", "0.5", "2.5", "16", "128", "1024", "100000", "1e9", "1e12", "1e300", "-1e300", "1e400", "-0", "0.0001"];

    private static string AnyNumber(Random random) => random.Next(10) == 0 ? random.NextDouble().ToString("R", CultureInfo.InvariantCulture) : Numbers[random.Next(Numbers.Length)];

    private static string AnyValue(Random random) => random.Next(9) switch
    {
        0 => "\"text\"",
        1 => "null",
        2 => "true",
        3 => "[]",
        4 => "{}",
        5 => "\"\\uDDDD\"",
        _ => AnyNumber(random),
    };

    /// <summary>A configuration built from the real keys (and some wrong ones), each with a value of any type.</summary>
    private static string AnyConfig(Random random)
    {
        string[] rules = ["NQ1001", "NQ1002", "NQ2001", "NQ3003", "NQ4003", "NQ9999", "nq1001"];
        string[] ruleKeys = ["enabled", "severity", "threshold", "options", "bogus"];
        string[] options = ["shingleSize", "permutations", "minStories", "x"];
        string[] scoring = ["reviewBelow", "failBelow", "errorPenalty", "warningPenalty", "infoPenalty", "zero"];
        var parts = new List<string>();
        if (random.Next(2) == 0)
        {
            var entries = Enumerable.Range(0, random.Next(1, 4)).Select(_ =>
            {
                var rule = rules[random.Next(rules.Length)];
                if (random.Next(5) == 0) return $"\"{rule}\": {AnyValue(random)}";
                var fields = Enumerable.Range(0, random.Next(1, 3)).Select(_ => ruleKeys[random.Next(ruleKeys.Length)] switch
                {
                    "options" => $"\"options\": {{ {string.Join(", ", Enumerable.Range(0, random.Next(1, 3)).Select(_ => $"\"{options[random.Next(options.Length)]}\": {AnyValue(random)}"))} }}",
                    "severity" => $"\"severity\": {(random.Next(2) == 0 ? "\"error\"" : AnyValue(random))}",
                    var key => $"\"{key}\": {AnyValue(random)}",
                }).DistinctBy(f => f.Split(':')[0]);
                return $"\"{rule}\": {{ {string.Join(", ", fields)} }}";
            }).DistinctBy(e => e.Split(':')[0]);
            parts.Add($"\"rules\": {{ {string.Join(", ", entries)} }}");
        }
        if (random.Next(2) == 0)
            parts.Add($"\"scoring\": {{ {string.Join(", ", Enumerable.Range(0, random.Next(1, 4)).Select(_ => scoring[random.Next(scoring.Length)]).Distinct().Select(k => $"\"{k}\": {AnyValue(random)}"))} }}");
        if (random.Next(4) == 0) parts.Add($"\"include\": {(random.Next(2) == 0 ? "[\"**/*.txt\"]" : AnyValue(random))}");
        if (random.Next(6) == 0) parts.Add($"\"{(random.Next(2) == 0 ? "knownPeople" : "sectionLabels")}\": {AnyValue(random)}");
        var json = "{ " + string.Join(", ", parts) + " }";
        // Now and then, the bytes themselves are damaged.
        return random.Next(8) == 0 ? json[..random.Next(json.Length)] : json;
    }

    /// <summary>A command line of real options with values of every kind, some missing, some repeated.</summary>
    private static string[] AnyCommandLine(Random random)
    {
        var args = new List<string>(random.Next(4) == 0 ? ["clean", "a.txt", "b.jsonl", "--out", "out/c" + random.Next(3)] : ["check", random.Next(2) == 0 ? "a.txt" : "."]);
        string[] options = ["--jobs", "--max-article-mb", "--format", "--fail-on", "--min-score", "--output", "--input-format", "--columns", "--include", "--exclude", "--config", "--follow-links", "--keep-going", "--show-clean", "--quiet"];
        for (var i = random.Next(0, 5); i > 0; i--)
        {
            var option = options[random.Next(options.Length)];
            if (args[0] == "clean" && option is "--format" or "--fail-on" or "--min-score" or "--output" or "--keep-going" or "--show-clean" or "--quiet") continue;
            args.Add(option);
            var value = option switch
            {
                "--jobs" or "--max-article-mb" or "--min-score" => random.Next(6) == 0 ? "NaN" : AnyNumber(random),
                "--format" => new[] { "json", "sarif", "junit", "markdown", "html", "text", "pdf" }[random.Next(7)],
                "--fail-on" => new[] { "info", "warning", "error", "none", "fatal" }[random.Next(5)],
                "--output" => new[] { "json=out/r.json", "junit=out/r.xml", "json=a.txt", "sarif=missing/r.sarif", "x=y", "=", "markdown=out" }[random.Next(7)],
                "--input-format" => new[] { "text", "jsonl", "html", "warc", "csv", "markdown", "doc" }[random.Next(7)],
                "--columns" => new[] { "id=guid", "text=", "foo=bar", "text=body,title=head" }[random.Next(4)],
                "--include" or "--exclude" => new[] { "*.txt", "**", "[", "" }[random.Next(4)],
                "--config" => random.Next(2) == 0 ? "fuzz.json" : "missing.json",
                _ => null,
            };
            if (value is not null && random.Next(12) != 0) args.Add(value);
        }
        return [.. args];
    }

    private static void AssertAnswered(CliRunner.Result result, string what)
    {
        Assert.True(result.ExitCode is 0 or 1 or 2, $"exit {result.ExitCode} for {what}\n{result.StdErr}");
        Assert.DoesNotContain("Exception", result.StdErr);
        // A usage error names itself ("newsquality: ..."), an unreadable input its file ("a.txt:1: error: ...").
        if (result.ExitCode == 2) Assert.Matches("newsquality: |: error: ", result.StdErr + result.StdOut);
    }

    [Fact]
    public void Random_configurations_are_read_or_refused_by_name()
    {
        var random = new Random(20261201);
        for (var i = 0; i < Runs; i++)
        {
            var config = AnyConfig(random);
            File.WriteAllText(Path.Combine(_dir, "fuzz.json"), config);
            var result = CliRunner.Run(["check", "a.txt", "b.jsonl", "--config", "fuzz.json", "--jobs", "1"], "", _dir);
            AssertAnswered(result, $"config {i}: {config}");
            if (result.ExitCode == 2) Assert.Contains("fuzz.json", result.StdErr);
        }
    }

    [Fact]
    public void Random_command_lines_are_run_or_refused_by_name()
    {
        var random = new Random(20261202);
        File.WriteAllText(Path.Combine(_dir, "fuzz.json"), """{ "rules": { "NQ1001": { "options": { "shingleSize": 3 } } } }""");
        for (var i = 0; i < Runs; i++)
        {
            var args = AnyCommandLine(random);
            AssertAnswered(CliRunner.Run(args, "", _dir), $"command line {i}: {string.Join(' ', args)}");
        }
        Assert.Equal("A headline\n\nIt was the the best of times, in Geneva.", File.ReadAllText(Path.Combine(_dir, "a.txt")));
    }
}
