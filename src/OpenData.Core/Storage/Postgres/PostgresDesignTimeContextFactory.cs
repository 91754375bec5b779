using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OpenData.Core.Storage.Postgres;

/// <summary>Lets `dotnet ef migrations add X --context PostgresOpenDataContext` build the context without a server.</summary>
internal sealed class PostgresDesignTimeContextFactory : IDesignTimeDbContextFactory<PostgresOpenDataContext>
{
    public PostgresOpenDataContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresOpenDataContext>().UseNpgsql("Host=localhost;Database=opendata_design").Options);
}
