using Microsoft.EntityFrameworkCore;
using OpenData.Core.Model;
using OpenData.Core.Storage;
using OpenData.Api.Features.Batching;

namespace OpenData.Api.Features.Themes;

/// <summary>Reads the theme taxonomy and counts promises by theme, in one grouped query per call.</summary>
public sealed class ThemeQueries(ReadContexts contexts)
{
    public async Task<IReadOnlyList<ThemeView>> AllAsync(CancellationToken ct)
    {
        await using var lease = await contexts.OpenAsync(ct);
        var db = lease.Db;
        return await db.Themes.AsNoTracking().OrderBy(t => t.Code).Select(t => new ThemeView(t.Code, t.Sv, t.En, t.About)).ToListAsync(ct);
    }

    /// <summary>
    /// How many promises in force each theme has, where the löfte covers <see cref="ThemeCountKey.Year"/> and has a
    /// kommun in <see cref="ThemeCountKey.Lan"/> (each when given). One GROUP BY over every theme at once.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, int>> PromiseCountsAsync(ThemeCountKey over, CancellationToken ct)
    {
        await using var lease = await contexts.OpenAsync(ct);
        var db = lease.Db;
        var promises = db.Promises.AsNoTracking().Where(p => p.WithdrawnAt == null);
        if (over.Year is { } year)
        {
            promises = promises.Where(p => p.Lofte!.Years.Any(y => y.Year == year));
        }
        if (over.Lan is { } lan)
        {
            promises = promises.Where(p => p.Lofte!.Kommuner.Any(k => k.Kommun!.LanCode == lan));
        }
        return await db.Set<PromiseTheme>().AsNoTracking()
            .Where(t => promises.Any(p => p.Id == t.PromiseId))
            .GroupBy(t => t.ThemeCode)
            .Select(g => new { Code = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Code, g => g.Count, ct);
    }
}
