using System.Text.Json;
using System.Text.RegularExpressions;
using NewsQuality.Input;
using NewsQuality.Model;
using NewsQuality.TranslationQuality;

namespace NewsQuality.Eval.TranslationQuality;

/// <summary>One MLQE-PE row: a machine translation into English with its direct-assessment z-score and word tags.</summary>
public sealed record MlqeSentence(string Pair, string Split, string Doc, string Text, double DaZ, double Hter, string[] MtTokens, string[] Tags, string PostEdit);

/// <summary>One TED segment as one system (or human) translated it, with its MQM penalty (higher is worse).</summary>
public sealed record MqmSegment(string System, string Doc, int Seg, string Text, bool Human, double Mqm);

/// <summary>
/// The human judgements of machine-translated English in ../shared/corpora and their splits. MLQE-PE keeps its own
/// train/dev/test splits. The five TED talks are split by document: <see cref="HeldOutTalks"/> (199 of 529 segments,
/// chosen before any model was trained) are never trained on and never in the language model.
/// </summary>
public static partial class QualityData
{
    public static readonly IReadOnlySet<string> HeldOutTalks = new HashSet<string> { "talk.6", "talk.7" };

    public static IReadOnlyList<MlqeSentence> Mlqe() =>
        File.ReadLines(SharedData.Path("corpora/mlqe-pe-to-english.jsonl")).Select(line =>
        {
            var row = JsonDocument.Parse(line).RootElement;
            return new MlqeSentence(
                row.GetProperty("lp").GetString()!, row.GetProperty("split").GetString()!, row.GetProperty("doc").GetString()!,
                row.GetProperty("mt").GetString()!, row.GetProperty("da_z_mean").GetDouble(), row.GetProperty("hter").GetDouble(),
                row.GetProperty("mt_tok").GetString()!.Split(' '),
                row.GetProperty("mt_tags").EnumerateArray().Select(t => t.GetString()!).ToArray(),
                Detokenise(row.GetProperty("pe").GetString()!));
        }).ToList();

    public static IReadOnlyList<MqmSegment> Ted() =>
        File.ReadLines(SharedData.Path("corpora/mqm-ted-zhen-segments.jsonl")).Select(line =>
        {
            var row = JsonDocument.Parse(line).RootElement;
            var penalty = row.GetProperty("errors").EnumerateArray().Sum(e => MqmWeight(e.GetProperty("category").GetString()!, e.GetProperty("severity").GetString()!));
            return new MqmSegment(row.GetProperty("system").GetString()!, row.GetProperty("doc").GetString()!, row.GetProperty("seg").GetInt32(),
                row.GetProperty("target").GetString()!, row.GetProperty("human").GetBoolean(), penalty);
        }).ToList();

    /// <summary>The WMT MQM weights (Freitag et al. 2021): major 5, minor 1, minor punctuation 0.1; source errors cost nothing.</summary>
    public static double MqmWeight(string category, string severity) =>
        category.StartsWith("Source", StringComparison.Ordinal) ? 0
        : category.StartsWith("Non-translation", StringComparison.Ordinal) ? 25
        : severity == "Major" ? 5
        : category == "Fluency/Punctuation" ? 0.1 : 1;

    /// <summary>
    /// Fluent English for the language model: the odd-numbered (training) half of the BBC corpus and the MLQE-PE dev
    /// post-edits. Not the train post-edits (they are corrections of the very sentences the regression learns from,
    /// so the model would find those translations unusually familiar), not TED (for the same reason), not test.
    /// </summary>
    public static IEnumerable<string> LanguageModelText(IReadOnlyList<MlqeSentence> mlqe)
    {
        foreach (var article in BbcCorpus.Load().Where(a => !BbcCorpus.IsHeldOut(a)))
            foreach (var span in Sentences.Split(article.Text))
                yield return article.Slice(span);
        foreach (var row in mlqe.Where(r => r.Split == "dev")) yield return row.PostEdit;
    }

    /// <summary>The mainstream (not hyperpartisan) articles of the SemEval 2019 corpus: clean text from other publishers.</summary>
    public static IReadOnlyList<Article> MainstreamNews() =>
        new JsonLinesReader()
            .Read("hyperpartisan-2019.jsonl", () => File.OpenRead(SharedData.Path("corpora/hyperpartisan-2019.jsonl")), new ReaderOptions())
            .Where(r => r.Article is not null)
            .Select(r => r.Article!)
            .Where(a => !Hyperpartisan(a.Id))
            .ToList();

    private static readonly Lazy<HashSet<string>> HyperpartisanIds = new(() =>
        File.ReadLines(SharedData.Path("corpora/hyperpartisan-2019.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(row => row.GetProperty("hyperpartisan").GetBoolean())
            .Select(row => row.GetProperty("id").GetString()!)
            .ToHashSet());

    private static bool Hyperpartisan(string id) => HyperpartisanIds.Value.Contains(id);

    /// <summary>Undoes the Moses tokenisation of the post-edits ("Biden 's" → "Biden's") so they count like running text.</summary>
    private static string Detokenise(string tokenised) => Contraction().Replace(tokenised, "$1");

    [GeneratedRegex(@" ((?:'|’)(?:s|re|ve|ll|d|m|t)\b|n't\b)")]
    private static partial Regex Contraction();
}
