namespace NewsQuality.Input;

/// <summary>
/// The articles of a run: files, folders (recursive, filtered by globs) and '-' for standard input.
/// <see cref="Read"/> can be enumerated more than once (the engine makes two passes) and always yields
/// in the same order: arguments in the order given, folder contents sorted by ordinal path.
/// </summary>
public sealed class ArticleSource
{
    private readonly IReadOnlyList<string> _paths;
    private readonly ReaderRegistry _registry;
    private readonly Func<Stream> _openStdin;
    private byte[]? _stdin;
    private long _bytesRead;

    public ArticleSource(IReadOnlyList<string> paths, ArticleSourceOptions? options = null, ReaderRegistry? registry = null, Func<Stream>? openStdin = null)
    {
        _paths = paths;
        Options = options ?? new ArticleSourceOptions();
        _registry = registry ?? ReaderRegistry.Default;
        _openStdin = openStdin ?? Console.OpenStandardInput;
    }

    public ArticleSourceOptions Options { get; }

    /// <summary>Input bytes read so far, over every pass (compressed bytes for compressed files): what progress is measured in.</summary>
    public long BytesRead => Interlocked.Read(ref _bytesRead);

    public IEnumerable<ReadResult> Read()
    {
        foreach (var path in _paths)
        {
            foreach (var result in ReadArgument(path)) yield return result;
        }
    }

    private IEnumerable<ReadResult> ReadArgument(string path)
    {
        if (path == "-")
        {
            // Standard input can be read once only; keep it so the second pass sees the same bytes.
            _stdin ??= ReadAll(_openStdin);
            var reader = ForcedReader() ?? _registry.PlainText;
            return reader.Read("<stdin>", () => Counted(new MemoryStream(_stdin, writable: false)), Options.Reader);
        }
        var resolved = Resolve(path);
        if (Directory.Exists(resolved)) return ReadFolder(path, resolved);
        if (File.Exists(resolved)) return ReadFile(path, resolved, explicitlyNamed: true);
        return [ReadResult.Fail(path, "no such file or directory")];
    }

    /// <summary>Relative paths are relative to <see cref="ArticleSourceOptions.BaseDirectory"/>; reports keep them as typed.</summary>
    private string Resolve(string path) => Path.IsPathRooted(path) ? path : Path.Combine(Options.BaseDirectory ?? Environment.CurrentDirectory, path);

    /// <summary>
    /// Every file a run reads, resolved, in reading order, without reading any: what outputs are checked against
    /// before the run starts (standard input is not a file and is left out).
    /// </summary>
    public IEnumerable<string> Files()
    {
        foreach (var path in _paths.Where(path => path != "-"))
        {
            var resolved = Resolve(path);
            if (Directory.Exists(resolved))
            {
                foreach (var (file, _) in FolderFiles(resolved)) yield return file;
            }
            else if (File.Exists(resolved)) yield return resolved;
        }
    }

    private IEnumerable<ReadResult> ReadFolder(string folder, string resolvedFolder)
    {
        var realFolder = IO.FileIdentity.Of(resolvedFolder);
        foreach (var (file, relative) in FolderFiles(resolvedFolder))
        {
            var display = Path.Combine(folder, relative);
            if (!Options.FollowLinks && LinksOutside(file, realFolder))
            {
                yield return ReadResult.Fail(display, "symbolic link to a file outside the folder; not followed (--follow-links reads it)");
                continue;
            }
            foreach (var result in ReadFile(display, file, explicitlyNamed: false)) yield return result;
        }
    }

    /// <summary>Whether <paramref name="file"/> is a link to an existing file outside <paramref name="folder"/> (a broken link is left to fail on reading).</summary>
    private static bool LinksOutside(string file, IO.FileIdentity folder) =>
        new FileInfo(file).LinkTarget is not null && File.Exists(file) && !folder.Contains(IO.FileIdentity.Of(file));

    /// <summary>The files of a folder the run reads (known formats or the include globs, minus the exclude globs), sorted by relative path.</summary>
    private IEnumerable<(string File, string Relative)> FolderFiles(string resolvedFolder)
    {
        var includes = Options.Include.Select(pattern => new Glob(pattern)).ToList();
        var excludes = Options.Exclude.Select(pattern => new Glob(pattern)).ToList();
        return Walk(resolvedFolder)
            .Select(file => (File: file, Relative: Path.GetRelativePath(resolvedFolder, file).Replace('\\', '/')))
            .Where(f => includes.Count == 0 ? ForcedReader() is not null || _registry.ForPath(f.File) is not null : includes.Any(g => g.IsMatch(f.Relative)))
            .Where(f => !excludes.Any(g => g.IsMatch(f.Relative)))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);
    }

    /// <summary>
    /// Every file under <paramref name="root"/>. Links to folders are not entered unless <see cref="ArticleSourceOptions.FollowLinks"/>;
    /// then a folder reached twice (a link back up the tree, two links to one folder) is walked once, so loops end.
    /// </summary>
    private IEnumerable<string> Walk(string root)
    {
        var walked = new HashSet<string>(StringComparer.Ordinal) { IO.FileIdentity.Of(root).RealPath };
        var pending = new Stack<string>([root]);
        var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = 0 };
        while (pending.TryPop(out var folder))
        {
            foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", options))
            {
                if (entry is not DirectoryInfo directory) yield return entry.FullName;
                else if (directory.LinkTarget is null ? walked.Add(IO.FileIdentity.Of(directory.FullName).RealPath)
                         : Options.FollowLinks && walked.Add(IO.FileIdentity.Of(directory.FullName).RealPath))
                    pending.Push(directory.FullName);
            }
        }
    }

    private IEnumerable<ReadResult> ReadFile(string path, string resolved, bool explicitlyNamed)
    {
        // A file named on the command line is read even with an unknown ending; in folders, unknown endings are skipped.
        var reader = ForcedReader() ?? _registry.ForPath(path) ?? (explicitlyNamed ? _registry.PlainText : null);
        return reader is null ? [] : reader.Read(path, () => Counted(File.OpenRead(resolved)), Options.Reader);
    }

    private CountingStream Counted(Stream stream) => new(stream, read => Interlocked.Add(ref _bytesRead, read));

    private IArticleReader? ForcedReader() => Options.Format is null ? null : _registry.ForFormat(Options.Format);

    private static byte[] ReadAll(Func<Stream> open)
    {
        using var stream = open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}

public sealed record ArticleSourceOptions
{
    public IReadOnlyList<string> Include { get; init; } = [];
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>Forces one reader for every input ("text", "markdown", "jsonl"); null picks by file ending.</summary>
    public string? Format { get; init; }

    public ReaderOptions Reader { get; init; } = new();

    /// <summary>Enter links to folders, and read links to files outside the folder walked (<c>--follow-links</c>); off by default.</summary>
    public bool FollowLinks { get; init; }

    /// <summary>What relative paths are relative to; null means the process's current directory.</summary>
    public string? BaseDirectory { get; init; }
}
