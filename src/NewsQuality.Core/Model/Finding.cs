namespace NewsQuality.Model;

/// <summary>A place elsewhere (in this article, or in another one) that a finding cites as evidence.</summary>
public sealed record RelatedLocation(string Message, TextSpan Span, int Line, int Column, string? ArticleId = null, string? Path = null)
{
    /// <summary>How similar the cited article is to the reported one (0–1), when the finding links two articles.</summary>
    public double? Similarity { get; init; }
}

/// <summary>One rule match in one article, LanguageTool-style: where, why, how sure, and what to do.</summary>
public sealed record Finding
{
    public required string RuleId { get; init; }
    public required Severity Severity { get; init; }

    /// <summary>The rule's confidence or strength in [0,1]; compared with the rule's threshold.</summary>
    public required double Score { get; init; }

    public required TextSpan Span { get; init; }
    public required int Line { get; init; }
    public required int Column { get; init; }

    /// <summary>The flagged text itself.</summary>
    public required string Evidence { get; init; }

    public required string Message { get; init; }
    public string? Suggestion { get; init; }
    public IReadOnlyList<RelatedLocation> Related { get; init; } = [];

    /// <summary>
    /// The figures behind the finding, by name ("topicSimilarity": 0.04): the message says it in words for editors,
    /// the JSON report keeps the numbers.
    /// </summary>
    public IReadOnlyDictionary<string, double> Measures { get; init; } = new Dictionary<string, double>();

    /// <summary>Weaker findings of other rules on the same span, reported as evidence of this one (see Scoring.Problems).</summary>
    public IReadOnlyList<Finding> AlsoFlagged { get; init; } = [];
}
