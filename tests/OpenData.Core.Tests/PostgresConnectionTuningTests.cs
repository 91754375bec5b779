using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenData.Core.Storage;
using OpenData.Core.Storage.Postgres;
using OpenData.Testing;

namespace OpenData.Core.Tests;

public class PostgresConnectionTuningTests
{
    [Fact]
    public void A_bare_connection_string_gets_prepared_statements_and_one_plan_per_statement()
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgresConnectionTuning.Apply("Host=db;Database=opendata;Username=reader"));

        Assert.Equal(64, tuned.MaxAutoPrepare);
        Assert.Equal(2, tuned.AutoPrepareMinUsages);
        Assert.Equal("-c plan_cache_mode=force_generic_plan", tuned.Options);
        Assert.Equal("db", tuned.Host);
        Assert.Equal("reader", tuned.Username);
    }

    [Fact]
    public void What_the_operator_sets_in_the_connection_string_wins()
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgresConnectionTuning.Apply(
            "Host=db;Database=opendata;maxautoprepare=0;Auto Prepare Min Usages=5;Options=-c plan_cache_mode=auto"));

        Assert.Equal(0, tuned.MaxAutoPrepare);
        Assert.Equal(5, tuned.AutoPrepareMinUsages);
        Assert.Equal("-c plan_cache_mode=auto", tuned.Options);
    }

    [Fact]
    public void Other_server_options_are_kept_beside_the_plan_setting()
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgresConnectionTuning.Apply("Host=db;Options=-c search_path=opendata"));

        Assert.Equal("-c search_path=opendata -c plan_cache_mode=force_generic_plan", tuned.Options);
    }

    [Fact]
    public async Task A_statement_read_twice_is_prepared_on_the_server_and_planned_once_for_all_keys()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddOpenDataStorage(TestConfiguration.For(database.ConnectionString, database.Settings))
            .BuildServiceProvider();
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        await using var db = await services.GetRequiredService<IDbContextFactory<OpenDataContext>>().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();

        Assert.Equal("force_generic_plan", await db.Database.SqlQuery<string>($"SELECT current_setting('plan_cache_mode') AS \"Value\"").SingleAsync());
        foreach (var codes in new[] { new List<string> { "1980" }, ["2463", "2305"], ["0114"] })
        {
            _ = await db.Kommuner.AsNoTracking().Where(k => codes.Contains(k.Code)).ToListAsync();
        }
        var prepared = await db.Database.SqlQuery<string>($"SELECT statement AS \"Value\" FROM pg_prepared_statements").ToListAsync();
        Assert.Contains(prepared, s => s.Contains("\"Kommuner\"", StringComparison.Ordinal));
    }
}
