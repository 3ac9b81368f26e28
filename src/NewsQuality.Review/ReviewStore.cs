using Microsoft.Data.Sqlite;

namespace NewsQuality.Review;

/// <summary>What a reviewer said about a finding (confirm, dismiss, note) or about a whole article (clean, not-clean).</summary>
public static class DecisionKinds
{
    public const string Confirm = "confirm", Dismiss = "dismiss", Note = "note", Clean = "clean", NotClean = "not-clean";

    public static readonly IReadOnlyList<string> OnFindings = [Confirm, Dismiss, Note];
    public static readonly IReadOnlyList<string> OnArticles = [Clean, NotClean];
}

/// <summary>
/// One stored decision. <see cref="Subject"/> is a finding's fingerprint, or <c>article:</c> and the article id for a
/// verdict on the article; <see cref="RequestId"/> is chosen by the client, so a retried request is stored once.
/// </summary>
public sealed record Decision(long Sequence, string RequestId, string Subject, string ArticleId, string? RuleId, string Reviewer, string Kind, string? Note, double? Score, DateTimeOffset DecidedAt)
{
    public static string ArticleSubject(string articleId) => "article:" + articleId;
}

/// <summary>
/// The review database (SQLite in WAL mode): the articles and findings under review, so labels can be exported with
/// their text later, and an append-only log of decisions: nothing a reviewer says is overwritten, a later decision by
/// the same reviewer supersedes an earlier one, and different reviewers' decisions stand side by side. A decision is
/// acknowledged only once its transaction is committed with synchronous=FULL, so a killed server loses nothing it acknowledged.
/// </summary>
public sealed class ReviewStore
{
    /// <summary>Each schema version's statements, applied in order inside one transaction each; PRAGMA user_version is the version reached.</summary>
    internal static readonly IReadOnlyList<string> Migrations =
    [
        """
        CREATE TABLE articles(id TEXT PRIMARY KEY, title TEXT NOT NULL, text TEXT, path TEXT NOT NULL, url TEXT, source TEXT);
        CREATE TABLE findings(fingerprint TEXT PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id), rule_id TEXT NOT NULL,
                              evidence TEXT NOT NULL, score REAL NOT NULL);
        CREATE TABLE decisions(sequence INTEGER PRIMARY KEY AUTOINCREMENT, request_id TEXT NOT NULL UNIQUE, subject TEXT NOT NULL,
                               article_id TEXT NOT NULL, rule_id TEXT, reviewer TEXT NOT NULL,
                               kind TEXT NOT NULL CHECK (kind IN ('confirm', 'dismiss', 'note', 'clean', 'not-clean')),
                               note TEXT, score REAL, decided_at TEXT NOT NULL);
        CREATE INDEX decisions_by_subject ON decisions(subject);
        """,
        // Version 2: the progress view and exports read decisions rule by rule.
        """
        CREATE INDEX decisions_by_rule ON decisions(rule_id, subject);
        """,
    ];

    public static int SchemaVersion => Migrations.Count;

    private readonly string _connectionString;

