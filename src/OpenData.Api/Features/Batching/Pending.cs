namespace OpenData.Api.Features.Batching;

/// <summary>A value a <see cref="BatchLoader{TKey, TValue}"/> will fetch with others when it is first asked for.</summary>
public sealed class Pending<T>(Func<CancellationToken, Task<T>> get)
{
    public Task<T> GetAsync(CancellationToken ct = default) => get(ct);

    /// <summary>The part of the value that <paramref name="pick"/> takes, fetched with the same batch.</summary>
    public Pending<TResult> Select<TResult>(Func<T, TResult> pick) => new(async ct => pick(await get(ct)));
}
