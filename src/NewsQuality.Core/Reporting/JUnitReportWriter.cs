using System.Globalization;
using System.Xml;
using NewsQuality.Analysis;
using NewsQuality.Input;
using NewsQuality.Model;
using NewsQuality.Rules;
using NewsQuality.Scoring;

namespace NewsQuality.Reporting;

/// <summary>
/// JUnit XML for CI systems that show test reports: one test case per article, failed when its verdict is
/// <c>fail</c>, with its findings in the failure text and its overall and family scores as properties; unreadable
/// inputs are test cases in error. Every string passes
/// through <see cref="SafeText.ForXml"/>: a page's text may hold characters XML 1.0 cannot carry.
/// </summary>
public sealed class JUnitReportWriter(Stream output) : IReportWriter
{
    private readonly List<(string Name, string ClassName, string? Failure, string? Error, string? Output, IReadOnlyList<(string Name, string Value)> Properties)> _cases = [];

    public void Begin(RunInfo run) { }

    public void Write(ArticleReport report)
    {
        var lines = string.Join("\n", report.Problems.Select(f => $"{report.Article.Origin.Display}:{f.Line}:{f.Column}: {f.Severity.ToString().ToLowerInvariant()} {f.RuleId} {f.Message}{Also(f)}"));
        var summary = $"score {report.Score}/100, verdict {report.Verdict.ToString().ToLowerInvariant()} ({report.Families})";
        var properties = Properties(report);
        _cases.Add(report.Verdict == Verdict.Fail
            ? (report.Article.Id, report.Article.Origin.Path, $"{summary}\n{lines}", null, null, properties)
            : (report.Article.Id, report.Article.Origin.Path, null, null, report.Findings.Count == 0 ? summary : $"{summary}\n{lines}", properties));
    }

    /// <summary>The article's scores as test-case properties (score, verdict, score.FAMILY, translation.estimate), which CI dashboards can chart.</summary>
    private static IReadOnlyList<(string Name, string Value)> Properties(ArticleReport report)
    {
        List<(string, string)> properties = [("score", report.Score.ToString(CultureInfo.InvariantCulture)), ("verdict", report.Verdict.ToString().ToLowerInvariant())];
        properties.AddRange(report.Families.All.Select(p => ($"score.{p.Family.ToName()}", p.Score.ToString(CultureInfo.InvariantCulture))));
        if (report.Translation is { } translation) properties.Add(("translation.estimate", translation.Quality.ToString("0.000", CultureInfo.InvariantCulture)));
        return properties;
    }

    private static string Also(Finding finding) =>
        finding.AlsoFlagged.Count == 0 ? "" : $" (also {string.Join(", ", finding.AlsoFlagged.Select(a => a.RuleId))})";

    public void Write(InputError error) => _cases.Add((error.Path + (error.Line is { } l ? $":{l}" : ""), error.Path, null, error.Message, null, []));

    public void End(RunSummary summary)
    {
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) });
        xml.WriteStartElement("testsuites");
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", "newsquality");
        xml.WriteAttributeString("tests", _cases.Count.ToString());
        xml.WriteAttributeString("failures", _cases.Count(c => c.Failure is not null).ToString());
        xml.WriteAttributeString("errors", _cases.Count(c => c.Error is not null).ToString());
        foreach (var (name, className, failure, error, text, properties) in _cases)
        {
            xml.WriteStartElement("testcase");
            xml.WriteAttributeString("name", SafeText.ForXml(name));
            xml.WriteAttributeString("classname", SafeText.ForXml(className));
            if (properties.Count > 0)
            {
                xml.WriteStartElement("properties");
                foreach (var (property, value) in properties)
                {
                    xml.WriteStartElement("property");
                    xml.WriteAttributeString("name", property);
                    xml.WriteAttributeString("value", value);
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            if (failure is not null) Element(xml, "failure", failure);
            if (error is not null) Element(xml, "error", error);
            if (text is not null) xml.WriteElementString("system-out", SafeText.ForXml(text));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Element(XmlWriter xml, string name, string text)
    {
        text = SafeText.ForXml(text);
        xml.WriteStartElement(name);
        xml.WriteAttributeString("message", text.Split('\n')[0]);
        xml.WriteString(text);
        xml.WriteEndElement();
    }

    public void Dispose() => output.Flush();
}
