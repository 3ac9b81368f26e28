namespace NewsQuality.Text;

/// <summary>The Windows-1252 code page, which feeds and mis-decoders use in place of Latin-1.</summary>
internal static class Windows1252
{
    /// <summary>The characters Windows-1252 gives to bytes 0x80–0x9F; its five unassigned bytes keep their C1 control (as Latin-1 reads them).</summary>
    public const string High = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
}
