using Microsoft.Data.Sqlite;
using static NewsQuality.Review.Tests.ReviewTestSupport;

namespace NewsQuality.Review.Tests;

public sealed class StoreTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nq-review-store-").FullName;
    private string Database => Path.Combine(_dir, "review.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private static object? Scalar(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    [Fact]
    public void A_new_database_is_at_the_latest_schema_version_in_wal_mode()
    {
        var store = ReviewStore.Open(Database);
        Assert.Equal(ReviewStore.SchemaVersion, store.Version());
        Assert.Equal("wal", Scalar(Database, "PRAGMA journal_mode;"));
    }

    [Fact]
    public void A_version_1_database_is_migrated_with_its_decisions_kept()
    {
        var articles = SeedArticles();
        var old = ReviewStore.Open(Database, upToVersion: 1);
        Assert.Equal(1, old.Version());
        old.Import(articles);
        old.Record("r1", articles[0].Findings[0].Fingerprint, articles[0].Id, articles[0].Findings[0].RuleId, "alice", "confirm", null, 0.5);
        Assert.Equal(0L, Scalar(Database, "SELECT count(*) FROM sqlite_master WHERE name = 'decisions_by_rule'"));
        var migrated = ReviewStore.Open(Database);
        Assert.Equal(ReviewStore.SchemaVersion, migrated.Version());
        Assert.Equal(1L, Scalar(Database, "SELECT count(*) FROM sqlite_master WHERE name = 'decisions_by_rule'"));
        Assert.Equal("r1", Assert.Single(migrated.Decisions()).RequestId);
        Assert.Equal(articles.Sum(a => a.Findings.Count), migrated.Findings().Count);
    }

    [Fact]
    public void A_database_from_a_newer_version_is_refused_and_left_alone()
    {
        ReviewStore.Open(Database);
        Scalar(Database, "PRAGMA user_version = 99;");
        var error = Assert.Throws<InvalidDataException>(() => ReviewStore.Open(Database));
        Assert.Contains("schema version 99", error.Message);
        Assert.Equal(99L, Scalar(Database, "PRAGMA user_version;"));
    }

    [Fact]
    public void Decisions_are_keyed_by_the_baseline_fingerprint_so_they_survive_an_edit_elsewhere_in_the_article()
    {
        var before = Check([Article("a", "Title", "It was the the best of times.\n\nA second paragraph.")]);
        var after = Check([Article("a", "Title", "A new first paragraph.\n\nIt was the the best of times.\n\nA second paragraph, edited.")]);
        var store = ReviewStore.Open(Database);
        store.Import(before);
        var fingerprint = before[0].Findings.Single(f => f.RuleId == "NQ2001").Fingerprint;
        store.Record("r1", fingerprint, "a", "NQ2001", "alice", "dismiss", null, 0.9);
        var session = new ReviewSession(store, after, "alice", LoopbackNames);
        var moved = after[0].Findings.Single(f => f.RuleId == "NQ2001");
        Assert.NotEqual(before[0].Findings.Single(f => f.RuleId == "NQ2001").Finding.Line, moved.Finding.Line);
        Assert.Equal(ReviewStatus.Dismissed, session.Log().Status(moved.Fingerprint));
    }
}
