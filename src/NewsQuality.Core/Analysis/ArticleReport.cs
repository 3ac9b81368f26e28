using NewsQuality.Input;
using NewsQuality.Model;
using NewsQuality.Scoring;

namespace NewsQuality.Analysis;

/// <summary>One article's result: its findings (ordered by position, then rule id), quality score, verdict and the score of each rule family.</summary>
public sealed record ArticleReport(Article Article, IReadOnlyList<Finding> Findings, int Score, Verdict Verdict, FamilyScores Families)
{
    /// <summary>The learned translation-quality estimate of the article's prose, when NQ2014 ran and judged at least one sentence.</summary>
    public TranslationQuality.ArticleTranslationEstimate? Translation { get; init; }

    /// <summary>What reports show: one finding per problem, findings on the same span grouped under the strongest.</summary>
    public IReadOnlyList<Finding> Problems => Scoring.Problems.Group(Findings);
}

/// <summary>What the engine streams out, in input order: an article's report or an input error.</summary>
public readonly record struct RunItem(ArticleReport? Report, InputError? Error);
