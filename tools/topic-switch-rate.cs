#!/usr/bin/env -S dotnet run
// How often NQ3003's house-style switch would read an article with a candidate topic table beyond BBC instead of BBC's, per
// group of articles that no held-out figure comes from: the tune split's (even-numbered) BBC and mainstream crawled articles,
// and the crawl's hyperpartisan pages by id half. A measurement for choosing what the table beyond BBC is learned from
// (docs/false-flags.md, NQ3003's thirteenth pass): a table learned from text other than the tune split's mainstream pages
// (tools/derive-topic-vectors.cs --beyond-bbc --no-mainstream) sees those pages as it would see held-out ones.
//
// Usage: dotnet run tools/topic-switch-rate.cs BBC_TABLE BEYOND_TABLE [BEYOND_TABLE...]
// e.g. src/NewsQuality.Core/Text/Data/topic-vectors.tsv and candidate tables written by derive-topic-vectors.cs.
//
// The article's vector is the rule's (NQ3003OffTopicParagraph.Measure): the body paragraphs that are neither link lines nor
// boilerplate, and the title, each stem once per part with the largest background IDF of its words, summed with each table's
// vectors; read beyond BBC when that table's reconstructed energy (squared projection over each dimension's singular value)
// exceeds M times BBC's. Counted over articles with three or more parts of eight stems or more, half of them known to BBC's
// table (the rule's judged paragraphs, less its list and editors'-note tests).
#:project ../src/NewsQuality.Core/NewsQuality.Core.csproj

using System.Text.Json;
using NewsQuality.Input;
using NewsQuality.Model;
using NewsQuality.Text;

var corpora = "../shared/corpora";
var bbc = Table.Load(args[0]);
var beyond = args.Skip(1).Select(Table.Load).ToList();
double[] margins = [1.0, 1.25, 1.5, 2.0];

var labels = File.ReadLines(Path.Combine(corpora, "hyperpartisan-2019.jsonl"))
    .Select(line => JsonDocument.Parse(line).RootElement)
    .ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("hyperpartisan").GetBoolean());
var groups = new List<(string Name, List<Article> Articles)>
{
    ("BBC, tune split (even)", Read("bbc-news-2005.jsonl").Where(a => Number(a.Id) % 2 == 0).ToList()),
    ("crawl mainstream, tune split (even)", Read("hyperpartisan-2019.jsonl").Where(a => !labels[a.Id] && Number(a.Id) % 2 == 0).ToList()),
    ("crawl hyperpartisan, even", Read("hyperpartisan-2019.jsonl").Where(a => labels[a.Id] && Number(a.Id) % 2 == 0).ToList()),
    ("crawl hyperpartisan, odd", Read("hyperpartisan-2019.jsonl").Where(a => labels[a.Id] && Number(a.Id) % 2 == 1).ToList()),
};

Console.WriteLine($"| group | articles judged | {string.Join(" | ", beyond.Select((t, i) => $"table {i + 1}: read beyond BBC at M = {string.Join(" / ", margins)}"))} |");
Console.WriteLine("|---|---|" + string.Concat(beyond.Select(_ => "---|")));
foreach (var (name, articles) in groups)
{
    var judged = articles.Select(Parts).Where(parts => parts.Count(p => p.Count >= 8 && 2 * p.Keys.Count(bbc.Contains) >= p.Count) >= 3).ToList();
    var cells = beyond.Select(table =>
    {
        var ratios = judged.Select(parts => table.Energy(parts) / bbc.Energy(parts)).ToList();
        return string.Join(" / ", margins.Select(m => $"{ratios.Count(r => r > m)}"));
    });
    Console.WriteLine($"| {name} | {judged.Count} | {string.Join(" | ", cells)} |");
}
for (var i = 0; i < beyond.Count; i++) Console.WriteLine($"table {i + 1}: {args[i + 1]} ({beyond[i].Count} stems)");

IEnumerable<Article> Read(string file) =>
    new JsonLinesReader().Read(file, () => File.OpenRead(Path.Combine(corpora, file)), new ReaderOptions())
        .Select(r => r.Article).Where(a => a is not null).Select(a => a!);

static long Number(string id) => long.Parse(id[(id.LastIndexOf('-') + 1)..]);

// Each part's stems with the largest background IDF of their words: the body paragraphs NQ3003 reads, then the title.
static List<Dictionary<string, double>> Parts(Article article)
{
    var links = LinkLines.Spans(article);
    var spans = article.Paragraphs.Where(p => p.Start >= article.BodyStart && !links.OverlapsAny(p) && article.BoilerplateKind(p) is null).ToList();
    spans.Add(article.TitleSpan);
    return spans.Select(span =>
    {
        var stems = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var term in TermVectors.ContentTerms(article.Text, span))
        {
            var stem = TermVectors.Stem(term);
            var idf = TermWeights.Background.Idf(term);
            if (!stems.TryGetValue(stem, out var weight) || idf > weight) stems[stem] = idf;
        }
        return stems;
    }).ToList();
}

sealed class Table
{
    private readonly int _dimensions;
    private readonly Dictionary<string, float[]> _vectors;
    private readonly double[] _inverseSingular;

    private Table(int dimensions, Dictionary<string, float[]> vectors)
    {
        (_dimensions, _vectors) = (dimensions, vectors);
        _inverseSingular = Enumerable.Range(0, dimensions)
            .Select(k => vectors.Values.Sum(v => (double)v[k] * v[k])).Select(s => s > 0 ? 1 / Math.Sqrt(s) : 0).ToArray();
    }

    public int Count => _vectors.Count;

    public bool Contains(string stem) => _vectors.ContainsKey(stem);

    // The article's vector (the sum of its parts') and its squared projection over the singular values.
    public double Energy(List<Dictionary<string, double>> parts)
    {
        var sum = new double[_dimensions];
        foreach (var part in parts)
            foreach (var (stem, weight) in part)
                if (_vectors.TryGetValue(stem, out var v))
                    for (var k = 0; k < _dimensions; k++) sum[k] += v[k] * weight;
        return Enumerable.Range(0, _dimensions).Sum(k => Math.Pow(sum[k] * _inverseSingular[k], 2));
    }

    public static Table Load(string path)
    {
        var lines = File.ReadLines(path).Where(l => !l.StartsWith('#')).ToList();
        var dimensions = int.Parse(lines[0]);
        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1))
        {
            var fields = line.Split('\t');
            var scale = float.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture) / 127;
            vectors[fields[0]] = Convert.FromBase64String(fields[2]).Select(b => (sbyte)b * scale).ToArray();
        }
        return new Table(dimensions, vectors);
    }
}
