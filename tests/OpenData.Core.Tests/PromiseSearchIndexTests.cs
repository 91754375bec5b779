using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Core.Model;
using OpenData.Core.Storage;
using OpenData.Testing;

namespace OpenData.Core.Tests;

public class PromiseSearchIndexTests
{
    private static ServiceProvider Services(TempFolder folder) =>
        new ServiceCollection()
            .AddLogging()
            .AddOpenDataStorage(TestConfiguration.For(folder.SqliteConnectionString()))
            .BuildServiceProvider();

    [Fact]
    public async Task The_index_follows_every_insert_rewording_and_delete_made_through_the_context()
    {
        using var folder = new TempFolder();
        await using var services = Services(folder);
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        var contexts = services.GetRequiredService<IDbContextFactory<OpenDataContext>>();

        await using (var db = await contexts.CreateDbContextAsync())
        {
            db.Promises.Add(NewPromise("Polisen lovar trygghetsvandringar i centrum."));
            await db.SaveChangesAsync();
        }
        Assert.Equal("polis lov trygghetsvandring i centrum", await SearchTextAsync(folder));
        Assert.Equal(1, await MatchesAsync(folder, "\"trygghetsvandring\"*"));

        await using (var db = await contexts.CreateDbContextAsync())
        {
            (await db.Promises.SingleAsync()).Text = "Kommunen lovar bättre belysning.";
            await db.SaveChangesAsync();
        }
        Assert.Equal(0, await MatchesAsync(folder, "\"trygghetsvandring\"*"));
        Assert.Equal(1, await MatchesAsync(folder, "\"belysning\"*"));

        await using (var db = await contexts.CreateDbContextAsync())
        {
            db.Promises.Remove(await db.Promises.SingleAsync());
            await db.SaveChangesAsync();
        }
        Assert.Equal(0, await MatchesAsync(folder, "\"belysning\"*"));
        await IntegrityCheckAsync(folder);
    }

    [Fact]
    public async Task Triggers_lost_by_a_table_rebuild_are_restored_and_the_index_rebuilt_at_the_next_start()
    {
        using var folder = new TempFolder();
        await using var services = Services(folder);
        var initializer = services.GetRequiredService<DatabaseInitializer>();
        await initializer.InitializeAsync();
        await ExecuteAsync(folder, "DROP TRIGGER Promises_SearchInsert; DROP TRIGGER Promises_SearchUpdate; DROP TRIGGER Promises_SearchDelete;");
        await using (var db = await services.GetRequiredService<IDbContextFactory<OpenDataContext>>().CreateDbContextAsync())
        {
            db.Promises.Add(NewPromise("Polisen lovar fler narkotikakontroller."));
            await db.SaveChangesAsync();
        }
        Assert.Equal(0, await MatchesAsync(folder, "\"narkotikakontroll\"*"));

        await initializer.InitializeAsync();

        Assert.Equal(1, await MatchesAsync(folder, "\"narkotikakontroll\"*"));
        await IntegrityCheckAsync(folder);
    }

    [Fact]
    public async Task Promises_saved_before_the_search_column_get_their_search_text_at_start()
    {
        using var folder = new TempFolder();
        await using var services = Services(folder);
        var initializer = services.GetRequiredService<DatabaseInitializer>();
        await initializer.InitializeAsync();
        await using (var db = await services.GetRequiredService<IDbContextFactory<OpenDataContext>>().CreateDbContextAsync())
        {
            db.Promises.Add(NewPromise("Polisen lovar synlig närvaro på torget."));
            await db.SaveChangesAsync();
        }
        await ExecuteAsync(folder, "UPDATE Promises SET SearchText = NULL;");
        Assert.Equal(0, await MatchesAsync(folder, "\"torget\"*"));

        await initializer.InitializeAsync();

        Assert.Equal(1, await MatchesAsync(folder, "\"torget\"*"));
    }

    private static Promise NewPromise(string text)
    {
        var source = new Source { Key = "test/" + Guid.NewGuid(), Publisher = "Polisen" };
        var document = new Document { Snapshot = new Snapshot { Source = source }, Title = "Medborgarlöfte", ExtractorVersion = "test" };
        var lofte = new Lofte { Key = "1981/" + Guid.NewGuid() };
        return new Promise { Key = Guid.NewGuid().ToString("N"), Lofte = lofte, Text = text, Document = document };
    }

    private static async Task<SqliteConnection> OpenAsync(TempFolder folder)
    {
        var connection = new SqliteConnection(folder.SqliteConnectionString());
        await connection.OpenAsync();
        return connection;
    }

    private static async Task ExecuteAsync(TempFolder folder, string sql)
    {
        await using var connection = await OpenAsync(folder);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string?> SearchTextAsync(TempFolder folder)
    {
        await using var connection = await OpenAsync(folder);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT SearchText FROM Promises";
        return (string?)await command.ExecuteScalarAsync();
    }

    private static async Task<long> MatchesAsync(TempFolder folder, string match)
    {
        await using var connection = await OpenAsync(folder);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM PromiseSearch WHERE PromiseSearch MATCH $match";
        command.Parameters.AddWithValue("$match", match);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>FTS5's own check that the index holds exactly what the content table says.</summary>
    private static Task IntegrityCheckAsync(TempFolder folder) =>
        ExecuteAsync(folder, "INSERT INTO PromiseSearch(PromiseSearch, rank) VALUES ('integrity-check', 1);");
}
