namespace NewsQuality.Shard;

// The Parquet tables the stages write. Article and paragraph numbers are positions in their shard (a shard's articles are
// the ones its input yields, in reading order, as `check` numbers them); pairs and findings use numbers across the run,
// which are those positions after the articles (paragraphs) of every earlier shard (ShardIndex).

/// <summary>digest/articles: every article read, what NQ1001 keeps of it and how findings cite it.</summary>
public sealed class ArticleRow
{
    public int Position { get; set; }
    public string Id { get; set; } = "";
    public string Path { get; set; } = "";
    public int? RecordLine { get; set; }
    /// <summary>False when the article has no words to compare (NQ1001 keeps nothing of it).</summary>
    public bool HasFingerprint { get; set; }
    public long? PublishedTicks { get; set; }
    public int PublishedOffsetMinutes { get; set; }
    public int Length { get; set; }
    public int AnchorStart { get; set; }
    public int AnchorLength { get; set; }
    public int AnchorLine { get; set; }
    public int AnchorColumn { get; set; }
    /// <summary>Sorted 64-bit word-shingle hashes (exact Jaccard in verification).</summary>
    public ulong[] Shingles { get; set; } = [];
    public ulong[] Particulars { get; set; } = [];
}

/// <summary>digest/paragraphs: NQ1002's paragraphs, numbered in the shard in article order.</summary>
public sealed class ParagraphRow
{
    public int Number { get; set; }
    public int Article { get; set; }
    /// <summary>Its place among its article's paragraphs.</summary>
    public int Item { get; set; }
    public int ArticleShingles { get; set; }
    public int Start { get; set; }
    public int Length { get; set; }
    public int Line { get; set; }
    public int Column { get; set; }
    public ulong[] Shingles { get; set; } = [];
}

/// <summary>digest/nq1001|nq1002/PARTITION: a document's LSH band keys for the bands of that partition (map side of the shuffle).</summary>
public sealed class BandKeysRow
{
    public int Document { get; set; }
    public uint[] Keys { get; set; } = [];
}

/// <summary>digest/nq4003/PARTITION: an article's title (Line null) or one of its short lines, by source (partitioned by source).</summary>
public sealed class ChromeRow
{
    public ulong Source { get; set; }
    public ulong? Line { get; set; }
    public ulong Title { get; set; }
}

/// <summary>digest/statistics and cluster/statistics: document frequencies of words (NQ3001, NQ3003 weigh words by them).</summary>
public sealed class FrequencyRow
{
    public string Word { get; set; } = "";
    public int Count { get; set; }
}

/// <summary>pairs/nq1001|nq1002: LSH candidates, lower number first (articles for NQ1001, paragraphs for NQ1002).</summary>
public sealed class PairRow
{
    public int A { get; set; }
    public int B { get; set; }
}

/// <summary>pairs/nq4003: a template line of a source.</summary>
public sealed class TemplateRow
{
    public ulong Source { get; set; }
    public ulong Line { get; set; }
    public int Titles { get; set; }
    public int Stories { get; set; }
}

/// <summary>verified/nq1001: a pair of articles verified as one story, with the measures its finding reports.</summary>
public sealed class SimilarityRow
{
    public int A { get; set; }
    public int B { get; set; }
    public double Wording { get; set; }
    public int DifferingShingles { get; set; }
    public int SharedParticulars { get; set; }
    public int AllParticulars { get; set; }
    public int DifferingNames { get; set; }
    public int DifferingPlacedFigures { get; set; }
    public int ShorterShingles { get; set; }
}

/// <summary>verified/nq1002: a verified paragraph match between two articles (Low first).</summary>
public sealed class MatchRow
{
    public int Low { get; set; }
    public int High { get; set; }
    public int LowItem { get; set; }
    public int HighItem { get; set; }
}

/// <summary>cluster/findings/SHARD: a corpus rule's finding on an article of the shard, before the article is read again.</summary>
public sealed class FindingRow
{
    public int Article { get; set; }
    public string Rule { get; set; } = "";
    public int Start { get; set; }
    public int Length { get; set; }
    public double Score { get; set; }
    public string Message { get; set; } = "";
    public string? Suggestion { get; set; }
    /// <summary>The related locations as JSON (a list of objects: nested Parquet would buy nothing here).</summary>
    public string Related { get; set; } = "[]";
}
