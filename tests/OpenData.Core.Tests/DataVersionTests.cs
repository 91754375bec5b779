using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Core.Model;
using OpenData.Core.Storage;
using OpenData.Testing;

namespace OpenData.Core.Tests;

public class DataVersionTests
{
    // A safety net only: nothing waits for time to pass, but a broken reader should fail the test, not hang it.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static ServiceProvider Services(TestDatabase database, VersionReads? reads = null)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddOpenDataStorage(TestConfiguration.For(database.ConnectionString, new Dictionary<string, string?>
            {
                [StorageSettings.ProviderKey] = database.Provider.ToString(),
            }));
        if (reads is not null)
        {
            services.ConfigureOpenDataContext(o => o.AddInterceptors(reads));
        }
        return services.BuildServiceProvider();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Every_save_that_writes_moves_the_version_and_a_save_that_writes_nothing_does_not(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = Services(database);
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        var versions = services.GetRequiredService<DataVersionReader>();
        var contexts = services.GetRequiredService<IDbContextFactory<OpenDataContext>>();

        var seeded = (await versions.ReadAsync(default)).Stamp;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            await db.SaveChangesAsync();
            _ = await db.Themes.ToListAsync();
            await db.SaveChangesAsync();
        }
        Assert.Equal(seeded, (await versions.ReadAsync(default)).Stamp);

        long added;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            db.HarvestRuns.Add(new HarvestRun { Mode = "offline", StartedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            added = (await versions.ReadAsync(default)).Stamp;
            Assert.NotEqual(seeded, added);

            // A second save on the same context, editing a tracked row, moves it again.
            (await db.HarvestRuns.SingleAsync()).Fetched = 3;
            await db.SaveChangesAsync();
        }
        var edited = (await versions.ReadAsync(default)).Stamp;
        Assert.NotEqual(added, edited);

        await using (var db = await contexts.CreateDbContextAsync())
        {
            db.HarvestRuns.Remove(await db.HarvestRuns.SingleAsync());
            await db.SaveChangesAsync();
        }
        Assert.NotEqual(edited, (await versions.ReadAsync(default)).Stamp);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_version_moves_when_the_transaction_commits_and_not_when_it_rolls_back(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = Services(database);
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        var versions = services.GetRequiredService<DataVersionReader>();
        var contexts = services.GetRequiredService<IDbContextFactory<OpenDataContext>>();
        var before = (await versions.ReadAsync(default)).Stamp;

        await using (var db = await contexts.CreateDbContextAsync())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.HarvestRuns.Add(new HarvestRun { Mode = "offline", StartedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }
        Assert.Equal(before, (await versions.ReadAsync(default)).Stamp);

        await using (var db = await contexts.CreateDbContextAsync())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.HarvestRuns.Add(new HarvestRun { Mode = "offline", StartedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            // Others read the committed version: nothing of this transaction yet.
            Assert.Equal(before, (await versions.ReadAsync(default)).Stamp);
            await transaction.CommitAsync();
        }
        Assert.NotEqual(before, (await versions.ReadAsync(default)).Stamp);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_caller_that_asks_while_a_read_is_running_is_given_a_later_read_that_sees_what_committed_before_it_asked(DatabaseProvider provider)
    {
        await using var shared = await SharedReads.CreateAsync(provider);
        var before = (await shared.Versions.ReadAsync(default)).Stamp;
        var (first, held) = await shared.HoldARunningReadAsync();

        // The running read has its answer from before this commit; a caller that joined it would be given that.
        var committed = await shared.CommitAWriteAsync();
        var second = shared.Versions.ReadAsync(default);
        held.Release();

        Assert.Equal(committed, (await second.WaitAsync(Patience)).Stamp);
        Assert.Contains((await first.WaitAsync(Patience)).Stamp, new[] { before, committed });
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Callers_that_ask_while_a_read_is_running_share_the_next_read(DatabaseProvider provider)
    {
        await using var shared = await SharedReads.CreateAsync(provider);
        var (first, held) = await shared.HoldARunningReadAsync();
        var committed = await shared.CommitAWriteAsync();
        // From threads of their own, and each has asked (its ReadAsync has returned) before the running read ends.
        var asked = await Task.WhenAll(Enumerable.Range(0, 50)
            .Select(_ => Task.Factory.StartNew(() => shared.Versions.ReadAsync(default), CancellationToken.None, TaskCreationOptions.None, TaskScheduler.Default))
            .Select(c => c.WaitAsync(Patience)));
        var reads = shared.Reads.Count;
        held.Release();

        await first.WaitAsync(Patience);
        var stamps = await Task.WhenAll(asked.Select(c => c.WaitAsync(Patience)));
        Assert.All(stamps, v => Assert.Equal(committed, v.Stamp));
        Assert.Equal(reads + 1, shared.Reads.Count);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_failed_read_fails_the_callers_that_shared_it_and_the_next_caller_reads_afresh(DatabaseProvider provider)
    {
        await using var shared = await SharedReads.CreateAsync(provider);
        var (first, held) = await shared.HoldARunningReadAsync();
        shared.Reads.FailNext();
        var callers = Enumerable.Range(0, 5).Select(_ => shared.Versions.ReadAsync(default)).ToArray();
        held.Release();

        await first.WaitAsync(Patience);
        foreach (var caller in callers)
        {
            await Assert.ThrowsAsync<ReadFailed>(() => caller.WaitAsync(Patience));
        }
        var committed = await shared.CommitAWriteAsync();
        Assert.Equal(committed, (await shared.Versions.ReadAsync(default).WaitAsync(Patience)).Stamp);

        // A caller that starts a read that fails, with nobody else waiting, leaves nothing behind either.
        shared.Reads.FailNext();
        await Assert.ThrowsAsync<ReadFailed>(() => shared.Versions.ReadAsync(default).WaitAsync(Patience));
        Assert.Equal(committed, (await shared.Versions.ReadAsync(default).WaitAsync(Patience)).Stamp);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_caller_that_stops_waiting_stops_neither_the_read_nor_the_callers_that_share_it(DatabaseProvider provider)
    {
        await using var shared = await SharedReads.CreateAsync(provider);
        using var starterGivesUp = new CancellationTokenSource();
        var (starter, firstHeld) = await shared.HoldARunningReadAsync(starterGivesUp.Token);
        var nextHeld = shared.Reads.HoldNext();
        var reads = shared.Reads.Count;

        // The caller that started the running read gives up; the read goes on, and the next one after it.
        starterGivesUp.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => starter.WaitAsync(Patience));
        var committed = await shared.CommitAWriteAsync();
        using var sharerGivesUp = new CancellationTokenSource();
        var quitter = shared.Versions.ReadAsync(sharerGivesUp.Token);
        var stayer = shared.Versions.ReadAsync(default);
        firstHeld.Release();
        await nextHeld.Entered;

        // One of two sharing the running read gives up; the other is still given its result.
        sharerGivesUp.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => quitter.WaitAsync(Patience));
        Assert.False(stayer.IsCompleted);
        nextHeld.Release();
        Assert.Equal(committed, (await stayer.WaitAsync(Patience)).Stamp);
        Assert.Equal(reads + 1, shared.Reads.Count);
    }

    /// <summary>A database, its services and a reader whose version reads a test counts, holds or fails.</summary>
    private sealed class SharedReads : IAsyncDisposable
    {
        private readonly TestDatabase _database;
        private readonly ServiceProvider _services;

        private SharedReads(TestDatabase database, ServiceProvider services, VersionReads reads)
        {
            _database = database;
            _services = services;
            Reads = reads;
            Versions = services.GetRequiredService<DataVersionReader>();
        }

        public VersionReads Reads { get; }

        public DataVersionReader Versions { get; }

        public static async Task<SharedReads> CreateAsync(DatabaseProvider provider)
        {
            var database = await TestDatabase.CreateAsync(provider);
            var reads = new VersionReads();
            var services = Services(database, reads);
            await services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
            return new SharedReads(database, services, reads);
        }

        /// <summary>Starts a read and holds it, once it has its answer from the database, until the gate is released.</summary>
        public async Task<(Task<DataVersion> Running, Gate Held)> HoldARunningReadAsync(CancellationToken ct = default)
        {
            var held = Reads.HoldNext();
            var running = Versions.ReadAsync(ct);
            await held.Entered;
            return (running, held);
        }

        /// <summary>Commits a write from a context of its own; the stamp that write committed.</summary>
        public async Task<long> CommitAWriteAsync()
        {
            await using var db = await _services.GetRequiredService<IDbContextFactory<OpenDataContext>>().CreateDbContextAsync();
            db.HarvestRuns.Add(new HarvestRun { Mode = "offline", StartedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            return db.ChangeTracker.Entries<DataVersion>().Single().Entity.Stamp;
        }

        public async ValueTask DisposeAsync()
        {
            await _services.DisposeAsync();
            await _database.DisposeAsync();
        }
    }

    private sealed class ReadFailed() : Exception("The test failed this read of the data version.");

    /// <summary>Counts the reads of the data version; the next ones are held or failed, in the order a test asks.</summary>
    private sealed class VersionReads : DbCommandInterceptor
    {
        private readonly ConcurrentQueue<Gate?> _next = new();
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public Gate HoldNext()
        {
            var gate = new Gate();
            _next.Enqueue(gate);
            return gate;
        }

        public void FailNext() => _next.Enqueue(null);

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            // The reader's SELECT, not the UPDATE by which a save moves the version.
            if (!command.CommandText.Contains("FROM \"DataVersion\"", StringComparison.Ordinal))
            {
                return result;
            }
            Interlocked.Increment(ref _count);
            if (!_next.TryDequeue(out var gate))
            {
                return result;
            }
            if (gate is null)
            {
                throw new ReadFailed();
            }
            // Executed, then held: the read has its snapshot before the test commits anything, as a read that was
            // merely slow would. Held before executing, it would see that commit and prove nothing.
            var reader = await command.ExecuteReaderAsync(cancellationToken);
            await gate.HoldAsync();
            return InterceptionResult<DbDataReader>.SuppressWithResult(reader);
        }
    }

    private sealed class Gate
    {
        private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Completes when a read is held here.</summary>
        public Task Entered => _entered.Task.WaitAsync(Patience);

        public void Release() => _released.TrySetResult();

        public Task HoldAsync()
        {
            _entered.TrySetResult();
            return _released.Task.WaitAsync(Patience);
        }
    }
}
