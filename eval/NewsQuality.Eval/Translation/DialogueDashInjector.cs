using NewsQuality.Model;

namespace NewsQuality.Eval.Translation;

/// <summary>Adds a quoted statement as a paragraph opened by an en dash, the Scandinavian/Dutch speech convention.</summary>
public sealed class DialogueDashInjector : IErrorInjector
{
    public string RuleId => "NQ2005";
    public string Description => "a dash-quote paragraph";

    public Injection? Inject(Article host, Random random, IReadOnlyList<Article> donors)
    {
        var paragraphs = Splice.BodyParagraphs(host);
        if (paragraphs.Count == 0) return null;
        var paragraph = paragraphs[random.Next(paragraphs.Count)];
        var quote = $"\n\n– We will not accept this, {Names.Given(random)} {Names.Surname(random)} said on {Names.Weekday(random)}.";
        var (text, span) = Splice.Insert(host.Text, paragraph.End, quote);
        return new Injection(BbcCorpus.WithText(host, text, "+dash"), new TextSpan(span.Start + 2, span.Length - 2));
    }
}
