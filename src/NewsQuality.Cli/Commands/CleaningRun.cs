using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsQuality.Analysis;
using NewsQuality.Cleaning;
using NewsQuality.Input;
using NewsQuality.IO;
using NewsQuality.Model;

namespace NewsQuality.Cli.Commands;

/// <summary>
/// The files one <c>clean</c> writes. A file article becomes one file; JSON Lines records are written back into a
/// copy of their file that changes only the cleaned records' text (<see cref="JsonLinesRewriter"/>); records of
/// other formats (WARC, CSV) become JSON Lines. Each output is named for what it holds: cleaned HTML is text. With
/// <c>fixEncoding</c> the text is also repaired (<see cref="ArticleCleaner.FixEncoding"/>); record titles are kept as they were.
/// </summary>
internal sealed class CleaningRun(string outDir, string currentDirectory, string? forcedFormat, bool fixEncoding)
{
    // Source-generated (no reflection), so the Native AOT build writes records the same way.
    private static readonly RecordJson Compact = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>Each JSON Lines input's output, and the new text of its records that changed, by line.</summary>
    private readonly Dictionary<string, (string Target, Dictionary<int, string> Changed)> _jsonLines = new(StringComparer.Ordinal);

    /// <summary>Records of WARC, CSV or standard input, as JSON Lines, by output file.</summary>
    private readonly Dictionary<string, List<string>> _records = new(StringComparer.Ordinal);

    public int Articles { get; private set; }
    public int RemovedLines { get; private set; }
    public int Errors { get; private set; }
    public int Repairs { get; private set; }

    public void Add(RunItem item)
    {
        if (item.Report is not { } report)
        {
            Errors++;
            return;
        }
        var article = report.Article;
        var cleaned = ArticleCleaner.Clean(article, report.Findings, fixEncoding);
        Articles++;
        RemovedLines += cleaned.RemovedLines;
        Repairs += cleaned.Repairs;
        var fromStdin = article.Origin.Path == "<stdin>";
        var format = FormatOf(article.Origin.Path, forcedFormat);
        var target = TargetPath(fromStdin ? StdinName(format) : article.Origin.Path, outDir, currentDirectory, forcedFormat);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (article.Origin.RecordLine is not { } line) AtomicFile.WriteAllText(target, cleaned.Text);
        else if (format == "jsonl" && !fromStdin)
        {
            if (!_jsonLines.TryGetValue(article.Origin.Path, out var file)) _jsonLines[article.Origin.Path] = file = (target, []);
            if (cleaned.Text != article.Text) file.Changed[line] = Body(article, cleaned.Text);
        }
        else (_records.TryGetValue(target, out var list) ? list : _records[target] = []).Add(Record(article, Body(article, cleaned.Text)));
    }

    /// <summary>Writes the record files, once every record is cleaned.</summary>
    public void WriteRecordFiles()
    {
        foreach (var (input, (target, changed)) in _jsonLines)
        {
            AtomicFile.Write(target, output =>
            {
                using var source = File.OpenRead(Path.GetFullPath(input, currentDirectory));
                JsonLinesRewriter.Rewrite(source, output, changed);
            });
        }
        foreach (var (target, records) in _records) AtomicFile.WriteAllText(target, string.Concat(records));
    }

    /// <summary>Inputs under the current folder keep their relative path, others their file name; the ending is the output format's.</summary>
    public static string TargetPath(string inputPath, string outDir, string currentDirectory, string? forcedFormat)
    {
        var source = Path.GetFullPath(inputPath, currentDirectory);
        var relative = Path.GetRelativePath(currentDirectory, source);
        var kept = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? Path.GetFileName(source) : relative;
        var format = FormatOf(kept, forcedFormat);
        return Path.Combine(outDir, Ending(format) is { } ending && ReaderRegistry.Default.ForFormat(format) is { } reader
            ? WithoutEnding(kept, reader) + ending
            : kept);
    }

    private static string FormatOf(string path, string? forcedFormat) => forcedFormat ?? ReaderRegistry.Default.ForPath(path)?.Format ?? "text";

    /// <summary>The ending a cleaned article of this input format gets when it is not the input's own: HTML becomes text, WARC and CSV records JSON Lines.</summary>
    private static string? Ending(string format) => format switch
    {
        "html" => ".txt",
        "warc" or "csv" => ".jsonl",
        _ => null,
    };

    private static string StdinName(string format) => format switch
    {
        "jsonl" or "warc" or "csv" => "stdin.jsonl",
        "markdown" => "stdin.md",
        _ => "stdin.txt",
    };

    private static string WithoutEnding(string path, IArticleReader reader) =>
        reader.Extensions.FirstOrDefault(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)) is { } ending ? path[..^ending.Length] : path;

    /// <summary>The cleaned text without the title the reader put before it (empty when the whole body was removed).</summary>
    private string Body(Article article, string cleanedText)
    {
        if (article.Title.Length == 0) return cleanedText;
        var title = fixEncoding ? ArticleCleaner.FixEncoding(article.Title).Text : article.Title; // as it stands in the cleaned text
        var prefix = title + "\n\n";
        return cleanedText.StartsWith(prefix, StringComparison.Ordinal) ? cleanedText[prefix.Length..]
            : cleanedText.TrimEnd() == title ? ""
            : cleanedText;
    }

    /// <summary>A record for formats without a JSON line to keep: the article's fields, non-ASCII as it is.</summary>
    private static string Record(Article article, string body) => JsonSerializer.Serialize(new Dictionary<string, string?>
    {
        ["id"] = article.Id, ["title"] = article.Title, ["text"] = body, ["url"] = article.Url,
        ["published"] = article.Published?.ToString("O"), ["source"] = article.Source,
    }, Compact.DictionaryStringString) + "\n";
}

[JsonSerializable(typeof(Dictionary<string, string?>))]
internal sealed partial class RecordJson : JsonSerializerContext;
