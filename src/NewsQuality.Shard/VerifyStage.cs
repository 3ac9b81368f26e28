using NewsQuality.Rules.Duplicate;
using NewsQuality.Similarity;

namespace NewsQuality.Shard;

/// <summary>
/// Stage 3, one task per partition: each candidate pair of partition k verified exactly by the rules' own tests — NQ1001's
/// story similarity (Jaccard of shingles, particulars, one-sidedness), NQ1002's paragraph Jaccard — on the sets the digests
/// kept. Only the shards holding a candidate are read, and of them only the candidates' rows are kept.
/// </summary>
public static class VerifyStage
{
    public static bool Run(string work, int partition)
    {
        var plan = ShardPlan.Load(work);
        plan.CheckPartition(partition);
        var index = ShardIndex.Load(work, plan);
        var pairs = StageOutput.Finished(ShardLayout.Pairs(work, partition), $"newsquality shard pairs --partition {partition}");
        return StageOutput.Produce(ShardLayout.Verified(work, partition), folder =>
        {
            var rules = new CorpusRules(plan.Options(1));
            ParquetTable<SimilarityRow>.Write(Path.Combine(folder, "nq1001.parquet"),
                VerifyArticles(index, ParquetTable<PairRow>.Read(Path.Combine(pairs, "nq1001.parquet")), rules.NearDuplicateSettings.Threshold));
            ParquetTable<MatchRow>.Write(Path.Combine(folder, "nq1002.parquet"),
                VerifyParagraphs(index, ParquetTable<PairRow>.Read(Path.Combine(pairs, "nq1002.parquet"))));
        });
    }

    private static IEnumerable<SimilarityRow> VerifyArticles(ShardIndex index, IList<PairRow> pairs, double threshold)
    {
        var sets = ShardTables.Articles(index, pairs.SelectMany(p => new[] { p.A, p.B }))
            .ToDictionary(pair => pair.Key, pair => new StorySimilarity.Sets(pair.Value.Shingles, pair.Value.Particulars));
        foreach (var pair in pairs)
            if (NQ1001NearDuplicate.Verify(sets[pair.A], sets[pair.B], threshold) is { } s)
                yield return new SimilarityRow
                {
                    A = pair.A, B = pair.B, Wording = s.Wording, DifferingShingles = s.DifferingShingles, SharedParticulars = s.SharedParticulars,
                    AllParticulars = s.AllParticulars, DifferingNames = s.DifferingNames, DifferingPlacedFigures = s.DifferingPlacedFigures, ShorterShingles = s.ShorterShingles,
                };
    }

    private static IEnumerable<MatchRow> VerifyParagraphs(ShardIndex index, IList<PairRow> pairs)
    {
        var paragraphs = ShardTables.Paragraphs(index, pairs.SelectMany(p => new[] { p.A, p.B }));
        foreach (var pair in pairs)
        {
            var (a, b) = (paragraphs[pair.A], paragraphs[pair.B]);
            if (a.Article == b.Article || !NQ1002PartialCopy.IsMatch(a.Row.Shingles, b.Row.Shingles)) continue;
            yield return a.Article < b.Article
                ? new MatchRow { Low = a.Article, High = b.Article, LowItem = a.Row.Item, HighItem = b.Row.Item }
                : new MatchRow { Low = b.Article, High = a.Article, LowItem = b.Row.Item, HighItem = a.Row.Item };
        }
    }
}

/// <summary>Reading the digests' rows of given run-wide numbers: only the shards that hold one are opened.</summary>
public static class ShardTables
{
    public static Dictionary<int, ArticleRow> Articles(ShardIndex index, IEnumerable<int> articles)
    {
        var found = new Dictionary<int, ArticleRow>();
        foreach (var shard in articles.Distinct().GroupBy(index.ShardOfArticle))
        {
            var wanted = shard.ToHashSet();
            foreach (var row in ParquetTable<ArticleRow>.ReadByRowGroup(Path.Combine(ShardLayout.Digest(index.Work, shard.Key), "articles.parquet")))
                if (wanted.Contains(index.FirstArticle(shard.Key) + row.Position)) found[index.FirstArticle(shard.Key) + row.Position] = row;
        }
        return found;
    }

    /// <summary>Paragraphs by run-wide number, with the run-wide number of their article.</summary>
    public static Dictionary<int, (int Article, ParagraphRow Row)> Paragraphs(ShardIndex index, IEnumerable<int> paragraphs)
    {
        var found = new Dictionary<int, (int, ParagraphRow)>();
        foreach (var shard in paragraphs.Distinct().GroupBy(index.ShardOfParagraph))
        {
            var wanted = shard.ToHashSet();
            foreach (var row in ParquetTable<ParagraphRow>.ReadByRowGroup(Path.Combine(ShardLayout.Digest(index.Work, shard.Key), "paragraphs.parquet")))
                if (wanted.Contains(index.FirstParagraph(shard.Key) + row.Number))
                    found[index.FirstParagraph(shard.Key) + row.Number] = (index.FirstArticle(shard.Key) + row.Article, row);
        }
        return found;
    }

    /// <summary>Every paragraph of the given articles (run-wide numbers), in order.</summary>
    public static Dictionary<int, List<ParagraphRow>> ParagraphsOfArticles(ShardIndex index, IEnumerable<int> articles)
    {
        var found = new Dictionary<int, List<ParagraphRow>>();
        foreach (var shard in articles.Distinct().GroupBy(index.ShardOfArticle))
        {
            var wanted = shard.ToHashSet();
            foreach (var row in ParquetTable<ParagraphRow>.ReadByRowGroup(Path.Combine(ShardLayout.Digest(index.Work, shard.Key), "paragraphs.parquet")))
            {
                var article = index.FirstArticle(shard.Key) + row.Article;
                if (wanted.Contains(article)) (found.TryGetValue(article, out var list) ? list : found[article] = []).Add(row);
            }
        }
        return found;
    }
}
