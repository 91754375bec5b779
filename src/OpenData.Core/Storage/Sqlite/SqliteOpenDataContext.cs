using Microsoft.EntityFrameworkCore;

namespace OpenData.Core.Storage.Sqlite;

/// <summary>The schema on SQLite. Its own type so that its migrations (Sqlite/Migrations) stay apart from PostgreSQL's.</summary>
public sealed class SqliteOpenDataContext(DbContextOptions<SqliteOpenDataContext> options) : OpenDataContext(options);
