namespace OpenData.Api.Features.Batching;

/// <summary>
/// Collects the keys that a level of a query asks for and loads them in one call when the first result is wanted,
/// so that a list of 100 löften with their promises costs two queries, not 101. One instance per request.
/// </summary>
/// <remarks>
/// Our own rather than graphql-dotnet's: its DataLoader ships as the GraphQL.DataLoader package, which the package
/// registry here does not serve; the GraphQL package itself (8.8.5) has only the IDataLoaderResult contract, which
/// GraphQL/Batched adapts this to. Engine-free, so that the REST door can batch the same way.
/// </remarks>
/// <param name="fetch">Loads the values of many keys in one call.</param>
/// <param name="whenMissing">The value of a key the fetch did not return: null for a record, empty for a list.</param>
public sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
    TValue? whenMissing = default)
    where TKey : notnull
{
    // What is known, loaded and pending is guarded by locking _pending; the gate lets one fetch run at a time.
    private readonly Dictionary<TKey, TValue> _loaded = [];
    private readonly HashSet<TKey> _known = [];
    private readonly List<TKey> _pending = [];
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Queues the key; the value is fetched, with every other key queued by then, when first asked for.</summary>
    public Pending<TValue?> Load(TKey key)
    {
        lock (_pending)
        {
            if (_known.Add(key))
            {
                _pending.Add(key);
            }
        }
        return new Pending<TValue?>(ct => GetAsync(key, ct));
    }

    /// <summary>
    /// Gives the loader a key's value that was read with something else (a kommun's löften read with the kommun), so
    /// that asking for it costs no statement. A key already known keeps what it has or will be fetched.
    /// </summary>
    public void Prime(TKey key, TValue value)
    {
        lock (_pending)
        {
            if (_known.Add(key))
            {
                _loaded[key] = value;
            }
        }
    }

    private async Task<TValue?> GetAsync(TKey key, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            List<TKey> batch;
            lock (_pending)
            {
                batch = [.. _pending];
                _pending.Clear();
            }
            if (batch.Count > 0)
            {
                var fetched = await fetch(batch, ct);
                lock (_pending)
                {
                    foreach (var (k, v) in fetched)
                    {
                        _loaded[k] = v;
                    }
                }
            }
            lock (_pending)
            {
                return _loaded.TryGetValue(key, out var value) ? value : whenMissing;
            }
        }
        finally
        {
            _gate.Release();
        }
    }
}
