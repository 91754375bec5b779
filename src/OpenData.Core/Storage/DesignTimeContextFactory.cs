using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OpenData.Core.Storage;

/// <summary>Lets `dotnet ef migrations add` build the context without a host; never used at run time.</summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<OpenDataContext>
{
    public OpenDataContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<OpenDataContext>().UseSqlite("Data Source=design-time.db").Options);
}
