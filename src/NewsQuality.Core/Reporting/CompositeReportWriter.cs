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

    public void Begin(RunInfo run) => Each(run, static (writer, run) => writer.Begin(run));
    public void Write(ArticleReport report) => Each(report, static (writer, report) => writer.Write(report));
    public void Write(InputError error) => Each(error, static (writer, error) => writer.Write(error));
    public void End(RunSummary summary) => Each(summary, static (writer, summary) => writer.End(summary));
    public void Dispose() => Each(0, static (writer, _) => writer.Dispose());

    /// <summary><paramref name="action"/> of each writer that has not failed, with <paramref name="argument"/>: static actions, so no closure per article.</summary>
    private void Each<T>(T argument, Action<IReportWriter, T> action)
    {
        for (var i = 0; i < writers.Count; i++)
        {
            var writer = writers[i];
            if (_failures.ContainsKey(writer)) continue;
            try
            {
                action(writer, argument);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _failures[writer] = e;
            }
        }
    }
}
