using OpenData.Api.Features.Batching;

namespace OpenData.Api.Features.Themes;

/// <summary>A request's batch loader for promise counts by theme.</summary>
public sealed class ThemeLoaders(ThemeQueries themes)
{
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
}
