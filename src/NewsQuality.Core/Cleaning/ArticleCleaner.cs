using NewsQuality.Model;
using NewsQuality.Rules;
using NewsQuality.Text;

namespace NewsQuality.Cleaning;

/// <summary>
/// Removes what the off-topic and boilerplate rules flagged (inserted link lines, stray headings, pasted paragraphs,
/// site chrome) from an article's text, line by line, and on request repairs encoding and markup residue. An article
/// without such findings comes back unchanged, byte for byte, so cleaning is safe to run on a whole archive and to repeat.
/// </summary>
public static class ArticleCleaner
{
    /// <summary>Families whose findings mark text that is not part of the article.</summary>
    public static bool IsRemovable(Finding finding) =>
        RuleCategories.Of(finding.RuleId) is RuleCategory.OffTopic or RuleCategory.Boilerplate;

    /// <summary>
    /// The article without its flagged lines; with <paramref name="fixEncoding"/>, also with mojibake re-decoded (NQ2009) and
    /// the safe residue repairs of NQ2012 applied (entities decoded, escapes undone, markup removed). Lost ampersands and
    /// replacement characters are guesses, so they are left for a person.
    /// </summary>
    public static CleanedArticle Clean(Article article, IReadOnlyList<Finding> findings, bool fixEncoding = false)
    {
        var cleaned = RemoveFlaggedLines(article, findings);
        if (!fixEncoding) return cleaned;
        var (text, repairs) = FixEncoding(cleaned.Text);
        return cleaned with { Text = text, Repairs = repairs };
    }

    /// <summary>The text with mojibake re-decoded and safe markup residue repaired, and how many places changed.</summary>
    public static (string Text, int Repairs) FixEncoding(string text)
    {
        var runs = Mojibake.Runs(text).ToList();
        var redecoded = Splice(text, runs);
        var residue = MarkupResidue.Find(redecoded).Where(r => r.IsSafe).Select(r => (r.Span, r.Repair)).ToList();
        return (Splice(redecoded, residue), runs.Count + residue.Count);
    }

    /// <summary>Replaces each span (in text order, none overlapping) with its repair.</summary>
    private static string Splice(string text, IReadOnlyList<(TextSpan Span, string Repair)> repairs)
    {
        if (repairs.Count == 0) return text;
        var result = new System.Text.StringBuilder(text.Length);
        var at = 0;
        foreach (var (span, repair) in repairs)
        {
            result.Append(text, at, span.Start - at).Append(repair);
            at = span.End;
        }
        return result.Append(text, at, text.Length - at).ToString();
    }

    private static CleanedArticle RemoveFlaggedLines(Article article, IReadOnlyList<Finding> findings)
    {
        var removable = findings.Where(IsRemovable).Select(f => f.Span).ToList();
        if (removable.Count == 0) return new CleanedArticle(article.Text, 0);
        var text = article.Text;
        var kept = new System.Text.StringBuilder(text.Length);
        var removedLines = 0;
        var removedSinceLastKept = false;
        var lastKeptBlank = true; // at the start, as after a blank line: no leading blank lines after a removed masthead
        foreach (var (line, withEnding) in LinesWithEndings(text))
        {
            if (line.Length > 0 && removable.Any(span => span.Overlaps(line) || (span.Length == 0 && line.Contains(span.Start))))
            {
                removedLines++;
                removedSinceLastKept = true;
                continue;
            }
            var blank = TextBlocks.Trim(text, line).Length == 0;
            // Where a line was removed, the blank lines around it would double up: keep one.
            if (blank && lastKeptBlank && removedSinceLastKept) continue;
            kept.Append(text, withEnding.Start, withEnding.Length);
            lastKeptBlank = blank;
            if (!blank) removedSinceLastKept = false;
        }
        var cleaned = removedSinceLastKept ? kept.ToString().TrimEnd() + LineEnding(text) : kept.ToString();
        return new CleanedArticle(cleaned, removedLines);
    }

    private static IEnumerable<(TextSpan Line, TextSpan WithEnding)> LinesWithEndings(string text)
    {
        var start = 0;
        foreach (var line in TextBlocks.Lines(text))
        {
            var end = line.End;
            if (end < text.Length && text[end] == '\r') end++;
            if (end < text.Length && text[end] == '\n') end++;
            yield return (line, TextSpan.FromBounds(start, end));
            start = end;
        }
    }

    /// <summary>The text's own line ending if it ended with one, else none.</summary>
    private static string LineEnding(string text) =>
        text.EndsWith("\r\n", StringComparison.Ordinal) ? "\r\n" : text.EndsWith('\n') ? "\n" : "";
}

/// <summary>The cleaned text, how many lines were taken out, and how many encoding or markup repairs were made.</summary>
public sealed record CleanedArticle(string Text, int RemovedLines, int Repairs = 0);
