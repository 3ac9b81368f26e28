using System.Text;
using NewsQuality.Model;

namespace NewsQuality.Text;

/// <summary>
/// UTF-8 text decoded as Windows-1252 ("â€™" for ’, "Ã©" for é, "Â£" for £): where it starts, how far it runs and what it
/// should read. NQ2009 reports it, <c>clean --fix-encoding</c> repairs it, and NQ2004 leaves a word garbled this way to
/// NQ2009 instead of taking it for a misspelt name, so all three must agree on what counts.
/// </summary>
internal static class Mojibake
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    /// <summary>Every run of mojibake with its repair, in text order: what NQ2009 reports and <c>clean --fix-encoding</c> rewrites.</summary>
    public static IEnumerable<(TextSpan Span, string Repair)> Runs(string text)
    {
        for (var i = NextCandidate(text, 0); i < text.Length; i = NextCandidate(text, i + 1))
        {
            var length = RunLength(text, i);
            if (length == 0) continue;
            yield return (new TextSpan(i, length), Repair(text.Substring(i, length)));
            i += length - 1;
        }
    }

    /// <summary>
    /// The characters encoding damage can start at: a UTF-8 lead byte read as Windows-1252 (0xC2–0xF4, which Windows-1252 reads
    /// as U+00C2–U+00F4; its other characters above U+00FF read bytes 0x80–0x9F), which includes the stray "Â" (U+00C2) of a
    /// mis-decoded no-break space, and the replacement character. The rest of a text (nearly all of it) is skipped by a
    /// vectorised search instead of being tried a character at a time.
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> Candidates =
        System.Buffers.SearchValues.Create(Enumerable.Range(0xC2, 0xF4 - 0xC2 + 1).Select(c => (char)c).Append('\uFFFD').ToArray());

    /// <summary>The first position from <paramref name="from"/> that holds one of <see cref="Candidates"/>, or the text's length.</summary>
    public static int NextCandidate(string text, int from)
    {
        if (from >= text.Length) return text.Length;
        var at = text.AsSpan(from).IndexOfAny(Candidates);
        return at < 0 ? text.Length : from + at;
    }

    /// <summary>Some character of <paramref name="span"/> starts a mis-decoded UTF-8 sequence ("Blairâ" of "Blairâ€™s").</summary>
    public static bool StartsWithin(string text, TextSpan span)
    {
        for (var i = span.Start; i < span.End; i++)
            if (text[i] >= 0x80 && SequenceLength(text, i) > 0) return true;
        return false;
    }

    /// <summary>Length of the run of consecutive mis-decoded UTF-8 sequences starting at <paramref name="start"/>, or 0.</summary>
    public static int RunLength(string text, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            var sequence = SequenceLength(text, i);
            if (sequence == 0) break;
            i += sequence;
        }
        return i - start;
    }

    /// <summary>
    /// If the characters at <paramref name="i"/> are the Windows-1252 reading of one multi-byte UTF-8 sequence
    /// (a lead byte 0xC2–0xF4 and its 0x80–0xBF continuation bytes, decoding to a valid character), its length; else 0.
    /// </summary>
    private static int SequenceLength(string text, int i)
    {
        var lead = Windows1252.ByteOf(text[i]);
        var length = lead switch
        {
            >= 0xC2 and <= 0xDF => 2,
            >= 0xE0 and <= 0xEF => 3,
            >= 0xF0 and <= 0xF4 => 4,
            _ => 0,
        };
        if (length == 0 || i + length > text.Length) return 0;
        Span<byte> bytes = stackalloc byte[4];
        bytes[0] = (byte)lead;
        for (var k = 1; k < length; k++)
        {
            var b = Windows1252.ByteOf(text[i + k]);
            if (b is < 0x80 or > 0xBF) return 0;
            bytes[k] = (byte)b;
        }
        try
        {
            var decoded = StrictUtf8.GetString(bytes[..length]);
            // A C1 control character is not text anyone meant to write.
            return decoded.Length > 0 && !(decoded[0] is >= '\u0080' and <= '\u009F') ? length : 0;
        }
        catch (DecoderFallbackException)
        {
            return 0;
        }
    }

    /// <summary>Reverses the mis-decoding, repeatedly, for text that was mis-decoded twice ("Ã¢â‚¬â„¢").</summary>
    public static string Repair(string run)
    {
        for (var pass = 0; pass < 3; pass++)
        {
            var bytes = run.Select(c => (byte)Windows1252.ByteOf(c)).ToArray();
            run = StrictUtf8.GetString(bytes);
            if (RunLength(run, 0) != run.Length) return run;
        }
        return run;
    }
}
