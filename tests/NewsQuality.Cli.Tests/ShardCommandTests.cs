using System.Text.Json.Nodes;

namespace NewsQuality.Cli.Tests;

/// <summary>`newsquality shard …` end to end on the seed and clean articles, split in three shards, against one `check`.</summary>
public sealed class ShardCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nq-shard-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Stages_from_the_command_line_report_what_one_check_reports()
    {
        // A third shard copies a clean article from the second: a near-duplicate across shards.
        var copies = Directory.CreateDirectory(Path.Combine(_dir, "copies")).FullName;
        File.Copy(CliRunner.Fixture("clean/bbc-business-010.txt"), Path.Combine(copies, "business-copy.txt"));
        string[] shards = [CliRunner.Fixture("seeds"), CliRunner.Fixture("clean"), copies];

        Assert.Equal(0, CliRunner.Run(["shard", "plan", .. shards, "--work", "work", "--partitions", "2"], "", _dir).ExitCode);
        var early = CliRunner.Run(["shard", "pairs", "--partition", "0", "--work", "work"], "", _dir);
        Assert.Equal(2, early.ExitCode);
        Assert.Contains("run 'newsquality shard digest --shard 0' first", early.StdErr);
        var outOfPlan = CliRunner.Run(["shard", "digest", "--shard", "3", "--work", "work"], "", _dir);
        Assert.Equal(2, outOfPlan.ExitCode);
        Assert.Contains("shards 0 to 2", outOfPlan.StdErr);

        var run = CliRunner.Run(["shard", "run", "--work", "work", "--format", "json", "--format", "text", "--jobs", "1"], "", _dir);
        Assert.True(run.ExitCode == 0, run.StdErr);
        Assert.Contains("already complete, skipped", CliRunner.Run(["shard", "cluster", "--work", "work"], "", _dir).StdOut);

        var check = CliRunner.Run(["check", .. shards, "--format", "json", "--jobs", "1"], "", _dir);
        var expected = (JsonArray)JsonNode.Parse(check.StdOut)!["articles"]!;
        var actual = new JsonArray();
        for (var shard = 0; shard < shards.Length; shard++)
        {
            Assert.True(File.Exists(Path.Combine(_dir, "work", "report", $"{shard:D5}", "report.txt")));
            foreach (var article in (JsonArray)JsonNode.Parse(File.ReadAllText(Path.Combine(_dir, "work", "report", $"{shard:D5}", "report.json")))!["articles"]!)
                actual.Add(article!.DeepClone());
        }
        Assert.Contains("NQ1001", expected.ToJsonString());
        Assert.Equal(expected.ToJsonString(), actual.ToJsonString());

        var summary = CliRunner.Run(["shard", "summary", "--work", "work"], "", _dir);
        Assert.Contains($"{expected.Count} articles checked", summary.StdOut);
        Assert.Contains("NQ1001 1", summary.StdOut);
    }
}
