namespace NewsQuality.Text;

/// <summary>The Windows-1252 code page, which feeds and mis-decoders use in place of Latin-1.</summary>
internal static class Windows1252
{
    /// <summary>The characters Windows-1252 gives to bytes 0x80–0x9F; its five unassigned bytes keep their C1 control (as Latin-1 reads them).</summary>
    public const string High = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

    /// <summary>
    /// The byte <paramref name="c"/> was decoded from, read as Windows-1252 or as Latin-1 (whose C1 controls U+0080–U+009F
    /// are the same bytes: "â\u0080\u0099" is ’ read as Latin-1), or -1 when neither encoding has it.
    /// </summary>
    public static int ByteOf(char c)
    {
        if (c <= '\u00FF') return c;
        var index = High.IndexOf(c);
        return index < 0 ? -1 : 0x80 + index;
    }
}
