using System.Text;
using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Rules.Translation;

/// <summary>
/// Encoding damage: UTF-8 text decoded as Windows-1252 ("â€™" for ’, "Ã©" for é, "Â£" for £), stray "Â" left from a
/// mis-decoded no-break space, and U+FFFD replacement characters. A run is mojibake when re-encoding it as
/// Windows-1252 and decoding the bytes as UTF-8 gives valid text; that text is the suggested repair.
/// </summary>
public sealed class NQ2009Mojibake : IArticleRule
{
    public RuleDescriptor Descriptor { get; } = new(
        Id: "NQ2009",
        Name: "mojibake",
        Category: RuleCategory.Translation,
        DefaultSeverity: Severity.Error,
        DefaultThreshold: 0.5,
        Summary: "Characters were garbled by decoding UTF-8 text with the wrong encoding.",
        Rationale: "When UTF-8 bytes are read as Windows-1252 or Latin-1, every non-ASCII character turns into two or three junk characters: " +
                   "’ becomes \"â€™\", é becomes \"Ã©\", £ becomes \"Â£\". Text that went through such a step, or that lost characters entirely " +
                   "(shown as the replacement character �), cannot be published as is; a closing quote ” often comes out as \"â€\" alone, its last byte " +
                   "having no Windows-1252 character. The rule reverses the mis-decoding to suggest the repair, " +
                   "so accented names such as \"Zoë\", \"Malmö\" or \"São Paulo\" written correctly are never flagged.",
        FlaggedExample: "Unlike this summerâ€™s meeting in Geneva, the talks took place in MalmÃ¶.",
        CleanExample: "Unlike this summer’s meeting in Geneva, the talks took place in Malmö; São Paulo, Zoë and Âge d'or stay as they are.")
    {
        FixTitle = "Re-decode the text as UTF-8, or retype the damaged characters",
    };

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    public void Analyze(ArticleContext context)
    {
        var text = context.Text;
        var i = 0;
        while ((i = NextCandidate(text, i)) < text.Length)
        {
            var length = MojibakeRunLength(text, i);
            if (length > 0)
            {
                var run = text.Substring(i, length);
                var repaired = Repair(run);
                context.Report(new TextSpan(i, length), 1.0,
                    $"\"{run}\" is garbled text: UTF-8 read as Windows-1252; it should read {Describe(repaired)}.",
                    suggestion: repaired);
                i += length;
                continue;
            }
            if (text[i] == '\uFFFD')
            {
                var end = i;
                while (end < text.Length && text[end] == '\uFFFD') end++;
                context.Report(TextSpan.FromBounds(i, end), 1.0,
                    "Replacement character: a character was lost when the text was decoded; the original must be restored by hand.");
                i = end;
                continue;
            }
            if (IsTruncatedQuote(text, i))
            {
                context.Report(new TextSpan(i, 2), 0.9,
                    "\"â€\" is what is left of a UTF-8 character read as Windows-1252 whose last byte had no Windows-1252 character and was dropped: most often a closing quote (”).",
                    suggestion: "”");
                i += 2;
                continue;
            }
            if (IsStrayCapitalACircumflex(text, i))
            {
                context.Report(new TextSpan(i, 1), 0.9,
                    "A stray \"Â\": the remains of a no-break space decoded as Windows-1252.",
                    suggestion: "");
            }
            i++;
        }
    }

    /// <summary>Every run of mojibake with its repair, in text order: what the rule reports and <c>clean --fix-encoding</c> rewrites.</summary>
    internal static IEnumerable<(TextSpan Span, string Repair)> Runs(string text)
    {
        for (var i = NextCandidate(text, 0); i < text.Length; i = NextCandidate(text, i + 1))
        {
            var length = MojibakeRunLength(text, i);
            if (length == 0) continue;
            yield return (new TextSpan(i, length), Repair(text.Substring(i, length)));
            i += length - 1;
        }
    }

