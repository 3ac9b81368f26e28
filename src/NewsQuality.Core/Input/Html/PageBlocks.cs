using System.Text;
using AngleSharp.Dom;

namespace NewsQuality.Input.Html;

/// <summary>
/// One run of text between block boundaries: a &lt;p&gt;, but equally the text of a &lt;div&gt; or &lt;span&gt; body
/// (CNN's div.zn-body__paragraph) or the lines of a &lt;br&gt;-separated page. <see cref="Owner"/> is the block-level
/// element the text sits in; <see cref="Source"/> the element holding its first text, for pointing findings into the file.
/// </summary>
internal sealed record PageBlock(IElement Owner, IElement Source, string Text, int LinkChars)
{
    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkChars / Text.Length;
}

/// <summary>Splits a DOM subtree into text blocks, as a browser lays text out in boxes. Iterative, so deep markup cannot overflow the stack.</summary>
internal static class PageBlocks
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "P", "DIV", "SECTION", "ARTICLE", "MAIN", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "UL", "OL", "DL", "DT", "DD", "BLOCKQUOTE",
        "PRE", "FIGURE", "FIGCAPTION", "TABLE", "TBODY", "THEAD", "TR", "TD", "TH", "HEADER", "FOOTER", "ASIDE", "NAV", "FORM", "ADDRESS",
        "HR", "BR", "CENTER", "DETAILS", "SUMMARY", "BODY", "HTML", "FIELDSET", "CAPTION",
    };

    public static bool IsBlock(IElement element) => BlockTags.Contains(element.TagName);

    public static List<PageBlock> Of(IElement root)
    {
        var blocks = new List<PageBlock>();
        var text = new StringBuilder();
        var owners = new Stack<IElement>();
        owners.Push(root);
        IElement? source = null;
        var linkChars = 0;
        var linkDepth = 0;

        void Flush()
        {
            var content = Clean(text.ToString());
            if (content.Length > 0) blocks.Add(new PageBlock(owners.Peek(), source ?? owners.Peek(), content, Math.Min(linkChars, content.Length)));
            text.Clear();
            source = null;
            linkChars = 0;
        }

        // (node, leaving): elements are visited twice, on the way in and on the way out.
        var stack = new Stack<(INode Node, bool Leaving)>();
        for (var child = root.LastChild; child is not null; child = child.PreviousSibling) stack.Push((child, false));
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (node is IText textNode)
            {
                if (textNode.Data.Length == 0) continue;
                if (source is null && !string.IsNullOrWhiteSpace(textNode.Data)) source = textNode.ParentElement;
                text.Append(textNode.Data);
                if (linkDepth > 0) linkChars += Clean(textNode.Data).Length;
                continue;
            }
            if (node is not IElement element) continue;
            var block = IsBlock(element);
            if (leaving)
            {
                if (element.TagName == "A") linkDepth--;
                if (block)
                {
                    Flush();
                    owners.Pop();
                }
                continue;
            }
            if (element.TagName == "A") linkDepth++;
            if (block)
            {
                Flush();
                owners.Push(element);
            }
            stack.Push((element, true));
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling) stack.Push((child, false));
        }
        Flush();
        return blocks;
    }

    public static string Clean(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
