using Microsoft.EntityFrameworkCore;

namespace OpenData.Core.Storage.Postgres;

/// <summary>The schema on PostgreSQL, with its own migrations (Postgres/Migrations).</summary>
public sealed class PostgresOpenDataContext(DbContextOptions<PostgresOpenDataContext> options) : OpenDataContext(options);
