using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Core.Storage.Postgres;
using OpenData.Core.Storage.Sqlite;

namespace OpenData.Core.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the schema on the configured provider: an <see cref="IDbContextFactory{OpenDataContext}"/> (pooled,
    /// so that work running in parallel gets a context each at little cost), the initializer, and the provider's
    /// full-text search.
    /// </summary>
    /// <remarks>
    /// A list of keys (<c>keys.Contains(x.Id)</c>, what every batched read asks) goes to the database as one parameter
    /// (json_each on SQLite, an array on PostgreSQL), so that a query's SQL is the same whatever the number of keys and
    /// EF keeps it: EF 10's default, one parameter per key, made EF generate the SQL again at every execution, a fifth
    /// of a kommun query's time.
    /// <para>
    /// Queries are single statements unless they say otherwise: the writers that include several collections of one
    /// row say <c>AsSplitQuery</c>, so as not to multiply their rows. Split by default, EF buffered every query's whole
    /// result before reading it, each value boxed (it must, to send a collection's second statement on a connection
    /// that runs one at a time), though the API's reads are flat shapes with nothing to split: a tenth of its CPU.
    /// </para>
    /// </remarks>
    public static IServiceCollection AddOpenDataStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = StorageSettings.FromConfiguration(configuration);
        services.AddSingleton(settings);
        services.AddSingleton(settings.Data);
        switch (settings.Provider)
        {
            case DatabaseProvider.Postgres:
                services.AddPooledDbContextFactory<PostgresOpenDataContext>((sp, o) => Configure(sp, o.UseNpgsql(PostgresConnectionTuning.Apply(settings.ConnectionString),
                    npgsql => npgsql.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery).UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))));
                services.AddSingleton<IDbContextFactory<OpenDataContext>, ContextFactory<PostgresOpenDataContext>>();
                services.AddSingleton<IPromiseFullTextSearch, PostgresPromiseFullTextSearch>();
                break;
            default:
                EnsureDatabaseFolder(settings.ConnectionString);
                services.AddPooledDbContextFactory<SqliteOpenDataContext>((sp, o) => Configure(sp, o.UseSqlite(settings.ConnectionString,
                    sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery).UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))));
                services.AddSingleton<IDbContextFactory<OpenDataContext>, ContextFactory<SqliteOpenDataContext>>();
                services.AddSingleton<IPromiseFullTextSearch, SqlitePromiseFullTextSearch>();
                break;
        }
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<OpenDataContext>>().CreateDbContext());
        services.AddTransient<DatabaseInitializer>();
        services.AddSingleton<DataVersionReader>();
        return services;
    }

    /// <summary>
    /// Adds to the options of the schema's context whatever the provider (an interceptor, say), as
    /// <c>ConfigureDbContext</c> does for one context type.
    /// </summary>
    public static IServiceCollection ConfigureOpenDataContext(this IServiceCollection services, Action<DbContextOptionsBuilder> configure)
    {
        services.ConfigureDbContext<SqliteOpenDataContext>(configure);
        services.ConfigureDbContext<PostgresOpenDataContext>(configure);
        return services;
    }

    /// <summary>
    /// What every provider shares: every writer keeps promises' search text current, so the index never drifts, and
    /// moves the data version, so that nothing computed from the old data is served as current.
    /// </summary>
    private static DbContextOptionsBuilder Configure(IServiceProvider services, DbContextOptionsBuilder options) =>
        options.AddInterceptors(new PromiseSearchTextInterceptor(), new DataVersionInterceptor(services.GetService<TimeProvider>() ?? TimeProvider.System));

    private static void EnsureDatabaseFolder(string connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder) && file != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }
    }

    /// <summary>Hands out the provider's context as the schema's type, so no caller needs to know the provider.</summary>
    private sealed class ContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<OpenDataContext>
        where TContext : OpenDataContext
    {
        public OpenDataContext CreateDbContext() => inner.CreateDbContext();

        public async Task<OpenDataContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
            await inner.CreateDbContextAsync(cancellationToken);
    }
}
