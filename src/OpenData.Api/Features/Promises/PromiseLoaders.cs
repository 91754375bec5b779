using OpenData.Api.Features.Batching;

namespace OpenData.Api.Features.Promises;

/// <summary>A request's batch loaders for promises and what each says, by key.</summary>
public sealed class PromiseLoaders(PromiseQueries promises)
{
    public BatchLoader<int, PromiseView> Promise { get; } = new(async (keys, ct) => await promises.ByIdsAsync(keys, ct));

    public BatchLoader<int, IReadOnlyList<PromiseView>> PromisesOfLofte { get; } = new(async (keys, ct) => (await promises.OfLoftenAsync(keys, ct)).AsLists(), []);

    /// <summary>
    /// The parts asked of a level's promises, keyed by promise and part: actors, themes and targets together cost one
    /// statement, and only the parts some field asked for are read.
    /// </summary>
    public BatchLoader<(int Promise, PromisePart Part), PromiseParts> PartsOfPromise { get; } = new(async (keys, ct) =>
    {
        var parts = keys.Aggregate(PromisePart.None, (all, key) => all | key.Part);
        var read = await promises.PartsOfAsync(keys.Select(k => k.Promise), parts, ct);
        return keys.ToDictionary(k => k, k => read[k.Promise]);
    }, PromiseParts.None);
}
