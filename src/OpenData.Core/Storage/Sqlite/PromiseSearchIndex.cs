using Microsoft.EntityFrameworkCore;

namespace OpenData.Core.Storage.Sqlite;

/// <summary>
/// The full-text index of promises: an FTS5 table over <c>Promises.SearchText</c> (external content, so the text is
/// stored once) kept in step by triggers, whatever writes the table. The tokenizer keeps å, ä and ö as letters of
/// their own: Swedish treats them as letters, not as a and o with marks.
/// </summary>
public static class PromiseSearchIndex
{
    public const string Table = "PromiseSearch";

    private static readonly string[] Triggers = ["Promises_SearchInsert", "Promises_SearchDelete", "Promises_SearchUpdate"];

    public const string CreateTable = """
        CREATE VIRTUAL TABLE IF NOT EXISTS PromiseSearch USING fts5(
            SearchText, content='Promises', content_rowid='Id', tokenize='unicode61 remove_diacritics 0');
        """;

    public const string CreateTriggers = """
        CREATE TRIGGER IF NOT EXISTS Promises_SearchInsert AFTER INSERT ON Promises BEGIN
            INSERT INTO PromiseSearch(rowid, SearchText) VALUES (new.Id, new.SearchText);
        END;
        CREATE TRIGGER IF NOT EXISTS Promises_SearchDelete AFTER DELETE ON Promises BEGIN
            INSERT INTO PromiseSearch(PromiseSearch, rowid, SearchText) VALUES ('delete', old.Id, old.SearchText);
        END;
        CREATE TRIGGER IF NOT EXISTS Promises_SearchUpdate AFTER UPDATE OF SearchText ON Promises BEGIN
            INSERT INTO PromiseSearch(PromiseSearch, rowid, SearchText) VALUES ('delete', old.Id, old.SearchText);
            INSERT INTO PromiseSearch(rowid, SearchText) VALUES (new.Id, new.SearchText);
        END;
        """;

    /// <summary>Re-reads every row of Promises into the index.</summary>
    public const string Rebuild = "INSERT INTO PromiseSearch(PromiseSearch) VALUES ('rebuild');";

    public const string Drop = """
        DROP TRIGGER IF EXISTS Promises_SearchInsert;
        DROP TRIGGER IF EXISTS Promises_SearchDelete;
        DROP TRIGGER IF EXISTS Promises_SearchUpdate;
        DROP TABLE IF EXISTS PromiseSearch;
        """;

    /// <summary>
    /// Restores the triggers, and rebuilds the index, where a later migration lost them: EF Core rebuilds a SQLite
    /// table (create, copy, drop, rename) for some column changes, and dropping the table drops its triggers.
    /// </summary>
    /// <returns>Whether anything had to be restored.</returns>
    public static async Task<bool> EnsureAsync(OpenDataContext db, CancellationToken ct)
    {
        var present = await db.Database
            .SqlQuery<string>($"SELECT name AS Value FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'Promises'")
            .ToListAsync(ct);
        if (Triggers.All(present.Contains))
        {
            return false;
        }
        await db.Database.ExecuteSqlRawAsync(CreateTable + CreateTriggers + Rebuild, ct);
        return true;
    }
}
