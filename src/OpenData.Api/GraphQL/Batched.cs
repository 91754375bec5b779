using GraphQL;
using GraphQL.DataLoader;
using OpenData.Api.Features.Batching;

namespace OpenData.Api.GraphQL;

/// <summary>
/// A batch loader's pending value as graphql-dotnet awaits it: the engine collects every <see cref="IDataLoaderResult"/>
/// of a level before it asks for any, so each loader fetches a level's keys in one call.
/// </summary>
internal sealed class Batched<T>(Pending<T> pending) : IDataLoaderResult<T>
{
    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => pending.GetAsync(cancellationToken);

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
}

internal static class BatchedFieldExtensions
{
    /// <summary>Queues <paramref name="key"/> on one of the request's loaders (<typeparamref name="TLoaders"/>) for the engine to await.</summary>
    public static IDataLoaderResult<TValue?> Load<TLoaders, TKey, TValue>(this IResolveFieldContext context, Func<TLoaders, BatchLoader<TKey, TValue>> loader, TKey key)
        where TLoaders : notnull where TKey : notnull =>
        new Batched<TValue?>(loader(context.RequestServices!.GetRequiredService<TLoaders>()).Load(key));

    /// <summary>Queues <paramref name="key"/> like <see cref="Load{TLoaders, TKey, TValue}"/>, for the part of its value that <paramref name="pick"/> takes.</summary>
    public static IDataLoaderResult<TResult> Load<TLoaders, TKey, TValue, TResult>(this IResolveFieldContext context, Func<TLoaders, BatchLoader<TKey, TValue>> loader, TKey key, Func<TValue?, TResult> pick)
        where TLoaders : notnull where TKey : notnull =>
        new Batched<TResult>(loader(context.RequestServices!.GetRequiredService<TLoaders>()).Load(key).Select(pick));
}
