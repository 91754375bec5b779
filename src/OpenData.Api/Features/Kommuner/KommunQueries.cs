using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Features.Filtering;
using OpenData.Api.Features.Paging;
using OpenData.Core.Storage;
using OpenData.Api.Features.Batching;

namespace OpenData.Api.Features.Kommuner;

/// <summary>Reads kommuner, län and lokalpolisområden. Every method is one query, whatever the number of keys.</summary>
public sealed class KommunQueries(ReadContexts contexts)
{
    // The loaders' queries, compiled once: EF neither rewrites nor looks up their expression again for each request.
    private static readonly CompiledPerModel<Func<OpenDataContext, string, CancellationToken, Task<KommunView?>>> ByCode = new(() => EF.CompileAsyncQuery(
        ((Expression<Func<OpenDataContext, string, CancellationToken, KommunView?>>)((db, code, ct) =>
            db.Kommuner.AsNoTracking().Where(k => k.Code == code).Select(k => (KommunView?)KommunShape.Of.Apply(k)).FirstOrDefault())).Inline()));

    private static readonly CompiledPerModel<Func<OpenDataContext, List<string>, IAsyncEnumerable<KommunView>>> ByCodes = new(() => EF.CompileAsyncQuery(
        ((Expression<Func<OpenDataContext, List<string>, IQueryable<KommunView>>>)((db, keys) => db.Kommuner.AsNoTracking().Where(k => keys.Contains(k.Code))
            .Select(k => KommunShape.Of.Apply(k)))).Inline()));

    public async Task<KommunView?> ByCodeAsync(string code, CancellationToken ct)
    {
        await using var lease = await contexts.OpenAsync(ct);
        var db = lease.Db;
        return await ByCode.For(db)(db, code, ct);
    }

    public async Task<Page<KommunView>> ListAsync(KommunFilter? filter, IReadOnlyList<KommunSort>? order, PageRequest page, CancellationToken ct)
    {
        await using var lease = await contexts.OpenAsync(ct);
        var db = lease.Db;
        var query = db.Kommuner.AsNoTracking();
        if (filter?.ToPredicate() is { } predicate)
        {
            query = query.Where(FilterSize.Checked(predicate));
        }
        foreach (var sort in order ?? [])
        {
            if (sort.Code is { } c) query = query.By(k => k.Code, c);
            if (sort.Name is { } n) query = query.By(k => k.Name, n);
        }
        query = query.By(k => k.Code, SortDirection.Asc);
        return await query.Select(KommunShape.Of).ToPageAsync(page, ct);
    }

    public async Task<IReadOnlyDictionary<string, KommunView>> ByCodesAsync(IEnumerable<string> codes, CancellationToken ct)
    {
        var keys = codes.Distinct().ToList();
        await using var lease = await contexts.OpenAsync(ct);
        var db = lease.Db;
        return (await ByCodes.For(db)(db, keys).ToListAsync(ct)).ToDictionary(k => k.Code);
    }

    public async Task<IReadOnlyList<LanView>> AllLanAsync(CancellationToken ct)
    {
        await using var lease = await contexts.OpenAsync(ct);
        var db = lease.Db;
        return await db.Lan.AsNoTracking().OrderBy(l => l.Code).Select(KommunShape.LanOf).ToListAsync(ct);
    }

    /// <summary>The kommuner of each län, by name.</summary>
    public async Task<ILookup<string, KommunView>> KommunerInLanAsync(IEnumerable<string> lanCodes, CancellationToken ct)
    {
        var keys = lanCodes.Distinct().ToList();
        await using var lease = await contexts.OpenAsync(ct);
        var db = lease.Db;
        var rows = await db.Kommuner.AsNoTracking().Where(k => keys.Contains(k.LanCode)).OrderBy(k => k.Name)
            .Select(KommunShape.Of).ToListAsync(ct);
        return rows.ToLookup(k => k.LanCode);
    }

    /// <summary>The lokalpolisområden each kommun is paired with in the reference data.</summary>
    public async Task<ILookup<string, LokalpolisomradeView>> LokalpolisomradenOfAsync(IEnumerable<string> kommunCodes, CancellationToken ct)
    {
        var keys = kommunCodes.Distinct().ToList();
        await using var lease = await contexts.OpenAsync(ct);
        var db = lease.Db;
        var rows = await db.Set<Core.Model.LokalpolisomradeKommun>().AsNoTracking().Where(p => keys.Contains(p.KommunCode))
            .OrderBy(p => p.Lokalpolisomrade!.Name)
            .Select(p => new { p.KommunCode, View = new LokalpolisomradeView(p.LokalpolisomradeId, p.Lokalpolisomrade!.Name) })
            .ToListAsync(ct);
        return rows.ToLookup(r => r.KommunCode, r => r.View);
    }

    /// <summary>The kommuner each lokalpolisområde covers.</summary>
    public async Task<ILookup<int, KommunView>> KommunerOfLokalpolisomradeAsync(IEnumerable<int> ids, CancellationToken ct)
    {
        var keys = ids.Distinct().ToList();
        await using var lease = await contexts.OpenAsync(ct);
        var db = lease.Db;
        var rows = await db.Set<Core.Model.LokalpolisomradeKommun>().AsNoTracking().Where(p => keys.Contains(p.LokalpolisomradeId))
            .OrderBy(p => p.Kommun!.Name)
            .Select(((Expression<Func<Core.Model.LokalpolisomradeKommun, KeyedView<KommunView>>>)(p => new KeyedView<KommunView>(p.LokalpolisomradeId, KommunShape.Of.Apply(p.Kommun!)))).Inline())
            .ToListAsync(ct);
        return rows.ToLookup(r => r.Key, r => r.View);
    }
}
