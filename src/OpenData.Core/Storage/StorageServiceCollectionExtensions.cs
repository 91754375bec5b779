using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace OpenData.Core.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Registers the schema's DbContext and its initializer, configured from <paramref name="configuration"/>.</summary>
    public static IServiceCollection AddOpenDataStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = StorageSettings.FromConfiguration(configuration);
        EnsureDatabaseFolder(settings.ConnectionString);
        services.AddSingleton(settings);
        services.AddSingleton(settings.Data);
        // A factory, so that work running in parallel (GraphQL resolvers, harvest workers) gets a context each.
        services.AddDbContextFactory<OpenDataContext>(o => o.UseSqlite(settings.ConnectionString,
                sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            // Every writer keeps the search text of promises current, so the full-text index never drifts.
            .AddInterceptors(new PromiseSearchTextInterceptor()));
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<OpenDataContext>>().CreateDbContext());
        services.AddTransient<DatabaseInitializer>();
        return services;
    }

    private static void EnsureDatabaseFolder(string connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder) && file != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }
    }
}
