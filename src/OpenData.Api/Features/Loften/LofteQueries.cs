using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Features.Changes;
using OpenData.Api.Features.Calendar;
using OpenData.Api.Features.Documents;
using OpenData.Api.Features.Filtering;
using OpenData.Api.Features.Kommuner;
using OpenData.Api.Features.Paging;
using OpenData.Core.Coverage;
using OpenData.Core.Model;
using OpenData.Core.Storage;
using OpenData.Api.Features.Batching;

namespace OpenData.Api.Features.Loften;

/// <summary>Reads löften and what hangs off them. Every method is one query, whatever the number of keys.</summary>
public sealed class LofteQueries(ReadContexts contexts, SwedishCalendar calendar)
{
    /// <summary>A löfte as shown, read in <c>thisYear</c>, with when it last changed by the change rows given.</summary>
    private static readonly Expression<Func<Lofte, int, IQueryable<Change>, LofteView>> Shape =
        ((Expression<Func<Lofte, int, IQueryable<Change>, LofteView>>)((l, thisYear, changes) =>
            new LofteView(l.Id, l.Key, l.Area, l.Years.OrderBy(y => y.Year).Select(y => y.Year).ToList(), l.Status, thisYear, l.FirstSeen, l.LastSeen,
                ChangedAt.LofteRule.Apply(l, changes)))).Inline();

    // The kommun loader's query, compiled once: EF neither rewrites nor looks up its expression again for each request.
    // Years joined into the one statement, as in Project.
    private static readonly CompiledPerModel<Func<OpenDataContext, List<string>, int, IAsyncEnumerable<KommunLofteView>>> AllOfKommuner = new(() => EF.CompileAsyncQuery(
        ((Expression<Func<OpenDataContext, List<string>, int, IQueryable<KommunLofteView>>>)((db, keys, thisYear) => db.Set<LofteKommun>().AsNoTracking()
            .Where(k => keys.Contains(k.KommunCode))
            .Join(db.Loften.AsNoTracking(), k => k.LofteId, l => l.Id, (k, l) => new KommunLofte { KommunCode = k.KommunCode, Lofte = l })
            .OrderByDescending(r => r.Lofte.LastYear).ThenByDescending(r => r.Lofte.Id)
            .Select(r => new KommunLofteView { KommunCode = r.KommunCode, View = Shape.Apply(r.Lofte, thisYear, db.Changes) })
            .AsSingleQuery()))
        .Inline()));

    // The löfte and kommun loaders' queries, compiled once like the others (a list of promises asks for both).
    private static readonly CompiledPerModel<Func<OpenDataContext, List<int>, int, IAsyncEnumerable<LofteView>>> ById = new(() => EF.CompileAsyncQuery(
        ((Expression<Func<OpenDataContext, List<int>, int, IQueryable<LofteView>>>)((db, keys, thisYear) => db.Loften.AsNoTracking()
            .Where(l => keys.Contains(l.Id))
            .Select(l => Shape.Apply(l, thisYear, db.Changes))
            .AsSingleQuery()))
        .Inline()));

    // The same with each löfte's kommuner joined in (a löfte has a year or two and a kommun or two, so the rows the
    // two lists multiply stay few), for a list of promises that shows their löften's kommuner: a round trip less.
    private static readonly CompiledPerModel<Func<OpenDataContext, List<int>, int, IAsyncEnumerable<LofteWithKommuner>>> ByIdWithKommuner = new(() => EF.CompileAsyncQuery(
        ((Expression<Func<OpenDataContext, List<int>, int, IQueryable<LofteWithKommuner>>>)((db, keys, thisYear) => db.Loften.AsNoTracking()
            .Where(l => keys.Contains(l.Id))
            .Select(l => new LofteWithKommuner(
                Shape.Apply(l, thisYear, db.Changes),
                // The keys again inside the list: SQLite does not flatten a joined list into the outer join, and
                // without them it built every löfte's kommuner, a cost that grew with the database.
                db.Set<LofteKommun>().Where(k => keys.Contains(k.LofteId) && k.LofteId == l.Id).OrderBy(k => k.KommunCode).Select(k => KommunShape.Of.Apply(k.Kommun!)).ToList()))
            .AsSingleQuery()))
        .Inline()));

