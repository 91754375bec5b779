namespace OpenData.Harvester.Storage;

/// <summary>
/// One writer at a time: SQLite takes one anyway, and waiting here is cheaper and clearer than its busy retries
/// while host workers fetch in parallel.
/// </summary>
public sealed class DatabaseWriteLock
{
    private readonly SemaphoreSlim _one = new(1, 1);

    public async Task<IDisposable> TakeAsync(CancellationToken ct)
    {
        await _one.WaitAsync(ct);
        return new Held(_one);
    }

    private sealed class Held(SemaphoreSlim one) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                one.Release();
            }
        }
    }
}
