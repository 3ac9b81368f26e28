namespace NewsQuality.Eval;

/// <summary>One evaluation: builds its dev set from ../shared with a fixed seed and prints a Markdown table.</summary>
public interface IEvaluation
{
    string Name { get; }
    string Description { get; }
    int Run(string[] args);
}

public static class Program
{
    /// <summary>Every evaluation; adding one means adding its class and one line here.</summary>
    private static readonly IEvaluation[] Evaluations =
    [
        new Translation.TranslationEvaluation(),
        new OffTopic.OffTopicEvaluation(),
        new OffTopic.ParagraphScorerTraining(),
        new Duplicates.DuplicatesEvaluation(),
        new RealNews.RealNewsEvaluation(),
        new Names.NamesEvaluation(),
        new Extraction.ExtractionEvaluation(),
        new Extraction.BlockClassifierTraining(),
        new TranslationQuality.MtQualityEvaluation(),
        new TranslationQuality.MtQualityTraining(),
        new TranslationQuality.MtQualityPoolingStudy(),
        new TranslationQuality.MtQualityCeiling(),
        new TranslationQuality.MtQualityConsensus(),
        new Residue.ResidueEvaluation(),
        new Shard.ShardEqualityEvaluation(),
    ];

    public static int Main(string[] args)
    {
        var evaluation = args.Length == 0 ? null : Evaluations.FirstOrDefault(e => e.Name == args[0]);
        if (evaluation is null)
        {
            Console.Error.WriteLine("usage: dotnet run --project eval/NewsQuality.Eval -c Release -- <evaluation> [options]");
            foreach (var e in Evaluations) Console.Error.WriteLine($"  {e.Name,-14} {e.Description}");
            return 2;
        }
        return evaluation.Run(args[1..]);
    }
}
