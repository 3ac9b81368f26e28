using NewsQuality.Model;
using NewsQuality.Rules;
using NewsQuality.Storage;

namespace NewsQuality.Analysis;

/// <summary>
/// The engine's side of the corpus rules' first pass, kept on disk: each article's id and origin (for rules to cite
/// articles) and the corpus findings until the second pass reaches their articles. With the digests on disk too,
/// memory stays flat however many articles the run reads.
/// </summary>
internal sealed class DiskCorpusRun(IReadOnlyList<(RuleDescriptor Descriptor, RuleSettings Settings)> rules, Index.PublishedIndex? published, CancellationToken cancellation = default)
    : CorpusRun, IDisposable
{
    private readonly record struct ArticleRecord(Spilled<char> Id, Spilled<char> Path, int RecordLine);

    /// <summary>A finding's place in the spill file, sorted by article and then in the order it was reported.</summary>
    private readonly record struct FindingRecord(int Article, long Sequence, Spilled<byte> Bytes) : IComparable<FindingRecord>
    {
        public int CompareTo(FindingRecord other) => Article != other.Article ? Article.CompareTo(other.Article) : Sequence.CompareTo(other.Sequence);
    }

    private const int NoRecordLine = -1;

    private readonly DiskArray<ArticleRecord> _articles = new();
    private readonly DiskArray<FindingRecord> _findings = new();
    private readonly Lock _reporting = new();
    private (string Text, Spilled<char> Spilled)? _lastPath;

    public override SpillFile Spill { get; } = new();
    public override Index.PublishedIndex? Published { get; } = published;
    public override CancellationToken Cancellation { get; } = cancellation;

    /// <summary>Called for every article in input order.</summary>
    public void Add(Article article)
    {
        // Records of one file share its path: written once, not once per article.
        if (_lastPath?.Text != article.Origin.Path) _lastPath = (article.Origin.Path, Spill.WriteString(article.Origin.Path));
        _articles.Add(new ArticleRecord(Spill.WriteString(article.Id), _lastPath.Value.Spilled, article.Origin.RecordLine ?? NoRecordLine));
    }

    public override ArticleReference Article(int index)
    {
        var record = _articles[index];
        return new ArticleReference(Spill.ReadString(record.Id),
            new ArticleOrigin(Spill.ReadString(record.Path), record.RecordLine == NoRecordLine ? null : record.RecordLine));
    }

    public override void Report(PendingFinding finding)
    {
        var bytes = Spill.Write<byte>(Serialize(finding));
        lock (_reporting) _findings.Add(new FindingRecord(finding.ArticleIndex, _findings.LongCount, bytes));
    }

    /// <summary>Each article's findings, in article order, read back from disk as the caller goes.</summary>
    public IEnumerable<(int Article, List<PendingFinding> Findings)> FindingsByArticle() =>
        ExternalSort.Sorted(_findings)
            .RunsBy(record => record.Article)
            .Select(run => (run[0].Article, run.Select(record => Deserialize(record.Article, Spill.Read(record.Bytes))).ToList()));

    private byte[] Serialize(PendingFinding finding)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream))
        {
            writer.Write(RuleNumber(finding.Descriptor));
            writer.Write((int)finding.Settings.Severity);
            Write(writer, finding.Span);
            writer.Write(finding.Score);
            writer.Write(finding.Message);
            WriteOptional(writer, finding.Suggestion);
            writer.Write(finding.Related.Count);
            foreach (var related in finding.Related)
            {
                writer.Write(related.Message);
                Write(writer, related.Span);
                writer.Write(related.Line);
                writer.Write(related.Column);
                WriteOptional(writer, related.ArticleId);
                WriteOptional(writer, related.Path);
                writer.Write(related.Similarity is not null);
                if (related.Similarity is { } similarity) writer.Write(similarity);
            }
        }
        return stream.ToArray();
    }

    private PendingFinding Deserialize(int article, byte[] bytes)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes));
        var (descriptor, configured) = rules[reader.ReadInt32()];
        // A rule may grade a finding's severity (NQ1003's info findings below its threshold): kept with the finding.
        var settings = configured with { Severity = (Severity)reader.ReadInt32() };
        var span = ReadSpan(reader);
        var score = reader.ReadDouble();
        var message = reader.ReadString();
        var suggestion = ReadOptional(reader);
        var related = new RelatedLocation[reader.ReadInt32()];
        for (var i = 0; i < related.Length; i++)
            related[i] = new RelatedLocation(reader.ReadString(), ReadSpan(reader), reader.ReadInt32(), reader.ReadInt32(), ReadOptional(reader), ReadOptional(reader))
            {
                Similarity = reader.ReadBoolean() ? reader.ReadDouble() : null,
            };
        return new PendingFinding(article, descriptor, settings, span, score, message, suggestion, related);
    }

    private int RuleNumber(RuleDescriptor descriptor)
    {
        for (var i = 0; i < rules.Count; i++)
            if (rules[i].Descriptor.Id == descriptor.Id) return i;
        throw new InvalidOperationException($"{descriptor.Id} reported a finding but is not one of the run's corpus rules.");
    }

    private static void Write(BinaryWriter writer, TextSpan span)
    {
        writer.Write(span.Start);
        writer.Write(span.Length);
    }

    private static TextSpan ReadSpan(BinaryReader reader) => new(reader.ReadInt32(), reader.ReadInt32());

    private static void WriteOptional(BinaryWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null) writer.Write(text);
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    public void Dispose()
    {
        _articles.Dispose();
        _findings.Dispose();
        Spill.Dispose();
    }
}
