using NewsQuality.Model;

namespace NewsQuality.Rules.OffTopic;

/// <summary>
/// NQ3003's guard for the story's own speaker going on (fifteenth pass, docs/false-flags.md): on copy read with the topic table
/// beyond BBC, a paragraph that opens with he/she/they or a quotation mark right after a paragraph naming one of the story's
/// recurring people, and refers by surname to no one the host never names (<see cref="ParagraphReferences"/>), is a quotation
/// or background continuing that person, not another story's paste, unless its score clears the cut by
/// <see cref="ContinuationGuard"/>. Chosen by cross-validation on the tune split with a topic table that had not read its
/// crawled pages; BBC copy is scored as before.
/// </summary>
public sealed partial class NQ3003OffTopicParagraph
{
    /// <summary>How far above the beyond-BBC cut a paragraph continuing the story's speaker must score to be flagged.</summary>
    public const double ContinuationGuard = 15;

    /// <summary>Which of the measured paragraphs continue the story's speaker; computed only when some are read beyond BBC.</summary>
    private static bool[] ContinuesStorySpeaker(Article article, IReadOnlyList<ParagraphMeasure> measures)
    {
        var guarded = new bool[measures.Count];
        var any = false;
        foreach (var m in measures) any |= m.TopicsBeyondBbc;
        if (!any) return guarded;
        var spans = new TextSpan[measures.Count];
        for (var i = 0; i < spans.Length; i++) spans[i] = measures[i].Span;
        var references = ParagraphReferences.Of(article, spans);
        for (var i = 0; i < guarded.Length; i++) guarded[i] = references[i][ParagraphReferences.ContinuesIndex] > 0;
        return guarded;
    }
}
