using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using NewsQuality.IO;
using NewsQuality.Similarity;

namespace NewsQuality.Index;

/// <summary>An article already published, as the index remembers it.</summary>
public sealed record IndexedArticle(string Id, string Path, string Title, int RecordLine);

/// <summary>Fingerprint of one article for the index: its shingle set and MinHash signature, and where it came from.</summary>
public sealed record IndexEntry(IndexedArticle Article, ulong[] Shingles, uint[] Signature);

/// <summary>
/// A persistent near-duplicate index (SQLite; format in docs/index-format.md): signatures, LSH band keys and shingle
/// sets of published articles, so new articles are checked against them without re-reading the old corpus.
/// A build writes a scratch file that replaces the target only when complete; an add is one SQLite transaction in
/// place, so a crash rolls back and two adds at once take turns instead of one losing the other's articles.
/// Every open checks the file (<see cref="Verify"/>) and clears what a killed writer left behind (<see cref="StaleFiles"/>).
/// </summary>
public sealed class PublishedIndex : IDisposable
{
    /// <summary>
    /// 2: MinHash permutations became 32-bit mixes (<see cref="MinHash"/>), so signatures and band keys of version 1 compare
    /// with nothing a run computes now.
    /// </summary>
    public const int FormatVersion = 2;

    private readonly SqliteConnection _connection;

    private PublishedIndex(SqliteConnection connection, IndexSettings settings)
    {
        _connection = connection;
        Settings = settings;
    }

    public IndexSettings Settings { get; }

    /// <summary>Creates <paramref name="path"/> (replacing any old file only once complete) from the entries.</summary>
    public static int Build(string path, IndexSettings settings, IEnumerable<IndexEntry> entries) =>
        WriteAtomically(path, temporary =>
        {
            using var connection = Open(temporary);
            Execute(connection, """
                CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE articles (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, path TEXT NOT NULL, title TEXT NOT NULL, record_line INTEGER NOT NULL, shingles BLOB NOT NULL, signature BLOB NOT NULL);
                CREATE TABLE bands (band INTEGER NOT NULL, key INTEGER NOT NULL, article INTEGER NOT NULL);
                CREATE INDEX bands_lookup ON bands (band, key);
                """);
            foreach (var (key, value) in settings.ToMeta()) Execute(connection, "INSERT INTO meta VALUES ($k, $v)", ("$k", key), ("$v", value));
            return Insert(connection, settings, entries);
        });

