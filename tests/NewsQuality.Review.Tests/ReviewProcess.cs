using System.Diagnostics;

namespace NewsQuality.Review.Tests;

/// <summary><c>newsquality review</c> in a process of its own, as a user starts it.</summary>
public static class ReviewProcess
{
    /// <summary>Starts the CLI with these arguments (use <c>--port 0</c>) and waits for the URL it prints.</summary>
    public static (Process Server, Uri Url) Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [typeof(NewsQuality.Cli.CliIO).Assembly.Location, .. args])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory,
        };
        var server = Process.Start(start)!;
        var errors = server.StandardError.ReadToEndAsync();
        var read = Task.Run(() =>
        {
            while (server.StandardOutput.ReadLine() is { } line)
                if (line.StartsWith("Open ")) return new Uri(line.Split(' ')[1]);
            return null;
        });
        if (!read.Wait(TimeSpan.FromMinutes(3)) || read.Result is null)
        {
            server.Kill(entireProcessTree: true);
            server.WaitForExit();
            throw new InvalidOperationException($"the review server did not print its URL within 3 minutes: {errors.Result}");
        }
        return (server, read.Result);
    }
}
