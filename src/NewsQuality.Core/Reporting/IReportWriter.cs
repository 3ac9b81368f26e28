using NewsQuality.Analysis;
using NewsQuality.Input;

namespace NewsQuality.Reporting;

/// <summary>What every report writer is told about the run before the first article.</summary>
public sealed record RunInfo(string ToolVersion, IReadOnlyList<string> Inputs, AnalysisOptions Options, Rules.RuleCatalog Catalog);

/// <summary>
/// One output format. Writers receive results as they stream out of the engine, so formats that can
/// (text, JSON) write each article as soon as it is done.
/// </summary>
public interface IReportWriter : IDisposable
{
    void Begin(RunInfo run);
    void Write(ArticleReport report);
    void Write(InputError error);
    void End(RunSummary summary);
}