    /// <summary>
    /// Appends entries to an existing index in one transaction: all of them or, after an error or a crash, none.
    /// A second add waits for the first to commit (up to <see cref="WriterWait"/>), then appends after it.
    /// </summary>
    public static int Add(string path, IEnumerable<IndexEntry> entries, Action? beforeCommit = null)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"no index at {path}; create one with 'newsquality index build'", path);
        StaleFiles.Remove(path);
        using var connection = Open(path, timeout: WriterWait);
        var settings = Verified(connection, path);
        return Insert(connection, settings, entries, beforeCommit);
    }

    /// <summary>How long an add waits for another add to the same index to finish before failing with "database is locked".</summary>
    public static readonly TimeSpan WriterWait = TimeSpan.FromMinutes(10);

    public static PublishedIndex OpenRead(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"no index at {path}; create one with 'newsquality index build'", path);
        StaleFiles.Remove(path);
        RollBackInterruptedAdd(path);
        var connection = Open(path, readOnly: true);
        try
        {
            return new PublishedIndex(connection, Verified(connection, path));
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A killed add leaves a hot journal beside the index, which a read-only connection cannot roll back: a brief
    /// read-write open lets SQLite restore the index as it was before that add (a live add's journal is left alone).
    /// </summary>
    private static void RollBackInterruptedAdd(string path)
    {
        if (!File.Exists(path + "-journal")) return;
        try
        {
            using var connection = Open(path);
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM sqlite_master";
            command.ExecuteScalar();
        }
        catch (SqliteException)
        {
            // Not writable here, or still locked by a live add: the read-only open below reports what matters.
        }
    }

    /// <summary>The index's settings once the file has passed <see cref="Verify"/>.</summary>
    private static IndexSettings Verified(SqliteConnection connection, string path)
    {
        try
        {
            Verify(connection, path);
            return ReadSettings(connection, path);
        }
        catch (SqliteException e)
        {
            throw new InvalidDataException($"{path} is not a readable NewsQuality index ({e.Message.TrimEnd('.')})", e);
        }
    }

    /// <summary>The tables and columns docs/index-format.md promises; anything else is refused when the index opens, not mid-run.</summary>
    private static readonly Dictionary<string, string[]> Schema = new()
    {
        ["meta"] = ["key", "value"],
        ["articles"] = ["rowid", "id", "path", "title", "record_line", "shingles", "signature"],
        ["bands"] = ["band", "key", "article"],
    };

    /// <summary>
    /// Checks the file is sound (<c>PRAGMA quick_check</c>: pages, records and indexes intact) and has the index
    /// schema; throws <see cref="InvalidDataException"/> saying what is wrong in one line.
    /// </summary>
    private static void Verify(SqliteConnection connection, string path)
    {
        var problems = new List<string>();
        using (var check = connection.CreateCommand())
        {
            check.CommandText = "PRAGMA quick_check(3)";
            using var reader = check.ExecuteReader();
            while (reader.Read()) problems.Add(reader.GetString(0).ReplaceLineEndings(" "));
        }
        if (problems is not ["ok"]) throw new InvalidDataException($"{path} is damaged ({string.Join("; ", problems)}); rebuild it with 'newsquality index build'");
        foreach (var (table, columns) in Schema)
        {
            var present = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            using var info = connection.CreateCommand();
            info.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
            using (var reader = info.ExecuteReader())
                while (reader.Read()) present.Add(reader.GetString(0));
            // rowid is implicit in every table; the others must be declared.
            var missing = columns.Where(c => c != "rowid" && !present.Contains(c)).ToList();
            if (present.Count == 0) throw new InvalidDataException($"{path} is not a NewsQuality index (no table '{table}')");
            if (missing.Count > 0) throw new InvalidDataException($"{path} is not a NewsQuality index (table '{table}' lacks {string.Join(", ", missing)})");
        }
    }

    public int Count => Convert.ToInt32(Scalar(_connection, "SELECT COUNT(*) FROM articles"));

    /// <summary>Indexed articles sharing an LSH band with the signature, with their exact Jaccard similarity to the shingles.</summary>
    public IEnumerable<(IndexedArticle Article, double Jaccard, ulong[] Shingles)> Candidates(uint[] signature, ulong[] shingles)
    {
        var rows = new HashSet<long>();
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = "SELECT article FROM bands WHERE band = $band AND key = $key";
            var band = command.Parameters.Add("$band", SqliteType.Integer);
            var key = command.Parameters.Add("$key", SqliteType.Integer);
            foreach (var (b, k) in BandKeys(Settings.Lsh, signature))
            {
                band.Value = b;
                key.Value = k;
                using var reader = command.ExecuteReader();
                while (reader.Read()) rows.Add(reader.GetInt64(0));
            }
        }
        foreach (var row in rows.Order())
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT id, path, title, record_line, shingles FROM articles WHERE rowid = $row";
            command.Parameters.AddWithValue("$row", row);
            using var reader = command.ExecuteReader();
            if (!reader.Read()) continue;
            var stored = MemoryMarshal.Cast<byte, ulong>((byte[])reader[4]).ToArray();
            yield return (new IndexedArticle(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3)), SetSimilarity.Jaccard(shingles, stored), stored);
        }
    }

    public void Dispose() => _connection.Dispose();

    private static int Insert(SqliteConnection connection, IndexSettings settings, IEnumerable<IndexEntry> entries, Action? beforeCommit = null)
    {
        // IMMEDIATE: the write lock is taken now, so a concurrent add waits here rather than failing to upgrade later.
        using var transaction = connection.BeginTransaction(deferred: false);
        using var article = connection.CreateCommand();
        article.CommandText = "INSERT INTO articles (id, path, title, record_line, shingles, signature) VALUES ($id, $path, $title, $line, $shingles, $signature) RETURNING rowid";
        using var band = connection.CreateCommand();
        band.CommandText = "INSERT INTO bands (band, key, article) VALUES ($band, $key, $article)";
        var count = 0;
        foreach (var entry in entries)
        {
            if (entry.Signature.Length != settings.Permutations)
                throw new InvalidOperationException($"signature of {entry.Article.Id} has {entry.Signature.Length} values but the index uses {settings.Permutations} permutations");
            article.Parameters.Clear();
            article.Parameters.AddWithValue("$id", entry.Article.Id);
            article.Parameters.AddWithValue("$path", entry.Article.Path);
            article.Parameters.AddWithValue("$title", entry.Article.Title);
            article.Parameters.AddWithValue("$line", entry.Article.RecordLine);
            article.Parameters.AddWithValue("$shingles", MemoryMarshal.AsBytes(entry.Shingles.AsSpan()).ToArray());
            article.Parameters.AddWithValue("$signature", MemoryMarshal.AsBytes(entry.Signature.AsSpan()).ToArray());
            var row = (long)article.ExecuteScalar()!;
            foreach (var (b, k) in BandKeys(settings.Lsh, entry.Signature))
            {
                band.Parameters.Clear();
                band.Parameters.AddWithValue("$band", b);
                band.Parameters.AddWithValue("$key", k);
                band.Parameters.AddWithValue("$article", row);
                band.ExecuteNonQuery();
            }
            count++;
        }
        beforeCommit?.Invoke();
        transaction.Commit();
        return count;
    }

    private static IEnumerable<(int Band, long Key)> BandKeys(LshParameters lsh, uint[] signature) =>
        lsh.BandKeys(signature).Select((key, band) => (band, (long)key));

    /// <summary>Runs <paramref name="write"/> on a temporary database beside <paramref name="path"/>, then renames it over the target.</summary>
    private static int WriteAtomically(string path, Func<string, int> write)
    {
        var count = 0;
        StaleFiles.Remove(path);
        AtomicFile.Write(path, stream =>
        {
            // SQLite writes through its own file handle: work on a scratch file, then stream its bytes into the atomic temp.
            var scratch = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, AtomicFile.TemporaryName(".db"));
            try
            {
                // Held open exclusively while in use, so StaleFiles in another process can tell it from a killed build's;
                // SQLite's own locks are of another kind and do not clash with it. Read back through this same handle.
                using var inUse = new FileStream(scratch, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
                count = write(scratch);
                inUse.CopyTo(stream);
            }
            finally
            {
                File.Delete(scratch);
            }
        });
        return count;
    }

    private static SqliteConnection Open(string path, bool readOnly = false, TimeSpan? timeout = null)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = false, // a pooled handle would keep the scratch file open when it is renamed or deleted
            DefaultTimeout = (int)(timeout ?? TimeSpan.FromSeconds(30)).TotalSeconds, // also how long SQLite waits on a lock
        }.ToString());
        connection.Open();
        return connection;
    }

    private static IndexSettings ReadSettings(SqliteConnection connection, string path)
    {
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT key, value FROM meta";
            using var reader = command.ExecuteReader();
            var meta = new Dictionary<string, string>();
            while (reader.Read()) meta[reader.GetString(0)] = reader.GetString(1);
            return IndexSettings.FromMeta(meta, path);
        }
        catch (SqliteException e)
        {
            throw new InvalidDataException($"{path} is not a NewsQuality index ({e.Message})", e);
        }
    }

    private static void Execute(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}

