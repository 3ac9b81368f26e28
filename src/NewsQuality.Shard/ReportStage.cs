using System.Text.Json;
using NewsQuality.Analysis;
using NewsQuality.Model;
using NewsQuality.Reporting;
using NewsQuality.Rules;
using NewsQuality.Rules.Boilerplate;
using NewsQuality.Storage;

namespace NewsQuality.Shard;

/// <summary>
/// Stage 5, one task per shard: reads the shard again and writes its report — the per-article rules with the run's merged
/// word frequencies, the corpus findings the cluster stage filed for the shard, and NQ4003's lines of the template found by the
/// pairs stage — through the same engine pass as <c>check</c>, in every format asked for, plus counts for the merged summary.
/// </summary>
public static class ReportStage
{
    public static string ReportPath(string work, int shard, string format) => Path.Combine(ShardLayout.Report(work, shard), $"report.{Extension(format)}");

    private static string Extension(string format) => format switch
    {
        "text" => "txt",
        "junit" => "xml",
        "markdown" => "md",
        _ => format,
    };

    public static bool Run(string work, int shard, IReadOnlyList<string> formats, string toolVersion, int parallelism, CancellationToken cancellation = default)
    {
        var plan = ShardPlan.Load(work);
        plan.CheckShard(shard);
        var index = ShardIndex.Load(work, plan);
        var cluster = StageOutput.Finished(ShardLayout.Cluster(work), "newsquality shard cluster");
        var pairs = Enumerable.Range(0, plan.Partitions)
            .Select(p => StageOutput.Finished(ShardLayout.Pairs(work, p), $"newsquality shard pairs --partition {p}")).ToList();
        return StageOutput.Produce(ShardLayout.Report(work, shard), folder =>
        {
            var options = plan.Options(parallelism);
            var rules = new CorpusRules(options);
            var statistics = new CorpusStatistics();
            statistics.Merge(index.FirstArticle(index.Shards),
                ParquetTable<FrequencyRow>.Read(ClusterStage.StatisticsPath(cluster)).Select(row => KeyValuePair.Create(row.Word, row.Count)));
            var findings = ParquetTable<FindingRow>.Read(ClusterStage.FindingsPath(cluster, shard)).Select(row => PendingOf(row, rules))
                .Concat(TemplateFindings(plan, shard, rules, pairs, parallelism))
                // Stable: each article's findings keep the order `check` reports them in (rule by rule, in catalog order).
                .GroupBy(f => f.ArticleIndex).OrderBy(g => g.Key).Select(g => (g.Key, g.ToList()));

            var writers = formats.Select(format => (Stream: File.Create(Path.Combine(folder, Path.GetFileName(ReportPath(work, shard, format)))), Format: format)).ToList();
            var summary = new RunSummary();
            using (var writer = new CompositeReportWriter(writers.Select(w => ReportFormats.Create(w.Format, w.Stream)).ToList()))
            {
                writer.Begin(new RunInfo(toolVersion, [plan.Shards[shard]], options, RuleCatalog.Default));
                foreach (var item in new AnalysisEngine(RuleCatalog.Default, options).Report(plan.Source(shard).Read(), statistics, findings, cancellation))
                {
                    if (item.Report is { } report)
                    {
                        summary.Add(report);
                        writer.Write(report);
                    }
                    else
                    {
                        summary.Add(item.Error!);
                        writer.Write(item.Error!);
                    }
                }
                writer.End(summary);
                if (writer.Failures.Count > 0) throw new InvalidOperationException($"report not written: {writer.Failures.Values.First().Message}");
            }
            foreach (var (stream, _) in writers) stream.Dispose();
            ShardSummary.Of(summary).Save(folder);
        });
    }

    private static PendingFinding PendingOf(FindingRow row, CorpusRules rules) =>
        new(row.Article, rules.DescriptorOf(row.Rule), rules.SettingsOf(row.Rule), new TextSpan(row.Start, row.Length), row.Score, row.Message, row.Suggestion,
            JsonSerializer.Deserialize<List<RelatedLocation>>(row.Related)!);

    /// <summary>NQ4003 on the shard's articles, against the template lines every pairs partition found (few: a source's template).</summary>
    private static IReadOnlyList<PendingFinding> TemplateFindings(ShardPlan plan, int shard, CorpusRules rules, List<string> pairs, int parallelism)
    {
        var template = pairs.SelectMany(p => ParquetTable<TemplateRow>.Read(Path.Combine(p, "nq4003.parquet")))
            .ToDictionary(row => (row.Source, row.Line), row => new NQ4003RecurringChrome.TemplateLine(row.Titles, row.Stories));
        if (template.Count == 0 || !rules.ChromeSettings.Enabled) return [];
        using var run = new CollectingCorpusRun(new Dictionary<int, ArticleReference>());
        var context = new DigestContext(rules.ChromeSettings, run.Spill);
        var digests = plan.Source(shard).Read().Where(result => result.Article is not null)
            .AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Max(1, parallelism))
            .Select((result, position) => new Digested<NQ4003RecurringChrome.ChromeDigest>(position, rules.Chrome.Digest(result.Article!, context)!.Value))
            .ToList();
        NQ4003RecurringChrome.ReportTemplate(new CorpusContext<NQ4003RecurringChrome.ChromeDigest>(rules.Chrome.Descriptor, rules.ChromeSettings, digests, run), template);
        return run.Findings;
    }
}

/// <summary>A shard report's counts, summed over shards for the run's summary.</summary>
public sealed record ShardSummary(int Articles, int InputErrors, Dictionary<string, int> ByVerdict, Dictionary<string, int> BySeverity, SortedDictionary<string, int> ByRule, int Grouped, int LowestScore)
{
    public const string FileName = "summary.json";

    public static ShardSummary Of(RunSummary summary) => new(summary.Articles, summary.InputErrors,
        summary.ByVerdict.ToDictionary(p => p.Key.ToString().ToLowerInvariant(), p => p.Value),
        summary.BySeverity.ToDictionary(p => p.Key.ToString().ToLowerInvariant(), p => p.Value),
        new SortedDictionary<string, int>(summary.ByRule, StringComparer.Ordinal), summary.Grouped, summary.LowestScore);

    public void Save(string folder) => StageOutput.WriteFileAtomically(Path.Combine(folder, FileName), stream => JsonSerializer.Serialize(stream, this));

    public static ShardSummary Load(string folder)
    {
        using var stream = File.OpenRead(Path.Combine(folder, FileName));
        return JsonSerializer.Deserialize<ShardSummary>(stream)!;
    }

    public static ShardSummary Merge(IEnumerable<ShardSummary> shards) => shards.Aggregate((a, b) => new ShardSummary(a.Articles + b.Articles, a.InputErrors + b.InputErrors,
        Sum(a.ByVerdict, b.ByVerdict), Sum(a.BySeverity, b.BySeverity), new SortedDictionary<string, int>(Sum(a.ByRule, b.ByRule), StringComparer.Ordinal),
        a.Grouped + b.Grouped, Math.Min(a.LowestScore, b.LowestScore)));

    private static Dictionary<string, int> Sum(IReadOnlyDictionary<string, int> a, IReadOnlyDictionary<string, int> b) =>
        a.Keys.Union(b.Keys).ToDictionary(key => key, key => a.GetValueOrDefault(key) + b.GetValueOrDefault(key));
}
