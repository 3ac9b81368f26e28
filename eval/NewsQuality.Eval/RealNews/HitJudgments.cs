namespace NewsQuality.Eval.RealNews;

/// <summary>
/// A reader's verdicts on hits in real articles (judged-hits.tsv beside this file): article id, rule, the evidence as printed
/// by --verbose, "real" or "false", and the class of the hit. Classes and how each was judged: docs/false-flags.md.
/// </summary>
public sealed class HitJudgments
{
    public sealed record Verdict(bool IsReal, string Class)
    {
        public string Label => IsReal ? "real" : "false";
    }

    private readonly Dictionary<(string Id, string Rule, string Evidence), Verdict> _verdicts;

    private HitJudgments(Dictionary<(string, string, string), Verdict> verdicts) => _verdicts = verdicts;

    public static HitJudgments Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "RealNews", "judged-hits.tsv");
        var verdicts = new Dictionary<(string, string, string), Verdict>();
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var fields = line.Split('\t');
            verdicts[(fields[0], fields[1], fields[2])] = new Verdict(fields[3] == "real", fields[4]);
        }
        return new HitJudgments(verdicts);
    }

    public Verdict? Judge(string articleId, NewsQuality.Model.Finding finding) =>
        _verdicts.GetValueOrDefault((articleId, finding.RuleId, Key(finding.Evidence)));

    /// <summary>Whether a reader judged this text, flagged by <paramref name="rule"/>, as real chrome or a real slip.</summary>
    public bool IsReal(string articleId, string rule, string text) =>
        _verdicts.GetValueOrDefault((articleId, rule, Key(text)))?.IsReal == true;

    /// <summary>The evidence on one line and at most 80 characters: how hits are printed and looked up.</summary>
    public static string Key(string evidence)
    {
        var flat = evidence.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');
        return flat.Length <= 80 ? flat : flat[..80];
    }
}
