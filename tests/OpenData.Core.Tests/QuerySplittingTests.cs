using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Core.Storage;
using OpenData.Testing;

namespace OpenData.Core.Tests;

public class QuerySplittingTests
{
    /// <summary>Counts the reads the context sends.</summary>
    private sealed class Reads : DbCommandInterceptor
    {
        public int Count;

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref Count);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_query_is_one_statement_unless_it_asks_to_split(DatabaseProvider provider)
    {
        // Split by default, EF buffered every query's whole result, each value boxed, before the caller saw a row:
        // a tenth of the API's CPU for reads that have nothing to split.
        await using var database = await TestDatabase.CreateAsync(provider);
        var reads = new Reads();
        var services = new ServiceCollection()
            .AddLogging()
            .AddOpenDataStorage(TestConfiguration.For(database.ConnectionString, new Dictionary<string, string?>
            {
                [StorageSettings.ProviderKey] = database.Provider.ToString(),
            }));
        services.ConfigureOpenDataContext(o => o.AddInterceptors(reads));
        await using var provided = services.BuildServiceProvider();
        await provided.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        await using var db = await provided.GetRequiredService<IDbContextFactory<OpenDataContext>>().CreateDbContextAsync();

        var before = reads.Count;
        var single = await db.Lokalpolisomraden.AsNoTracking().OrderBy(l => l.Id)
            .Select(l => new { l.Name, Kommuner = l.Kommuner.OrderBy(k => k.KommunCode).Select(k => k.KommunCode).ToList() }).ToListAsync();
        Assert.Equal(1, reads.Count - before);

        before = reads.Count;
        var split = await db.Lokalpolisomraden.AsNoTracking().OrderBy(l => l.Id)
            .Select(l => new { l.Name, Kommuner = l.Kommuner.OrderBy(k => k.KommunCode).Select(k => k.KommunCode).ToList() }).AsSplitQuery().ToListAsync();
        Assert.Equal(2, reads.Count - before);

        Assert.NotEmpty(single);
        Assert.Equal(single.Select(l => (l.Name, string.Join(',', l.Kommuner))), split.Select(l => (l.Name, string.Join(',', l.Kommuner))));
    }
}
