using OpenData.Api.Features.Batching;

namespace OpenData.Api.Features.Kommuner;

/// <summary>A request's batch loaders for kommuner, län and lokalpolisområden, by key.</summary>
public sealed class KommunLoaders(KommunQueries kommuner)
{
    public BatchLoader<string, KommunView> Kommun { get; } = new(async (keys, ct) => await kommuner.ByCodesAsync(keys, ct));

    public BatchLoader<string, IReadOnlyList<KommunView>> KommunerInLan { get; } = new(async (keys, ct) => (await kommuner.KommunerInLanAsync(keys, ct)).AsLists(), []);

    public BatchLoader<string, IReadOnlyList<LokalpolisomradeView>> LokalpolisomradenOfKommun { get; } =
        new(async (keys, ct) => (await kommuner.LokalpolisomradenOfAsync(keys, ct)).AsLists(), []);

    public BatchLoader<int, IReadOnlyList<KommunView>> KommunerOfLokalpolisomrade { get; } =
        new(async (keys, ct) => (await kommuner.KommunerOfLokalpolisomradeAsync(keys, ct)).AsLists(), []);
}
