using NJsonSchema;

namespace NewsQuality.Cli.Tests;

/// <summary>The SARIF output validates against the official SARIF 2.1.0 schema, so code-scanning services accept it.</summary>
public sealed class SarifSchemaTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nq-sarif-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Sarif_for_the_seeds_and_a_bad_input_validates_against_the_official_schema()
    {
        File.WriteAllText(Path.Combine(_dir, "bad.jsonl"), "{ broken\n");
        var result = CliRunner.Run(["check", CliRunner.Fixture("seeds"), "bad.jsonl", "--format", "sarif"], "", _dir);
        Assert.Equal(2, result.ExitCode);
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-2.1.0-rtm.5.json"));
        var errors = schema.Validate(result.StdOut);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
        Assert.Contains("toolExecutionNotifications", result.StdOut);
    }

    [Fact]
    public async Task The_schema_check_itself_rejects_a_broken_log()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-2.1.0-rtm.5.json"));
        Assert.NotEmpty(schema.Validate("""{ "version": "2.1.0", "runs": [ { "tool": { "driver": { } }, "results": [ { "level": "fatal" } ] } ] }"""));
    }
}
