using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Features.Changes;
using OpenData.Api.Features.Filtering;
using OpenData.Api.Features.Paging;
using OpenData.Api.Features.Search;
using OpenData.Api.Features.Themes;
using OpenData.Core.Model;
using OpenData.Core.Storage;
using OpenData.Api.Features.Batching;

namespace OpenData.Api.Features.Promises;

/// <summary>Reads promises and their actors, themes and targets. Every method is one query, whatever the number of keys.</summary>
public sealed class PromiseQueries(ReadContexts contexts, IPromiseFullTextSearch fullText)
{
    private static readonly Expression<Func<Promise, DateTime, PromiseView>> Shape = (p, changedAt) =>
        new PromiseView(p.Id, p.Key, p.LofteId, p.Ordinal, p.Text, p.Places, p.FirstSeen, p.LastSeen, p.WithdrawnAt, p.DocumentId, changedAt);

    private static IQueryable<PromiseView> Project(OpenDataContext db, IQueryable<Promise> promises) => promises.Select(Shape.Given(ChangedAt.OfPromise(db.Changes)));

    // The loaders' queries, compiled once: EF neither rewrites nor looks up their expression again for each request
    // (that was a third of a kommun query's time), and each shape stays cacheable whatever the keys.
    private static readonly CompiledPerModel<Func<OpenDataContext, List<int>, IAsyncEnumerable<PromiseView>>> InForceOfLoften = new(() => EF.CompileAsyncQuery(
        ((Expression<Func<OpenDataContext, List<int>, IQueryable<PromiseView>>>)((db, keys) => db.Promises.AsNoTracking()
            .Where(p => keys.Contains(p.LofteId) && p.WithdrawnAt == null)
            .OrderBy(p => p.LofteId).ThenBy(p => p.Ordinal).ThenBy(p => p.Id)
            .Select(p => Shape.Apply(p, ChangedAt.PromiseRule.Apply(p, db.Changes))))).Inline()));

    // The list's commonest question, its pages in the API's own order with nothing narrowing them, compiled once like
    // the loaders: composing the query and having EF rewrite and look it up was a quarter of the request's CPU.
    private static readonly CompiledPerModel<Func<OpenDataContext, int, int, IAsyncEnumerable<PromiseView>>> InForceInOrder = new(() => EF.CompileAsyncQuery(
        ((Expression<Func<OpenDataContext, int, int, IQueryable<PromiseView>>>)((db, offset, take) => db.Promises.AsNoTracking()
            .Where(p => p.WithdrawnAt == null)
            .OrderBy(p => p.LofteId).ThenBy(p => p.Ordinal).ThenBy(p => p.Id)
            .Skip(offset).Take(take)
            .Select(p => Shape.Apply(p, ChangedAt.PromiseRule.Apply(p, db.Changes))))).Inline()));

    private static readonly CompiledPerModel<Func<OpenDataContext, CancellationToken, Task<int>>> InForceCount = new(() => EF.CompileAsyncQuery(
        (OpenDataContext db, CancellationToken ct) => db.Promises.Count(p => p.WithdrawnAt == null)));

    /// <summary>
    /// Promises in force (or withdrawn ones, when the filter asks), filtered and ordered; with a search, only those
    /// whose text has every word of it, best match first unless an order is given.
    /// </summary>
    /// <remarks>changedSince: Only the promises whose data changed at or after this time (<see cref="ChangedAt"/>).</remarks>
    public async Task<Page<PromiseView>> ListAsync(string? search, PromiseFilter? filter, IReadOnlyList<PromiseSort>? order, PageRequest page, CancellationToken ct, DateTime? changedSince = null)
    {
        var searchQuery = string.IsNullOrWhiteSpace(search) ? null : SearchQuery.Parse(search);
        await using var lease = await contexts.OpenAsync(ct);
        var db = lease.Db;
        if (searchQuery is null && filter is null && order is not { Count: > 0 } && changedSince is null)
        {
            // The same page as Order and ToPageAsync below make of it.
            return await page.ReadAsync((offset, take) => InForceInOrder.For(db)(db, offset, take), () => InForceCount.For(db)(db, ct), ct);
        }
        var query = db.Promises.AsNoTracking();
        if (changedSince is { } since)
        {
            query = query.Where(ChangedAt.PromiseSince(db.Changes, since));
        }
        // Withdrawn promises stay queryable, but only when asked for.
        if (filter?.SpeaksOfWithdrawal != true)
        {
            query = query.Where(p => p.WithdrawnAt == null);
        }
        if (filter?.ToPredicate() is { } predicate)
        {
            query = query.Where(FilterSize.Checked(predicate));
        }
        if (searchQuery is null)
        {
            return await Project(db, Order(query, p => p, order)).ToPageAsync(page, ct);
        }

        var matches = fullText.Matches(db, searchQuery.Terms);
        var changedAt = ChangedAt.OfPromise(db.Changes);
        var ranked = query.Join(matches, p => p.Id, m => m.PromiseId, (p, m) => new RankedPromise { Promise = p, Rank = m.Rank });
        var ordered = order is { Count: > 0 }
            ? Order(ranked, r => r.Promise, order)
            : ranked.OrderBy(r => r.Rank).ThenBy(r => r.Promise.Id);
        Expression<Func<RankedPromise, Promise>> promiseOf = r => r.Promise;
        Expression<Func<RankedPromise, PromiseView, RankedView>> shape = (r, v) => new RankedView { View = v, Rank = r.Rank };
        var found = await ordered.Select(shape.Given(promiseOf.Then(Shape.Given(changedAt)))).ToPageAsync(page, ct);
        // Ranks are best lowest on every provider; the score turns that round.
        return found.Select(r => r.View with { Hit = new SearchHit(searchQuery.Highlight(r.View.Text), -r.Rank) });
    }