    private static readonly CompiledPerModel<Func<OpenDataContext, List<int>, IAsyncEnumerable<KeyedView<KommunView>>>> KommunerOfLoften = new(() => EF.CompileAsyncQuery(
        ((Expression<Func<OpenDataContext, List<int>, IQueryable<KeyedView<KommunView>>>>)((db, keys) => db.Set<LofteKommun>().AsNoTracking()
            .Where(k => keys.Contains(k.LofteId))
            .OrderBy(k => k.KommunCode)
            .Select(k => new KeyedView<KommunView>(k.LofteId, KommunShape.Of.Apply(k.Kommun!)))))
        .Inline()));

    // A kommun with all its löften in one statement: the kommun page's first two round trips made one.
    private static readonly CompiledPerModel<Func<OpenDataContext, string, int, CancellationToken, Task<KommunRow?>>> KommunWithAll = new(() => EF.CompileAsyncQuery(
        KommunWith((db, code, l) => null)));

    // The same with each löfte's documents (and their snapshots) joined too, for a page that shows them: a round trip
    // less again. A löfte has a year or two and a document or two, so the rows the two lists multiply stay few (as the
    // kommun's list, beside its löften, they multiplied with each other). They start from the kommun's links, for the
    // reason the remarks below give.
    private static readonly CompiledPerModel<Func<OpenDataContext, string, int, CancellationToken, Task<KommunRow?>>> KommunWithAllAndDocuments = new(() => EF.CompileAsyncQuery(
        KommunWith((db, code, l) => db.Set<LofteKommun>()
            .Where(lk => lk.KommunCode == code)
            .Join(db.Set<LofteDocument>(), lk => lk.LofteId, d => d.LofteId, (lk, d) => d)
            .Where(d => d.LofteId == l.Id)
            .OrderBy(d => d.Document!.Published).ThenBy(d => d.DocumentId)
            .Select(d => DocumentQueries.Shape.Apply(d.Document!, db.Changes))
            .ToList())));

    /// <summary>A kommun with all its löften, newest period first, each with what <paramref name="documents"/> reads of it.</summary>
    /// <remarks>
    /// Each list is narrowed by the code asked for as well as joined to its row (the join is what EF reads as the list's
    /// key): SQLite does not flatten a list that is itself a join into the outer join, so it builds the list whole
    /// before joining it, and narrowed only by that join it was every kommun's löften, or every löfte's documents.
    /// </remarks>
    private static Expression<Func<OpenDataContext, string, int, CancellationToken, KommunRow?>> KommunWith(
        Expression<Func<OpenDataContext, string, Lofte, List<DocumentView>?>> documents) =>
        ((Expression<Func<OpenDataContext, string, int, CancellationToken, KommunRow?>>)((db, code, thisYear, ct) => db.Kommuner.AsNoTracking()
            .Where(k => k.Code == code)
            .Select(k => new KommunRow
            {
                Kommun = KommunShape.Of.Apply(k),
                Loften = db.Set<LofteKommun>()
                    .Where(lk => lk.KommunCode == k.Code && lk.KommunCode == code)
                    .Join(db.Loften, lk => lk.LofteId, l => l.Id, (lk, l) => l)
                    .OrderByDescending(l => l.LastYear).ThenByDescending(l => l.Id)
                    .Select(l => new LofteRow { View = Shape.Apply(l, thisYear, db.Changes), Documents = documents.Apply(db, code, l) })
                    .ToList(),
            })
            .AsSingleQuery()
            .FirstOrDefault()))
        .Inline();

    private Expression<Func<Lofte, LofteView>> ToView(OpenDataContext db)
    {
        var thisYear = calendar.ThisYear;
        return ((Expression<Func<Lofte, LofteView>>)(l => Shape.Apply(l, thisYear, db.Changes))).Inline();
    }

