using Microsoft.ML;
using NewsQuality.Analysis;
using NewsQuality.Model;
using NewsQuality.Rules;

namespace NewsQuality.Tuning;

/// <summary>
/// How one rule does on labelled articles at its current threshold and at the suggested one (the current one unless
/// another is strictly better); <paramref name="EqualF1Thresholds"/> are other thresholds with the suggestion's F1.
/// </summary>
public sealed record RuleTuning(string RuleId, int Positives, int Negatives, double AreaUnderRoc,
    double CurrentThreshold, Metrics AtCurrent, double SuggestedThreshold, Metrics AtSuggested, IReadOnlyList<double> EqualF1Thresholds)
{
    public bool ChangeSuggested => SuggestedThreshold != CurrentThreshold;
}

public sealed record Metrics(double Precision, double Recall, double F1);

/// <summary>One labelled example for a rule: whether the rule truly applies, and the rule's score (0 when it found nothing).</summary>
public sealed record Example(bool Positive, double Score);

/// <summary>
/// Suggests each rule's threshold from articles a person labelled with the rules that truly apply. Every rule runs with
/// no threshold, an article's score for a rule is its strongest finding (0 without one), and ML.NET's binary
/// classification evaluation gives the area under the ROC curve and precision, recall and F1 at each candidate
/// threshold; the suggestion is the threshold with the best F1. A tie is no reason to change: the current threshold stays
/// when no other is strictly better, else the highest of the best (fewer false alarms).
/// </summary>
public static class ThresholdTuner
{
    private sealed class Row
    {
        public bool Label { get; set; }
        public float Score { get; set; }
        public bool PredictedLabel { get; set; }
    }

    private const double F1Tolerance = 1e-9;

    public static IReadOnlyList<RuleTuning> Tune(IReadOnlyList<Article> labelled, RuleCatalog catalog, AnalysisOptions options, double? precisionTarget = null)
    {
        var untuned = options with
        {
            RuleOverrides = catalog.Descriptors.ToDictionary(d => d.Id, d => options.SettingsFor(d) with { Threshold = 0 }),
        };
        var reports = new AnalysisEngine(catalog, untuned).Analyze(labelled);
        var results = new List<RuleTuning>();
        foreach (var descriptor in catalog.Descriptors)
        {
            var examples = reports.Select(r => new Example(
                r.Article.Labels!.Contains(descriptor.Id),
                r.Findings.Where(f => f.RuleId == descriptor.Id).Select(f => f.Score).DefaultIfEmpty(0).Max())).ToList();
            if (TuneRule(descriptor.Id, examples, options.SettingsFor(descriptor).Threshold, precisionTarget) is { } tuning) results.Add(tuning);
        }
        return results;
    }

    /// <summary>
    /// One rule's tuning from scored examples (an article's strongest finding, or a reviewed finding; score 0 when the
    /// rule found nothing), or null when all examples are on one side and there is nothing to separate. With a
    /// <paramref name="precisionTarget"/> the suggestion is the lowest threshold that keeps precision at or above it
    /// (the most recall at that precision), the current one when none does.
    /// </summary>
    public static RuleTuning? TuneRule(string ruleId, IReadOnlyList<Example> examples, double current, double? precisionTarget = null)
    {
        var rows = examples.Select(e => new Row { Label = e.Positive, Score = (float)e.Score }).ToList();
        var positives = rows.Count(r => r.Label);
        if (positives == 0 || positives == rows.Count) return null;
        var ml = new MLContext(seed: 0);
        var candidates = rows.Select(r => (double)r.Score).Where(s => s > 0).Append(current).Distinct().Order().ToList();
        var atCurrent = Evaluate(ml, rows, current);
        var scored = candidates.Select(t => (Threshold: t, Metrics: Evaluate(ml, rows, t))).ToList();
        (double, Metrics) best;
        if (precisionTarget is { } target)
        {
            var meeting = scored.Where(x => x.Metrics.Precision >= target - F1Tolerance && x.Metrics.Recall > 0).ToList();
            best = meeting.Count == 0 ? (current, atCurrent) : meeting.MinBy(x => x.Threshold);
        }
        else
        {
            var bestF1 = scored.Max(x => x.Metrics.F1);
            best = atCurrent.F1 >= bestF1 - F1Tolerance
                ? (current, atCurrent)
                : scored.Where(x => x.Metrics.F1 >= bestF1 - F1Tolerance).MaxBy(x => x.Threshold);
        }
        var (threshold, bestMetrics) = best;
        var ties = precisionTarget is null
            ? scored.Where(x => x.Threshold != threshold && Math.Abs(x.Metrics.F1 - bestMetrics.F1) <= F1Tolerance).Select(x => x.Threshold).ToList()
            : [];
        return new RuleTuning(ruleId, positives, rows.Count - positives, AreaUnderRoc(ml, rows), current, atCurrent, threshold, bestMetrics, ties);
    }

    /// <summary>
    /// ML.NET counts scores above 0 as predicted positives, so each score is shifted by the threshold: a finding at or
    /// above it lands just above 0, anything else (no finding included) below; the predicted-label column agrees.
    /// </summary>
    private static Metrics Evaluate(MLContext ml, List<Row> rows, double threshold)
    {
        var shifted = rows.Select(r =>
        {
            var flagged = r.Score > 0 && r.Score >= threshold;
            return new Row { Label = r.Label, Score = flagged ? 1e-3f + r.Score - (float)threshold : -1e-3f - (float)threshold + r.Score, PredictedLabel = flagged };
        }).ToList();
        // With no predicted positives precision is undefined; ML.NET reports 0, and so does F1.
        var metrics = ml.BinaryClassification.EvaluateNonCalibrated(ml.Data.LoadFromEnumerable(shifted));
        return new Metrics(Clean(metrics.PositivePrecision), Clean(metrics.PositiveRecall), Clean(metrics.F1Score));
    }

    private static double AreaUnderRoc(MLContext ml, List<Row> rows) =>
        Clean(ml.BinaryClassification.EvaluateNonCalibrated(ml.Data.LoadFromEnumerable(rows.Select(r => new Row { Label = r.Label, Score = r.Score, PredictedLabel = r.Score > 0 }).ToList())).AreaUnderRocCurve);

    private static double Clean(double value) => double.IsNaN(value) ? 0 : value;
}
