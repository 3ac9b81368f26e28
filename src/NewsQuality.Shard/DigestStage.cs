using NewsQuality.Analysis;
using NewsQuality.Model;
using NewsQuality.Rules;
using NewsQuality.Storage;

namespace NewsQuality.Shard;

/// <summary>
/// Stage 1, one task per shard: reads the shard and writes what the corpus stages need of each article, digested by the
/// rules' own <c>Digest</c> methods — NQ1001's shingles, particulars and citation anchor; NQ1002's paragraphs; the map side
/// of the shuffle (LSH band keys split by band, NQ4003's lines split by source, into one file per partition) — and the
/// shard's word document frequencies (when an enabled rule weighs words by them). Per-article rules run in the report stage, once the frequencies of every shard are merged.
/// </summary>
public static class DigestStage
{
    public static bool Run(string work, int shard, int parallelism, CancellationToken cancellation = default)
    {
        var plan = ShardPlan.Load(work);
        plan.CheckShard(shard);
        return StageOutput.Produce(ShardLayout.Digest(work, shard), folder => Write(plan, shard, folder, parallelism, cancellation));
    }

    private static void Write(ShardPlan plan, int shard, string folder, int parallelism, CancellationToken cancellation)
    {
        var options = plan.Options(parallelism);
        var rules = new CorpusRules(options);
        // As in `check`: word frequencies are counted only when an enabled rule weighs words by them (the table is then empty).
        var gatherStatistics = new AnalysisEngine(RuleCatalog.Default, options).GathersStatistics;
        var partitions = plan.Partitions;
        using var spill = new SpillFile();
        var nearDuplicate = new DigestContext(rules.NearDuplicateSettings, spill);
        var partialCopy = new DigestContext(rules.PartialCopySettings, spill);
        var chrome = new DigestContext(rules.ChromeSettings, spill);
        var articleBands = ShardLayout.BandsOf(NewsQuality.Rules.Duplicate.NQ1001NearDuplicate.LshFor(rules.NearDuplicateSettings).Bands, partitions);
        var paragraphLsh = NewsQuality.Rules.Duplicate.NQ1002PartialCopy.LshFor(rules.PartialCopySettings);
        var paragraphBands = ShardLayout.BandsOf(paragraphLsh.Bands, partitions);
        var statistics = new CorpusStatistics();

        using var articles = new ParquetTable<ArticleRow>(Path.Combine(folder, "articles.parquet"));
        using var paragraphs = new ParquetTable<ParagraphRow>(Path.Combine(folder, "paragraphs.parquet"));
        var articleKeys = Tables<BandKeysRow>(folder, "nq1001", partitions);
        var paragraphKeys = Tables<BandKeysRow>(folder, "nq1002", partitions);
        var chromeLines = Tables<ChromeRow>(folder, "nq4003", partitions);
        try
        {
            var position = 0;
            var paragraphNumber = 0;
            foreach (var (article, print, pasted, lines) in plan.Source(shard).Read()
                         .Where(result => result.Article is not null)
                         .Select(result => result.Article!)
                         .AsParallel().AsOrdered()
                         .WithDegreeOfParallelism(Math.Max(1, parallelism))
                         .WithCancellation(cancellation)
                         .Select(article =>
                         {
                             if (gatherStatistics) statistics.Add(article);
                             // NQ1002 first: NQ1001 signs the article from its paragraph signatures, as in a check.
                             var shared = new NewsQuality.Rules.SharedProducts();
                             var pasted = rules.PartialCopySettings.Enabled ? rules.PartialCopy.Digest(article, partialCopy with { ArticleProducts = shared }) : null;
                             return (article,
                                 rules.NearDuplicateSettings.Enabled ? rules.NearDuplicate.Digest(article, nearDuplicate with { ArticleProducts = shared }) : null,
                                 pasted,
                                 rules.ChromeSettings.Enabled ? rules.Chrome.Digest(article, chrome) : null);
                         }))
            {
                articles.Add(ArticleRowOf(position, article, print, spill));
                if (print is { } fingerprint)
                {
                    var keys = NewsQuality.Rules.Duplicate.NQ1001NearDuplicate.LshFor(rules.NearDuplicateSettings).CompactBandKeys(spill.Read(fingerprint.Signature));
                    for (var p = 0; p < partitions; p++)
                        articleKeys[p].Add(new BandKeysRow { Document = position, Keys = [.. articleBands[p].Select(band => keys[band])] });
                }
                if (pasted is { } digest)
                {
                    var items = spill.Read(digest.Items);
                    var keys = spill.Read(digest.BandKeys);
                    for (var item = 0; item < items.Length; item++, paragraphNumber++)
                    {
                        var place = items[item].Place;
                        paragraphs.Add(new ParagraphRow
                        {
                            Number = paragraphNumber, Article = position, Item = item, ArticleShingles = digest.TotalShingles,
                            Start = place.Span.Start, Length = place.Span.Length, Line = place.Line, Column = place.Column,
                            Shingles = spill.Read(items[item].Shingles),
                        });
                        for (var p = 0; p < partitions; p++)
                            paragraphKeys[p].Add(new BandKeysRow { Document = paragraphNumber, Keys = [.. paragraphBands[p].Select(band => keys[item * paragraphLsh.Bands + band])] });
                    }
                }
                if (lines is { } chromeDigest)
                {
                    var table = chromeLines[(int)(chromeDigest.Source % (ulong)partitions)];
                    table.Add(new ChromeRow { Source = chromeDigest.Source, Title = chromeDigest.Title });
                    foreach (var line in spill.Read(chromeDigest.Lines))
                        table.Add(new ChromeRow { Source = chromeDigest.Source, Line = line.Hash, Title = chromeDigest.Title });
                }
                position++;
            }
            ParquetTable<FrequencyRow>.Write(Path.Combine(folder, "statistics.parquet"),
                statistics.DocumentFrequencies.Select(pair => new FrequencyRow { Word = pair.Key, Count = pair.Value }));
            new DigestManifest(position, paragraphNumber).Save(folder);
        }
        finally
        {
            foreach (var table in articleKeys.Concat(paragraphKeys)) table.Dispose();
            foreach (var table in chromeLines) table.Dispose();
        }
    }

    private static ParquetTable<T>[] Tables<T>(string folder, string name, int partitions) where T : class, new() =>
        Enumerable.Range(0, partitions).Select(p => new ParquetTable<T>(ShardLayout.Partition(folder, name, p))).ToArray();

    private static ArticleRow ArticleRowOf(int position, Article article, NewsQuality.Rules.Duplicate.NQ1001NearDuplicate.Fingerprint? print, SpillFile spill)
    {
        var row = new ArticleRow { Position = position, Id = article.Id, Path = article.Origin.Path, RecordLine = article.Origin.RecordLine };
        if (print is not { } fingerprint) return row;
        row.HasFingerprint = true;
        row.PublishedTicks = fingerprint.Published?.Ticks;
        row.PublishedOffsetMinutes = (int)(fingerprint.Published?.Offset.TotalMinutes ?? 0);
        row.Length = fingerprint.Length;
        (row.AnchorStart, row.AnchorLength, row.AnchorLine, row.AnchorColumn) =
            (fingerprint.Anchor.Span.Start, fingerprint.Anchor.Span.Length, fingerprint.Anchor.Line, fingerprint.Anchor.Column);
        row.Shingles = spill.Read(fingerprint.Shingles);
        row.Particulars = spill.Read(fingerprint.Particulars);
        return row;
    }
}