    private ReviewStore(string path) =>
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true, DefaultTimeout = 60 }.ToString();

    /// <summary>Opens (creating when missing) and migrates to <see cref="SchemaVersion"/>; refuses a database from a newer version.</summary>
    public static ReviewStore Open(string path, int? upToVersion = null)
    {
        var store = new ReviewStore(path);
        using var connection = store.Connect();
        Execute(connection, "PRAGMA journal_mode=WAL;");
        var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version;"));
        if (version > SchemaVersion)
            throw new InvalidDataException($"{path} is a review database of schema version {version}; this newsquality knows versions up to {SchemaVersion}");
        for (var next = version; next < (upToVersion ?? SchemaVersion); next++)
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, Migrations[next], transaction);
            Execute(connection, $"PRAGMA user_version = {next + 1};", transaction);
            transaction.Commit();
        }
        return store;
    }

    public int Version()
    {
        using var connection = Connect();
        return Convert.ToInt32(Scalar(connection, "PRAGMA user_version;"));
    }

    private SqliteConnection Connect()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Execute(connection, "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=60000;");
        return connection;
    }

    /// <summary>Records the articles and findings under review (text included, for exports); a re-run updates them in place.</summary>
    public void Import(IEnumerable<ReviewArticle> articles)
    {
        using var connection = Connect();
        using var transaction = connection.BeginTransaction();
        using var article = Command(connection, transaction,
            "INSERT INTO articles(id, title, text, path, url, source) VALUES ($id, $title, $text, $path, $url, $source) " +
            "ON CONFLICT(id) DO UPDATE SET title = excluded.title, text = coalesce(excluded.text, articles.text), path = excluded.path, url = excluded.url, source = excluded.source");
        using var finding = Command(connection, transaction,
            "INSERT INTO findings(fingerprint, article_id, rule_id, evidence, score) VALUES ($fingerprint, $article, $rule, $evidence, $score) " +
            "ON CONFLICT(fingerprint) DO UPDATE SET score = excluded.score");
        foreach (var a in articles)
        {
            Bind(article, ("$id", a.Id), ("$title", a.Title), ("$text", a.Text), ("$path", a.Path), ("$url", a.Url), ("$source", a.Source));
            article.ExecuteNonQuery();
            foreach (var f in a.Findings)
            {
                Bind(finding, ("$fingerprint", f.Fingerprint), ("$article", a.Id), ("$rule", f.RuleId), ("$evidence", f.Finding.Evidence), ("$score", f.Finding.Score));
                finding.ExecuteNonQuery();
            }
        }
        transaction.Commit();
    }

    /// <summary>Stores a decision and returns it as stored; a request id seen before returns the decision first stored under it.</summary>
    public (Decision Decision, bool Created) Record(string requestId, string subject, string articleId, string? ruleId, string reviewer, string kind, string? note, double? score)
    {
        using var connection = Connect();
        using var insert = Command(connection, null,
            "INSERT INTO decisions(request_id, subject, article_id, rule_id, reviewer, kind, note, score, decided_at) " +
            "VALUES ($request, $subject, $article, $rule, $reviewer, $kind, $note, $score, $at) ON CONFLICT(request_id) DO NOTHING");
        Bind(insert, ("$request", requestId), ("$subject", subject), ("$article", articleId), ("$rule", ruleId), ("$reviewer", reviewer),
            ("$kind", kind), ("$note", note), ("$score", score), ("$at", DateTimeOffset.UtcNow.ToString("O")));
        var created = insert.ExecuteNonQuery() == 1;
        return (Query(connection, "WHERE request_id = $request", ("$request", requestId)).Single(), created);
    }

    /// <summary>Every decision, oldest first.</summary>
    public IReadOnlyList<Decision> Decisions()
    {
        using var connection = Connect();
        return Query(connection, "");
    }

    /// <summary>The decisions on one finding or article, oldest first.</summary>
    public IReadOnlyList<Decision> Decisions(string subject)
    {
        using var connection = Connect();
        return Query(connection, "WHERE subject = $subject", ("$subject", subject));
    }

    public sealed record StoredArticle(string Id, string Title, string? Text, string? Url, string? Source);

    public sealed record StoredFinding(string Fingerprint, string ArticleId, string RuleId, string Evidence, double Score);

    public IReadOnlyList<StoredArticle> Articles()
    {
        using var connection = Connect();
        using var command = Command(connection, null, "SELECT id, title, text, url, source FROM articles ORDER BY id");
        using var reader = command.ExecuteReader();
        var list = new List<StoredArticle>();
        while (reader.Read()) list.Add(new StoredArticle(reader.GetString(0), reader.GetString(1), Nullable(reader, 2), Nullable(reader, 3), Nullable(reader, 4)));
        return list;
    }

    public IReadOnlyList<StoredFinding> Findings()
    {
        using var connection = Connect();
        using var command = Command(connection, null, "SELECT fingerprint, article_id, rule_id, evidence, score FROM findings ORDER BY article_id, fingerprint");
        using var reader = command.ExecuteReader();
        var list = new List<StoredFinding>();
        while (reader.Read()) list.Add(new StoredFinding(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetDouble(4)));
        return list;
    }

    private static List<Decision> Query(SqliteConnection connection, string where, params (string, object?)[] parameters)
    {
        using var command = Command(connection, null,
            $"SELECT sequence, request_id, subject, article_id, rule_id, reviewer, kind, note, score, decided_at FROM decisions {where} ORDER BY sequence");
        Bind(command, parameters);
        using var reader = command.ExecuteReader();
        var list = new List<Decision>();
        while (reader.Read())
            list.Add(new Decision(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), Nullable(reader, 4), reader.GetString(5),
                reader.GetString(6), Nullable(reader, 7), reader.IsDBNull(8) ? null : reader.GetDouble(8), DateTimeOffset.Parse(reader.GetString(9))));
        return list;
    }

    private static string? Nullable(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    private static void Bind(SqliteCommand command, params (string Name, object? Value)[] parameters)
    {
        command.Parameters.Clear();
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = Command(connection, transaction, sql);
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = Command(connection, null, sql);
        return command.ExecuteScalar();
    }
}
