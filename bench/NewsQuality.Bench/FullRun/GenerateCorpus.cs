using NewsQuality.Bench.Dedup;

namespace NewsQuality.Bench.FullRun;

/// <summary>
/// Writes the `check` benchmark's kind of corpus to a file and keeps it, for measuring runs too long for a benchmark
/// table (the README's 5 GB file is 1,800,000 articles).
/// </summary>
public sealed class GenerateCorpus : IBenchmark
{
    public string Name => "generate";
    public string Description => "generate N ARTICLES.jsonl: the check benchmark's corpus (3 KB English-vocabulary articles, 10% planted copies), kept";

    public int Run(string[] args)
    {
        if (args.Length != 2 || !int.TryParse(args[0], out var count) || count < 1)
        {
            Console.Error.WriteLine("usage: generate N PATH.jsonl");
            return 2;
        }
        if (File.Exists(args[1]))
        {
            Console.Error.WriteLine($"{args[1]} exists; choose another path (nothing is overwritten)");
            return 2;
        }
        var written = SyntheticCorpus.Write(args[1], count, 0.1, seed: count, paragraphWords: 60, vocabulary: SyntheticCorpus.EnglishVocabulary());
        Console.WriteLine($"{written.Path}: {written.Articles:N0} articles, {written.Planted:N0} planted copies, {written.Bytes / 1048576.0:N0} MB");
        return 0;
    }
}
