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
        Assert.Equal(4 * Environment.ProcessorCount, tuned.MaxPoolSize);
        Assert.Equal(tuned.MaxPoolSize, tuned.MinPoolSize);
        Assert.Equal("db", tuned.Host);
        Assert.Equal("reader", tuned.Username);
    }

    [Fact]
    public void What_the_operator_sets_in_the_connection_string_wins()
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgresConnectionTuning.Apply(
            "Host=db;Database=opendata;maxautoprepare=0;Auto Prepare Min Usages=5;Options=-c plan_cache_mode=auto;Minimum Pool Size=0;MaxPoolSize=50"));

        Assert.Equal(0, tuned.MaxAutoPrepare);
        Assert.Equal(5, tuned.AutoPrepareMinUsages);
        Assert.Equal("-c plan_cache_mode=auto", tuned.Options);
        Assert.Equal(0, tuned.MinPoolSize);
        Assert.Equal(50, tuned.MaxPoolSize);
    }

    [Theory]
    // Npgsql's keyword is "Maximum Pool Size": the API died at start with a stack trace from inside Npgsql.
    [InlineData("Host=db;Max Pool Size=8", "not a connection string Npgsql reads")]
    [InlineData("Host=db;Maximum Pool Size=1", "must be at least 2")]
    public void A_connection_string_the_service_cannot_start_with_is_refused_with_what_to_change(string connectionString, string says)
    {
        var refused = Assert.Throws<InvalidOperationException>(() => PostgresConnectionTuning.Apply(connectionString));

        Assert.Contains(says, refused.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:OpenData", refused.Message, StringComparison.Ordinal);
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
        await using var services = await database.StorageAsync();
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

    [Fact]
    public void A_pool_size_the_operator_sets_is_the_pool_the_service_keeps()
    {
        var sized = new NpgsqlConnectionStringBuilder(PostgresConnectionTuning.Apply("Host=db;Maximum Pool Size=3"));
        var floored = new NpgsqlConnectionStringBuilder(PostgresConnectionTuning.Apply("Host=db;MinPoolSize=200"));

        Assert.Equal((3, 3), (sized.MinPoolSize, sized.MaxPoolSize));
        // A floor above the service's own size raises the size with it, rather than a pool Npgsql refuses to open.
        Assert.Equal((200, 200), (floored.MinPoolSize, floored.MaxPoolSize));
    }

    /// <summary>The server processes of the watcher's database, other than the watcher's own.</summary>
    internal static async Task<long> ServerProcessesAsync(NpgsqlConnection watcher)
    {
        await using var count = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()", watcher);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}

/// <summary>
/// Runs alone: the other PostgreSQL tests of this process drop their databases through Npgsql's ClearAllPools, which
/// closes every pool's idle connections, this test's too.
/// </summary>
[Collection(nameof(PoolKeepingTests))]
public class PoolKeepingTests
{
    [Fact]
    public async Task After_a_burst_and_a_quiet_spell_the_pool_still_holds_its_connections()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        // Npgsql prunes idle connections once a second with these: what it gives back, it gives back within the wait below.
        var pruningFast = $"{database.ConnectionString};Maximum Pool Size=8;Connection Idle Lifetime=1;Connection Pruning Interval=1";
        await using var services = await database.StorageAsync(pruningFast);
        var contexts = services.GetRequiredService<IDbContextFactory<OpenDataContext>>();

        // Eight requests at once, each holding its connection until all eight have one.
        var all = new Barrier(8);
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync();
            await db.Database.OpenConnectionAsync();
            all.SignalAndWait(TimeSpan.FromSeconds(30));
        })));
        await using var watcher = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString);
        await watcher.OpenAsync();
        Assert.True(await PostgresConnectionTuningTests.ServerProcessesAsync(watcher) >= 8);

        // Opening one again costs a new server process and its first plans: a reader after the quiet spell would wait for them.
        await Task.Delay(TimeSpan.FromSeconds(4));
        Assert.True(await PostgresConnectionTuningTests.ServerProcessesAsync(watcher) >= 8);
    }
}

[CollectionDefinition(nameof(PoolKeepingTests), DisableParallelization = true)]
public class PoolKeepingCollection;
