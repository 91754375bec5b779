using OpenData.Api.Features.Batching;
using OpenData.Api.Features.Kommuner;

namespace OpenData.Api.Features.Loften;

/// <summary>A request's batch loaders for löften and what a löfte is made of, by key.</summary>
public sealed class LofteLoaders(LofteQueries loften)
{
    /// <summary>Löften of a kommun, keyed with the "current" argument so that both views batch.</summary>
    public BatchLoader<(string Kommun, bool? Current), IReadOnlyList<LofteView>> LoftenOfKommun { get; } = new(async (keys, ct) =>
    {
        var result = new Dictionary<(string, bool?), IReadOnlyList<LofteView>>();
        foreach (var group in keys.GroupBy(k => k.Current))
        {
            var lookup = await loften.OfKommunerAsync(group.Select(k => k.Kommun), group.Key, ct);
            foreach (var key in group)
            {
                result[key] = lookup[key.Kommun].ToList();
            }
        }
        return result;
    }, []);

    public BatchLoader<int, LofteView> Lofte { get; } = new(async (keys, ct) => await loften.ByIdsAsync(keys, ct));

    public BatchLoader<int, IReadOnlyList<KommunView>> KommunerOfLofte { get; } = new(async (keys, ct) => (await loften.KommunerOfAsync(keys, ct)).AsLists(), []);

    public BatchLoader<int, IReadOnlyList<LokalpolisomradeView>> LokalpolisomradenOfLofte { get; } =
        new(async (keys, ct) => (await loften.LokalpolisomradenOfAsync(keys, ct)).AsLists(), []);
}
