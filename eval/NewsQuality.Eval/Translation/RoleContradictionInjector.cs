using NewsQuality.Model;

namespace NewsQuality.Eval.Translation;

/// <summary>Introduces a person with one role early in the article and gives them an incompatible role later.</summary>
public sealed class RoleContradictionInjector : IErrorInjector
{
    private static readonly (string First, string Later)[] RolePairs =
    [
        ("government adviser", "Prime Minister"), ("spokesman", "Foreign Minister"), ("Defence Minister", "President"),
        ("presidential aide", "Chancellor"), ("Foreign Minister", "Finance Minister"), ("Interior Minister", "spokeswoman"),
    ];

    public string RuleId => "NQ2002";
    public string Description => "one person, two incompatible titles";

    public Injection? Inject(Article host, Random random, IReadOnlyList<Article> donors)
    {
        var paragraphs = Splice.BodyParagraphs(host);
        if (paragraphs.Count < 2) return null;
        var (firstRole, laterRole) = RolePairs[random.Next(RolePairs.Length)];
        var given = Names.Given(random);
        var surname = Names.Surname(random);
        var early = paragraphs[0];
        var late = paragraphs[random.Next(1, paragraphs.Count)];
        var laterMention = $"{laterRole} {surname}";
        // Insert the later sentence first so the earlier offset stays valid.
        var (text, _) = Splice.Insert(host.Text, late.End, $" {laterMention} later repeated the point.");
        (text, _) = Splice.Insert(text, early.End, $" The comments were welcomed by {firstRole} {given} {surname}.");
        var shift = $" The comments were welcomed by {firstRole} {given} {surname}.".Length;
        var start = late.End + shift + 1;
        return new Injection(BbcCorpus.WithText(host, text, "+role"), new TextSpan(start, laterMention.Length));
    }
}
