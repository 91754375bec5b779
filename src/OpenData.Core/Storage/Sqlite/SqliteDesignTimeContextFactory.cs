using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OpenData.Core.Storage.Sqlite;

/// <summary>Lets `dotnet ef migrations add X --context SqliteOpenDataContext` build the context; never used at run time.</summary>
internal sealed class SqliteDesignTimeContextFactory : IDesignTimeDbContextFactory<SqliteOpenDataContext>
{
    public SqliteOpenDataContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteOpenDataContext>().UseSqlite("Data Source=design-time.db").Options);
}