    /// <remarks>
    /// One statement with its years joined, not two: a löfte has a year or two, so the join repeats a row once or
    /// twice, while a second statement cost a round trip. Said here, not left to the context's default, because
    /// splitting is what the writers that include several collections want.
    /// </remarks>
    private IQueryable<LofteView> Project(OpenDataContext db, IQueryable<Lofte> loften) => loften.Select(ToView(db)).AsSingleQuery();

    /// <remarks>changedSince: Only the löften whose data changed at or after this time (<see cref="ChangedAt"/>).</remarks>
    public async Task<Page<LofteView>> ListAsync(LofteFilter? filter, IReadOnlyList<LofteSort>? order, PageRequest page, CancellationToken ct, DateTime? changedSince = null)
    {
        await using var lease = await contexts.OpenAsync(ct);
        var db = lease.Db;
        var query = db.Loften.AsNoTracking();
        if (changedSince is { } since)
        {
            query = query.Where(ChangedAt.LofteSince(db.Changes, since));
        }
        if (filter?.ToPredicate(calendar.ThisYear) is { } predicate)
        {
            query = query.Where(FilterSize.Checked(predicate));
        }
        foreach (var sort in order ?? [])
        {
            if (sort.Years is { } y)
            {
                query = query.By(l => l.FirstYear, y).By(l => l.LastYear, y);
            }
            if (sort.FirstSeen is { } f) query = query.By(l => l.FirstSeen, f);
            if (sort.LastSeen is { } s) query = query.By(l => l.LastSeen, s);
        }
        query = query.By(l => l.Id, SortDirection.Asc);
        return await Project(db, query).ToPageAsync(page, ct);
    }

    public async Task<IReadOnlyDictionary<int, LofteView>> ByIdsAsync(IEnumerable<int> ids, CancellationToken ct)
    {
        var keys = ids.Distinct().ToList();
        await using var lease = await contexts.OpenAsync(ct);
        var db = lease.Db;
        return (await ById.For(db)(db, keys, calendar.ThisYear).ToListAsync(ct)).ToDictionary(l => l.Id);
    }

    /// <summary>Löften by id, each with its kommuner as <see cref="KommunerOfAsync"/> gives them, in one statement.</summary>
    public async Task<IReadOnlyDictionary<int, LofteWithKommuner>> ByIdsWithKommunerAsync(IEnumerable<int> ids, CancellationToken ct)
    {
        var keys = ids.Distinct().ToList();
        await using var lease = await contexts.OpenAsync(ct);
        var db = lease.Db;
        return (await ByIdWithKommuner.For(db)(db, keys, calendar.ThisYear).ToListAsync(ct)).ToDictionary(l => l.Lofte.Id);
    }

    /// <summary>The next <paramref name="count"/> löften by id after <paramref name="afterId"/>: a walk over all of them.</summary>
    public async Task<IReadOnlyList<LofteView>> BatchAfterAsync(int afterId, int count, CancellationToken ct)
    {
        await using var lease = await contexts.OpenAsync(ct);
        var db = lease.Db;
        return await Project(db, db.Loften.AsNoTracking().Where(l => l.Id > afterId).OrderBy(l => l.Id).Take(count)).ToListAsync(ct);
    }

    public async Task<LofteView?> ByKeyAsync(string key, CancellationToken ct)
    {
        await using var lease = await contexts.OpenAsync(ct);
        var db = lease.Db;
        return await Project(db, db.Loften.AsNoTracking().Where(l => l.Key == key)).FirstOrDefaultAsync(ct);
    }

    /// <summary>
    /// A kommun with all its löften, newest period first (as <see cref="OfKommunerAsync"/> without "current"), and with
    /// <paramref name="withDocuments"/> each löfte's documents as <see cref="DocumentQueries.OfLoftenAsync"/> gives
    /// them, in one statement; null if there is no such kommun.
    /// </summary>
    public async Task<KommunWithLoften?> KommunWithLoftenAsync(string code, bool withDocuments, CancellationToken ct)
    {
        await using var lease = await contexts.OpenAsync(ct);
        var db = lease.Db;
        var read = withDocuments
            ? await KommunWithAllAndDocuments.For(db)(db, code, calendar.ThisYear, ct)
            : await KommunWithAll.For(db)(db, code, calendar.ThisYear, ct);
        return read is null ? null : new KommunWithLoften(
            read.Kommun,
            [.. read.Loften.Select(l => l.View)],
            withDocuments ? read.Loften.ToDictionary(l => l.View.Id, l => (IReadOnlyList<DocumentView>)l.Documents!) : null);
    }

