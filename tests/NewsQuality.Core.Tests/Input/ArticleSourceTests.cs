using NewsQuality.Input;

namespace NewsQuality.Core.Tests.Input;

public sealed class ArticleSourceTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("nq-source-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Write(string relative, string content)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Folders_are_read_recursively_in_ordinal_path_order_and_unknown_endings_are_skipped()
    {
        Write("b.txt", "B\n\nbody");
        Write("a/z.md", "# Z\n\nbody");
        Write("a/notes.bin", "ignored");
        var ids = new ArticleSource([_root]).Read().Select(r => Path.GetRelativePath(_root, r.Article!.Id).Replace('\\', '/'));
        Assert.Equal(["a/z.md", "b.txt"], ids);
    }

    [Fact]
    public void Bytes_read_count_every_pass_over_the_input_so_progress_works_inside_one_large_file()
    {
        var lines = string.Join('\n', Enumerable.Range(0, 200).Select(i => $$"""{"id":"a{{i}}","title":"Story {{i}}","text":"Body of story {{i}}."}"""));
        var path = Write("big.jsonl", lines);
        var source = new ArticleSource([path]);
        Assert.Equal(0, source.BytesRead);
        var engine = new NewsQuality.Analysis.AnalysisEngine(NewsQuality.Rules.RuleCatalog.Default, new NewsQuality.Analysis.AnalysisOptions());
        Assert.Equal(2, engine.Passes); // the default rules include corpus rules
        Assert.Equal(200, engine.Run(source).Count());
        // A small input is read once and its second pass replays the first reading: the bytes it replays count as read.
        Assert.Equal(new FileInfo(path).Length, source.BytesRead);
        Assert.Equal(2 * new FileInfo(path).Length, source.BytesRead + engine.ReplayedBytes);
        var readTwice = new ArticleSource([path]);
        var engineReadingTwice = new NewsQuality.Analysis.AnalysisEngine(NewsQuality.Rules.RuleCatalog.Default, new NewsQuality.Analysis.AnalysisOptions { KeepFirstReadingUpTo = 0 });
        Assert.Equal(200, engineReadingTwice.Run(readTwice).Count());
        Assert.Equal(2 * new FileInfo(path).Length, readTwice.BytesRead);
        Assert.Equal(0, engineReadingTwice.ReplayedBytes);
    }

    [Fact]
    public void Include_and_exclude_globs_filter_folder_contents()
    {
        Write("keep/one.txt", "One\n\nbody");
        Write("keep/draft-two.txt", "Two\n\nbody");
        Write("other/three.md", "# Three\n\nbody");
        var options = new ArticleSourceOptions { Include = ["keep/**"], Exclude = ["draft-*"] };
        var titles = new ArticleSource([_root], options).Read().Select(r => r.Article!.Title);
        Assert.Equal(["One"], titles);
    }

    [Fact]
    public void A_missing_path_is_an_error_and_the_other_inputs_are_still_read()
    {
        var good = Write("good.txt", "Good\n\nbody");
        var results = new ArticleSource([Path.Combine(_root, "missing.txt"), good]).Read().ToList();
        Assert.Equal("no such file or directory", results[0].Error!.Message);
        Assert.Equal("Good", results[1].Article!.Title);
    }

    [Fact]
    public void Standard_input_is_read_once_and_can_be_enumerated_twice()
    {
        var opened = 0;
        var source = new ArticleSource(["-"], openStdin: () => { opened++; return new MemoryStream("Stdin title\n\nbody"u8.ToArray()); });
        Assert.Equal("Stdin title", source.Read().Single().Article!.Title);
        Assert.Equal("Stdin title", source.Read().Single().Article!.Title);
        Assert.Equal(1, opened);
    }

    [Theory]
    [InlineData("*.txt", "a/b/c.txt", true)]
    [InlineData("*.txt", "a/b/c.md", false)]
    [InlineData("a/*.txt", "a/b/c.txt", false)]
    [InlineData("a/**/*.txt", "a/b/c.txt", true)]
    [InlineData("a/**/*.txt", "a/c.txt", true)]
    [InlineData("**/draft-?.md", "x/draft-1.md", true)]
    public void Globs_follow_gitignore_conventions(string pattern, string path, bool matches)
    {
        Assert.Equal(matches, new Glob(pattern).IsMatch(path));
    }

    /// <summary>in/ with two articles and a link back up the tree, and outside/ with a folder and a file linked from in/.</summary>
    private string LinkedTree()
    {
        Write("in/a.txt", "A\n\nbody a");
        Write("in/sub/b.txt", "B\n\nbody b");
        Write("outside/shared/c.txt", "C\n\nbody c");
        Write("outside/secret.txt", "Secret\n\nnot for this run");
        Directory.CreateSymbolicLink(Path.Combine(_root, "in/sub/loop"), "..");
        Directory.CreateSymbolicLink(Path.Combine(_root, "in/ext"), Path.Combine(_root, "outside/shared"));
        File.CreateSymbolicLink(Path.Combine(_root, "in/secret.txt"), Path.Combine(_root, "outside/secret.txt"));
        return Path.Combine(_root, "in");
    }

    private static List<string> Read(string folder, bool followLinks) =>
        new ArticleSource([folder], new ArticleSourceOptions { FollowLinks = followLinks }).Read()
            .Select(r => r.Article is { } a ? Path.GetRelativePath(folder, a.Id) : $"error {Path.GetRelativePath(folder, r.Error!.Path)}: {r.Error.Message}")
            .ToList();

    [Fact]
    public void Links_to_folders_are_not_entered_and_links_to_files_outside_are_refused_by_default()
    {
        var folder = LinkedTree();
        Assert.Equal(["a.txt", "error secret.txt: symbolic link to a file outside the folder; not followed (--follow-links reads it)", "sub/b.txt"], Read(folder, followLinks: false));
    }

    [Fact]
    public void Following_links_reads_linked_folders_once_even_through_a_loop()
    {
        var folder = LinkedTree();
        Assert.Equal(["a.txt", "ext/c.txt", "secret.txt", "sub/b.txt"], Read(folder, followLinks: true));
    }
}
