using NewsQuality.Input;
using NewsQuality.Model;
using NewsQuality.Scoring;

namespace NewsQuality.Analysis;

/// <summary>One article's result: its findings (ordered by position, then rule id), quality score and verdict.</summary>
public sealed record ArticleReport(Article Article, IReadOnlyList<Finding> Findings, int Score, Verdict Verdict)
{
    /// <summary>What reports show: one finding per problem, findings on the same span grouped under the strongest.</summary>
    public IReadOnlyList<Finding> Problems => Scoring.Problems.Group(Findings);
}

/// <summary>What the engine streams out, in input order: an article's report or an input error.</summary>
public readonly record struct RunItem(ArticleReport? Report, InputError? Error);
