using NewsQuality.Model;

namespace NewsQuality.Rules;

internal static class FindingFactory
{
    public static Finding Create(Article article, RuleDescriptor descriptor, RuleSettings settings, TextSpan span, double score,
        string message, string? suggestion, IReadOnlyList<RelatedLocation>? related)
    {
        if (span.Start < 0 || span.End > article.Text.Length)
            throw new ArgumentOutOfRangeException(nameof(span), span, $"{descriptor.Id} reported a span outside article '{article.Id}'.");
        if (double.IsNaN(score)) throw new ArgumentOutOfRangeException(nameof(score), score, $"{descriptor.Id} reported a score that is not a number.");
        var (line, column) = article.Position(span.Start);
        return new Finding
        {
            RuleId = descriptor.Id,
            Severity = settings.Severity,
            Score = Math.Clamp(score, 0, 1),
            Span = span,
            Line = line,
            Column = column,
            Evidence = article.Slice(span),
            Message = message,
            Suggestion = suggestion,
            Related = related ?? [],
        };
    }
}