    /// <summary>
    /// The characters anything here can start at: a UTF-8 lead byte read as Windows-1252 (0xC2–0xF4, which Windows-1252 reads
    /// as U+00C2–U+00F4; its other characters above U+00FF read bytes 0x80–0x9F), the replacement character, and the stray
    /// "Â" (U+00C2). The rest of a text (nearly all of it) is skipped by a vectorised search instead of being tried a
    /// character at a time.
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> Candidates =
        System.Buffers.SearchValues.Create(Enumerable.Range(0xC2, 0xF4 - 0xC2 + 1).Select(c => (char)c).Append('\uFFFD').ToArray());

    /// <summary>The first position from <paramref name="from"/> that holds one of <see cref="Candidates"/>, or the text's length.</summary>
    private static int NextCandidate(string text, int from)
    {
        if (from >= text.Length) return text.Length;
        var at = text.AsSpan(from).IndexOfAny(Candidates);
        return at < 0 ? text.Length : from + at;
    }

    /// <summary>
    /// Some character of <paramref name="span"/> starts a mis-decoded UTF-8 sequence ("Blairâ" of "Blairâ€™s"): this rule's
    /// evidence, which the name rules leave to it rather than take the word for a misspelt name.
    /// </summary>
    public static bool StartsWithin(string text, TextSpan span)
    {
        for (var i = span.Start; i < span.End; i++)
            if (text[i] >= 0x80 && SequenceLength(text, i) > 0) return true;
        return false;
    }

    /// <summary>Length of the run of consecutive mis-decoded UTF-8 sequences starting at <paramref name="start"/>, or 0.</summary>
    private static int MojibakeRunLength(string text, int start)
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
        var lead = ToCp1252(text[i]);
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
            var b = ToCp1252(text[i + k]);
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

    /// <summary>
    /// The byte <paramref name="c"/> was decoded from, read as Windows-1252 or as Latin-1 (whose C1 controls U+0080–U+009F
    /// are the same bytes: "â\u0080\u0099" is ’ read as Latin-1), or -1 when neither encoding has it.
    /// </summary>
    private static int ToCp1252(char c)
    {
        if (c <= '\u00FF') return c;
        var index = Windows1252.High.IndexOf(c);
        return index < 0 ? -1 : 0x80 + index;
    }

    /// <summary>Reverses the mis-decoding, repeatedly, for text that was mis-decoded twice ("Ã¢â‚¬â„¢").</summary>
    internal static string Repair(string run)
    {
        for (var pass = 0; pass < 3; pass++)
        {
            var bytes = run.Select(c => (byte)ToCp1252(c)).ToArray();
            run = StrictUtf8.GetString(bytes);
            if (MojibakeRunLength(run, 0) != run.Length) return run;
        }
        return run;
    }

    private static string Describe(string repaired) =>
        repaired.All(char.IsWhiteSpace) ? "as a no-break space" : $"\"{repaired}\"";

    /// <summary>
    /// "â€" not followed by a third byte's character: the first two bytes of U+2000–U+203F (E2 80 …) whose last byte is one
    /// Windows-1252 leaves undefined (0x9D of ”, 0x8D, 0x8F, 0x90, 0x81) and a decoder dropped ("â€œno commentâ€ to reporters").
    /// No English word has "â€".
    /// </summary>
    private static bool IsTruncatedQuote(string text, int i) => text[i] == 'â' && i + 1 < text.Length && text[i + 1] == '€';

    /// <summary>"Â" standing alone before a space ("See alsoÂ  That's…"): English words never contain a capital A circumflex.</summary>
    private static bool IsStrayCapitalACircumflex(string text, int i) =>
        text[i] == 'Â'
        && i + 1 < text.Length && text[i + 1] is ' ' or '\u00A0' or '\t'
        && (i == 0 || !char.IsUpper(text[i - 1]));
}
