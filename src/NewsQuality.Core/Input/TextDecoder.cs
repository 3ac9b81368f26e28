using System.Text;

namespace NewsQuality.Input;

/// <summary>A decoded file and the encoding that was assumed.</summary>
public sealed record DecodedText(string Text, string EncodingName);

/// <summary>
/// Turns bytes into text: BOM-marked UTF-8/UTF-16 first, then strict UTF-8, then Windows-1252 as the legacy
/// fallback (the usual encoding of old Western news exports). Binary content is refused rather than guessed.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/>, or returns an error message saying why it is not text.</summary>
    public static (DecodedText? Decoded, string? Error) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            return TryStrict(StrictUtf8, bytes[3..], "utf-8-bom");
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            return TryStrict(new UnicodeEncoding(false, false, true), bytes[2..], "utf-16le");
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return TryStrict(new UnicodeEncoding(true, false, true), bytes[2..], "utf-16be");
        if (bytes.IndexOf((byte)0) >= 0)
            return (null, "binary content (NUL bytes); not a text article");
        try
        {
            return (new DecodedText(StrictUtf8.GetString(bytes), "utf-8"), null);
        }
        catch (DecoderFallbackException)
        {
            return (new DecodedText(Encoding.GetEncoding(1252).GetString(bytes), "windows-1252"), null);
        }
    }

    private static (DecodedText?, string?) TryStrict(Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            var text = encoding.GetString(bytes);
            return text.Contains('\0') ? (null, "binary content (NUL characters); not a text article") : (new DecodedText(text, name), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, $"invalid {name} despite its byte-order mark");
        }
    }
}
