using System.IO.Compression;
using System.Text;

namespace NewsQuality.Cli.Tests;

/// <summary>Every kind of bad input gets one error line naming the file (and line), and the rest of the run goes on.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nq-bad-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void Write(string name, byte[] bytes) => File.WriteAllBytes(Path.Combine(_dir, "in", name), bytes);

    private void Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    private void BuildFolder()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "in"));
        Write("good article.txt", "A good headline\n\nIt was the the best of times.");
        Write("empty.txt", "");
        Write("binary.txt", [0x00, 0x01, 0x02, 0xFF, 0x00]);
        Write("latin1 naïve.txt", [.. Encoding.Latin1.GetBytes("Café society\n\nA naïve résumé of the talks.")]);
        Write("bad.jsonl", "{\"id\":\"ok\",\"title\":\"Fine\",\"text\":\"Fine text.\"}\n{ nope\n");
        Write("nobody.html", "<html><head><title>Nothing here</title></head><body></body></html>");
        Write("huge.txt", Encoding.UTF8.GetBytes("Huge\n\n" + new string('x', 50 * 1024 * 1024)));
        using (var gz = new MemoryStream())
        {
            using (var zip = new GZipStream(gz, CompressionLevel.Fastest)) zip.Write(Encoding.UTF8.GetBytes("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\n"));
            Write("cut.warc.gz", gz.ToArray()[..^8]);
        }
        File.CreateSymbolicLink(Path.Combine(_dir, "in", "dangling.txt"), Path.Combine(_dir, "nowhere.txt"));
    }

    [Fact]
    public void Each_bad_file_is_one_error_line_and_the_good_articles_are_still_checked()
    {
        BuildFolder();
        var result = CliRunner.Run(["check", "in"], "", _dir);
        Assert.Equal(2, result.ExitCode);
        var errors = result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string ErrorFor(string file) => Assert.Single(errors, e => e.StartsWith($"in/{file}", StringComparison.Ordinal));
        Assert.EndsWith("error: empty article (no text)", ErrorFor("empty.txt"));
        Assert.Contains("binary content", ErrorFor("binary.txt"));
        Assert.Contains("over the 10 MB limit", ErrorFor("huge.txt"));
        Assert.StartsWith("in/bad.jsonl:2: error: malformed JSON", ErrorFor("bad.jsonl"));
        Assert.Contains("no article text", ErrorFor("nobody.html"));
        Assert.Contains("record 1", ErrorFor("cut.warc.gz"));
        Assert.Contains("cannot read", ErrorFor("dangling.txt"));
        Assert.Equal(7, errors.Length);

        Assert.Contains("in/good article.txt:3:8: warning NQ2001", result.StdOut);
        Assert.Contains("3 articles checked", result.StdOut); // good article, latin-1 article, the good JSON line
    }

    [Fact]
    public void Keep_going_reports_the_errors_but_lets_findings_decide_the_exit_code()
    {
        BuildFolder();
        var result = CliRunner.Run(["check", "in", "--keep-going"], "", _dir);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("7 input errors", result.StdOut);
    }

    [Fact]
    public void The_encoding_assumed_is_in_the_json_report()
    {
        BuildFolder();
        var result = CliRunner.Run(["check", "in/latin1 naïve.txt", "--format", "json"], "", _dir);
        Assert.Contains("\"encoding\": \"windows-1252\"", result.StdOut);
    }
}

/// <summary>
/// A file the user may not read. Root reads every file whatever its mode, and CI runs as root: there the CLI is run
/// as a child process with the two capabilities that override file permissions dropped (setpriv, util-linux).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class UnreadableFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nq-unreadable-").FullName;

    public void Dispose()
    {
        File.SetUnixFileMode(Path.Combine(_dir, "secret.txt"), UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void An_unreadable_file_is_one_error_line_and_the_run_goes_on()
    {
        File.WriteAllText(Path.Combine(_dir, "good.txt"), "A good headline\n\nA readable article about the talks.");
        var secret = Path.Combine(_dir, "secret.txt");
        File.WriteAllText(secret, "Secret\n\nNot for this user.");
        File.SetUnixFileMode(secret, UnixFileMode.None);

        var (exit, stdout, stderr) = Environment.IsPrivilegedProcess ? RunWithoutFilePermissionOverride(_dir) : CliRunner.Run(["check", _dir], "");
        Assert.Equal(ExitCodes.UsageOrInputError, exit);
        var output = stdout + stderr;
        Assert.Single(output.Split('\n'), line => line.Contains("secret.txt: error: cannot read: Access to the path") && line.Contains("is denied"));
        Assert.Contains("1 article checked", output);
        Assert.Contains("1 input error", output);
    }

    private static CliRunner.Result RunWithoutFilePermissionOverride(string folder)
    {
        var start = new System.Diagnostics.ProcessStartInfo("setpriv",
            ["--bounding-set", "-dac_override,-dac_read_search", "--inh-caps", "-dac_override,-dac_read_search",
             "dotnet", typeof(NewsQualityCli).Assembly.Location, "check", folder])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "the CLI did not finish within 120 s");
        return new CliRunner.Result(process.ExitCode, stdout, stderr.Result);
    }
}