/// <summary>The settings an index was built with; articles are only comparable with the same ones.</summary>
public sealed record IndexSettings(int ShingleSize, int Permutations, double Threshold)
{
    public LshParameters Lsh => LshParameters.Optimal(Threshold, Permutations);

    public IEnumerable<(string Key, string Value)> ToMeta() =>
    [
        ("format_version", PublishedIndex.FormatVersion.ToString()),
        ("shingle_size", ShingleSize.ToString()),
        ("permutations", Permutations.ToString()),
        ("threshold", Threshold.ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
        ("minhash_seed", "1"),
    ];

    public static IndexSettings FromMeta(IReadOnlyDictionary<string, string> meta, string path)
    {
        if (meta.GetValueOrDefault("format_version") != PublishedIndex.FormatVersion.ToString())
            throw new InvalidDataException($"{path} has index format {meta.GetValueOrDefault("format_version") ?? "none"}; this newsquality reads format {PublishedIndex.FormatVersion}: rebuild the index with `newsquality index build`");
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        return int.TryParse(meta.GetValueOrDefault("shingle_size"), invariant, out var shingleSize) && shingleSize > 0
               && int.TryParse(meta.GetValueOrDefault("permutations"), invariant, out var permutations) && permutations > 0
               && double.TryParse(meta.GetValueOrDefault("threshold"), invariant, out var threshold) && threshold is > 0 and < 1
            ? new IndexSettings(shingleSize, permutations, threshold)
            : throw new InvalidDataException($"{path} is not a NewsQuality index (its meta table lacks valid shingle_size, permutations or threshold)");
    }
}
