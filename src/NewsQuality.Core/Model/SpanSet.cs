using System.Collections;

namespace NewsQuality.Model;

/// <summary>
/// Non-overlapping spans (lines, link lines) kept in text order, so "does this span overlap any of them?" is a binary
/// search rather than a scan: a page of twenty thousand paragraphs stays linear.
/// </summary>
public sealed class SpanSet : IEnumerable<TextSpan>
{
    private readonly TextSpan[] _spans;

    public SpanSet(IEnumerable<TextSpan> spans)
    {
        _spans = spans.ToArray();
        // Callers mostly pass lines in text order already; the stable sort is only for those that do not.
        if (!IsInStartOrder(_spans)) _spans = _spans.OrderBy(s => s.Start).ToArray();
        for (var i = 1; i < _spans.Length; i++)
            if (_spans[i - 1].End > _spans[i].Start) throw new ArgumentException($"Spans {_spans[i - 1]} and {_spans[i]} overlap.", nameof(spans));
    }

    private static bool IsInStartOrder(TextSpan[] spans)
    {
        for (var i = 1; i < spans.Length; i++)
            if (spans[i - 1].Start > spans[i].Start) return false;
        return true;
    }

    public bool Contains(TextSpan span)
    {
        var i = Array.BinarySearch(_spans, span, StartOrder.Instance);
        return i >= 0 && _spans[i] == span;
    }

    public bool OverlapsAny(TextSpan span)
    {
        // The first span ending after span starts is the only candidate: ends rise with starts when spans do not overlap.
        int low = 0, high = _spans.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (_spans[middle].End <= span.Start) low = middle + 1; else high = middle;
        }
        return low < _spans.Length && _spans[low].Overlaps(span);
    }

    public IEnumerator<TextSpan> GetEnumerator() => ((IEnumerable<TextSpan>)_spans).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private sealed class StartOrder : IComparer<TextSpan>
    {
        public static readonly StartOrder Instance = new();
        public int Compare(TextSpan a, TextSpan b) => a.Start.CompareTo(b.Start);
    }
}
