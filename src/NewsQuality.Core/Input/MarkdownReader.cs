using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Input;

/// <summary>Markdown: the title is the first '#' heading (without its hashes), else the first non-empty line; YAML front matter is skipped.</summary>
public sealed class MarkdownReader : WholeFileReader
{
    public override string Format => "markdown";
    public override IReadOnlyList<string> Extensions { get; } = [".md", ".markdown"];

    protected override Article Parse(string path, DecodedText decoded)
    {
        var text = decoded.Text;
        var lines = TextBlocks.NonBlankLines(text).ToList();
        var bodyLines = SkipFrontMatter(text, lines);
        var heading = bodyLines.FirstOrDefault(line => text[line.Start] == '#');
        var title = heading.Length > 0 ? StripHashes(text, heading) : bodyLines.FirstOrDefault();
        return new Article(path, new ArticleOrigin(path), text, title) { Encoding = decoded.EncodingName };
    }

    private static List<TextSpan> SkipFrontMatter(string text, List<TextSpan> lines)
    {
        if (lines.Count == 0 || text.AsSpan(lines[0].Start, lines[0].Length) is not "---") return lines;
        var close = lines.FindIndex(1, line => text.AsSpan(line.Start, line.Length) is "---");
        return close < 0 ? lines : lines.Skip(close + 1).ToList();
    }

    private static TextSpan StripHashes(string text, TextSpan line)
    {
        var start = line.Start;
        while (start < line.End && text[start] == '#') start++;
        return TextBlocks.Trim(text, TextSpan.FromBounds(start, line.End));
    }
}
