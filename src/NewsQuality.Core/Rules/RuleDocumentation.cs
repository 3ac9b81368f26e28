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
        - Default threshold: {d.DefaultThreshold:0.###} (findings scoring below it are not reported)
        {(d.FixTitle is null ? "" : $"- Fix: {d.FixTitle}\n")}{(d.EnglishOnly ? "- Language: English only; skipped for an article mostly in another language (NQ2013 reports it)\n" : "")}
        ## Why

        {d.Rationale}

        ## Flagged

        > {d.FlaggedExample}

        ## Not flagged

        > {d.CleanExample}

        """;
}
