namespace NewsQuality.Model;

/// <summary>Maps character offsets to 1-based line and column numbers.</summary>
/// <remarks>Lines end at '\n', '\r\n' or a lone '\r'; columns count UTF-16 code units from 1.</remarks>
public sealed class LineMap
{
    private readonly int[] _lineStarts;

    public LineMap(string text)
    {
        var starts = new List<int> { 0 };
        // From line break to line break by a vectorised search, not a test per character.
        for (var i = 0; i < text.Length; i++)
        {
            var found = text.AsSpan(i).IndexOfAny('\r', '\n');
            if (found < 0) break;
            i += found;
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            starts.Add(i + 1);
        }
        _lineStarts = starts.ToArray();
        TextLength = text.Length;
    }

    public int TextLength { get; }

    public int LineCount => _lineStarts.Length;

    public (int Line, int Column) GetPosition(int offset)
    {
        if (offset < 0 || offset > TextLength)
            throw new ArgumentOutOfRangeException(nameof(offset), offset, $"Offset must be within 0..{TextLength}.");
        var index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0) index = ~index - 1;
        return (index + 1, offset - _lineStarts[index] + 1);
    }

    /// <summary>The offset at which 1-based <paramref name="line"/> starts.</summary>
    public int GetLineStart(int line) => _lineStarts[line - 1];
}
