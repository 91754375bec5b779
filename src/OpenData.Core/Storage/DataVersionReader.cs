using Microsoft.EntityFrameworkCore;
using OpenData.Core.Model;

namespace OpenData.Core.Storage;

/// <summary>
/// Reads the <see cref="DataVersion"/> as it is committed now: one primary-key lookup, compiled once, so that a
/// reader can afford it for every request and N instances behind a balancer agree on it without talking.
/// </summary>
/// <remarks>
/// Callers that ask at the same time share reads, so that a busy instance does one lookup for many requests, not
/// one each. Shared is never stale: a caller is only given a read that started after it asked, so every commit
/// that finished before it asked is seen. A caller that asks while a read is running did not see that read start,
/// so it waits for the next one, which starts when the running one ends and serves everyone who asked meanwhile:
/// at most one read runs at a time, and a caller waits at most about two reads.
/// </remarks>
public sealed class DataVersionReader(IDbContextFactory<OpenDataContext> contexts)
{
    // Per instance, not static: a compiled query belongs to one model, and each provider has its own.
    private readonly Func<OpenDataContext, CancellationToken, Task<DataVersion?>> _current =
        EF.CompileAsyncQuery((OpenDataContext db, CancellationToken ct) => db.DataVersions.AsNoTracking().FirstOrDefault(v => v.Id == DataVersion.RowId));

    private readonly Lock _lock = new();
    private bool _reading;
    private TaskCompletionSource<DataVersion>? _next;

    /// <summary>The current stamp (0 on a database no save has written since its migration).</summary>
    /// <param name="ct">Stops this caller's wait only: the read it shares goes on for the others.</param>
    public async Task<DataVersion> ReadAsync(CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        TaskCompletionSource<DataVersion>? start = null;
        Task<DataVersion> shared;
        lock (_lock)
        {
            if (_reading)
            {
                // The running read may have started before a commit this caller must see: the next one may not.
                shared = (_next ??= NewRead()).Task;
            }
            else
            {
                _reading = true;
                start = NewRead();
                shared = start.Task;
            }
        }
        if (start is not null)
        {
            // Started here, not queued: an idle instance answers as fast as it did before reads were shared.
            _ = ReadIntoAsync(start);
        }
        return await shared.WaitAsync(ct);
    }

    // Asynchronous continuations: the reader's own thread goes on to start the next read rather than running the
    // callers' requests first.
    private static TaskCompletionSource<DataVersion> NewRead() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task ReadIntoAsync(TaskCompletionSource<DataVersion> read)
    {
        try
        {
            // Not any caller's token: one caller going away must not fail the others.
            await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
            read.SetResult(await _current(db, CancellationToken.None)
                ?? throw new InvalidOperationException("The database has no DataVersion row: it is older than this service's migrations (Issue20DataVersion)."));
        }
        catch (Exception e)
        {
            // Only those who shared this read fail; whoever asks after it gets a fresh one.
            read.TrySetException(e);
        }
        finally
        {
            TaskCompletionSource<DataVersion>? next;
            lock (_lock)
            {
                next = _next;
                _next = null;
                _reading = next is not null;
            }
            if (next is not null)
            {
                // Queued, not run on this stack: a read that completes synchronously (SQLite's do) would otherwise
                // keep the first caller serving everyone else's reads for as long as callers keep arriving. Unsafe:
                // the read is nobody's, so it does not carry the first caller's context (its activity, its scopes).
                ThreadPool.UnsafeQueueUserWorkItem(static s => _ = s.Reader.ReadIntoAsync(s.Next), (Reader: this, Next: next), preferLocal: false);
            }
        }
    }
}
