using NewsQuality.Model;

namespace NewsQuality.Rules;

/// <summary>Renders a descriptor as the Markdown page that docs/rules/NQxxxx.md holds and <c>newsquality explain</c> prints.</summary>
public static class RuleDocumentation
{
    public static string Render(RuleDescriptor d) =>
        $"""
        # {d.Id} {d.Name}

        {d.Summary}

        - Category: {d.Category.ToString().ToLowerInvariant()}
        - Default severity: {d.DefaultSeverity.ToName()}
        - Default threshold: {d.DefaultThreshold:0.###} ({BelowThreshold(d)})
        {(d.FixTitle is null ? "" : $"- Fix: {d.FixTitle}\n")}{(d.EnglishOnly ? "- Language: English only; skipped for an article mostly in another language (NQ2013 reports it)\n" : "")}
        ## Why

        {d.Rationale}

        ## Flagged

        > {d.FlaggedExample}

        ## Not flagged

        > {d.CleanExample}

        """;

    /// <summary>What the rule does with a measure below its threshold: nothing, or (an info band) an info finding from the band's option on.</summary>
    private static string BelowThreshold(RuleDescriptor d) =>
        d.InfoBand is { } band
            ? $"below it, a measure from option {band.Name} ({band.Default:0.###}) on is reported as an info finding graded by how near the threshold it comes, " +
              $"and one below {band.Name} is not reported; {band.Name} at or above the threshold turns the info band off"
            : "findings scoring below it are not reported";
}
