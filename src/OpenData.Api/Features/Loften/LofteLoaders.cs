using OpenData.Api.Features.Batching;
using OpenData.Api.Features.Kommuner;

namespace OpenData.Api.Features.Loften;

/// <summary>A request's batch loaders for löften and what a löfte is made of, by key.</summary>
public sealed class LofteLoaders
{
    public LofteLoaders(LofteQueries loften)
    {
        LoftenOfKommun = new(async (keys, ct) =>
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
        Lofte = new(async (keys, ct) => await loften.ByIdsAsync(keys, ct));
        KommunerOfLofte = new(async (keys, ct) => (await loften.KommunerOfAsync(keys, ct)).AsLists(), []);
        LofteWithKommuner = new(async (keys, ct) =>
        {
            var read = await loften.ByIdsWithKommunerAsync(keys, ct);
            foreach (var (id, lofte) in read)
            {
                KommunerOfLofte.Prime(id, lofte.Kommuner);
            }
            return read.ToDictionary(r => r.Key, r => r.Value.Lofte);
        });
        LokalpolisomradenOfLofte = new(async (keys, ct) => (await loften.LokalpolisomradenOfAsync(keys, ct)).AsLists(), []);
    }

    /// <summary>Löften of a kommun, keyed with the "current" argument so that both views batch.</summary>
    public BatchLoader<(string Kommun, bool? Current), IReadOnlyList<LofteView>> LoftenOfKommun { get; }

    public BatchLoader<int, LofteView> Lofte { get; }

    /// <summary>
    /// Löften read with their kommuner, which are handed to <see cref="KommunerOfLofte"/>: for a selection that shows
    /// a löfte's kommuner, one statement instead of two.
    /// </summary>
    public BatchLoader<int, LofteView> LofteWithKommuner { get; }

    public BatchLoader<int, IReadOnlyList<KommunView>> KommunerOfLofte { get; }

    public BatchLoader<int, IReadOnlyList<LokalpolisomradeView>> LokalpolisomradenOfLofte { get; }
}
