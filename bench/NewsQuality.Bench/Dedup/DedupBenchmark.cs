using System.Diagnostics;
using NewsQuality.Analysis;
using NewsQuality.Input;
using NewsQuality.Rules;
using NewsQuality.Rules.Duplicate;

namespace NewsQuality.Bench.Dedup;

/// <summary>
/// End-to-end near-duplicate detection (read JSON Lines, shingle, sign, LSH, verify, cluster, report) on generated
/// corpora of growing size, as `newsquality check` runs it with only NQ1001 enabled; and the Go MinHash-LSH peer
/// (../shared/peers, candidates only, no verification) on the same file when it has been built.
/// </summary>
public sealed class DedupBenchmark : IBenchmark
{
    public string Name => "dedup";
    public string Description => "near-duplicate throughput and peak memory for N generated articles (default 10000,100000)";

    public int Run(string[] args)
    {
        var sizes = (args.Length > 0 ? args[0] : "10000,100000").Split(',').Select(int.Parse).ToList();
        var folder = Directory.CreateTempSubdirectory("nq-bench-").FullName;
        var peer = PeerPath();
        Console.WriteLine($"{Environment.ProcessorCount} cores; peer: {peer ?? "not built (bash ../shared/peers/go-minhash-lsh/build.sh, or set NQ_PEER to a binary built elsewhere)"}\n");
        Console.WriteLine("| articles | planted copies | input | wall | user CPU | articles/s | peak working set | findings | peer wall | peer candidate pairs | speed vs peer |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
        try
        {
            foreach (var size in sizes)
            {
                var corpus = SyntheticCorpus.Write(Path.Combine(folder, $"corpus-{size}.jsonl"), size, 0.1, seed: size);
                var findings = 0;
                var measurement = Measurement.Run("dedup", size, () =>
                {
                    var engine = new AnalysisEngine(new RuleCatalog([new NQ1001NearDuplicate()]), new AnalysisOptions());
                    foreach (var item in engine.Run(new ArticleSource([corpus.Path])))
                        findings += item.Report?.Findings.Count ?? 0;
                });
                var (peerSeconds, peerPairs) = peer is null ? (double.NaN, "n/a") : RunPeer(peer, corpus.Path);
                var ratio = double.IsNaN(peerSeconds) ? "n/a" : $"{peerSeconds / measurement.Elapsed.TotalSeconds:0.00}x";
                Console.WriteLine($"| {size:N0} | {corpus.Planted:N0} | {corpus.Bytes / 1048576.0:N0} MB | {measurement.Elapsed.TotalSeconds:0.0} s | {measurement.UserCpu.TotalSeconds:0.0} s | {measurement.ArticlesPerSecond:N0} | {measurement.PeakWorkingSetBytes / 1048576.0:N0} MB | {findings:N0} | {(double.IsNaN(peerSeconds) ? "n/a" : $"{peerSeconds:0.0} s")} | {peerPairs} | {ratio} |");
                File.Delete(corpus.Path);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
        Console.WriteLine("\nPeak working set is the process's high-water mark so far, so each row includes the rows before it.");
        return 0;
    }

    /// <summary>The peer binary: NQ_PEER when set (built outside ../shared, which stays read-only), else one built in place.</summary>
    private static string? PeerPath()
    {
        if (Environment.GetEnvironmentVariable("NQ_PEER") is { Length: > 0 } configured) return File.Exists(configured) ? configured : null;
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "peers", "go-minhash-lsh", "go-minhash-lsh");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>Runs the peer with the same threshold, permutations and shingle size; returns wall seconds and its pair count.</summary>
    private static (double Seconds, string Pairs) RunPeer(string peer, string corpus)
    {
        var start = Stopwatch.StartNew();
        using var process = Process.Start(new ProcessStartInfo(peer, ["--threshold", "0.3", "--perms", "128", "--k", "2", corpus])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var pairs = 0;
        while (process.StandardOutput.ReadLine() is not null) pairs++;
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (start.Elapsed.TotalSeconds, pairs.ToString("N0"));
    }
}
