using NewsQuality.Model;

namespace NewsQuality.Text;

/// <summary>Words that are part of an address rather than of the prose: rules that judge names and spelling leave them alone.</summary>
public static class Addresses
{
    /// <summary>
    /// The word is part of a web address, e-mail, handle, hashtag, file name or credit ("bbc.co.uk/sweden", "Patersono@parliament.uk",
    /// "@sweden", "sweden_2024.jpg", "John Doe/The Daily Example"): something other than a letter touches it where prose has a space.
    /// </summary>
    public static bool Contain(string text, TextSpan span)
    {
        if (span.Start > 0 && text[span.Start - 1] is '@' or '#' or '/' or '.' or '_' or '\\' or '=') return true;
        if (span.End >= text.Length) return false;
        var next = text[span.End];
        return next is '@' or '/' or '_' or '\\' || (next == '.' && span.End + 1 < text.Length && char.IsLetterOrDigit(text[span.End + 1]));
    }
}
