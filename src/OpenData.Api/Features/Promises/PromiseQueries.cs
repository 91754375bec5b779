using Microsoft.EntityFrameworkCore;
using OpenData.Api.Features.Filtering;
using OpenData.Api.Features.Paging;
using OpenData.Core.Model;
using OpenData.Core.Storage;

namespace OpenData.Api.Features.Promises;

/// <summary>Reads promises and their actors, themes and targets. Every method is one query, whatever the number of keys.</summary>
public sealed class PromiseQueries(IDbContextFactory<OpenDataContext> contexts)
{
    private static IQueryable<PromiseView> Project(IQueryable<Promise> promises) =>
        promises.Select(p => new PromiseView(p.Id, p.Key, p.LofteId, p.Ordinal, p.Text, p.Places, p.FirstSeen, p.LastSeen, p.WithdrawnAt));

    public async Task<Page<PromiseView>> ListAsync(string? search, PromiseFilter? filter, IReadOnlyList<PromiseSort>? order, PageRequest page, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.Promises.AsNoTracking();
        // Withdrawn promises stay queryable, but only when asked for.
        if (filter?.Withdrawn is null)
        {
            query = query.Where(p => p.WithdrawnAt == null);
        }
        if (filter?.ToPredicate() is { } predicate)
        {
            query = query.Where(predicate);
        }
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            query = query.Where(p => EF.Functions.Like(p.Text, "%" + term + "%"));
        }
        foreach (var sort in order ?? [])
        {
            if (sort.Years is { } y) query = query.By(p => p.Lofte!.FirstYear, y);
            if (sort.Ordinal is { } o) query = query.By(p => p.Ordinal, o);
            if (sort.FirstSeen is { } f) query = query.By(p => p.FirstSeen, f);
            if (sort.LastSeen is { } l) query = query.By(p => p.LastSeen, l);
        }
        query = query.By(p => p.LofteId, SortDirection.Asc).By(p => p.Ordinal, SortDirection.Asc).By(p => p.Id, SortDirection.Asc);
        return await Project(query).ToPageAsync(page, ct);
    }

    public async Task<IReadOnlyDictionary<int, PromiseView>> ByIdsAsync(IEnumerable<int> ids, CancellationToken ct)
    {
        var keys = ids.Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await Project(db.Promises.AsNoTracking().Where(p => keys.Contains(p.Id))).ToDictionaryAsync(p => p.Id, ct);
    }

    public async Task<PromiseView?> ByKeyAsync(string key, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await Project(db.Promises.AsNoTracking().Where(p => p.Key == key)).FirstOrDefaultAsync(ct);
    }

    /// <summary>The promises in force of each löfte, in their published order.</summary>
    public async Task<ILookup<int, PromiseView>> OfLoftenAsync(IEnumerable<int> lofteIds, CancellationToken ct)
    {
        var keys = lofteIds.Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await Project(db.Promises.AsNoTracking()
                .Where(p => keys.Contains(p.LofteId) && p.WithdrawnAt == null)
                .OrderBy(p => p.LofteId).ThenBy(p => p.Ordinal).ThenBy(p => p.Id))
            .ToListAsync(ct);
        return rows.ToLookup(p => p.LofteId);
    }

    public async Task<ILookup<int, Actor>> ActorsOfAsync(IEnumerable<int> promiseIds, CancellationToken ct)
    {
        var keys = promiseIds.Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Set<PromiseActor>().AsNoTracking().Where(a => keys.Contains(a.PromiseId)).ToListAsync(ct);
        return rows.OrderBy(a => a.Actor).ToLookup(a => a.PromiseId, a => a.Actor);
    }

    public async Task<ILookup<int, ThemeView>> ThemesOfAsync(IEnumerable<int> promiseIds, CancellationToken ct)
    {
        var keys = promiseIds.Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Set<PromiseTheme>().AsNoTracking().Where(t => keys.Contains(t.PromiseId)).OrderBy(t => t.ThemeCode)
            .Select(t => new { t.PromiseId, View = new ThemeView(t.ThemeCode, t.Theme!.Sv, t.Theme.En) })
            .ToListAsync(ct);
        return rows.ToLookup(r => r.PromiseId, r => r.View);
    }

    public async Task<ILookup<int, TargetView>> TargetsOfAsync(IEnumerable<int> promiseIds, CancellationToken ct)
    {
        var keys = promiseIds.Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Set<PromiseTarget>().AsNoTracking().Where(t => keys.Contains(t.PromiseId)).OrderBy(t => t.Id)
            .Select(t => new { t.PromiseId, View = new TargetView(t.Count, t.Per, t.Unit) })
            .ToListAsync(ct);
        return rows.ToLookup(r => r.PromiseId, r => r.View);
    }

    public async Task<IReadOnlyList<ThemeView>> AllThemesAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Themes.AsNoTracking().OrderBy(t => t.Code).Select(t => new ThemeView(t.Code, t.Sv, t.En)).ToListAsync(ct);
    }
}
