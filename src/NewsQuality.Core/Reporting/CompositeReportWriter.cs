using NewsQuality.Analysis;
using NewsQuality.Input;

namespace NewsQuality.Reporting;

/// <summary>
/// Sends one run to several writers (stdout and every <c>--output</c> file) in step. A writer that throws is set
/// aside with its error and the others carry on, so one broken format never costs the user the other reports.
/// </summary>
public sealed class CompositeReportWriter(IReadOnlyList<IReportWriter> writers) : IReportWriter
{
    private readonly Dictionary<IReportWriter, Exception> _failures = [];

    /// <summary>The writers that threw, with the first exception each threw; their output is incomplete.</summary>
    public IReadOnlyDictionary<IReportWriter, Exception> Failures => _failures;

    public void Begin(RunInfo run) => Each(writer => writer.Begin(run));
    public void Write(ArticleReport report) => Each(writer => writer.Write(report));
    public void Write(InputError error) => Each(writer => writer.Write(error));
    public void End(RunSummary summary) => Each(writer => writer.End(summary));
    public void Dispose() => Each(writer => writer.Dispose());

    private void Each(Action<IReportWriter> action)
    {
        foreach (var writer in writers)
        {
            if (_failures.ContainsKey(writer)) continue;
            try
            {
                action(writer);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _failures[writer] = e;
            }
        }
    }
}
