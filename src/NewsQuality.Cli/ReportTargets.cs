using NewsQuality.IO;
using NewsQuality.Reporting;

namespace NewsQuality.Cli;

/// <summary>
/// One <c>--output FORMAT=PATH</c>: the report is written to memory during the run and to its file at the end,
/// atomically, so an interrupted run never leaves a half-written report over a good one.
/// </summary>
internal sealed class ReportTarget(string format, string path, IReportWriter writer, MemoryStream buffer)
{
    public IReportWriter Writer { get; } = writer;

    public string Format { get; } = format;

    public string Path { get; } = path;

    /// <summary>After the writer's End (which flushes it), moves the report into place.</summary>
    public void Save() => AtomicFile.Write(Path, stream => buffer.WriteTo(stream));
}

internal static class ReportTargets
{
    /// <summary>The targets, or null after telling the user which value is wrong.</summary>
    public static IReadOnlyList<ReportTarget>? Parse(IReadOnlyList<string> values, CliIO io, ReportOptions options)
    {
        var targets = new List<ReportTarget>();
        foreach (var value in values)
        {
            var equals = value.IndexOf('=');
            var format = equals > 0 ? value[..equals] : "";
            if (equals <= 0 || equals == value.Length - 1 || !ReportFormats.Names.Contains(format, StringComparer.OrdinalIgnoreCase))
            {
                io.StdErr.WriteLine($"newsquality: --output '{value}' should be FORMAT=PATH with FORMAT one of {string.Join(", ", ReportFormats.Names)}");
                return null;
            }
            var buffer = new MemoryStream();
            targets.Add(new ReportTarget(format.ToLowerInvariant(), Path.GetFullPath(value[(equals + 1)..], io.CurrentDirectory), ReportFormats.Create(format, buffer, options), buffer));
        }
        return targets;
    }
}
