using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Core.Storage;
using OpenData.Testing;

namespace OpenData.Core.Tests;

public class DatabaseInitializerTests
{
    private static ServiceProvider Services(TempFolder folder) =>
        new ServiceCollection()
            .AddLogging()
            .AddOpenDataStorage(TestConfiguration.For(folder.SqliteConnectionString()))
            .BuildServiceProvider();

    [Fact]
    public async Task Creates_the_schema_in_WAL_mode_and_loads_the_reference_data()
    {
        using var folder = new TempFolder();
        await using var services = Services(folder);
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync();

        await using var db = await services.GetRequiredService<IDbContextFactory<OpenDataContext>>().CreateDbContextAsync();
        Assert.Equal(290, await db.Kommuner.CountAsync());
        Assert.Equal(21, await db.Lan.CountAsync());
        Assert.Equal(7, await db.Polisregioner.CountAsync());
        Assert.Equal(13, await db.Themes.CountAsync());
        var asele = await db.Kommuner.Include(k => k.Lan).SingleAsync(k => k.Code == "2463");
        Assert.Equal("Åsele", asele.Name);
        Assert.Equal("Västerbottens län", asele.Lan!.Name);

        await using var connection = new SqliteConnection(folder.SqliteConnectionString());
        await connection.OpenAsync();
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await pragma.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Running_twice_writes_nothing_the_second_time()
    {
        using var folder = new TempFolder();
        await using var services = Services(folder);
        var initializer = services.GetRequiredService<DatabaseInitializer>();
        await initializer.InitializeAsync();
        await initializer.InitializeAsync();

        await using var db = await services.GetRequiredService<IDbContextFactory<OpenDataContext>>().CreateDbContextAsync();
        Assert.Equal(290, await db.Kommuner.CountAsync());
        Assert.Equal(await db.Lokalpolisomraden.CountAsync(), await db.Lokalpolisomraden.Select(l => l.Name).Distinct().CountAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }
}