    /// <summary>The asked order, then by löfte and position so that pages never overlap.</summary>
    private static IQueryable<T> Order<T>(IQueryable<T> query, Expression<Func<T, Promise>> promise, IReadOnlyList<PromiseSort>? order)
    {
        foreach (var sort in order ?? [])
        {
            if (sort.Years is { } y) query = query.By(promise.Then(p => p.Lofte!.FirstYear), y);
            if (sort.Ordinal is { } o) query = query.By(promise.Then(p => p.Ordinal), o);
            if (sort.FirstSeen is { } f) query = query.By(promise.Then(p => p.FirstSeen), f);
            if (sort.LastSeen is { } l) query = query.By(promise.Then(p => p.LastSeen), l);
        }
        return query.By(promise.Then(p => p.LofteId), SortDirection.Asc)
            .By(promise.Then(p => p.Ordinal), SortDirection.Asc)
            .By(promise.Then(p => p.Id), SortDirection.Asc);
    }

    /// <summary>A promise with its full-text rank, for ordering and scoring a search.</summary>
    private sealed class RankedPromise
    {
        public required Promise Promise { get; init; }

        public double Rank { get; init; }
    }

    /// <summary>A found promise as shown, with its rank.</summary>
    private sealed class RankedView
    {
        public required PromiseView View { get; init; }

        public double Rank { get; init; }
    }

    public async Task<IReadOnlyDictionary<int, PromiseView>> ByIdsAsync(IEnumerable<int> ids, CancellationToken ct)
    {
        var keys = ids.Distinct().ToList();
        await using var lease = await contexts.OpenAsync(ct);
        var db = lease.Db;
        return await Project(db, db.Promises.AsNoTracking().Where(p => keys.Contains(p.Id))).ToDictionaryAsync(p => p.Id, ct);
    }

    public async Task<PromiseView?> ByKeyAsync(string key, CancellationToken ct)
    {
        await using var lease = await contexts.OpenAsync(ct);
        var db = lease.Db;
        return await Project(db, db.Promises.AsNoTracking().Where(p => p.Key == key)).FirstOrDefaultAsync(ct);
    }

    /// <summary>The promises of each löfte in their published order: those in force, or, for exports, withdrawn ones too.</summary>
    public async Task<ILookup<int, PromiseView>> OfLoftenAsync(IEnumerable<int> lofteIds, CancellationToken ct, bool withWithdrawn = false)
    {
        var keys = lofteIds.Distinct().ToList();
        await using var lease = await contexts.OpenAsync(ct);
        var db = lease.Db;
        var rows = withWithdrawn
            ? await Project(db, db.Promises.AsNoTracking()
                    .Where(p => keys.Contains(p.LofteId))
                    .OrderBy(p => p.LofteId).ThenBy(p => p.Ordinal).ThenBy(p => p.Id))
                .ToListAsync(ct)
            : await InForceOfLoften.For(db)(db, keys).ToListAsync(ct);
        return rows.ToLookup(p => p.LofteId);
    }

    /// <summary>The asked parts (actors, themes, targets) of each promise, in one statement; a promise with none has <see cref="PromiseParts.None"/>.</summary>
    public async Task<IReadOnlyDictionary<int, PromiseParts>> PartsOfAsync(IEnumerable<int> promiseIds, PromisePart parts, CancellationToken ct)
    {
        var keys = promiseIds.Distinct().ToList();
        await using var lease = await contexts.OpenAsync(ct);
        return await PromisePartsStatement.ReadAsync(lease.Db, keys, parts, ct);
    }
}
