using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OpenData.Api.Features.Batching;
using OpenData.Core.Storage;
using OpenData.Testing;

namespace OpenData.Api.Tests.Features;

public class ReadContextsTests
{
    [Fact]
    public async Task Reads_one_after_another_share_the_request_s_context_and_a_read_inside_another_is_counted()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var services = await database.StorageAsync();
        var reads = new ReadContexts(services.GetRequiredService<IDbContextFactory<OpenDataContext>>(), NullLogger<ReadContexts>.Instance);

        await using (var request = reads.BeginRequest())
        {
            OpenDataContext first;
            await using (var read = await reads.OpenAsync(CancellationToken.None))
            {
                first = read.Db;
                _ = await read.Db.Kommuner.CountAsync();
            }
            await using (var after = await reads.OpenAsync(CancellationToken.None))
            {
                Assert.Same(first, after.Db);
                Assert.Equal(0, reads.NestedReads);

                // A feature calling another inside its own read: served, through a context and connection of its own.
                await using var inside = await reads.OpenAsync(CancellationToken.None);
                Assert.NotSame(first, inside.Db);
                Assert.True(await inside.Db.Kommuner.AnyAsync());
            }
        }

        Assert.Equal(1, reads.NestedReads);
    }
}
