using NewsQuality.Analysis;
using NewsQuality.Input;
using NewsQuality.Rules;

namespace NewsQuality.Bench.FullRun;

/// <summary>
/// What each default rule costs on real articles: the whole check with one rule enabled at a time, minus a run that
/// only reads the articles, in user CPU seconds (comparable on a shared machine, where wall time is not) and wall
/// seconds, plus the full check with every rule. One process; a first full run warms up the JIT and loads the shipped
/// data, so start-up is not in any row. Each configuration runs several times and keeps its cheapest run: on a shared
/// machine other processes only ever add to a run's CPU time.
/// </summary>
public sealed class RuleCostBenchmark : IBenchmark
{
    public string Name => "rules";
    public string Description => "cost of each default rule on a corpus, one rule enabled at a time: [corpus.jsonl] [repeats] [--total] [--only ID,ID…] " +
                                     "(default ../shared/corpora/bbc-news-2005.jsonl 3; --total: only the run with every rule, with its garbage collections and allocations; " +
                                     "--only: those rules stand for \"every default rule\", to profile a family alone)";

    public int Run(string[] args)
    {
        var totalOnly = args.Contains("--total");
        var onlyAt = Array.IndexOf(args, "--only");
        if (onlyAt >= 0 && onlyAt + 1 == args.Length)
        {
            Console.Error.WriteLine("--only needs rule ids, e.g. --only NQ3001,NQ3003");
            return 2;
        }
        var only = onlyAt >= 0 ? args[onlyAt + 1].Split(',').ToHashSet(StringComparer.OrdinalIgnoreCase) : null;
        if (onlyAt >= 0) args = args.Where((_, i) => i != onlyAt && i != onlyAt + 1).ToArray();
        args = args.Where(arg => arg != "--total").ToArray();
        var corpus = args.Length > 0 ? args[0] : Path.Combine("..", "shared", "corpora", "bbc-news-2005.jsonl");
        if (!File.Exists(corpus))
        {
            Console.Error.WriteLine($"no corpus at {corpus}");
            return 2;
        }
        var repeats = args.Length > 1 ? int.Parse(args[1]) : 3;
        var catalog = RuleCatalog.Default;
        var defaults = catalog.Rules.Where(rule => RuleSettings.Defaults(rule.Descriptor).Enabled && only?.Contains(rule.Descriptor.Id) != false).ToList();
        if (defaults.Count == 0)
        {
            Console.Error.WriteLine($"--only names no default rule: {string.Join(',', only!)}");
            return 2;
        }
        Measurement CheckWith(string name, IReadOnlyCollection<IRule> enabled)
        {
            var overrides = catalog.Rules.ToDictionary(rule => rule.Descriptor.Id,
                rule => RuleSettings.Defaults(rule.Descriptor) with { Enabled = enabled.Contains(rule) });
            var engine = new AnalysisEngine(catalog, new AnalysisOptions { RuleOverrides = overrides });
            var articles = 0;
            return Enumerable.Range(0, repeats)
                .Select(_ => Measurement.Run(name, 0, () => articles = engine.Run(new ArticleSource([corpus])).Count(item => item.Report is not null)))
                .MinBy(measurement => measurement.UserCpu)! with { Articles = articles };
        }

        CheckWith("warm-up", defaults);
        var reading = CheckWith("reading and reporting only", []);
        var collections = Enumerable.Range(0, 3).Select(GC.CollectionCount).ToArray();
        var pauses = GC.GetTotalPauseDuration();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var all = CheckWith("every default rule", defaults);
        if (totalOnly)
        {
            Console.WriteLine($"every default rule: {all.UserCpu.TotalSeconds:0.00} s user CPU, {all.Elapsed.TotalSeconds:0.00} s wall ({all.ArticlesPerSecond:N0} articles/s), cheapest of {repeats}; " +
                              $"reading and reporting only {reading.UserCpu.TotalSeconds:0.00} s user CPU; garbage collections over the {repeats} runs by generation " +
                              $"{string.Join(" / ", Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - collections[g]))}, paused {(GC.GetTotalPauseDuration() - pauses).TotalSeconds:0.00} s, " +
                              $"{(GC.GetTotalAllocatedBytes(precise: true) - allocated) / repeats / 1048576.0:N0} MB allocated per run");
            return 0;
        }
        var rows = defaults.Select(rule => (Rule: rule, Cost: CheckWith(rule.Descriptor.Id, [rule]))).ToList();
        Console.WriteLine($"{Environment.ProcessorCount} cores; {all.Articles:N0} articles of {corpus}; `check` in process, one rule enabled at a time; " +
                          $"CPU and wall above reading and reporting alone, cheapest of {repeats} runs\n");
        Console.WriteLine("| rule | user CPU | share of the rules' CPU | wall |");
        Console.WriteLine("|---|---|---|---|");
        var ruleCpu = rows.Sum(row => Math.Max(0, (row.Cost.UserCpu - reading.UserCpu).TotalSeconds));
        foreach (var (rule, cost) in rows.OrderByDescending(row => row.Cost.UserCpu))
        {
            var cpu = Math.Max(0, (cost.UserCpu - reading.UserCpu).TotalSeconds);
            var wall = Math.Max(0, (cost.Elapsed - reading.Elapsed).TotalSeconds);
            Console.WriteLine($"| {rule.Descriptor.Id} {rule.Descriptor.Name} | {cpu:0.00} s | {cpu / ruleCpu:P0} | {wall:0.00} s |");
        }
        Console.WriteLine($"| reading and reporting only | {reading.UserCpu.TotalSeconds:0.00} s | | {reading.Elapsed.TotalSeconds:0.00} s |");
        Console.WriteLine($"| **every default rule** | **{all.UserCpu.TotalSeconds:0.00} s** | | **{all.Elapsed.TotalSeconds:0.00} s ({all.ArticlesPerSecond:N0} articles/s)** |");
        return 0;
    }
}
