using NewsQuality.Analysis;
using NewsQuality.Input;

namespace NewsQuality.Reporting;

/// <summary>Sends one run to several writers (stdout and every <c>--output</c> file) in step.</summary>
public sealed class CompositeReportWriter(IReadOnlyList<IReportWriter> writers) : IReportWriter
{
    public void Begin(RunInfo run) { foreach (var writer in writers) writer.Begin(run); }
    public void Write(ArticleReport report) { foreach (var writer in writers) writer.Write(report); }
    public void Write(InputError error) { foreach (var writer in writers) writer.Write(error); }
    public void End(RunSummary summary) { foreach (var writer in writers) writer.End(summary); }
    public void Dispose() { foreach (var writer in writers) writer.Dispose(); }
}
