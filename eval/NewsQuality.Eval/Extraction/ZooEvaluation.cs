using System.Text.Json;
using NewsQuality.Input;

namespace NewsQuality.Eval.Extraction;

/// <summary>
/// `extraction --zoo`: the layout zoo (<see cref="LayoutZoo"/>, fixtures/html-zoo) filled with BBC articles' text and scored
/// as the dev set is: the share of body paragraphs and marked keep lines found whole in the text the rules read, and the
/// share of marked chrome lines not found in it. Every template is filled three times with different articles, so a loss
/// that depends on one article's wording shows as such. `--pages` lists every template; `--write DIR` writes the filled
/// pages, to read one with `extraction --show FILE`. None of it reads the dev set's pages.
/// </summary>
public static class ZooEvaluation
{
    public const int Variants = 3;

    public static int Run(string[] args)
    {
        var directory = ZooDirectory();
        var articles = File.ReadLines(SharedData.Path("corpora/bbc-news-2005.jsonl")).Where(l => l.Length > 0).Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            return (Title: json.RootElement.GetProperty("title").GetString()!, Body: LayoutZoo.Body(json.RootElement.GetProperty("text").GetString()!));
        }).ToList();
        var write = Array.IndexOf(args, "--write") is >= 0 and var w && w + 1 < args.Length ? args[w + 1] : null;
        if (write is not null) Directory.CreateDirectory(write);
        var verbose = args.Contains("--pages");

        var templates = Directory.GetFiles(directory, "*.html").OrderBy(f => f, StringComparer.Ordinal).ToList();
        var rows = new List<(string Name, int Keep, int Kept, int Drop, int Dropped, List<string> Notes)>();
        for (var t = 0; t < templates.Count; t++)
        {
            var template = File.ReadAllText(templates[t]);
            var name = Path.GetFileNameWithoutExtension(templates[t]);
            int keep = 0, kept = 0, drop = 0, dropped = 0;
            var notes = new List<string>();
            for (var v = 0; v < Variants; v++)
            {
                // Consecutive articles from a fixed start per template and variant, until the template's paragraphs are filled.
                var start = (t * 37 + v * 701) % articles.Count;
                var paragraphs = new List<string>();
                for (var a = start; paragraphs.Count < LayoutZoo.Paragraphs(template); a = (a + 1) % articles.Count) paragraphs.AddRange(articles[a].Body);
                var filled = LayoutZoo.Fill(template, articles[start].Title, paragraphs);
                if (write is not null) File.WriteAllText(Path.Combine(write, $"{name}-{v}.html"), filled.Html);
                string text;
                try { text = LayoutZoo.Normalise(HtmlReader.Extract($"{name}-{v}", filled.Html, "utf-8", url: null, published: null).Text); }
                catch (InvalidDataException e) { text = ""; notes.Add($"variant {v}: {e.Message}"); }
                var lost = filled.Keep.Where(s => !text.Contains(s, StringComparison.Ordinal)).ToList();
                var leaked = filled.Drop.Where(s => text.Contains(s, StringComparison.Ordinal)).ToList();
                keep += filled.Keep.Length;
                kept += filled.Keep.Length - lost.Count;
                drop += filled.Drop.Length;
                dropped += filled.Drop.Length - leaked.Count;
                notes.AddRange(lost.Select(s => $"variant {v}: lost: {Short(s)}"));
                notes.AddRange(leaked.Select(s => $"variant {v}: kept: {Short(s)}"));
            }
            rows.Add((name, keep, kept, drop, dropped, notes));
        }

        Console.WriteLine($"### HTML extraction layout zoo ({templates.Count} templates in fixtures/html-zoo, each filled with {Variants} BBC articles)\n");
        Console.WriteLine("| part | templates | keep lines | kept | drop lines | dropped | templates with a loss | templates with a leak |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        Console.WriteLine($"| zoo | {rows.Count} | {rows.Sum(r => r.Keep)} | {(double)rows.Sum(r => r.Kept) / rows.Sum(r => r.Keep):0.000} | {rows.Sum(r => r.Drop)} | {(double)rows.Sum(r => r.Dropped) / rows.Sum(r => r.Drop):0.000} | {rows.Count(r => r.Kept < r.Keep)} | {rows.Count(r => r.Dropped < r.Drop)} |");
        Console.WriteLine("\nPer template (failures only; `--pages` lists every template):\n");
        foreach (var r in rows.Where(r => verbose || r.Notes.Count > 0))
        {
            Console.WriteLine($"- {r.Name}: kept {r.Kept}/{r.Keep}, dropped {r.Dropped}/{r.Drop}");
            foreach (var note in r.Notes.Distinct()) Console.WriteLine($"    {note}");
        }
        return 0;
    }

    /// <summary>fixtures/html-zoo in the repository the command runs from (or above it).</summary>
    public static string ZooDirectory()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "fixtures", "html-zoo");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("fixtures/html-zoo not found; run from the repository.");
    }

    private static string Short(string s) => s.Length <= 100 ? s : s[..97] + "…";
}
