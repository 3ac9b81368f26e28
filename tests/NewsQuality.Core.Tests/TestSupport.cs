using NewsQuality.Analysis;
using NewsQuality.Model;
using NewsQuality.Rules;

namespace NewsQuality.Core.Tests;

/// <summary>Paths to files under the repository's fixtures/ folder (copied beside the test assembly).</summary>
public static class Fixtures
{
    public static string Path(string relative) => System.IO.Path.Combine(AppContext.BaseDirectory, "fixtures", relative);

    public static string Read(string relative) => File.ReadAllText(Path(relative));

    public static IEnumerable<string> Files(string folder, string pattern) =>
        Directory.EnumerateFiles(Path(folder), pattern).OrderBy(f => f, StringComparer.Ordinal);

    /// <summary>The names of the .txt files in <paramref name="folder"/>, one theory case each.</summary>
    public static TheoryData<string> TextFileNames(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var file in Files(folder, "*.txt")) data.Add(System.IO.Path.GetFileName(file));
        return data;
    }
}

/// <summary>Files of the repository's source tree that tests read but the tool does not ship (the sources of pre-built data).</summary>
public static class SourceTree
{
    public static string Path(params string[] parts) => System.IO.Path.Combine([Rules.RuleCatalogTests.RepositoryRoot(), .. parts]);

    /// <summary>A file that training writes into the translation estimator's data folder.</summary>
    public static FileStream OpenTranslationData(string file) => File.OpenRead(Path(global::NewsQuality.TranslationQuality.TranslationQualityEstimator.DataFolder, file));
}

/// <summary>Runs rules on text and asserts on their findings. Spans are marked inline with [[ ]] in expected-hit tests.</summary>
public static class RuleAssert
{
    public static Article ArticleOf(string text, string id = "test") =>
        new(id, new ArticleOrigin(id), text, global::NewsQuality.Text.TextBlocks.NonBlankLines(text).FirstOrDefault());

    /// <summary>All findings of <paramref name="rule"/> on <paramref name="text"/>, at its default settings.</summary>
    public static IReadOnlyList<Finding> Run(IRule rule, string text) =>
        Run(rule, [ArticleOf(text)])[0];

    /// <summary>Runs one rule over several articles (corpus rules need more than one).</summary>
    public static IReadOnlyList<IReadOnlyList<Finding>> Run(IRule rule, IReadOnlyList<Article> articles, RuleSettings? settings = null)
    {
        var options = new AnalysisOptions
        {
            RuleOverrides = settings is null ? new Dictionary<string, RuleSettings>() : new Dictionary<string, RuleSettings> { [rule.Descriptor.Id] = settings },
        };
        var engine = new AnalysisEngine(new RuleCatalog([rule]), options);
        return engine.Analyze(articles).Select(report => report.Findings).ToList();
    }

    /// <summary>Asserts the rule reports exactly the [[marked]] spans, and returns the findings for further checks.</summary>
    public static IReadOnlyList<Finding> Flags(IRule rule, string markedText)
    {
        var (text, expected) = Unmark(markedText);
        var findings = Run(rule, text);
        Assert.Equal(expected.Select(s => text.Substring(s.Start, s.Length)), findings.Select(f => f.Evidence));
        Assert.Equal(expected, findings.Select(f => f.Span));
        return findings;
    }

    public static void Clean(IRule rule, string text)
    {
        var findings = Run(rule, text);
        Assert.True(findings.Count == 0,
            $"{rule.Descriptor.Id} should be silent but reported: " + string.Join("; ", findings.Select(f => $"'{f.Evidence}' ({f.Message})")));
    }

    public static (string Text, List<TextSpan> Spans) Unmark(string marked)
    {
        var spans = new List<TextSpan>();
        var text = new System.Text.StringBuilder();
        var i = 0;
        while (i < marked.Length)
        {
            if (string.CompareOrdinal(marked, i, "[[", 0, 2) == 0)
            {
                var close = marked.IndexOf("]]", i, StringComparison.Ordinal);
                var inner = marked[(i + 2)..close];
                spans.Add(new TextSpan(text.Length, inner.Length));
                text.Append(inner);
                i = close + 2;
            }
            else text.Append(marked[i++]);
        }
        return (text.ToString(), spans);
    }
}
