using NewsQuality.Rules.Boilerplate;
using NewsQuality.Rules.Duplicate;
using NewsQuality.Rules.OffTopic;
using NewsQuality.Rules.Translation;

namespace NewsQuality.Rules;

/// <summary>Every rule NewsQuality knows. Adding a rule means adding its class and one line here.</summary>
public sealed class RuleCatalog
{
    public static RuleCatalog Default { get; } = new(
    [
        new NQ1001NearDuplicate(),
        new NQ1002PartialCopy(),
        new NQ1003DivergentVersion(),
        new NQ2001DoubledWord(),
        new NQ2002RoleContradiction(),
        new NQ2003NonexistentOffice(),
        new NQ2004MisspelledPublicFigure(),
        new NQ2005DialogueDash(),
        new NQ2006CalquedSectionLabel(),
        new NQ2007RepeatedTitle(),
        new NQ2008LowercaseProperNoun(),
        new NQ2009Mojibake(),
        new NQ2010UntranslatedFragment(),
        new NQ2011TypographyShift(),
        new NQ2012MarkupResidue(),
        new NQ2013NotEnglish(),
        new NQ2014DisfluentSentence(),
        new NQ3001OffTopicLinkBait(),
        new NQ3002StrayHeading(),
        new NQ3003OffTopicParagraph(),
        new NQ4001BoilerplatePhrase(),
        new NQ4002Masthead(),
        new NQ4003RecurringChrome(),
        new NQ4004LinkLine(),
    ]);

    public RuleCatalog(IReadOnlyList<IRule> rules)
    {
        var duplicate = rules.GroupBy(rule => rule.Descriptor.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"Rule id {duplicate.Key} is registered twice.", nameof(rules));
        Rules = rules.OrderBy(rule => rule.Descriptor.Id, StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<IRule> Rules { get; }

    public IEnumerable<RuleDescriptor> Descriptors => Rules.Select(rule => rule.Descriptor);

    /// <summary>"NQ2001 doubled-word": the id with the rule's name, for summaries people read.</summary>
    public string Label(string id) => Find(id) is { } rule ? $"{id} {rule.Descriptor.Name}" : id;

    public IRule? Find(string id) =>
        Rules.FirstOrDefault(rule => string.Equals(rule.Descriptor.Id, id, StringComparison.OrdinalIgnoreCase));
}
