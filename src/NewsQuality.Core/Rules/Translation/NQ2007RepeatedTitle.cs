using System.Text;
using F23.StringSimilarity;
using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Rules.Translation;

/// <summary>
/// The headline printed twice at the top of the article, identically or differing only in quote style, spacing,
/// case or a character or two: a scraping or templating artefact. Reports the second copy and cites the first.
/// </summary>
public sealed class NQ2007RepeatedTitle : IArticleRule
{
    public RuleDescriptor Descriptor { get; } = new(
        Id: "NQ2007",
        Name: "repeated-title",
        Category: RuleCategory.Translation,
        DefaultSeverity: Severity.Warning,
        DefaultThreshold: 0.5,
        Summary: "The headline appears twice at the top of the article.",
        Rationale: "Scraped and machine-translated articles often carry the headline twice, once from the page title and once from the article " +
                   "heading, sometimes with different quotes or spacing (‘satisfactorily’ / 'satisfactorily'). Readers see a stutter; " +
                   "duplicate detectors see a longer shared prefix. Only the first few lines are compared, so a headline quoted later in the body is not flagged.",
        FlaggedExample: "Putin responds ‘satisfactorily’ to talks with Biden\n\nPutin responds 'satisfactorily' to talks with  Biden\n\nTensions escalated between Washington and Moscow.",
        CleanExample: "Putin responds to talks with Biden\n\nThe Russian leader was satisfied with the conversation, according to Kremlin adviser Yuri Ushakov.")
    {
        FixTitle = "Delete the second copy of the headline",
    };

    /// <summary>How many non-blank lines from the top can be headline copies.</summary>
    private const int TopLines = 6;

    /// <summary>Headlines are short; a long line is a paragraph.</summary>
    private const int MaxHeadlineLength = 250;

    private const int MinWords = 3;

    /// <summary>Normalised similarity above which two headline lines are the same headline with a typo.</summary>
    private const double SameHeadline = 0.9;

    private static readonly NormalizedLevenshtein Similarity = new();

    public void Analyze(ArticleContext context)
    {
        var text = context.Text;
        var candidates = TextBlocks.NonBlankLines(text).Take(TopLines)
            .Where(line => line.Length <= MaxHeadlineLength && Tokenizer.Words(text, line).Count() >= MinWords)
            .Select(line => (Span: line, Key: Normalise(text.AsSpan(line.Start, line.Length))))
            .ToList();
        for (var j = 1; j < candidates.Count; j++)
        {
            for (var i = 0; i < j; i++)
            {
                var similarity = candidates[i].Key == candidates[j].Key ? 1.0 : Similarity.Similarity(candidates[i].Key, candidates[j].Key);
                if (similarity < SameHeadline) continue;
                var first = candidates[i].Span;
                var how = similarity == 1.0 && text.Substring(first.Start, first.Length) == text.Substring(candidates[j].Span.Start, candidates[j].Span.Length)
                    ? "identically" : "with only quotes, spacing or a few characters different";
                context.Report(candidates[j].Span, similarity,
                    $"The headline is repeated {how}.",
                    related: [context.Related(first, "First copy of the headline")]);
                break;
            }
        }
    }

    /// <summary>Lower case, one kind of quote, single spaces: the differences a second copy of a headline picks up in templating.</summary>
    internal static string Normalise(ReadOnlySpan<char> line)
    {
        var builder = new StringBuilder(line.Length);
        var space = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c)) { space = builder.Length > 0; continue; }
            if (space) builder.Append(' ');
            space = false;
            builder.Append(c switch
            {
                '‘' or '’' or '‚' or '‛' or '`' or '´' or '′' => '\'',
                '“' or '”' or '„' or '‟' or '«' or '»' or '″' => '"',
                '–' or '—' => '-',
                _ => char.ToLowerInvariant(c),
            });
        }
        return builder.ToString();
    }
}
