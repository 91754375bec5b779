using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OpenData.Core.Model;
using OpenData.Core.Storage;
using OpenData.Api.Features.Batching;
using OpenData.Api.Features.Changes;
using OpenData.Api.Features.Filtering;

namespace OpenData.Api.Features.Documents;

/// <summary>Reads documents, each with its snapshot, and the people they name. One query per call, whatever the number of keys.</summary>
public sealed class DocumentQueries(ReadContexts contexts)
{
    private static readonly Expression<Func<Snapshot, SnapshotView>> SnapshotShape = s =>
        new SnapshotView(s.Id, s.FetchedAt, s.Url, s.Sha256!, s.ContentType, s.Attribution);

    /// <summary>A document as shown, with its snapshot and when it last changed by the change rows given.</summary>
    internal static readonly Expression<Func<Document, IQueryable<Change>, DocumentView>> Shape = (d, changes) =>
        new DocumentView(d.Id, d.Kind, d.Title, d.Published, d.Url, d.SnapshotId, d.ReadAt, d.ExtractorVersion, ChangedAt.DocumentRule.Apply(d, changes))
        {
            Confidence = d.Confidence,
            UncertainReasons = d.UncertainReasons,
            CorrectionReason = d.CorrectionReason,
            CorrectionReviewedBy = d.CorrectionReviewedBy,
            Snapshot = d.Snapshot!.Sha256 == null ? null : SnapshotShape.Apply(d.Snapshot),
        };

    // The loaders' queries, compiled once: EF neither rewrites nor looks up their expression again for each request.
    private static readonly CompiledPerModel<Func<OpenDataContext, List<int>, IAsyncEnumerable<KeyedView<DocumentView>>>> DocumentsOfLoften = new(() => EF.CompileAsyncQuery(
        ((Expression<Func<OpenDataContext, List<int>, IQueryable<KeyedView<DocumentView>>>>)((db, keys) => db.Set<LofteDocument>().AsNoTracking().Where(d => keys.Contains(d.LofteId))
            .OrderBy(d => d.Document!.Published).ThenBy(d => d.DocumentId)
            .Select(d => new KeyedView<DocumentView>(d.LofteId, Shape.Apply(d.Document!, db.Changes))))).Inline()));

    private static readonly CompiledPerModel<Func<OpenDataContext, List<long>, IAsyncEnumerable<SnapshotView>>> SnapshotsByIds = new(() => EF.CompileAsyncQuery(
        ((Expression<Func<OpenDataContext, List<long>, IQueryable<SnapshotView>>>)((db, keys) => db.Snapshots.AsNoTracking().Where(s => keys.Contains(s.Id) && s.Sha256 != null)
            .Select(s => SnapshotShape.Apply(s)))).Inline()));

    public async Task<ILookup<int, DocumentView>> OfLoftenAsync(IEnumerable<int> lofteIds, CancellationToken ct)
    {
        var keys = lofteIds.Distinct().ToList();
        await using var lease = await contexts.OpenAsync(ct);
        var db = lease.Db;
        var rows = await DocumentsOfLoften.For(db)(db, keys).ToListAsync(ct);
        return rows.ToLookup(r => r.Key, r => r.View);
    }

    public async Task<IReadOnlyDictionary<int, DocumentView>> ByIdsAsync(IEnumerable<int> ids, CancellationToken ct)
    {
        var keys = ids.Distinct().ToList();
        await using var lease = await contexts.OpenAsync(ct);
        var db = lease.Db;
        return await db.Documents.AsNoTracking().Where(d => keys.Contains(d.Id))
            .Select(((Expression<Func<Document, DocumentView>>)(d => Shape.Apply(d, db.Changes))).Inline())
            .ToDictionaryAsync(d => d.Id, ct);
    }

    /// <summary>Snapshots by id, for what names a snapshot without its document (a change row).</summary>
    public async Task<IReadOnlyDictionary<long, SnapshotView>> SnapshotsByIdsAsync(IEnumerable<long> ids, CancellationToken ct)
    {
        var keys = ids.Distinct().ToList();
        await using var lease = await contexts.OpenAsync(ct);
        var db = lease.Db;
        return (await SnapshotsByIds.For(db)(db, keys).ToListAsync(ct)).ToDictionary(s => s.Id);
    }

    public async Task<ILookup<int, PersonView>> PeopleOfAsync(IEnumerable<int> documentIds, CancellationToken ct)
    {
        var keys = documentIds.Distinct().ToList();
        await using var lease = await contexts.OpenAsync(ct);
        var db = lease.Db;
        var rows = await db.People.AsNoTracking().Where(p => keys.Contains(p.DocumentId)).OrderBy(p => p.Id).ToListAsync(ct);
        return rows.ToLookup(p => p.DocumentId, p => new PersonView(p.Name, p.Role, p.Organisation));
    }
}
