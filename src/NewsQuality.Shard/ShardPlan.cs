using System.Text.Json;
using NewsQuality.Analysis;
using NewsQuality.Configuration;
using NewsQuality.Input;
using NewsQuality.Rules;

namespace NewsQuality.Shard;

/// <summary>
/// What a pipeline run reads and how: the shards in order (each one input argument of <c>check</c>: a file or a folder),
/// the folder relative paths resolve against (reports keep paths as given, so they match <c>check</c> run from there),
/// how many partitions the shuffle uses, and the configuration file. Every stage reads it from the work folder.
/// </summary>
public sealed record ShardPlan(IReadOnlyList<string> Shards, string BaseDirectory, int Partitions, string? ConfigPath = null, string? InputFormat = null)
{
    public const string FileName = "plan.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>Writes the plan, or checks that the one already there is the same (a resumed run must not change its inputs).</summary>
    public void Save(string work)
    {
        var path = Path.Combine(work, FileName);
        if (File.Exists(path))
        {
            var existing = Load(work);
            if (existing.Shards.SequenceEqual(Shards) && existing with { Shards = Shards } == this) return;
            throw new InvalidOperationException($"{path} already plans another run; use a new work folder");
        }
        Directory.CreateDirectory(work);
        StageOutput.WriteFileAtomically(path, stream => JsonSerializer.Serialize(stream, this, Json));
    }

    public static ShardPlan Load(string work)
    {
        var path = Path.Combine(work, FileName);
        if (!File.Exists(path)) throw new InvalidOperationException($"{path} not found: run 'newsquality shard plan' first");
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<ShardPlan>(stream, Json) ?? throw new InvalidDataException($"{path} is empty");
    }

    public NewsQualityConfig Config() => ConfigPath is null ? new NewsQualityConfig() : NewsQualityConfig.Load(ConfigPath, RuleCatalog.Default);

    /// <summary>The run's options, with the corpus rules the pipeline leaves out (<see cref="CorpusRules.NotRun"/>) disabled.</summary>
    public AnalysisOptions Options(int parallelism) => CorpusRules.WithoutRulesNotRun(Config().ApplyTo(new AnalysisOptions { Parallelism = parallelism }));

    /// <summary>Said once when the plan is made: which enabled rules the pipeline leaves out.</summary>
    public string? NotRunNotice() => CorpusRules.NotRunNotice(Config().ApplyTo(new AnalysisOptions()));

    /// <summary>The articles of one shard, read exactly as <c>check</c> reads that argument.</summary>
    public ArticleSource Source(int shard)
    {
        var config = Config();
        return new ArticleSource([Shards[shard]], new ArticleSourceOptions
        {
            Include = config.Include,
            Exclude = config.Exclude,
            Format = InputFormat,
            BaseDirectory = BaseDirectory,
        });
    }

    public void CheckShard(int shard)
    {
        if (shard < 0 || shard >= Shards.Count) throw new ArgumentOutOfRangeException(nameof(shard), shard, $"the plan has shards 0 to {Shards.Count - 1}");
    }

    public void CheckPartition(int partition)
    {
        if (partition < 0 || partition >= Partitions) throw new ArgumentOutOfRangeException(nameof(partition), partition, $"the plan has partitions 0 to {Partitions - 1}");
    }
}
