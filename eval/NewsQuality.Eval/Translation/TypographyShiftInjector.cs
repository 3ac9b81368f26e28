using System.Text;
using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Eval.Translation;

/// <summary>
/// One body line retyped with curly quotes (’ “ ”) in an article typeset with straight ones, as when a line is pasted
/// in from a word processor or another site. (A whole pasted block of several lines is harder: NQ2011 only reports
/// when the article's own style outnumbers the odd lines three to one.) Since issue 13 NQ2011 leaves such a line alone when it
/// ends a sentence and carries on the story: real copy typed by several hands looks the same (docs/false-flags.md), so this
/// injector now measures what the rule gave up; <see cref="PastedLinkInjector"/> measures what it is for.
/// </summary>
public sealed class TypographyShiftInjector : IErrorInjector
{
    public string RuleId => "NQ2011";
    public string Description => "a line in the other quote style";

    public Injection? Inject(Article host, Random random, IReadOnlyList<Article> donors)
    {
        var lines = TextBlocks.NonBlankLines(host.Text).Where(l => l.Start >= host.BodyStart && host.Slice(l).IndexOfAny(['\'', '"']) >= 0).ToList();
        if (lines.Count == 0) return null;
        var line = lines[random.Next(lines.Count)];
        var text = host.Text[..line.Start] + Curl(host.Slice(line)) + host.Text[line.End..];
        return new Injection(BbcCorpus.WithText(host, text, "+curly"), line);
    }

    /// <summary>Straight quotes and apostrophes made curly, as a word processor types them.</summary>
    public static string Curl(string straight)
    {
        var curly = new StringBuilder(straight.Length);
        var open = true;
        foreach (var c in straight)
        {
            if (c == '\'') curly.Append('’');
            else if (c == '"') { curly.Append(open ? '“' : '”'); open = !open; }
            else curly.Append(c);
        }
        return curly.ToString();
    }
}
