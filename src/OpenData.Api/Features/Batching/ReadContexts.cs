using Microsoft.EntityFrameworkCore;
using OpenData.Core.Storage;

namespace OpenData.Api.Features.Batching;

/// <summary>
/// Hands the query features a context to read with. Inside a <see cref="RequestReads"/> (one GraphQL request) every
/// read shares one context and one open connection, taken in turns: a kommun with its löften, promises and documents
/// is ten batched SELECTs on one connection, not ten pooled contexts each opening, and on PostgreSQL resetting, a
/// connection of its own. Outside one (an export's walk, a health check) each read gets a pooled context of its own.
/// </summary>
public sealed class ReadContexts(IDbContextFactory<OpenDataContext> contexts, ILogger<ReadContexts> logger)
{
    private static readonly AsyncLocal<RequestReads?> Current = new();

    private long _nestedReads;

    /// <summary>
    /// Reads that started while another read of their request held its context, and so read through a second
    /// connection. Each is a request holding two connections at once: enough of them together wait for each other
    /// until the pool gives up (ComparisonQueries did, through a pool of two). None should happen; the API's tests
    /// check that none did.
    /// </summary>
    public long NestedReads => Interlocked.Read(ref _nestedReads);

    internal void CountNestedRead()
    {
        if (Interlocked.Increment(ref _nestedReads) == 1)
        {
            logger.LogWarning(
                "A read started inside another read of the same request and took a second connection; with many such requests at once a small pool deadlocks. " +
                "Let the outer read end (give its context back) before the next begins. Later ones are counted, not logged.");
        }
    }

    /// <summary>A context for one read; dispose it when the read is done.</summary>
    public async ValueTask<ReadContext> OpenAsync(CancellationToken ct)
    {
        if (Current.Value is { } request)
        {
            return await request.EnterAsync(ct);
        }
        return new ReadContext(await contexts.CreateDbContextAsync(ct), null);
    }

    /// <summary>
    /// Makes every read of the calling flow (and of what it starts) share one context until the returned value is
    /// disposed, which must wait until every read of it has ended.
    /// </summary>
    public RequestReads BeginRequest()
    {
        var request = new RequestReads(contexts, this);
        Current.Value = request;
        return request;
    }
}

/// <summary>A context lent for one read: the request's shared one (released, not disposed) or a pooled one of its own.</summary>
public sealed class ReadContext(OpenDataContext db, SemaphoreSlim? turn) : IAsyncDisposable
{
    public OpenDataContext Db { get; } = db;

    public ValueTask DisposeAsync()
    {
        if (turn is not null)
        {
            turn.Release();
            return ValueTask.CompletedTask;
        }
        return Db.DisposeAsync();
    }
}

/// <summary>One request's shared context and open connection, created at its first read.</summary>
public sealed class RequestReads(IDbContextFactory<OpenDataContext> contexts, ReadContexts owner) : IAsyncDisposable
{
    // A context is not safe for two reads at once. The engine's serial strategy reads one at a time; a read made
    // while another holds the context (a feature calling another inside its own read) gets a pooled one of its own
    // rather than waiting for a turn its caller will never give back, and is counted (ReadContexts.NestedReads).
    private readonly SemaphoreSlim _turn = new(1, 1);
    private OpenDataContext? _db;

    internal async ValueTask<ReadContext> EnterAsync(CancellationToken ct)
    {
        if (!_turn.Wait(0))
        {
            owner.CountNestedRead();
            return new ReadContext(await contexts.CreateDbContextAsync(ct), null);
        }
        try
        {
            if (_db is null)
            {
                _db = await contexts.CreateDbContextAsync(ct);
                await _db.Database.OpenConnectionAsync(ct);
            }
            return new ReadContext(_db, _turn);
        }
        catch
        {
            _turn.Release();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _turn.WaitAsync();
        try
        {
            if (_db is not null)
            {
                await _db.Database.CloseConnectionAsync();
                await _db.DisposeAsync();
                _db = null;
            }
        }
        finally
        {
            _turn.Release();
        }
    }
}
