using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Input;

/// <summary>
/// Plain text: the first non-empty line is the title, the rest is the body (as in the seed articles); a site name or
/// tagline above the headline (what NQ4002 flags as a masthead) is skipped, so the headline is the title.
/// </summary>
public sealed class PlainTextReader : WholeFileReader
{
    public override string Format => "text";
    public override IReadOnlyList<string> Extensions { get; } = [".txt", ".text"];

    protected override Article Parse(string path, DecodedText decoded)
    {
        var lines = TextBlocks.NonBlankLineArray(decoded.Text);
        var found = Masthead.Find(decoded.Text, lines);
        var title = found.Lines.Count > 0 ? found.Headline : lines is [var first, ..] ? first : default;
        return new Article(path, new ArticleOrigin(path), decoded.Text, title) { Encoding = decoded.EncodingName, Masthead = found };
    }
}
