using OpenData.Api.Features.Batching;
using OpenData.Api.Features.Themes;
using OpenData.Core.Model;

namespace OpenData.Api.Features.Promises;

/// <summary>A request's batch loaders for promises and what each says, by key.</summary>
public sealed class PromiseLoaders(PromiseQueries promises)
{
    public BatchLoader<int, PromiseView> Promise { get; } = new(async (keys, ct) => await promises.ByIdsAsync(keys, ct));

    public BatchLoader<int, IReadOnlyList<PromiseView>> PromisesOfLofte { get; } = new(async (keys, ct) => (await promises.OfLoftenAsync(keys, ct)).AsLists(), []);

    public BatchLoader<int, IReadOnlyList<Actor>> ActorsOfPromise { get; } = new(async (keys, ct) => (await promises.ActorsOfAsync(keys, ct)).AsLists(), []);

    public BatchLoader<int, IReadOnlyList<ThemeView>> ThemesOfPromise { get; } = new(async (keys, ct) => (await promises.ThemesOfAsync(keys, ct)).AsLists(), []);

    public BatchLoader<int, IReadOnlyList<TargetView>> TargetsOfPromise { get; } = new(async (keys, ct) => (await promises.TargetsOfAsync(keys, ct)).AsLists(), []);
}
