namespace NewsQuality.Cli.Tests;

/// <summary>
/// Every report format on the seed articles, compared with fixtures/golden/seeds.*. When a rule or a format changes on
/// purpose, regenerate them with NQ_UPDATE_GOLDEN=1 dotnet test and review the diff.
/// </summary>
public class GoldenReportTests
{
    public static TheoryData<string, string> Formats() => new()
    {
        { "text", "txt" }, { "json", "json" }, { "sarif", "sarif" }, { "junit", "xml" }, { "markdown", "md" }, { "html", "html" },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Report_matches_its_golden_file(string format, string extension)
    {
        // Run from the fixtures folder so paths in the reports are relative ("seeds/…") and the same on every machine.
        var result = CliRunner.Run(["check", "seeds", "--format", format], "", Path.Combine(AppContext.BaseDirectory, "fixtures"));
        Assert.Equal(1, result.ExitCode);
        var golden = Path.Combine(CliRunner.RepositoryRoot(), "fixtures", "golden", $"seeds.{extension}");
        if (Environment.GetEnvironmentVariable("NQ_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
            File.WriteAllText(golden, result.StdOut);
        }
        Assert.True(File.Exists(golden), $"{golden} is missing; create it with NQ_UPDATE_GOLDEN=1 dotnet test");
        Assert.Equal(File.ReadAllText(golden).ReplaceLineEndings(), result.StdOut.ReplaceLineEndings());
    }

}
