using OpenData.Api.Features.Documents;
using OpenData.Api.Features.Kommuner;
using OpenData.Api.Features.Loften;
using OpenData.Api.Features.Promises;
using OpenData.Api.Features.Themes;
using OpenData.Core.Model;

namespace OpenData.Api.GraphQL;

/// <summary>The batch loaders of one request: each related list or record the schema resolves, by its key.</summary>
public sealed class Loaders(KommunQueries kommuner, LofteQueries loften, PromiseQueries promises, DocumentQueries documents, ThemeQueries themes)
{
    private static IReadOnlyDictionary<TKey, IReadOnlyList<TValue>> Lists<TKey, TValue>(ILookup<TKey, TValue> lookup) where TKey : notnull =>
        lookup.ToDictionary(g => g.Key, g => (IReadOnlyList<TValue>)g.ToList());

    public BatchLoader<string, KommunView> Kommun { get; } = new(async (keys, ct) => await kommuner.ByCodesAsync(keys, ct));

    public BatchLoader<string, LanView> Lan { get; } = new(async (keys, ct) => await kommuner.LanByCodesAsync(keys, ct));

    public BatchLoader<string, IReadOnlyList<KommunView>> KommunerInLan { get; } = new(async (keys, ct) => Lists(await kommuner.KommunerInLanAsync(keys, ct)), []);

    public BatchLoader<string, IReadOnlyList<LokalpolisomradeView>> LokalpolisomradenOfKommun { get; } =
        new(async (keys, ct) => Lists(await kommuner.LokalpolisomradenOfAsync(keys, ct)), []);

    public BatchLoader<int, IReadOnlyList<KommunView>> KommunerOfLokalpolisomrade { get; } =
        new(async (keys, ct) => Lists(await kommuner.KommunerOfLokalpolisomradeAsync(keys, ct)), []);

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

    public BatchLoader<int, IReadOnlyList<KommunView>> KommunerOfLofte { get; } = new(async (keys, ct) => Lists(await loften.KommunerOfAsync(keys, ct)), []);

    public BatchLoader<int, IReadOnlyList<LokalpolisomradeView>> LokalpolisomradenOfLofte { get; } =
        new(async (keys, ct) => Lists(await loften.LokalpolisomradenOfAsync(keys, ct)), []);

    public BatchLoader<int, IReadOnlyList<PromiseView>> PromisesOfLofte { get; } = new(async (keys, ct) => Lists(await promises.OfLoftenAsync(keys, ct)), []);

    public BatchLoader<int, IReadOnlyList<DocumentView>> DocumentsOfLofte { get; } = new(async (keys, ct) => Lists(await documents.OfLoftenAsync(keys, ct)), []);

    public BatchLoader<int, IReadOnlyList<Actor>> ActorsOfPromise { get; } = new(async (keys, ct) => Lists(await promises.ActorsOfAsync(keys, ct)), []);

    public BatchLoader<int, IReadOnlyList<ThemeView>> ThemesOfPromise { get; } = new(async (keys, ct) => Lists(await promises.ThemesOfAsync(keys, ct)), []);

    public BatchLoader<int, IReadOnlyList<TargetView>> TargetsOfPromise { get; } = new(async (keys, ct) => Lists(await promises.TargetsOfAsync(keys, ct)), []);

    public BatchLoader<int, PromiseView> Promise { get; } = new(async (keys, ct) => await promises.ByIdsAsync(keys, ct));

    public BatchLoader<int, DocumentView> Document { get; } = new(async (keys, ct) => await documents.ByIdsAsync(keys, ct));

    /// <summary>Promise counts by theme: one grouped query per distinct (year, län) asked, every theme at once.</summary>
    public BatchLoader<(ThemeCountKey Over, string Theme), int> PromiseCountOfTheme { get; } = new(async (keys, ct) =>
    {
        var result = new Dictionary<(ThemeCountKey, string), int>();
        foreach (var group in keys.GroupBy(k => k.Over))
        {
            var counts = await themes.PromiseCountsAsync(group.Key, ct);
            foreach (var key in group)
            {
                result[key] = counts.GetValueOrDefault(key.Theme);
            }
        }
        return result;
    });

    public BatchLoader<long, SnapshotView> Snapshot { get; } = new(async (keys, ct) => await documents.SnapshotsByIdsAsync(keys, ct));

    public BatchLoader<int, IReadOnlyList<PersonView>> PeopleOfDocument { get; } = new(async (keys, ct) => Lists(await documents.PeopleOfAsync(keys, ct)), []);
}