    /// <summary>
    /// The löften of each kommun, newest period first; only those in force this year when <paramref name="current"/>
    /// is true, only the others when it is false.
    /// </summary>
    public async Task<ILookup<string, LofteView>> OfKommunerAsync(IEnumerable<string> kommunCodes, bool? current, CancellationToken ct)
    {
        var keys = kommunCodes.Distinct().ToList();
        await using var lease = await contexts.OpenAsync(ct);
        var db = lease.Db;
        if (current is null)
        {
            return (await AllOfKommuner.For(db)(db, keys, calendar.ThisYear).ToListAsync(ct)).ToLookup(r => r.KommunCode, r => r.View);
        }
        var links = db.Set<LofteKommun>().AsNoTracking().Where(k => keys.Contains(k.KommunCode));
        var loften = db.Loften.AsNoTracking();
        var inForce = LofteInForce.During(calendar.ThisYear);
        loften = current.Value ? loften.Where(inForce) : loften.Where(Predicates.Not(inForce));
        Expression<Func<KommunLofte, LofteView, KommunLofteView>> shape = (r, v) => new KommunLofteView { KommunCode = r.KommunCode, View = v };
        Expression<Func<KommunLofte, Lofte>> lofteOf = r => r.Lofte;
        var rows = await links
            .Join(loften, k => k.LofteId, l => l.Id, (k, l) => new KommunLofte { KommunCode = k.KommunCode, Lofte = l })
            .OrderByDescending(r => r.Lofte.LastYear).ThenByDescending(r => r.Lofte.Id)
            .Select(shape.Given(lofteOf.Then(ToView(db))))
            .AsSingleQuery()
            .ToListAsync(ct);
        return rows.ToLookup(r => r.KommunCode, r => r.View);
    }

    public async Task<ILookup<int, KommunView>> KommunerOfAsync(IEnumerable<int> lofteIds, CancellationToken ct)
    {
        var keys = lofteIds.Distinct().ToList();
        await using var lease = await contexts.OpenAsync(ct);
        var db = lease.Db;
        var rows = await KommunerOfLoften.For(db)(db, keys).ToListAsync(ct);
        return rows.ToLookup(r => r.Key, r => r.View);
    }

    public async Task<ILookup<int, LokalpolisomradeView>> LokalpolisomradenOfAsync(IEnumerable<int> lofteIds, CancellationToken ct)
    {
        var keys = lofteIds.Distinct().ToList();
        await using var lease = await contexts.OpenAsync(ct);
        var db = lease.Db;
        var rows = await db.Set<LofteLokalpolisomrade>().AsNoTracking().Where(k => keys.Contains(k.LofteId))
            .OrderBy(k => k.Lokalpolisomrade!.Name)
            .Select(k => new { k.LofteId, View = new LokalpolisomradeView(k.LokalpolisomradeId, k.Lokalpolisomrade!.Name) })
            .ToListAsync(ct);
        return rows.ToLookup(r => r.LofteId, r => r.View);
    }

    /// <summary>A kommun as <see cref="KommunWithAll"/> reads it.</summary>
    private sealed class KommunRow
    {
        public required KommunView Kommun { get; init; }

        public required List<LofteRow> Loften { get; init; }
    }

    /// <summary>A löfte of a <see cref="KommunRow"/>, with its documents where they were read.</summary>
    private sealed class LofteRow
    {
        public required LofteView View { get; init; }

        public required List<DocumentView>? Documents { get; init; }
    }

    private sealed class KommunLofte
    {
        public required string KommunCode { get; init; }

        public required Lofte Lofte { get; init; }
    }

    private sealed class KommunLofteView
    {
        public required string KommunCode { get; init; }

        public required LofteView View { get; init; }
    }
}
